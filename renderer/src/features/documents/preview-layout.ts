// The on-screen preview's layout: a DocumentModel mapped to A4 pages in CSS millimetres after GB/T 9704-2012, with the
// same numbers as the PDF writer (shared/domain/documents/layout-constants.ts, re-exported to the writers by
// electron/core/documents/layout.ts). Pure, so the mapping is tested without a browser; DocumentPages.tsx draws it.
// The PDF stays the authoritative layout: the screen lets the browser set the lines and breaks pages between
// paragraphs and table rows (paginate), where the PDF writer sets every line on the 22 × 28 grid.
import type { DocBlock, DocFace, DocRun, DocumentModel } from '../../../../shared/contract/documents';
import { formatDocumentDate } from '../../../../shared/domain/chinese-date';
import { type TailUnit, signatureCarry } from '../../../../shared/domain/documents/signature-keep';
import {
  BODY_CHAR_SPACING_PT,
  CHAR_PITCH_MM,
  FIRST_LINE_INDENT_CHARS,
  LINE_PITCH_MM,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER,
  SIGNATURE,
  SIZE_PT,
  TEXT_BLOCK_MM,
  pageNumberSide,
  pageNumberText,
} from '../../../../shared/domain/documents/layout-constants';

export { LINE_PITCH_MM, MARGIN_MM, PAGE_MM, PAGE_NUMBER, SIZE_PT, TEXT_BLOCK_MM, pageNumberSide, pageNumberText };

/** Tibetan names sit inside any run: every stack ends with a Tibetan face before the generic one. */
const TIBETAN = '"Noto Serif Tibetan", "Microsoft Himalaya", "Jomolhari"';

/**
 * The faces by role (GB/T 9704 §7: 标题 小标宋, 正文 仿宋, 一级标题 黑体, 二级标题 楷体), each falling back to the
 * Noto CJK faces the PDF writer ships. "XinAn Title" is declared in DOCUMENT_FONT_FACES: a heavy face at normal
 * weight, so 方正小标宋 (already heavy) is not made bolder still.
 */
export const FACE_FAMILY: Record<DocFace, string> = {
  title: `"XinAn Title", "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Noto Serif SC", ${TIBETAN}, serif`,
  body: `"FangSong", "仿宋", "仿宋_GB2312", "FangSong_GB2312", "Noto Serif CJK SC", "Noto Serif SC", ${TIBETAN}, serif`,
  heading: `"黑体", "SimHei", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", ${TIBETAN}, sans-serif`,
  kai: `"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", "Noto Serif SC", ${TIBETAN}, serif`,
};

/** Page numbers are in 宋体 (§7.5) whatever the body face. */
export const SONG_FAMILY = `"宋体", "SimSun", "Noto Serif CJK SC", "Noto Serif SC", serif`;

/**
 * The title face: the bureau's 方正小标宋 where installed, else the bold Noto Serif CJK the PDF uses. local() reads
 * installed fonts only (nothing is fetched, so the CSP's font-src is not involved).
 */
export const DOCUMENT_FONT_FACES = `@font-face {
  font-family: "XinAn Title";
  src: local("方正小标宋简体"), local("FZXiaoBiaoSong-B05S"), local("FZXBSJW--GB1-0"), local("Noto Serif CJK SC Bold"),
    local("NotoSerifCJKsc-Bold"), local("Noto Serif SC Bold"), local("NotoSerifSC-Bold"), local("Source Han Serif SC Bold"),
    local("SourceHanSerifSC-Bold"), local("STZhongsong"), local("华文中宋");
}`;

// ---------------------------------------------------------------------------------------------------------------
// Pages: the model as a flow of items, packed into pages of the text block's height

/**
 * What flows down the pages, in order: the head (organ, title, number, addressee), each body block — a table as its
 * row groups, which may go to different pages — the signature block, each note, and the model's page breaks.
 */
export type FlowItem =
  | { type: 'head' }
  | { type: 'block'; index: number }
  | { type: 'rows'; index: number; from: number; to: number }
  | { type: 'signature' }
  | { type: 'note'; index: number }
  | { type: 'break' };

/** Rows that must stay on one page together: joined by a cell spanning them (as the PDF writer groups them). */
export function rowGroups(block: Extract<DocBlock, { type: 'table' }>): { from: number; to: number }[] {
  const columns = block.columns.length;
  const covered: boolean[][] = block.rows.map(() => new Array<boolean>(columns).fill(false));
  const groups: { from: number; to: number }[] = [];
  let reach = -1;
  block.rows.forEach((row, r) => {
    if (r > reach) groups.push({ from: r, to: r });
    else groups[groups.length - 1].to = r;
    let c = 0;
    for (const cell of row.cells) {
      while (c < columns && covered[r][c]) c++;
      if (c >= columns) break;
      const colSpan = Math.min(cell.colSpan ?? 1, columns - c);
      const rowSpan = Math.min(cell.rowSpan ?? 1, block.rows.length - r);
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) covered[rr][cc] = true;
      reach = Math.max(reach, r + rowSpan - 1);
      c += colSpan;
    }
  });
  return groups;
}

export function flowItems(model: DocumentModel): FlowItem[] {
  const items: FlowItem[] = [{ type: 'head' }];
  model.body.forEach((block, index) => {
    if (block.type === 'pageBreak') items.push({ type: 'break' });
    else if (block.type === 'table') for (const g of rowGroups(block)) items.push({ type: 'rows', index, ...g });
    else items.push({ type: 'block', index });
  });
  if (model.signature) items.push({ type: 'signature' });
  model.notes.forEach((_, index) => items.push({ type: 'note', index }));
  return items;
}

/** An item on a page; a paragraph split between pages shows `lines` of its lines from line `from`. */
export interface Placed {
  item: FlowItem;
  /** The item's index in the flow (its key, and the data-flow mark of its elements). */
  k: number;
  slice?: { from: number; lines: number };
}

export interface PaginateOptions {
  /** One grid line, in the unit of the heights: tables end on a grid line, and paragraphs split by lines. */
  linePitch?: number;
  /** Paragraphs and notes: set line by line, so they may continue on the next page. */
  splittable?: (item: FlowItem) => boolean;
  /** Headings keep with the first line of what follows. */
  isHeading?: (item: FlowItem) => boolean;
  /** Blank lines and spacers: they never count as the text that goes over with the signature block. */
  isBlank?: (item: FlowItem) => boolean;
}

/** Where a new page is made to start: before line `line` of item `k` (0 for an item that is not split). */
interface ForcedBreak {
  k: number;
  line: number;
}

/**
 * Packs the items into pages of `pageHeight` (same unit as `heights`, one per item), the way the PDF writer fills
 * its grid: a paragraph takes the lines left on a page and continues on the next; a table's row group that does not
 * fit starts the next page, and text after a table starts on the next grid line; a heading keeps with the first line
 * after it; the signature block keeps with the first two lines of the notes, and never stands alone on a page — when
 * it does not fit under the text, the text's last lines go over with it (signatureCarry, the PDF writer's rule); a
 * page break starts a page unless the page is still empty. Anything else taller than a page gets a page of its own.
 * The browser sets the lines, so the screen approximates where the PDF breaks.
 */
export function paginate(items: readonly FlowItem[], heights: readonly number[], pageHeight: number, options: PaginateOptions = {}): Placed[][] {
  const first = pack(items, heights, pageHeight, options, null);
  if (!first.signatureOverflowed) return first.pages;
  // The block went to a page of its own: the tail of the body goes with it (measured ahead, as the PDF does).
  const pitch = options.linePitch ?? 0;
  const end = items.findIndex((item) => item.type === 'signature');
  const carry = signatureCarry(end, (k): TailUnit => {
    const item = items[k];
    if (item.type === 'rows') return { kind: 'table', groups: 1 };
    if (item.type !== 'block') return { kind: 'stop' };
    if (options.isHeading?.(item)) return { kind: 'heading' };
    if (options.isBlank?.(item)) return { kind: 'blank' };
    return { kind: 'text', lines: options.splittable?.(item) && pitch > 0 ? Math.max(1, Math.round((heights[k] ?? 0) / pitch)) : 1 };
  });
  return carry ? pack(items, heights, pageHeight, options, { k: carry.index, line: carry.line }).pages : first.pages;
}

/**
 * Measured heights carry the browser's sub-pixel layout rounding (a 5-line head measured 0.12 px over 5 lines was
 * seen): less than this fraction of a line never costs one, so a page holds the 22 lines the PDF's does.
 */
const LINE_TOLERANCE = 0.05;

function pack(
  items: readonly FlowItem[],
  heights: readonly number[],
  pageHeight: number,
  options: PaginateOptions,
  forced: ForcedBreak | null,
): { pages: Placed[][]; signatureOverflowed: boolean } {
  const pitch = options.linePitch ?? 0;
  const pages: Placed[][] = [[]];
  let used = 0;
  let signatureOverflowed = false;
  const page = () => pages[pages.length - 1];
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const lineCount = (h: number) => Math.max(1, Math.round(h / pitch));
  const splits = (item: FlowItem, h: number) => pitch > 0 && h > 0 && (options.splittable?.(item) ?? false);
  items.forEach((item, k) => {
    if (item.type === 'break') {
      if (page().length > 0) newPage();
      return;
    }
    const previous = page().at(-1)?.item;
    if (pitch > 0 && item.type !== 'rows' && previous?.type === 'rows') used = Math.ceil(used / pitch - LINE_TOLERANCE) * pitch;
    const h = heights[k] ?? 0;
    const stop = forced?.k === k ? forced.line : -1;
    if (splits(item, h)) {
      const total = lineCount(h);
      let from = 0;
      while (from < total) {
        if (from === stop && page().length > 0) newPage();
        const room = Math.floor((pageHeight - used) / pitch + LINE_TOLERANCE);
        const end = from < stop ? stop : total;
        const rest = end - from;
        if (room >= rest) {
          page().push(from === 0 && end === total ? { item, k } : { item, k, slice: { from, lines: rest } });
          used += rest * pitch;
          from = end;
          continue;
        }
        if (room > 0) {
          page().push({ item, k, slice: { from, lines: room } });
          from += room;
        }
        newPage();
      }
      return;
    }
    if (stop === 0 && page().length > 0) newPage();
    const next = items[k + 1];
    let keep = 0;
    if (options.isHeading?.(item) && next && next.type !== 'break') keep = splits(next, heights[k + 1] ?? 0) ? pitch : (heights[k + 1] ?? 0);
    if (item.type === 'signature' && pitch > 0) {
      // Up to two lines of the notes stay with the block, as in the PDF.
      let noteLines = 0;
      for (let j = k + 1; j < items.length && items[j].type === 'note'; j++) noteLines += splits(items[j], heights[j] ?? 0) ? lineCount(heights[j]) : 0;
      keep = Math.min(noteLines, 2) * pitch;
    }
    if (page().length > 0 && used + h + keep > pageHeight + 0.5) {
      if (item.type === 'signature') signatureOverflowed = true;
      newPage();
    }
    page().push({ item, k });
    used += h;
  });
  return { pages, signatureOverflowed };
}

/** The model's pages by its page breaks alone (before anything is measured, and in tests without a browser). */
export const splitPages = (model: DocumentModel): Placed[][] => paginate(flowItems(model), [], Infinity);

/** Page numbers only on documents of more than one page (a one-page form has none), as in the PDF. */
export const showsPageNumbers = (pageCount: number): boolean => pageCount >= PAGE_NUMBER.minPages;

// ---------------------------------------------------------------------------------------------------------------
// Text

export interface RunStyle {
  fontFamily: string;
  fontWeight?: 'bold';
  textDecoration?: 'underline';
  whiteSpace?: 'nowrap';
  fontSize?: string;
}

/** A run's style; `fit` is the factor a whole number is set at in its cell (preview-table.ts numberFit). */
export function runStyle(run: DocRun, blockFace: DocFace = 'body', fit = 1): RunStyle {
  const style: RunStyle = { fontFamily: FACE_FAMILY[run.face ?? blockFace] };
  if (run.bold) style.fontWeight = 'bold';
  if (run.underline) style.textDecoration = 'underline';
  if (run.nowrap) style.whiteSpace = 'nowrap';
  if (fit < 1) style.fontSize = `${Math.round(fit * 10_000) / 10_000}em`;
  return style;
}

const mm = (n: number): string => `${Math.round(n * 1000) / 1000}mm`;
const pt = (n: number): string => `${Math.round(n * 1000) / 1000}pt`;

/** One body line: 3号 on the grid's line pitch, characters spaced so that 28 fill the line (§5.2.2). */
export const BODY_TEXT = {
  fontSize: pt(SIZE_PT.body),
  lineHeight: mm(LINE_PITCH_MM),
  letterSpacing: pt(BODY_CHAR_SPACING_PT),
} as const;

export const TITLE_TEXT = { fontSize: pt(SIZE_PT.title), lineHeight: mm(LINE_PITCH_MM), fontFamily: FACE_FAMILY.title } as const;

export interface ParagraphStyle {
  textAlign: 'left' | 'center' | 'right' | 'justify';
  textIndent: string;
}

/** Body paragraphs: justified, first line in two characters (§7.3.3) unless `indent: false` or centred/right. */
export function paragraphStyle(block: { indent?: boolean; align?: ParagraphStyle['textAlign'] }): ParagraphStyle {
  const textAlign = block.align ?? 'justify';
  const indented = block.indent !== false && (textAlign === 'justify' || textAlign === 'left');
  return { textAlign, textIndent: indented ? mm(FIRST_LINE_INDENT_CHARS * CHAR_PITCH_MM) : '0' };
}

/** Headings carry their own numbers: 一、 in 黑体, （一） in 楷体, 1. in 仿宋 bold — indented like paragraphs. */
export function headingRun(block: Extract<DocBlock, { type: 'heading' }>): DocRun {
  if (block.level === 1) return { text: block.text, face: 'heading' };
  if (block.level === 2) return { text: block.text, face: 'kai' };
  return { text: block.text, face: 'body', bold: true };
}

export const spacerHeight = (lines: number): string => mm(lines * LINE_PITCH_MM);

/** The number line: right on 'official' documents (the 案号 custom), centred on forms (§7.2.4 发文字号). */
export const numberAlign = (model: Pick<DocumentModel, 'layout'>): 'right' | 'center' => (model.layout === 'official' ? 'right' : 'center');

// ---------------------------------------------------------------------------------------------------------------
// Tables (preview-table.ts)

export { numberFit, tableView, type CellView, type TableView } from './preview-table';

// ---------------------------------------------------------------------------------------------------------------
// The signature block

/**
 * Width of a line of body text in characters of the grid: full-width characters (汉字, 〔〕（）：) take one, Latin
 * letters, digits and half-width punctuation about half — enough to place the block as the PDF writer does.
 */
export function widthInChars(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! <= 0xff ? 0.5 : 1;
  return n;
}

export interface SignerView {
  label: string;
  name: string;
  /** Labels of more than one character are spread to the widest (仲 裁 员 under 首席仲裁员). */
  spread: boolean;
}

export interface SignatureView {
  /** Signer lines (首席仲裁员  王芳): labels spread to the widest, names left, the names ending two characters in. */
  signers: SignerView[];
  /** Signer lines printed under the date (书记员 on an award, by custom), in the same columns. */
  afterDate: SignerView[];
  labelWidth: string;
  nameWidth: string;
  signerGap: string;
  signerRight: string;
  /** "（印章）", the organ and the date, each centred on one axis. */
  centred: string[];
  centredWidth: string;
  centredRight: string;
}

/**
 * The signature block (§7.3.5.1): the date ends four characters in from the right edge of the text block and the
 * organ is centred over it — or, when the organ is the wider, the organ ends two characters in and the date is
 * centred under it; "（印章）" where sealed, above them; signer lines above, and those marked afterDate under the
 * date. Distances are from the text block's right edge.
 */
export function signatureView(sig: NonNullable<DocumentModel['signature']>): SignatureView {
  const chars = (n: number) => n * CHAR_PITCH_MM;
  const date = sig.date ? formatDocumentDate(sig.date, sig.dateStyle) : null;
  const centred = [...(sig.sealed ? ['（印章）'] : []), ...(sig.organ ? [sig.organ] : []), ...(date ? [date] : [])];
  const dateWidth = date ? chars(widthInChars(date)) : 0;
  const organWidth = sig.organ ? chars(widthInChars(sig.organ)) : 0;
  let centreFromRight = chars(SIGNATURE.dateRightIndentChars) + dateWidth / 2;
  if (centreFromRight - organWidth / 2 < chars(SIGNATURE.signerRightIndentChars)) {
    centreFromRight = chars(SIGNATURE.signerRightIndentChars) + organWidth / 2;
  }
  // The box is wider than its widest line by two characters each side, so an estimate a little short never makes
  // a line overflow to one side; its centre stays where the writer puts it.
  const widest = Math.max(0, ...centred.map((t) => chars(widthInChars(t))));
  const boxWidth = Math.min(TEXT_BLOCK_MM.width, widest + chars(4));
  const boxRight = Math.max(0, centreFromRight - boxWidth / 2);
  const labelWidth = Math.max(0, ...sig.lines.map((l) => chars(widthInChars(l.label))));
  const nameWidth = Math.max(0, ...sig.lines.map((l) => chars(widthInChars(l.name))));
  const signer = (l: (typeof sig.lines)[number]): SignerView => ({ label: l.label, name: l.name, spread: [...l.label].length > 1 });
  return {
    signers: sig.lines.filter((l) => !l.afterDate).map(signer),
    afterDate: sig.lines.filter((l) => l.afterDate).map(signer),
    labelWidth: mm(labelWidth),
    nameWidth: mm(nameWidth + chars(0.5)),
    signerGap: mm(chars(2)),
    signerRight: mm(Math.max(0, chars(SIGNATURE.signerRightIndentChars) - chars(0.5))),
    centred,
    centredWidth: mm(boxWidth),
    centredRight: mm(boxRight),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The page box

export const PAGE_BOX = {
  width: mm(PAGE_MM.width),
  minHeight: mm(PAGE_MM.height),
  padding: `${mm(MARGIN_MM.top)} ${mm(MARGIN_MM.right)} ${mm(MARGIN_MM.bottom)} ${mm(MARGIN_MM.left)}`,
} as const;

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

/** The page's width in CSS pixels at zoom 1. */
export const PAGE_WIDTH_PX = PAGE_MM.width * PX_PER_MM;

/** The text block's height in CSS pixels at zoom 1: what one page holds. */
export const TEXT_BLOCK_HEIGHT_PX = TEXT_BLOCK_MM.height * PX_PER_MM;

/** One grid line in CSS pixels at zoom 1. */
export const LINE_PITCH_PX = LINE_PITCH_MM * PX_PER_MM;

/** "— 1 —" where the PDF puts it: the 一字线 7 mm below the text block, odd pages right, even left, one character in. */
export function pageNumberPosition(page: number): { side: 'left' | 'right'; inset: string; bottom: string; fontSize: string } {
  const side = pageNumberSide(page);
  const inset = (side === 'right' ? MARGIN_MM.right : MARGIN_MM.left) + PAGE_NUMBER.insetChars * (PAGE_NUMBER.sizePt * (25.4 / 72));
  // The line box (one 4号 line, centred on the dash) sits with its middle 7 mm below the text block.
  const lineMm = PAGE_NUMBER.sizePt * (25.4 / 72) * 1.2;
  return { side, inset: mm(inset), bottom: mm(MARGIN_MM.bottom - PAGE_NUMBER.belowTextBlockMm - lineMm / 2), fontSize: pt(PAGE_NUMBER.sizePt) };
}
