// The statistics tables of a StatReport as a printed PDF (issue #14 §3): the same tables as the workbook, A4
// landscape, each table from a new page under its title and the line of facts (period, unit, 统计口径版本, when
// counted), headers grouped over their indicators and repeated on every page the table runs to; a table wider than
// the page continues as a 续表 with the unit column again. A figure that cannot be computed prints as “—” and the
// note under the table says why; indicators on the bureau's own basis are marked ＊. The last pages are the
// 指标说明. Fonts are the document pipeline's shipped faces (electron/core/documents/fonts.ts), embedded as subsets.
import type { IndicatorDefinition, StatReport, StatTable } from '../../../shared/domain/statistics/model';
import { documentFonts } from '../documents/fonts';
import type { LoadedFont } from '../documents/fonts';
import { mmToPt } from '../documents/layout';
import { type GridCell, type GridPage, drawGrid, drawText } from './stat-pdf-grid';
import { BUREAU_NOTE, EXPLANATION_HEADERS, columnLabel, EXPLANATION_TITLE, UNIT_COLUMN, emptyReason, explanationRows, headerFacts, headerSpans, printedValue, rowName, tableColumns, unitCaption } from './stat-print';

const PAGE: [number, number] = [mmToPt(297), mmToPt(210)];
const MARGIN = { top: mmToPt(15), bottom: mmToPt(14), left: mmToPt(15), right: mmToPt(15) };
const WIDTH = PAGE[0] - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE[1] - MARGIN.bottom - 14; // room for the page number
/** The unit column and the narrowest and widest indicator column, in points. */
const UNIT_COL = mmToPt(30);
const MIN_COL = mmToPt(16);
const MAX_COL = mmToPt(34);
const MAX_COLS = Math.floor((WIDTH - UNIT_COL) / MIN_COL);

export interface RenderedStatPdf {
  bytes: Buffer;
  pages: number;
}

/** Column ranges of one table that fit across the page: whole groups where they can, a group wider than the page cut. */
export function columnParts(columns: readonly IndicatorDefinition[], max = MAX_COLS): [number, number][] {
  const parts: [number, number][] = [];
  let from = 0;
  let to = 0;
  for (const span of headerSpans(columns)) {
    for (let at = span.from; at < span.from + span.count; ) {
      const take = Math.min(span.from + span.count - at, max);
      if (to - from + take > max && to > from) {
        parts.push([from, to]);
        from = to;
      }
      to = at + take;
      at += take;
    }
  }
  if (to > from) parts.push([from, to]);
  return parts;
}

const label = columnLabel;

function tableGrid(table: StatTable, columns: IndicatorDefinition[], [from, to]: [number, number]) {
  const cols = columns.slice(from, to);
  const width = Math.min(MAX_COL, (WIDTH - UNIT_COL) / cols.length);
  const head: GridCell[] = [{ text: UNIT_COLUMN, col: 0, row: 0, rowSpan: 3, face: 'heading' }];
  for (const span of headerSpans(cols)) {
    const col = span.from + 1;
    if (span.group === null) head.push({ text: label(cols[span.from]), col, row: 0, rowSpan: 2, face: 'heading' });
    else {
      head.push({ text: span.group, col, colSpan: span.count, row: 0, face: 'heading' });
      for (let i = 0; i < span.count; i++) head.push({ text: label(cols[span.from + i]), col: col + i, row: 1, face: 'heading' });
    }
  }
  cols.forEach((def, i) => head.push({ text: unitCaption(def), col: i + 1, row: 2 }));
  const body = table.rows.map((row) => [
    { text: rowName(table, row), col: 0, align: row.isTotal ? ('center' as const) : ('left' as const), bold: row.isTotal },
    ...cols.map((def, i) => {
      const text = printedValue(def, row.values[def.key]);
      return { text: text === '' ? '—' : text, col: i + 1, align: text === '' ? ('center' as const) : ('right' as const), bold: row.isTotal };
    }),
  ]);
  const shaded = new Set(table.rows.flatMap((row, i) => (row.isTotal && table.rows.length > 1 ? [i] : [])));
  return { widths: [UNIT_COL, ...cols.map(() => width)], headRows: 3, head, body, shaded, tableWidth: UNIT_COL + width * cols.length };
}

/** The notes under a table: what ＊ and “—” mean, and why each empty figure is empty. */
function tableNotes(report: StatReport, table: StatTable, columns: IndicatorDefinition[]): string[] {
  const notes: string[] = [];
  const bureau = columns.some((d) => d.bureauBasis) ? `；${BUREAU_NOTE}` : '';
  notes.push(`各项指标的统计内容、统计期间依据、计算公式和口径来源见“${EXPLANATION_TITLE}”${bureau}。`);
  // One note per indicator and reason, naming the rows it applies to (a county and the total often share one).
  for (const def of columns) {
    const byReason = new Map<string, string[]>();
    for (const row of table.rows) {
      const v = row.values[def.key];
      if (v && v.value !== null) continue;
      const reason = emptyReason(def, v);
      byReason.set(reason, [...(byReason.get(reason) ?? []), rowName(table, row)]);
    }
    for (const [reason, rows] of byReason) notes.push(`“${def.label}”填“—”（${rows.join('、')}）：${reason}。`);
  }
  return notes;
}

class Pages implements GridPage {
  y = MARGIN.top;
  left = MARGIN.left;
  bottom = BOTTOM;
  readonly used = new Set<LoadedFont>();
  readonly fonts = documentFonts(null);
  /** The caption a continued page starts with. */
  running = '';

  constructor(readonly doc: PDFKit.PDFDocument) {}

  start(): void {
    this.doc.addPage({ size: PAGE, margins: MARGIN });
    this.y = MARGIN.top;
  }

  newPage(): void {
    this.start();
    if (this.running) drawText(this, this.running, { width: WIDTH, size: 10, face: 'heading', align: 'left', gapAfter: 3 });
  }

  /** A table's or the 指标说明's first page: title, then the facts line. */
  titled(title: string, report: StatReport): void {
    this.running = '';
    this.start();
    drawText(this, title, { width: WIDTH, size: 18, face: 'title', align: 'center', gapAfter: 4 });
    const facts = headerFacts(report).map(([k, v]) => `${k}：${v}`).join('\u3000\u3000');
    drawText(this, facts, { width: WIDTH, size: 9.5, align: 'center', gapAfter: 6 });
  }
}

/** Page numbers, centred at the foot: 第 n 页、共 N 页. */
function pageNumbers(pages: Pages, count: number): void {
  for (let i = 0; i < count; i++) {
    pages.doc.switchToPage(i);
    pages.y = PAGE[1] - MARGIN.bottom - 12;
    pages.bottom = PAGE[1];
    drawText(pages, `第 ${i + 1} 页\u3000共 ${count} 页`, { width: WIDTH, size: 9, align: 'center' });
    pages.bottom = BOTTOM;
  }
}

/** Renders the report's tables and the 指标说明 to PDF bytes; the same report gives the same bytes. */
export async function renderStatPdf(report: StatReport): Promise<RenderedStatPdf> {
  // pdfkit is loaded on the first PDF, not when the core starts (pdf-writer.ts does the same).
  const { default: PDFDocument } = await import('pdfkit');
  const counted = Date.parse(report.computedAt);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    font: null as unknown as string,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `劳动保障统计报表（${report.period.label}）`,
      Author: report.unit.name,
      Creator: '薪安 XinAn',
      Producer: '薪安 XinAn (PDFKit)',
      ...(Number.isNaN(counted) ? {} : { CreationDate: new Date(counted) }),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const pages = new Pages(doc);
  for (const table of report.tables) {
    const columns = tableColumns(report, table);
    pages.titled(table.title, report);
    const parts = columnParts(columns);
    parts.forEach((range, p) => {
      const grid = tableGrid(table, columns, range);
      const part = parts.length > 1 ? `第${p + 1}部分，共${parts.length}部分` : '';
      pages.running = '';
      if (p > 0) {
        pages.y += 6;
        if (pages.y + 60 > pages.bottom) pages.start();
      }
      if (part) drawText(pages, `${table.title}（${part}）`, { width: WIDTH, size: 10, face: 'heading', gapAfter: 3 });
      pages.running = `${table.title}（续${part ? `，${part}` : ''}）`;
      pages.left = MARGIN.left + (WIDTH - grid.tableWidth) / 2;
      drawGrid(pages, grid);
      pages.left = MARGIN.left;
    });
    pages.running = `${table.title}（续）`;
    pages.y += 4;
    tableNotes(report, table, columns).forEach((note, i) => drawText(pages, `${i === 0 ? '注：' : '\u3000\u3000'}${note}`, { width: WIDTH, size: 8.5 }));
  }

  pages.titled(EXPLANATION_TITLE, report);
  pages.running = `${EXPLANATION_TITLE}（续）`;
  const rel = [16, 22, 8, 44, 28, 36, 30];
  const unit = WIDTH / rel.reduce((a, b) => a + b, 0);
  drawGrid(pages, {
    widths: rel.map((r) => r * unit),
    headRows: 1,
    head: EXPLANATION_HEADERS.map((text, col) => ({ text, col, row: 0, face: 'heading' as const })),
    body: explanationRows(report).map((cells) => cells.map((text, col) => ({ text, col, align: col === 2 ? ('center' as const) : ('left' as const) }))),
  });

  const count = doc.bufferedPageRange().count;
  pageNumbers(pages, count);
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), pages: count };
}
