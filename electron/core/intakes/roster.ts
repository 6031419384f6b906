// A group's roster (花名册), as XLSX or CSV, read into complainant rows for the desk form's preview. Every row
// keeps what the file said; what is wrong is reported per field, never fixed silently. This module runs in the
// roster worker thread only (roster-thread.ts starts it), so exceljs never reads a file in the core's own thread.
import ExcelJS from 'exceljs';
import { MAX_ROSTER_COLUMNS, MAX_ROSTER_ROWS, type RosterParseOutput, type RosterRow } from '../../../shared/contract/intakes';
import { checkPhone, checkResidentId } from '../../../shared/domain/identity';
import { parseYuan } from '../../../shared/domain/money';
import { nameCharacterProblem } from '../../../shared/domain/text-characters';
import { ServiceError } from '../kernel/errors';
import { columnLetters, EXCEL_MAX_COLUMNS, sheetReach, zipEntries, zipEntryData } from './xlsx-extent';

type Field = 'name' | 'idNumber' | 'phone' | 'hometown' | 'address' | 'occupation' | 'workplace' | 'amountYuan' | 'isRepresentative' | 'note';

/** Header words as rosters write them; matched after removing spaces and a trailing unit such as （元）. */
const HEADERS: Record<Field, string[]> = {
  name: ['姓名', '名字', '职工姓名', '工人姓名', '劳动者姓名', '农民工姓名', '员工姓名', '申请人姓名', '投诉人姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证', '身份证件号码', '证件号'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
  hometown: ['籍贯', '户籍地', '户籍所在地'],
  address: ['住所', '住址', '家庭住址', '现住址', '居住地址', '户籍地址', '地址'],
  occupation: ['职业', '工种', '岗位'],
  workplace: ['工作单位', '所在单位', '务工单位', '用工单位'],
  amountYuan: ['金额', '欠薪金额', '拖欠工资', '拖欠金额', '欠款金额', '诉求金额', '应发工资', '未付工资', '拖欠工资金额', '工资'],
  isRepresentative: ['代表', '是否代表', '推选代表'],
  note: ['备注', '说明'],
};

/** A cell as read: its text, and whether Excel stored an ID-like value as a number (and so lost digits). */
export interface Cell {
  text: string;
  numericLong?: boolean;
}

function normalizeHeader(h: string): string {
  return h
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[:：*＊]/g, '');
}

function fieldOf(header: string): Field | null {
  const h = normalizeHeader(header);
  for (const [field, words] of Object.entries(HEADERS) as [Field, string[]][]) {
    if (words.includes(h)) return field;
  }
  return null;
}

const TRUTHY = new Set(['是', '√', '✓', 'y', 'yes', '1', '代表', 'true']);

/** Maps a table (first rows may be a title) to roster rows. Pure: tested without files. */
export function rosterFromTable(table: Cell[][], sheetName: string | null): RosterParseOutput {
  const headerIndex = table.slice(0, 10).findIndex((row) => row.some((c) => fieldOf(c.text) === 'name'));
  if (headerIndex < 0) {
    throw new ServiceError('VALIDATION', '名册中找不到“姓名”列。请确认前10行内有表头，例如：姓名、身份证号码、联系电话、拖欠金额', {
      contentBase64: '找不到“姓名”列',
    });
  }
  const header = table[headerIndex];
  const columns = header.map((c) => ({ header: c.text, field: fieldOf(c.text) as string | null }));
  const seen = new Set<string>();
  const colOf = new Map<Field, number>();
  columns.forEach((c, i) => {
    if (c.field && !seen.has(c.field)) {
      seen.add(c.field);
      colOf.set(c.field as Field, i);
    } else if (c.field) c.field = null;
  });
  const warnings: string[] = [];
  for (const [field, label] of [
    ['idNumber', '身份证号码'],
    ['phone', '联系电话'],
  ] as const) {
    if (!colOf.has(field)) warnings.push(`名册中没有“${label}”列，请在表单中逐行补充`);
  }
  const rows: RosterRow[] = [];
  const firstLineOfId = new Map<string, number>();
  for (let r = headerIndex + 1; r < table.length; r++) {
    const cells = table[r];
    const get = (f: Field): Cell => {
      const i = colOf.get(f);
      return i === undefined ? { text: '' } : (cells[i] ?? { text: '' });
    };
    if (cells.every((c) => c.text.trim() === '')) continue;
    const name = get('name').text.trim();
    if (/^(合计|总计|小计)/.test(name) || (name === '' && cells.some((c) => /^(合计|总计|小计)/.test(c.text.trim())))) {
      warnings.push(`第${r + 1}行是合计行，已忽略`);
      continue;
    }
    const errors: Record<string, string> = {};
    if (name === '') errors.name = '姓名为空';
    else {
      // Shown at the preview, in the words the form would use when the row is saved.
      const problem = nameCharacterProblem(name, '姓名');
      if (problem) errors.name = problem;
    }
    const idCell = get('idNumber');
    const idNumber = idCell.text.replace(/\s/g, '').toUpperCase();
    let idType: RosterRow['idType'] = 'residentId';
    if (idCell.numericLong) {
      errors.idNumber = '身份证号码在 Excel 中被存成了数字，后几位已丢失。请把该列设为“文本”格式后重新录入，或在表单中改正';
    } else if (idNumber === '') {
      idType = 'none';
      errors.idMissingReason = '名册未提供证件号码，请写明原因（如“未带证件”）或补录号码';
    } else if (/^\d{15}$|^\d{17}[\dX]$/.test(idNumber)) {
      const check = checkResidentId(idNumber);
      if (!check.ok) errors.idNumber = check.reason;
      else {
        const prev = firstLineOfId.get(idNumber);
        if (prev !== undefined) errors.idNumber = `与第${prev}行的身份证号码重复`;
        else firstLineOfId.set(idNumber, r + 1);
      }
    } else if (/^[0-9A-Z()（）-]{5,40}$/.test(idNumber) && !/^\d+$/.test(idNumber)) {
      idType = 'other';
    } else {
      const check = checkResidentId(idNumber);
      errors.idNumber = check.ok ? '证件号码格式无法识别' : check.reason;
    }
    const phone = get('phone').text.trim();
    if (phone !== '') {
      const check = checkPhone(phone);
      if (!check.ok) errors.phone = check.reason;
    }
    const amountYuan = get('amountYuan').text.trim();
    if (amountYuan !== '') {
      const check = parseYuan(amountYuan);
      if (!check.ok) errors.amountYuan = check.reason;
    }
    rows.push({
      line: r + 1,
      name,
      idType,
      idNumber,
      idMissingReason: '',
      phone,
      hometown: get('hometown').text.trim(),
      address: get('address').text.trim(),
      occupation: get('occupation').text.trim(),
      workplace: get('workplace').text.trim(),
      amountYuan,
      isRepresentative: TRUTHY.has(get('isRepresentative').text.trim().toLowerCase()),
      note: get('note').text.trim(),
      errors,
    });
  }
  if (rows.length === 0) warnings.push('名册中没有数据行');
  return { sheetName, columns, rows, warnings };
}

/** Text of a file that may be UTF-8 (with or without BOM), UTF-16 or GB18030 (Excel's "CSV" on Chinese Windows). */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF); tab-separated when the first line has tabs and no commas. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') {
    // An 18-digit ID typed into a numeric cell keeps only 15 significant digits.
    if (Number.isInteger(value) && Math.abs(value) >= 1e14) return { text: String(value), numericLong: true };
    return { text: String(value) };
  }
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? '是' : '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((t) => t.text).join('') };
    if ('text' in value && typeof value.text === 'string') return { text: value.text };
    if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
  }
  return { text: String(value) };
}

/**
 * A worksheet's XML, decompressed, is at most this: 5,000 rows × 100 columns of ~40-byte cells is 20 MB; a zip
 * bomb (a 5 MB file can inflate to 5 GB) stops here instead of filling the reader's memory.
 */
const MAX_SHEET_XML_BYTES = 48 * 1024 * 1024;

const UNREADABLE = () => new ServiceError('VALIDATION', '无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式', { contentBase64: '无法读取该 Excel 文件' });

function tooLarge(rows: number, columns: number, what: string): ServiceError {
  return new ServiceError(
    'VALIDATION',
    `名册过大：一份名册最多 ${MAX_ROSTER_ROWS} 行、${MAX_ROSTER_COLUMNS} 列，${what}。请删去多余的行和列（或把名册分成几份）后另存为新文件，再导入`,
    { contentBase64: `名册超过 ${MAX_ROSTER_ROWS} 行或 ${MAX_ROSTER_COLUMNS} 列` },
  );
}

/** Refuses a workbook whose sheets reach beyond a roster's size, before exceljs reads it (see xlsx-extent.ts). */
export function checkXlsxSize(buf: Buffer): void {
  const entries = zipEntries(buf);
  if (!entries) throw UNREADABLE();
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name))) {
    let xml: Buffer | null;
    try {
      xml = zipEntryData(buf, entry, MAX_SHEET_XML_BYTES);
    } catch {
      throw new ServiceError('VALIDATION', `名册文件解压后内容过大（一张工作表超过 ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB），无法读取。请删去多余的内容后另存为新文件，再导入`, {
        contentBase64: '名册内容过大',
      });
    }
    if (!xml) throw UNREADABLE();
    const reach = sheetReach(xml.toString('utf8'));
    // Beyond Excel's own last column no spreadsheet program wrote the file; exceljs would make an object per column.
    if (reach.definedColumns > EXCEL_MAX_COLUMNS) throw UNREADABLE();
    if (reach.rows > MAX_ROSTER_ROWS || reach.columns > MAX_ROSTER_COLUMNS) {
      const where = `第 ${reach.rows} 行、第 ${reach.columns} 列（${columnLetters(reach.columns)} 列）`;
      throw tooLarge(reach.rows, reach.columns, `这份文件的表格${reach.byRange ? '中合并单元格或数据有效性的范围' : ''}用到了${where}`);
    }
  }
}

async function readXlsx(buf: Buffer): Promise<{ table: Cell[][]; sheetName: string }> {
  checkXlsxSize(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw UNREADABLE();
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ServiceError('VALIDATION', 'Excel 文件中没有内容', { contentBase64: 'Excel 文件中没有内容' });
  const table: Cell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
    table.push(cells);
  }
  return { table, sheetName: sheet.name };
}

/** Reads a roster file in this thread. Only the roster worker calls it: a hostile file must not stall the core. */
export async function readRoster(fileName: string, buf: Buffer): Promise<RosterParseOutput> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlsx') {
    const { table, sheetName } = await readXlsx(buf);
    return rosterFromTable(table, sheetName);
  }
  const rows = parseCsv(decodeText(buf));
  const columns = rows.reduce((n, r) => Math.max(n, r.length), 0);
  if (rows.length > MAX_ROSTER_ROWS || columns > MAX_ROSTER_COLUMNS) {
    throw tooLarge(rows.length, columns, `这份文件有 ${rows.length} 行、最多 ${columns} 列`);
  }
  return rosterFromTable(rows.map((r) => r.map((text) => ({ text }))), null);
}
