// A ruled table for the statistics PDF: header rows with cells spanning columns and rows (the group over its
// indicators), then body rows; a body row that does not fit goes to the next page and the header rows are drawn
// again above it, as a printed statistical table repeats its head. Text is set with the document pipeline's
// line breaker (避头尾) and drawn in its embedded fonts (electron/core/documents/pdf-text.ts).
import type { DocFace } from '../../../shared/contract/documents';
import type { DocumentFonts, LoadedFont } from '../documents/fonts';
import { type Line, type LineAlign, baselineIn, breakLines, drawLine, toAtoms } from '../documents/pdf-text';

export interface GridCell {
  text: string;
  col: number;
  colSpan?: number;
  /** Header cells only: rows of the head this cell covers. */
  row?: number;
  rowSpan?: number;
  align?: LineAlign;
  face?: DocFace;
  bold?: boolean;
}

export interface Grid {
  /** Column widths in points. */
  widths: number[];
  headRows: number;
  head: GridCell[];
  body: GridCell[][];
  /** Body rows drawn with a light shade (the total). */
  shaded?: ReadonlySet<number>;
}

/** The page the grid is drawn on: its cursor, where it ends, and how to turn it (the caller's running head). */
export interface GridPage {
  doc: PDFKit.PDFDocument;
  fonts: DocumentFonts;
  used: Set<LoadedFont>;
  y: number;
  left: number;
  bottom: number;
  newPage(): void;
}

export const GRID = { size: 9, lineHeight: 1.3, padX: 3, padY: 2, border: 0.5 } as const;

interface Placed {
  cell: GridCell;
  x: number;
  width: number;
  row: number;
  rowSpan: number;
  lines: Line[];
  height: number;
}

function place(page: GridPage, cell: GridCell, xs: number[], row: number): Placed {
  const span = cell.colSpan ?? 1;
  const width = xs[cell.col + span] - xs[cell.col];
  const inner = Math.max(width - 2 * GRID.padX, GRID.size);
  const style = { face: cell.face ?? 'body', size: GRID.size, spacing: 0 };
  const lines = cell.text === '' ? [] : breakLines(toAtoms([{ text: cell.text, bold: cell.bold }], style, page.fonts, inner), inner);
  return { cell, x: xs[cell.col], width, row, rowSpan: cell.rowSpan ?? 1, lines, height: lines.length * GRID.size * GRID.lineHeight + 2 * GRID.padY };
}

/** Heights of rows holding these cells: the tallest single-row cell; a spanning cell that needs more grows its last row. */
function rowHeights(cells: Placed[], rows: number): number[] {
  const min = GRID.size * GRID.lineHeight + 2 * GRID.padY;
  const heights = Array.from({ length: rows }, (_, r) => Math.max(min, ...cells.filter((c) => c.row === r && c.rowSpan === 1).map((c) => c.height)));
  for (const c of cells.filter((p) => p.rowSpan > 1)) {
    const spanned = heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
    if (c.height > spanned) heights[c.row + c.rowSpan - 1] += c.height - spanned;
  }
  return heights;
}

function drawCells(page: GridPage, cells: Placed[], heights: number[], top: number, shade: boolean): void {
  const { doc } = page;
  const rowTop = (r: number) => top + heights.slice(0, r).reduce((a, b) => a + b, 0);
  const spanH = (c: Placed) => heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
  if (shade) {
    const total = heights.reduce((a, b) => a + b, 0);
    const x0 = Math.min(...cells.map((c) => c.x));
    const x1 = Math.max(...cells.map((c) => c.x + c.width));
    doc.save().rect(x0, top, x1 - x0, total).fill('#eeeeee').restore();
  }
  doc.save().lineWidth(GRID.border).strokeColor('black');
  for (const c of cells) doc.rect(c.x, rowTop(c.row), c.width, spanH(c)).stroke();
  doc.restore();
  const lh = GRID.size * GRID.lineHeight;
  for (const c of cells) {
    const textTop = rowTop(c.row) + (spanH(c) - c.lines.length * lh) / 2;
    c.lines.forEach((line, i) => {
      const baseline = baselineIn(textTop + i * lh, lh, GRID.size);
      drawLine(doc, line, { x: c.x + GRID.padX, width: c.width - 2 * GRID.padX, baseline, align: c.cell.align ?? 'center' }, page.used);
    });
  }
}

/** Draws the grid from page.y, turning pages as needed (header repeated); leaves page.y under the last row. */
export function drawGrid(page: GridPage, grid: Grid): void {
  const xs = [page.left];
  for (const w of grid.widths) xs.push(xs[xs.length - 1] + w);
  const head = grid.head.map((c) => place(page, c, xs, c.row ?? 0));
  const headHeights = rowHeights(head, grid.headRows);
  const headHeight = headHeights.reduce((a, b) => a + b, 0);
  const body = grid.body.map((row) => {
    const cells = row.map((c) => place(page, c, xs, 0));
    return { cells, height: rowHeights(cells, 1)[0] };
  });
  const drawHead = () => {
    drawCells(page, head, headHeights, page.y, false);
    page.y += headHeight;
  };
  // The head never stands alone at a page's foot.
  if (page.y + headHeight + (body[0]?.height ?? 0) > page.bottom) page.newPage();
  drawHead();
  body.forEach((row, i) => {
    if (page.y + row.height > page.bottom) {
      page.newPage();
      drawHead();
    }
    drawCells(page, row.cells, [row.height], page.y, grid.shaded?.has(i) ?? false);
    page.y += row.height;
  });
}

/** Sets a paragraph across `width` and draws it from page.y (turning the page when it would not fit). */
export function drawText(page: GridPage, text: string, opts: { width: number; size: number; face?: DocFace; bold?: boolean; align?: LineAlign; gapAfter?: number }): void {
  const style = { face: opts.face ?? 'body', size: opts.size, spacing: 0 };
  const lines = breakLines(toAtoms([{ text, bold: opts.bold }], style, page.fonts, opts.width), opts.width);
  const lh = opts.size * 1.5;
  for (const line of lines) {
    if (page.y + lh > page.bottom) page.newPage();
    drawLine(page.doc, line, { x: page.left, width: opts.width, baseline: baselineIn(page.y, lh, opts.size), align: opts.align ?? 'left' }, page.used);
    page.y += lh;
  }
  page.y += opts.gapAfter ?? 0;
}
