// Tables for the PDF writer (forms such as 投诉登记表 and 送达回证, lists of items): ruled 0.5 pt, cells spanning
// columns and rows, label cells centred, rows at least one grid line tall. Rows are laid out first and drawn later,
// in groups that a row-spanning cell holds together, so the writer can move a group that does not fit to the next
// page (nothing is repeated there).
import { type DocBlock, type DocCell } from '../../../shared/contract/documents';
import { type DocumentFonts, type LoadedFont } from './fonts';
import { SIZE_PT, TABLE, mmToPt } from './layout';
import { type Line, type LineAlign, baselineIn, breakLines, drawLine, toAtoms } from './pdf-text';

type TableBlock = Extract<DocBlock, { type: 'table' }>;

/** A cell on the table's grid, its text set in lines. */
export interface PlacedCell {
  /** The model's cell. */
  source: DocCell;
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  x: number;
  width: number;
  lines: Line[];
  contentHeight: number;
  align: LineAlign;
  valign: 'top' | 'middle';
}

/** Rows that must stay on one page together (joined by a cell spanning them), ready to draw at any y. */
export interface RowGroup {
  height: number;
  draw(doc: PDFKit.PDFDocument, y: number, used: Set<LoadedFont>): void;
  /** A row taller than the room left: the part that fills `available` points and the rest; null when it cannot break. */
  split(available: number): [RowGroup, RowGroup] | null;
}

/** The table's cells on its grid across `width` points from `left`, each cell's text set in lines. */
export function placeCells(block: TableBlock, fonts: DocumentFonts, left: number, width: number): PlacedCell[] {
  const size = block.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
  const padX = mmToPt(TABLE.paddingXMm);
  const padY = mmToPt(TABLE.paddingYMm);
  const lineHeight = size * TABLE.lineHeight;
  const total = block.columns.reduce((a, b) => a + b, 0);
  const colX: number[] = [left];
  for (const c of block.columns) colX.push(colX[colX.length - 1] + (c / total) * width);
  const nCols = block.columns.length;

  // Place cells on the grid the HTML way: each takes the next column not covered by a span from above.
  const covered: boolean[][] = block.rows.map(() => new Array<boolean>(nCols).fill(false));
  const cells: PlacedCell[] = [];
  block.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < nCols && covered[r][c]) c++;
      if (c >= nCols) break;
      const colSpan = Math.min(cell.colSpan ?? 1, nCols - c);
      const rowSpan = Math.min(cell.rowSpan ?? 1, block.rows.length - r);
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) covered[rr][cc] = true;
      const cellWidth = colX[c + colSpan] - colX[c];
      const inner = Math.max(cellWidth - 2 * padX, size);
      const atoms = toAtoms(cell.runs, { face: 'body', size, spacing: 0 }, fonts, inner);
      const lines = breakLines(atoms, inner);
      const align: LineAlign = cell.align ?? (cell.label ? 'center' : 'justify');
      cells.push({
        source: cell,
        row: r,
        col: c,
        colSpan,
        rowSpan,
        x: colX[c],
        width: cellWidth,
        lines,
        contentHeight: lines.length * lineHeight + 2 * padY,
        align,
        valign: cell.valign ?? 'middle',
      });
      c += colSpan;
    }
  });
  return cells;
}

/** Lays a table out across `width` points starting at `left`; returns its row groups in order. */
export function layoutTable(block: TableBlock, fonts: DocumentFonts, left: number, width: number): RowGroup[] {
  const size = block.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
  const lineHeight = size * TABLE.lineHeight;
  const padX = mmToPt(TABLE.paddingXMm);
  const padY = mmToPt(TABLE.paddingYMm);
  const cells = placeCells(block, fonts, left, width);

  // Row heights: the tallest single-row cell or the row's minimum; a spanning cell that needs more grows its last row.
  const minRow = mmToPt(TABLE.minRowHeightMm) * (size / SIZE_PT.body);
  const heights = block.rows.map((row, r) =>
    Math.max(minRow, row.minHeightMm ? mmToPt(row.minHeightMm) : 0, ...cells.filter((c) => c.row === r && c.rowSpan === 1).map((c) => c.contentHeight)),
  );
  for (const cell of cells.filter((c) => c.rowSpan > 1)) {
    const spanned = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
    if (cell.contentHeight > spanned) heights[cell.row + cell.rowSpan - 1] += cell.contentHeight - spanned;
  }

  // Groups: a row joins the group above while a cell from above still spans into it.
  const groups: { from: number; to: number }[] = [];
  let reach = -1;
  block.rows.forEach((_, r) => {
    if (r > reach) groups.push({ from: r, to: r });
    else groups[groups.length - 1].to = r;
    for (const cell of cells) if (cell.row === r) reach = Math.max(reach, r + cell.rowSpan - 1);
  });

  const geometry = { size, lineHeight, padX, padY, minRow };
  return groups.map(({ from, to }) =>
    rowGroup(
      cells.filter((c) => c.row >= from && c.row <= to).map((c) => ({ ...c, row: c.row - from })),
      heights.slice(from, to + 1),
      geometry,
    ),
  );
}

interface Geometry {
  size: number;
  lineHeight: number;
  padX: number;
  padY: number;
  minRow: number;
}

/** Rows (numbered from 0 within the group) with their heights, drawn at any y. */
function rowGroup(cells: PlacedCell[], heights: number[], g: Geometry): RowGroup {
  const rowTop = (r: number) => heights.slice(0, r).reduce((a, b) => a + b, 0);
  const spanHeight = (c: PlacedCell) => heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
  return {
    height: rowTop(heights.length),
    draw(doc, y, used) {
      doc.save().lineWidth(TABLE.borderPt).strokeColor('black');
      for (const cell of cells) doc.rect(cell.x, y + rowTop(cell.row), cell.width, spanHeight(cell)).stroke();
      doc.restore();
      for (const cell of cells) {
        const top = y + rowTop(cell.row);
        const textTop = cell.valign === 'top' ? top + g.padY : top + (spanHeight(cell) - cell.lines.length * g.lineHeight) / 2;
        cell.lines.forEach((line, i) => {
          const baseline = baselineIn(textTop + i * g.lineHeight, g.lineHeight, g.size);
          drawLine(doc, line, { x: cell.x + g.padX, width: cell.width - 2 * g.padX, baseline, align: cell.align }, used);
        });
      }
    },
    split(available) {
      // Only a single row breaks across pages (a long statement in a form's cell); its cells continue below.
      if (heights.length !== 1) return null;
      const fit = Math.floor((available - 2 * g.padY) / g.lineHeight);
      if (fit < 1 || cells.every((c) => c.lines.length <= fit)) return null;
      const part = (from: number, to?: number) =>
        cells.map((c) => {
          const lines = c.lines.slice(from, to);
          return { ...c, valign: 'top' as const, lines, contentHeight: lines.length * g.lineHeight + 2 * g.padY };
        });
      const head = part(0, fit);
      const rest = part(fit);
      return [
        rowGroup(head, [available], g),
        rowGroup(rest, [Math.max(g.minRow, ...rest.map((c) => c.contentHeight))], g),
      ];
    },
  };
}
