// The PDF writer: one DocumentModel → one A4 PDF laid out after GB/T 9704-2012, with the application's own fonts
// embedded as CID TrueType subsets (pdfkit + fontkit). It runs in the core, so the desktop app, browser mode, the
// tests and the samples command make the same file; the same model and instant give the same bytes.
//
// The page: the text block 156 × 225 mm at 37 mm from the top and 28 mm from the left; body text on a grid of 22
// lines × 28 characters; the organ line and the title (2号) centred; the number line under the title — right-aligned
// on 'official' documents (the arbitration custom for 案号), centred on 'form' pages (GB/T 9704 §7.2.4 发文字号);
// the signature block right (§7.3.5); page numbers "— n —" only when there is more than one page (§7.5).
import { type DocBlock, type DocRun, type DocumentModel } from '../../../shared/contract/documents';
import { formatDocumentDate } from '../../../shared/domain/chinese-date';
import { type TailUnit, signatureCarry } from '../../../shared/domain/documents/signature-keep';
import { type DocumentFonts, type LoadedFont, documentFonts } from './fonts';
import {
  BODY_CHAR_SPACING_PT,
  CHAR_PITCH_PT,
  FIRST_LINE_INDENT_CHARS,
  LINES_PER_PAGE,
  LINE_PITCH_PT,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER,
  SIGNATURE,
  SIZE_PT,
  TEXT_BLOCK_MM,
  mmToPt,
  pageNumberSide,
  pageNumberText,
} from './layout';
import { layoutTable } from './pdf-table';
import { type Atom, type Line, type LineAlign, type TextStyle, balancedLines, baselineIn, breakLines, drawLine, lineWidth, textWidth, toAtoms } from './pdf-text';

export interface RenderPdfOptions {
  /** The PDF's CreationDate (epoch ms): the document version's instant, so that a re-render is byte-identical. */
  createdAt: number;
  /**
   * The body (仿宋) face: undefined looks for the system's 仿宋 and falls back to the shipped Song face; null always
   * uses the shipped Song face (every PC gives the same pages; tests); a path uses that font file.
   */
  bodyFont?: string | null;
  /** The bytes of the model's annex pictures, by their hash (documents.service reads them from the file store). */
  images?: ReadonlyMap<string, Buffer>;
}

export interface RenderedPdf {
  bytes: Buffer;
  /** Family names of the fonts embedded, in order of first use ("Noto Serif SC", "FangSong"…): for the record. */
  fonts: string[];
  pages: number;
}

const TOP = mmToPt(MARGIN_MM.top);
const LEFT = mmToPt(MARGIN_MM.left);
const WIDTH = mmToPt(TEXT_BLOCK_MM.width);
const BOTTOM = TOP + mmToPt(TEXT_BLOCK_MM.height);
const PAGE_SIZE: [number, number] = [mmToPt(PAGE_MM.width), mmToPt(PAGE_MM.height)];
const MARGINS = { top: TOP, left: LEFT, right: PAGE_SIZE[0] - LEFT - WIDTH, bottom: PAGE_SIZE[1] - BOTTOM };

const BODY: TextStyle = { face: 'body', size: SIZE_PT.body, spacing: BODY_CHAR_SPACING_PT };
const TITLE: TextStyle = { face: 'title', size: SIZE_PT.title, spacing: 0 };
const INDENT = FIRST_LINE_INDENT_CHARS * CHAR_PITCH_PT;

/** The cursor over the pages: grid lines for text, free positions for tables. */
class Flow {
  y = TOP;
  readonly used = new Set<LoadedFont>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: DocumentFonts,
    /** Measuring ahead: the cursor moves and pages turn, nothing is drawn and no page is added. */
    readonly dry = false,
  ) {}

  /** A copy of the cursor that measures what follows without drawing it. */
  ahead(): Flow {
    const flow = new Flow(this.doc, this.fonts, true);
    flow.y = this.y;
    return flow;
  }

  newPage(): void {
    if (!this.dry) this.doc.addPage({ size: PAGE_SIZE, margins: MARGINS });
    this.y = TOP;
  }

  /** Index of the next free grid line on this page (after a table, the line below it). */
  lineIndex(): number {
    return Math.max(0, Math.ceil((this.y - TOP) / LINE_PITCH_PT - 1e-6));
  }

  linesLeft(): number {
    return LINES_PER_PAGE - this.lineIndex();
  }

  atPageTop(): boolean {
    return this.y <= TOP + 1e-6;
  }

  /** Takes the next grid line (starting a page when this one is full) and returns its top. */
  takeLine(): number {
    let index = this.lineIndex();
    if (index >= LINES_PER_PAGE) {
      this.newPage();
      index = 0;
    }
    const top = TOP + index * LINE_PITCH_PT;
    this.y = top + LINE_PITCH_PT;
    return top;
  }

  /** Sets lines on the grid, each in the measure less its indent. */
  lines(lines: Line[], style: TextStyle, align: LineAlign, indent: (i: number) => number = () => 0): void {
    lines.forEach((line, i) => {
      const top = this.takeLine();
      if (this.dry) return;
      const inset = indent(i);
      drawLine(this.doc, line, { x: LEFT + inset, width: WIDTH - inset, baseline: baselineIn(top, LINE_PITCH_PT, style.size), align }, this.used);
    });
  }

  atoms(runs: DocRun[], style: TextStyle): Atom[] {
    return toAtoms(runs, style, this.fonts, WIDTH);
  }
}

type ParagraphOptions = { indent?: boolean; align?: LineAlign };

/** A paragraph's lines as set (null for an empty one, which takes one blank line), with its alignment and indent. */
function paragraphLines(flow: Flow, runs: DocRun[], style: TextStyle, opts: ParagraphOptions): { lines: Line[]; align: LineAlign; indent: number } | null {
  const align = opts.align ?? 'justify';
  const indent = opts.indent !== false && (align === 'justify' || align === 'left') ? INDENT : 0;
  if (runs.every((r) => r.text === '')) return null;
  return { lines: breakLines(flow.atoms(runs, style), WIDTH - indent, WIDTH), align, indent };
}

/**
 * A paragraph of body text: first line indented two characters (§7.3.3), justified, last line set left. With
 * `breakAt`, a new page starts before that line (the text that goes over with the signature block).
 */
function paragraph(flow: Flow, runs: DocRun[], style: TextStyle, opts: ParagraphOptions = {}, breakAt?: number): void {
  const set = paragraphLines(flow, runs, style, opts);
  if (!set) {
    flow.takeLine();
    return;
  }
  const { lines, align, indent } = set;
  const at = breakAt ?? lines.length;
  flow.lines(lines.slice(0, at), style, align, (i) => (i === 0 ? indent : 0));
  if (at < lines.length) {
    if (!flow.atPageTop()) flow.newPage();
    flow.lines(lines.slice(at), style, align, (i) => (i + at === 0 ? indent : 0));
  }
}

/** Headings carry their own numbers: 一、 in 黑体, （一） in 楷体, 1. in 仿宋 bold — indented like paragraphs. */
const HEADING_RUN = { 1: { face: 'heading' }, 2: { face: 'kai' }, 3: { face: 'body', bold: true } } as const;

function heading(flow: Flow, block: Extract<DocBlock, { type: 'heading' }>, hasNext: boolean, breakBefore = false): void {
  const runs: DocRun[] = [{ text: block.text, ...HEADING_RUN[block.level] }];
  const lines = breakLines(flow.atoms(runs, BODY), WIDTH - INDENT, WIDTH);
  // Never the last line of a page with its text on the next.
  if ((breakBefore || (hasNext && flow.linesLeft() < lines.length + 1)) && !flow.atPageTop()) flow.newPage();
  flow.lines(lines, BODY, 'justify', (i) => (i === 0 ? INDENT : 0));
}

/** A table; with `breakAt`, a new page starts before that row group (the rows that go with the signature block). */
function table(flow: Flow, block: Extract<DocBlock, { type: 'table' }>, breakAt?: number): void {
  if (flow.lineIndex() >= LINES_PER_PAGE) flow.newPage();
  flow.y = TOP + flow.lineIndex() * LINE_PITCH_PT;
  const queue = layoutTable(block, flow.fonts, LEFT, WIDTH).map((group, index) => ({ group, index, first: true }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    let group = next.group;
    if (next.first && next.index === breakAt && !flow.atPageTop()) flow.newPage();
    // A group that does not fit goes to the next page whole (nothing is repeated there); a single row taller than
    // a page breaks at the page's foot instead, and its cells continue on the next.
    if (flow.y + group.height > BOTTOM + 0.01) {
      const split = group.height > BOTTOM - TOP + 0.01 ? group.split(BOTTOM - flow.y) : null;
      if (split) {
        queue.unshift({ group: split[1], index: next.index, first: false });
        group = split[0];
      } else if (!flow.atPageTop()) {
        flow.newPage();
        queue.unshift({ ...next, first: false });
        continue;
      }
    }
    if (!flow.dry) group.draw(flow.doc, flow.y, flow.used);
    flow.y += group.height;
  }
}

/** One body block; `breakAt` starts a new page before that line (row group) of it. */
function block(flow: Flow, b: DocBlock, hasNext: boolean, breakAt?: number): void {
  switch (b.type) {
    case 'paragraph':
      return paragraph(flow, b.runs, BODY, { indent: b.indent, align: b.align }, breakAt);
    case 'heading':
      return heading(flow, b, hasNext, breakAt !== undefined);
    case 'table':
      return table(flow, b, breakAt);
    case 'spacer':
      for (let i = 0; i < b.lines; i++) flow.takeLine();
      return;
    case 'pageBreak':
      if (!flow.atPageTop()) flow.newPage();
      return;
  }
}

/** Organ line, title (two balanced lines when long), number line, then a blank line before the text. */
function head(flow: Flow, model: DocumentModel): void {
  if (model.organ) flow.lines(breakLines(flow.atoms([{ text: model.organ }], TITLE), WIDTH), TITLE, 'center');
  flow.lines(balancedLines(flow.atoms([{ text: model.title }], TITLE), WIDTH), TITLE, 'center');
  if (model.number) {
    const align = model.layout === 'official' ? 'right' : 'center';
    flow.lines(breakLines(flow.atoms([{ text: model.number }], BODY), WIDTH), BODY, align);
  }
  if (model.addressee || model.body.length > 0) flow.takeLine();
  if (model.addressee) paragraph(flow, [{ text: model.addressee }], BODY, { indent: false, align: 'justify' });
}

/**
 * The signature block (§7.3.5): signer lines (仲裁员  王芳) right, their labels spread to one width; then, where
 * sealed, "（印章）" where the seal goes; the organ centred over the date, the date four characters in from the
 * right — or, when the organ is the wider, the organ two characters in and the date centred under it. One function
 * per grid line, each drawing its line at the top it is given.
 */
function signatureRows(flow: Flow, sig: NonNullable<DocumentModel['signature']>): ((top: number) => void)[] {
  const right = LEFT + WIDTH;
  const atomsOf = (text: string) => flow.atoms([{ text }], BODY);
  const visible = (atoms: Atom[]) => lineWidth(atoms) - BODY.spacing;
  const rows: ((top: number) => void)[] = [];
  const baseline = (top: number) => baselineIn(top, LINE_PITCH_PT, BODY.size);
  const at = (atoms: Atom[], x: number, width: number, align: LineAlign) => (top: number) =>
    drawLine(flow.doc, { atoms, last: false }, { x, width, baseline: baseline(top), align }, flow.used);

  // Signer lines share one label width and one name column, above and below the date alike.
  const signers: ((top: number) => void)[] = [];
  const afterDate: ((top: number) => void)[] = [];
  if (sig.lines.length > 0) {
    const labels = sig.lines.map((l) => atomsOf(l.label));
    const names = sig.lines.map((l) => atomsOf(l.name));
    const labelWidth = Math.max(...labels.map(visible));
    const nameWidth = Math.max(...names.map(visible));
    const gap = 2 * CHAR_PITCH_PT;
    const nameX = right - SIGNATURE.signerRightIndentChars * CHAR_PITCH_PT - nameWidth;
    const labelX = nameX - gap - labelWidth;
    sig.lines.forEach((line, i) =>
      (line.afterDate ? afterDate : signers).push((top) => {
        // A label of one character is centred; longer ones are spread to the widest (仲 裁 员 under 首席仲裁员).
        at(labels[i], labelX, labelWidth, labels[i].length > 1 ? 'justify' : 'center')(top);
        at(names[i], nameX, nameWidth, 'left')(top);
      }),
    );
  }
  rows.push(...signers);

  const organ = sig.organ ? atomsOf(sig.organ) : null;
  const date = sig.date ? atomsOf(formatDocumentDate(sig.date, sig.dateStyle)) : null;
  const organWidth = organ ? visible(organ) : 0;
  const dateWidth = date ? visible(date) : 0;
  let centre = right - SIGNATURE.dateRightIndentChars * CHAR_PITCH_PT - dateWidth / 2;
  if (centre + organWidth / 2 > right - SIGNATURE.signerRightIndentChars * CHAR_PITCH_PT) {
    centre = right - SIGNATURE.signerRightIndentChars * CHAR_PITCH_PT - organWidth / 2;
  }
  const centred = (atoms: Atom[]) => {
    const w = visible(atoms);
    return at(atoms, centre - w / 2, w + 1, 'left');
  };
  if (sig.sealed) rows.push(centred(atomsOf('（印章）')));
  if (organ) rows.push(centred(organ));
  if (date) rows.push(centred(date));
  rows.push(...afterDate);
  return rows;
}

/** Whether a block of `need` grid lines goes to the next page: it does not fit in what is left, and the page has text. */
const overflows = (flow: Flow, need: number): boolean => flow.linesLeft() < need && !flow.atPageTop();

/** The signature block after one blank line, kept on one page with `need` lines (blank line and kept note lines included). */
function signature(flow: Flow, rows: ((top: number) => void)[], need: number): void {
  if (overflows(flow, need)) flow.newPage();
  else if (!flow.atPageTop()) flow.takeLine();
  for (const row of rows) row(flow.takeLine());
}

/** How the signature-keeping rule sees a body block. */
function tailUnit(flow: Flow, b: DocBlock): TailUnit {
  switch (b.type) {
    case 'paragraph': {
      const set = paragraphLines(flow, b.runs, BODY, { indent: b.indent, align: b.align });
      return set ? { kind: 'text', lines: set.lines.length } : { kind: 'blank' };
    }
    case 'heading':
      return { kind: 'heading' };
    case 'table':
      return { kind: 'table', groups: layoutTable(b, flow.fonts, LEFT, WIDTH).length };
    case 'spacer':
      return { kind: 'blank' };
    case 'pageBreak':
      return { kind: 'stop' };
  }
}

/**
 * The body, then (when `need` is given) the signature block of `need` lines: a page never carries the block alone
 * (GB/T 9704 §7.3.5). The tail of the body (its last two lines of text, or a table's last row group) is measured
 * ahead; when the block would not fit under it, a new page starts before the tail, which goes over with the block.
 */
function bodyAndSignature(flow: Flow, body: DocBlock[], sig: { rows: ((top: number) => void)[]; need: number } | null): void {
  const draw = (f: Flow, from: number, to: number, breakAt?: number) => {
    for (let i = from; i < to; i++) block(f, body[i], i < body.length - 1, i === from ? breakAt : undefined);
  };
  const carry = sig ? signatureCarry(body.length, (i) => tailUnit(flow, body[i])) : null;
  if (!sig || !carry) {
    draw(flow, 0, body.length);
    if (sig) signature(flow, sig.rows, sig.need);
    return;
  }
  draw(flow, 0, carry.index);
  const ahead = flow.ahead();
  draw(ahead, carry.index, body.length);
  draw(flow, carry.index, body.length, overflows(ahead, sig.need) ? carry.line : undefined);
  signature(flow, sig.rows, sig.need);
}

/** "— n —" in 4号 Song (§7.5): the 一字线 7 mm below the text block; odd pages right, even left, one character in. */
function pageNumbers(flow: Flow, count: number): void {
  const font = flow.fonts.songRegular;
  // Always the Song face (宋体 by §7.5), whatever the body face is.
  const song = documentFonts(null);
  const size = PAGE_NUMBER.sizePt;
  const dash = font.font.layout('—').glyphs[0].bbox;
  const dashMid = (dash.minY + dash.maxY) / 2 / font.font.unitsPerEm;
  const baseline = BOTTOM + mmToPt(PAGE_NUMBER.belowTextBlockMm) + dashMid * size;
  const inset = PAGE_NUMBER.insetChars * size;
  for (let i = 0; i < count; i++) {
    flow.doc.switchToPage(i);
    const text = pageNumberText(i + 1);
    const atoms = toAtoms([{ text }], { face: 'body', size, spacing: 0 }, song, WIDTH);
    const w = textWidth(font, text, size);
    const x = pageNumberSide(i + 1) === 'right' ? LEFT + WIDTH - inset - w : LEFT + inset;
    drawLine(flow.doc, { atoms, last: true }, { x, width: w + 1, baseline, align: 'left' }, flow.used);
  }
}

/**
 * The model's page foot (a record's 被询问人签名（捺印）line) on every page, on the page number's baseline and on the
 * side the number leaves free, so each page can be signed and thumbprinted on its own.
 */
function pageFeet(flow: Flow, count: number, text: string): void {
  const font = flow.fonts.songRegular;
  const song = documentFonts(null);
  const size = PAGE_NUMBER.sizePt;
  const baseline = BOTTOM + mmToPt(PAGE_NUMBER.belowTextBlockMm) + size * 0.35;
  const w = textWidth(font, text, size);
  for (let i = 0; i < count; i++) {
    flow.doc.switchToPage(i);
    const atoms = toAtoms([{ text }], { face: 'body', size, spacing: 0 }, song, WIDTH);
    const numbered = count >= PAGE_NUMBER.minPages;
    // The number sits right on odd pages and left on even ones; the foot takes the other side, leaving room to sign.
    const x = numbered && pageNumberSide(i + 1) === 'left' ? LEFT + WIDTH - w - 8 * size : LEFT;
    drawLine(flow.doc, { atoms, last: true }, { x, width: w + 1, baseline, align: 'left' }, flow.used);
  }
}

/** A picture of the annex takes at most this many grid lines, so that two with their captions share a page. */
const ANNEX_IMAGE_LINES = 8;

/**
 * The annex: a new page, its title, then each picture centred and scaled to the text block's width or eight lines'
 * height (never enlarged), its caption centred under it and a blank line after; a picture that would not fit with
 * its caption goes to the next page whole.
 */
function annex(flow: Flow, a: NonNullable<DocumentModel['annex']>, images: ReadonlyMap<string, Buffer> | undefined): void {
  if (a.images.length === 0) return;
  flow.newPage();
  flow.lines(breakLines(flow.atoms([{ text: a.title, bold: true }], BODY), WIDTH), BODY, 'center');
  flow.takeLine();
  const pxToPt = 0.75; // 96 px to the inch, 72 pt
  for (const image of a.images) {
    const bytes = images?.get(image.sha256);
    if (!bytes) throw new Error(`附页的照片文件缺失（${image.sha256.slice(0, 12)}…）`);
    const scale = Math.min(1, WIDTH / (image.width * pxToPt), (ANNEX_IMAGE_LINES * LINE_PITCH_PT) / (image.height * pxToPt));
    const w = image.width * pxToPt * scale;
    const h = image.height * pxToPt * scale;
    const caption = breakLines(flow.atoms([{ text: image.caption }], BODY), WIDTH);
    const lines = Math.ceil(h / LINE_PITCH_PT - 1e-6) + caption.length;
    if (flow.lineIndex() + lines > LINES_PER_PAGE) flow.newPage();
    const top = TOP + flow.lineIndex() * LINE_PITCH_PT;
    if (!flow.dry) flow.doc.image(bytes, LEFT + (WIDTH - w) / 2, top, { width: w, height: h });
    flow.y = top + h;
    flow.lines(caption, BODY, 'center');
    if (flow.lineIndex() < LINES_PER_PAGE) flow.takeLine();
  }
}

/** Renders a document model to PDF bytes. */
export async function renderPdf(model: DocumentModel, options: RenderPdfOptions): Promise<RenderedPdf> {
  // pdfkit is loaded on the first PDF, not when the core starts (a core that makes no paper never pays for it).
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = documentFonts(options.bodyFont);
  const doc = new PDFDocument({
    size: PAGE_SIZE,
    margins: MARGINS,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, a standard-14 font we never embed.
    font: null as unknown as string,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: model.title,
      ...(model.organ ? { Author: model.organ } : {}),
      Creator: '薪安 XinAn',
      Producer: '薪安 XinAn (PDFKit)',
      CreationDate: new Date(options.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const flow = new Flow(doc, fonts);
  head(flow, model);
  let sig: { rows: ((top: number) => void)[]; need: number } | null = null;
  if (model.signature) {
    // 附注 and the like follow the date directly (§7.3.6); up to two of their lines stay with the block.
    const noteLines = model.notes.reduce((n, note) => n + breakLines(flow.atoms(note, BODY), WIDTH - INDENT, WIDTH).length, 0);
    const rows = signatureRows(flow, model.signature);
    sig = { rows, need: 1 + rows.length + Math.min(noteLines, 2) };
  }
  bodyAndSignature(flow, model.body, sig);
  for (const note of model.notes) paragraph(flow, note, BODY);
  if (model.annex) annex(flow, model.annex, options.images);

  const pages = doc.bufferedPageRange().count;
  if (pages >= PAGE_NUMBER.minPages) pageNumbers(flow, pages);
  if (model.pageFoot) pageFeet(flow, pages, model.pageFoot);
  doc.end();
  await ended;

  const families: string[] = [];
  for (const font of flow.used) if (!families.includes(font.family)) families.push(font.family);
  return { bytes: Buffer.concat(chunks), fonts: families, pages };
}
