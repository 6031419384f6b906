// The statistics workbook (issue #14 §3): one sheet per table of a StatReport and a last sheet 指标说明, laid out as
// the bureau's paper tables are — the title, a line of facts (year, period, unit, 统计口径版本), headers grouped over
// their columns, a row per unit and the total — with every figure a numeric cell in its format (counts as integers,
// money in yuan '#,##0.00', rates 0–1 as '0.0%', days), never digits stored as text. An empty figure carries a note
// saying why. Frozen below the headers and right of the unit column; printed A4 landscape, fit to width, headers
// repeated on each page. The report holds no personal numbers, and nothing here adds any.
// exceljs is loaded on the first export, not when the core starts (it is a tenth of the core's start; evidence-export.ts does the same).
import type ExcelJS from 'exceljs';
import type { IndicatorDefinition, StatReport, StatTable } from '../../../shared/domain/statistics/model';
import {
  BUREAU_NOTE,
  EXPLANATION_HEADERS,
  EXPLANATION_TITLE,
  UNIT_COLUMN,
  cellNumber,
  columnLabel,
  emptyReason,
  explanationRows,
  headerFacts,
  headerSpans,
  numberFormat,
  periodYear,
  rowName,
  sheetName,
  tableColumns,
  unitCaption,
} from './stat-print';

/** Rows of a table sheet: 1 title, 2 the facts line, 3 year and version as numbers, 4 groups, 5 labels, 6 units; figures from row 7. */
export const TABLE_LAYOUT = { titleRow: 1, factsRow: 2, numbersRow: 3, groupRow: 4, labelRow: 5, unitRow: 6, firstDataRow: 7 } as const;

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

function printSetup(sheet: ExcelJS.Worksheet, repeatRows: string): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: repeatRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

/**
 * Row height (points) for text wrapped in a cell `width` Excel units wide: a Han character takes about two units at
 * 10 pt. Excel and WPS do not grow a row for wrapped text they did not lay out themselves, so the file says it.
 */
function wrappedHeight(texts: readonly { text: string; width: number }[], size = 10): number {
  const lines = Math.max(1, ...texts.map(({ text, width }) => Math.ceil([...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1.1), 0) / Math.max(1, width - 1))));
  return Math.ceil(lines * size * 1.45 + 6);
}

const sheetWidth = (sheet: ExcelJS.Worksheet, columns: number): number => {
  let w = 0;
  for (let c = 1; c <= columns; c++) w += sheet.getColumn(c).width ?? 9;
  return w;
};

/**
 * The facts: one line of text (unit, period, when counted) merged over the table, then the year and the
 * definitions version each as a label and a number in cells of their own (a year is a number, never text).
 */
function facts(sheet: ExcelJS.Worksheet, report: StatReport, width: number, rows: { line: number; numbers: number }): void {
  const line = sheet.getCell(rows.line, 1);
  const parts = headerFacts(report)
    .filter(([label]) => label !== '统计口径版本')
    .map(([label, value]) => `${label}：${value}`);
  const across = sheetWidth(sheet, width);
  const oneLine = parts.join('\u3000\u3000');
  // Over a narrow table, one fact a line rather than breaking one in the middle.
  const text = wrappedHeight([{ text: oneLine, width: across }]) > wrappedHeight([{ text: '', width: across }]) ? parts.join('\n') : oneLine;
  line.value = text;
  line.font = { name: FONT, size: 10 };
  line.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
  if (width > 1) sheet.mergeCells(rows.line, 1, rows.line, width);
  sheet.getRow(rows.line).height = text.split('\n').reduce((h, t) => h + wrappedHeight([{ text: t, width: across }]) - 6, 6);

  const cells: (string | number)[] = [];
  const year = periodYear(report);
  if (year !== null) cells.push('统计年度', year);
  cells.push('统计口径版本', report.definitionsVersion);
  const numbers = sheet.getRow(rows.numbers);
  cells.forEach((value, i) => {
    const cell = numbers.getCell(i + 1);
    cell.value = value;
    cell.font = { name: FONT, size: 10, bold: typeof value === 'string' };
    cell.alignment = { vertical: 'middle', horizontal: typeof value === 'string' ? 'right' : 'left' };
    if (typeof value === 'number') cell.numFmt = '0';
  });
  numbers.height = 18;
}

function title(sheet: ExcelJS.Worksheet, text: string, width: number): void {
  const cell = sheet.getCell(TABLE_LAYOUT.titleRow, 1);
  cell.value = text; // plain text, never rich text: the yearbook's A1 is read by other programs
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  if (width > 1) sheet.mergeCells(TABLE_LAYOUT.titleRow, 1, TABLE_LAYOUT.titleRow, width);
  sheet.getRow(TABLE_LAYOUT.titleRow).height = 30;
}

function headerCell(sheet: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = sheet.getCell(row, col);
  cell.value = text;
  cell.font = { name: FONT, size: 10, bold: true };
  cell.alignment = CENTRE;
}

/** Group headers merged over their columns; a column without a group takes its group and label rows for its label. */
function headers(sheet: ExcelJS.Worksheet, columns: IndicatorDefinition[]): void {
  const { groupRow, labelRow, unitRow } = TABLE_LAYOUT;
  headerCell(sheet, groupRow, 1, UNIT_COLUMN);
  sheet.mergeCells(groupRow, 1, unitRow, 1);
  for (const span of headerSpans(columns)) {
    const col = span.from + 2;
    if (span.group === null) {
      headerCell(sheet, groupRow, col, columnLabel(columns[span.from]));
      sheet.mergeCells(groupRow, col, labelRow, col);
    } else {
      headerCell(sheet, groupRow, col, span.group);
      if (span.count > 1) sheet.mergeCells(groupRow, col, groupRow, col + span.count - 1);
      for (let i = 0; i < span.count; i++) headerCell(sheet, labelRow, col + i, columnLabel(columns[span.from + i]));
    }
  }
  columns.forEach((def, i) => headerCell(sheet, unitRow, i + 2, unitCaption(def)));
  sheet.getRow(groupRow).height = 24;
  sheet.getRow(labelRow).height = Math.max(30, wrappedHeight(columns.map((d, i) => ({ text: columnLabel(d), width: sheet.getColumn(i + 2).width ?? 9 }))));
  sheet.getRow(unitRow).height = 18;
}

function tableSheet(book: ExcelJS.Workbook, report: StatReport, table: StatTable, name: string): void {
  const columns = tableColumns(report, table);
  const width = columns.length + 1;
  const { firstDataRow, unitRow } = TABLE_LAYOUT;
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: unitRow, topLeftCell: `B${firstDataRow}` }] });
  sheet.getColumn(1).width = 22;
  // Narrow columns (labels wrap over two or three lines) so that the yearbook's thirty-odd columns stay legible when
  // fitted to an A4 width; money needs room for 12,345,678.90.
  columns.forEach((def, i) => (sheet.getColumn(i + 2).width = def.valueKind === 'moneyFen' ? 13 : Math.max(8, Math.min(11, Math.ceil(def.label.length * 1.1) + 2))));
  title(sheet, table.title, width);
  facts(sheet, report, width, { line: TABLE_LAYOUT.factsRow, numbers: TABLE_LAYOUT.numbersRow });
  headers(sheet, columns);

  table.rows.forEach((row, r) => {
    const line = sheet.getRow(firstDataRow + r);
    const unit = line.getCell(1);
    unit.value = rowName(table, row);
    unit.font = { name: FONT, size: 10, bold: row.isTotal };
    unit.alignment = { vertical: 'middle', horizontal: row.isTotal ? 'center' : 'left', wrapText: true };
    columns.forEach((def, i) => {
      const cell = line.getCell(i + 2);
      const v = row.values[def.key];
      cell.numFmt = numberFormat(def);
      cell.font = { name: FONT, size: 10, bold: row.isTotal };
      cell.alignment = { vertical: 'middle', horizontal: 'right' };
      if (v && v.value !== null) cell.value = cellNumber(def, v.value);
      else cell.note = emptyReason(def, v);
    });
    line.height = 20;
  });

  for (let r = TABLE_LAYOUT.groupRow; r < firstDataRow + table.rows.length; r++) for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = BOX;
  const foot = sheet.getCell(firstDataRow + table.rows.length + 1, 1);
  const bureau = columns.some((d) => d.bureauBasis) ? `${BUREAU_NOTE}；` : '';
  foot.value = `注：${bureau}各项指标的统计内容、统计期间依据、计算公式和口径来源见“${EXPLANATION_TITLE}”表；空白格为无法计算的比率或平均数，原因见该格批注。`;
  foot.font = { name: FONT, size: 9 };
  printSetup(sheet, `${TABLE_LAYOUT.groupRow}:${unitRow}`);
}

/** The last sheet: each indicator's label, unit, what is counted, the period's date, the formula and its source. */
function explanationSheet(book: ExcelJS.Workbook, report: StatReport, name: string): void {
  const headerRow = 4;
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }] });
  [16, 22, 8, 44, 28, 36, 30].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  title(sheet, EXPLANATION_TITLE, EXPLANATION_HEADERS.length);
  facts(sheet, report, EXPLANATION_HEADERS.length, { line: 2, numbers: 3 });
  EXPLANATION_HEADERS.forEach((h, i) => {
    headerCell(sheet, headerRow, i + 1, h);
    sheet.getCell(headerRow, i + 1).border = BOX;
  });
  const widths = EXPLANATION_HEADERS.map((_, i) => sheet.getColumn(i + 1).width ?? 9);
  explanationRows(report).forEach((cells, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    row.height = wrappedHeight(cells.map((text, i) => ({ text, width: widths[i] })));
    cells.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      cell.value = text;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: 'top', horizontal: i === 2 ? 'center' : 'left', wrapText: true };
      cell.border = BOX;
    });
  });
  printSetup(sheet, `${headerRow}:${headerRow}`);
}

/** The workbook of a report: its tables in order, then 指标说明. */
function buildStatWorkbook(Excel: typeof ExcelJS, report: StatReport): ExcelJS.Workbook {
  const book = new Excel.Workbook();
  book.creator = '薪安 XinAn';
  book.title = `劳动保障统计报表（${report.period.label}）`;
  const counted = Date.parse(report.computedAt);
  if (!Number.isNaN(counted)) book.created = book.modified = new Date(counted);
  const taken = new Set<string>();
  for (const table of report.tables) {
    const name = sheetName(table.title, taken);
    taken.add(name);
    tableSheet(book, report, table, name);
  }
  explanationSheet(book, report, sheetName(EXPLANATION_TITLE, taken));
  return book;
}

/** The workbook's .xlsx bytes. */
export async function statWorkbookBytes(report: StatReport): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const data = await buildStatWorkbook(Excel, report).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
