// How far an XLSX file's sheets reach, read from the zip's XML before exceljs builds them in memory. exceljs makes
// an object for every cell up to the farthest one it meets, and for every cell a merge or a data validation covers:
// a 6.5 KB file naming a cell at row 20,000 × column 2,000 took 79 s and then the core's whole memory (issue #10).
import { inflateRawSync } from 'node:zlib';

/** Excel's own limits (XFD1048576): a whole-column or whole-row range reaches them. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The zip's central directory, or null when the file is not a zip this reader understands (zip64 included). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    const entries: ZipEntry[] = [];
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
      const nameLength = buf.readUInt16LE(p + 28);
      const entry = {
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        offset: buf.readUInt32LE(p + 42),
        name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) return null;
      entries.push(entry);
      p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return entries;
  }
  return null;
}

/**
 * An entry's bytes, inflated to at most `maxBytes` (zlib stops there, so a zip bomb costs no more than that).
 * Null when the entry is damaged or compressed in a way Excel does not use; a RangeError when it is larger.
 */
export function zipEntryData(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  const p = entry.offset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + entry.compressedSize > buf.length) return null;
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new RangeError('entry too large');
    return data;
  }
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new RangeError('entry too large', { cause: e });
    return null;
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** The farthest row and column a reference reaches: "B7", "A1:F20", "E:E" (to Excel's last row), "3:3", or several. */
function reach(ref: string): { row: number; column: number } {
  let row = 0;
  let column = 0;
  for (const part of ref.split(/[\s:]+/)) {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part);
    if (!m || part === '') continue;
    // A reference without a row is a whole column, one without a column a whole row.
    row = Math.max(row, m[2] ? Number(m[2]) : EXCEL_MAX_ROWS);
    column = Math.max(column, m[1] ? columnNumber(m[1]) : EXCEL_MAX_COLUMNS);
  }
  return { row, column };
}

/** XML character references, which may spell a reference's letters and digits ("&#88;FD1" is XFD1). */
function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&#(x[0-9a-fA-F]+|\d+);/g, (_, n: string) => String.fromCodePoint(n[0] === 'x' ? parseInt(n.slice(1), 16) : Number(n)));
}

export interface SheetReach {
  /** The farthest row and column of cells, rows, the dimension, merges and data validations. */
  rows: number;
  columns: number;
  /** True when a merge or a data validation, not a cell, reaches farthest. */
  byRange: boolean;
  /** The last column a <col> definition names (exceljs makes an object per column). */
  definedColumns: number;
}

const TAG = /<(?:[\w.-]+:)?(row|c|dimension|mergeCell|dataValidation|col)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /(?:^|\s)(r|ref|sqref|max)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** How far one worksheet's XML reaches. Cells and rows without an "r" attribute follow the one before. */
export function sheetReach(xml: string): SheetReach {
  const out: SheetReach = { rows: 0, columns: 0, byRange: false, definedColumns: 0 };
  let row = 0;
  let column = 0;
  const extend = (r: number, c: number, byRange: boolean) => {
    if (byRange && (r > out.rows || c > out.columns)) out.byRange = true;
    out.rows = Math.max(out.rows, r);
    out.columns = Math.max(out.columns, c);
  };
  for (const tag of xml.matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const a of tag[2].matchAll(ATTRIBUTE)) attributes[a[1]] = decodeReferences(a[2] ?? a[3]);
    switch (tag[1]) {
      case 'row':
        row = attributes.r !== undefined ? Number(attributes.r) || 0 : row + 1;
        column = 0;
        extend(row, 0, false);
        break;
      case 'c': {
        const at = attributes.r !== undefined ? reach(attributes.r) : { row, column: column + 1 };
        column = at.column;
        extend(at.row, at.column, false);
        break;
      }
      case 'dimension':
        if (attributes.ref) extend(reach(attributes.ref).row, reach(attributes.ref).column, false);
        break;
      case 'mergeCell':
        if (attributes.ref) extend(reach(attributes.ref).row, reach(attributes.ref).column, true);
        break;
      case 'dataValidation':
        if (attributes.sqref) extend(reach(attributes.sqref).row, reach(attributes.sqref).column, true);
        break;
      case 'col':
        out.definedColumns = Math.max(out.definedColumns, Number(attributes.max) || 0);
        break;
    }
  }
  return out;
}
