// Tables in the on-screen preview: a ruled table as HTML draws it, with the model's spans, widths and minimum heights,
// and each number the model keeps whole (DocRun.nowrap) set on one line — at the table's size where it fits its cell,
// smaller where it would not, as the PDF writer sets it. The browser measures nothing here: widths are estimated
// from the faces the PDF ships (Noto Serif: digits 0.56 em), which the screen falls back to.
import type { DocBlock, DocCell, DocRun } from '../../../../shared/contract/documents';
import { SIZE_PT, TABLE, TEXT_BLOCK_MM } from '../../../../shared/domain/documents/layout-constants';

export interface CellView {
  runs: DocRun[];
  /** Per run: the factor its font size is set at (1, or less for a whole number wider than its cell). */
  fit: number[];
  colSpan: number;
  rowSpan: number;
  textAlign: 'left' | 'center' | 'right' | 'justify';
  verticalAlign: 'top' | 'middle';
}

export interface TableView {
  fontSize: string;
  lineHeight: number;
  cellPadding: string;
  border: string;
  /** Column widths in per cent of the text block, from the model's relative widths. */
  columns: string[];
  rows: { minHeight: string; cells: CellView[] }[];
}

const mm = (n: number): string => `${Math.round(n * 1000) / 1000}mm`;
const pt = (n: number): string => `${Math.round(n * 1000) / 1000}pt`;
const MM_PER_PT = 25.4 / 72;

/** A character's advance in ems in the shipped Song face (Noto Serif SC), rounded up. */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2e80) return 1;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[A-Z]/.test(ch)) return 0.75;
  if (/[-,.:()/]/.test(ch)) return 0.35;
  if (ch === ' ' || ch === '\u00a0') return 0.26;
  return 0.6;
}

/** The factor a whole number's size is set at in a cell `innerMm` wide: 1 where it fits, else the half point below. */
export function numberFit(text: string, sizePt: number, innerMm: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  const widthMm = em * sizePt * MM_PER_PT;
  if (widthMm <= innerMm) return 1;
  return Math.floor(((sizePt * innerMm) / widthMm) * 2) / 2 / sizePt;
}

function cellView(cell: DocCell, sizePt: number, widthMm: number): CellView {
  const inner = widthMm - 2 * TABLE.paddingXMm;
  return {
    runs: cell.runs,
    fit: cell.runs.map((r) => (r.nowrap ? numberFit(r.text, sizePt, inner) : 1)),
    colSpan: cell.colSpan ?? 1,
    rowSpan: cell.rowSpan ?? 1,
    // Label cells are centred unless aligned; values are justified (as the PDF writer does).
    textAlign: cell.align ?? (cell.label ? 'center' : 'justify'),
    verticalAlign: cell.valign ?? 'middle',
  };
}

/** A ruled table as HTML would draw it: spans as in the model, rows at least one grid line (or their minimum) tall. */
export function tableView(block: Extract<DocBlock, { type: 'table' }>): TableView {
  const size = block.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
  const total = block.columns.reduce((a, b) => a + b, 0);
  const minRow = TABLE.minRowHeightMm * (size / SIZE_PT.body);
  const colMm = block.columns.map((c) => (c / total) * TEXT_BLOCK_MM.width);
  // Cells take the next column no span from above covers, as in the writers, so each knows its width.
  const nCols = block.columns.length;
  const covered: boolean[][] = block.rows.map(() => new Array<boolean>(nCols).fill(false));
  const rows = block.rows.map((row, r) => {
    let c = 0;
    const cells = row.cells.map((cell) => {
      while (c < nCols && covered[r][c]) c++;
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, nCols - c));
      for (let rr = r; rr < Math.min(block.rows.length, r + (cell.rowSpan ?? 1)); rr++) for (let cc = c; cc < c + span; cc++) covered[rr][cc] = true;
      const width = colMm.slice(c, c + span).reduce((a, b) => a + b, 0);
      c += span;
      return cellView(cell, size, width);
    });
    return { minHeight: mm(Math.max(minRow, row.minHeightMm ?? 0)), cells };
  });
  return {
    fontSize: pt(size),
    lineHeight: TABLE.lineHeight,
    cellPadding: `${mm(TABLE.paddingYMm)} ${mm(TABLE.paddingXMm)}`,
    border: `${pt(TABLE.borderPt)} solid #000`,
    columns: block.columns.map((c) => `${Math.round((c / total) * 100_000) / 1000}%`),
    rows,
  };
}
