// The pieces of the DOCX writer that the content model's blocks become: runs (with Tibetan set apart), paragraphs
// written in CT_PPr's order, and ruled tables with spans. Geometry comes from layout.ts, as the PDF writer's does.
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  EmptyElement,
  FileChild,
  HeightRule,
  OnOffElement,
  type Paragraph,
  StringValueElement,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type XmlComponent,
  createAlignment,
  createIndent,
  createSpacing,
} from 'docx';
import type { DocBlock, DocCell, DocFace, DocRun } from '../../../shared/contract/documents';
import { fittedSizePt, wholeChildren } from './docx-fit';
import { CHARS_PER_LINE, FIRST_LINE_INDENT_CHARS, LINES_PER_PAGE, MARGIN_MM, PAGE_MM, SIZE_PT, TABLE, mmToTwip, ptToTwip } from './layout';

/** The office's faces by role (GB/T 9704-2012 §7): 标题 小标宋, 正文 仿宋, 一级标题 黑体, 二级标题 楷体. */
export const DOCX_FACE_FONTS: Record<DocFace, string> = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  kai: '楷体_GB2312',
};
/** Latin letters and digits inside Chinese text. */
export const LATIN_FONT = 'Times New Roman';
/** Windows' Tibetan font (every Windows since Vista). */
export const TIBETAN_FONT = 'Microsoft Himalaya';

// Page geometry in twips. Word derives the text block from the page and the margins, so the grid is computed from
// the same rounded figures it will see.
export const PAGE = { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height) };
export const MARGIN = {
  top: mmToTwip(MARGIN_MM.top),
  right: mmToTwip(MARGIN_MM.right),
  bottom: mmToTwip(MARGIN_MM.bottom),
  left: mmToTwip(MARGIN_MM.left),
};
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;
/** w:docGrid linesAndChars: the line pitch in twips, rounded down so that all 22 lines fit. */
export const DOCX_LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/**
 * w:docGrid charSpace: the character pitch less the Normal style's size (3号, 16 pt), in 1/4096 pt, rounded down so
 * that 28 characters fit the line (ECMA-376 §17.6.5).
 */
export const DOCX_CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - SIZE_PT.body) * 4096);
/**
 * Every paragraph opts out of the grid (w:snapToGrid off) and is set on it by hand instead: lines exactly one line
 * pitch apart, body characters spaced to the character pitch, as the PDF writer sets them. Word and WPS would honour
 * the grid alone, but LibreOffice gives each 3号 character that is wider than a grid cell (15.8 pt) two cells,
 * which doubles the body's spacing; set by hand, the page is the same in all three. The spacing (3号 less the pitch,
 * −0.21 pt) is rounded away from zero to a tenth of a point, −0.3 pt: LibreOffice keeps tenths, and at −0.2 pt
 * the 28th character no longer fits.
 */
export const BODY_SPACING_TWIPS = -Math.ceil((SIZE_PT.body - TEXT_WIDTH / 20 / CHARS_PER_LINE) * 10) * 2;
/** One character of body text, in twips: indents "in characters" are measured with it. */
export const CHAR_TWIPS = SIZE_PT.body * 20 + BODY_SPACING_TWIPS;

export const halfPoints = (pt: number): number => Math.round(pt * 2);

// ---------------------------------------------------------------------------------------------------------------
// Runs

const TIBETAN = /[\u0F00-\u0FFF]+(?:[ \u00A0]+[\u0F00-\u0FFF]+)*/gu;

export interface RunStyle {
  face: DocFace;
  sizePt: number;
  bold?: boolean;
  underline?: boolean;
  /** Space added after each character, in twips (w:spacing). */
  spacingTwips?: number;
  /** A number kept whole (DocRun.nowrap): no-break spaces and hyphens, so Word has nowhere to break it. */
  nowrap?: boolean;
}

/**
 * Tibetan text: every font slot names the Tibetan face; w:cs marks the run complex script, so Word takes the w:cs
 * font and szCs whatever its character tables say (MS-OI29500 §2.1.88), as LibreOffice does for Tibetan anyway; and
 * w:lang w:bidi tags it bo-CN for shaping and proofing. The docx library has no option for w:cs, so it goes after
 * the properties the library writes, in CT_RPr's order (… u, cs, lang).
 */
class TibetanRun extends TextRun {
  constructor(text: string, style: RunStyle) {
    super({
      text,
      font: { ascii: TIBETAN_FONT, hAnsi: TIBETAN_FONT, eastAsia: TIBETAN_FONT, cs: TIBETAN_FONT },
      size: halfPoints(style.sizePt),
      bold: style.bold,
      underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
    });
    this.properties.push(new EmptyElement('w:cs'));
    this.properties.push(new BuilderElement({ name: 'w:lang', attributes: { bidi: { key: 'w:bidi', value: 'bo-CN' } } }));
  }
}

/** The run fonts of Chinese text in a face: hint eastAsia sets the punctuation both scripts share (“” — …) in it. */
export const chineseFonts = (face: DocFace) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: DOCX_FACE_FONTS[face], hint: 'eastAsia' });

function plainRun(text: string, style: RunStyle, breakBefore: boolean): TextRun {
  const whole = style.nowrap === true && text !== '';
  return new TextRun({
    text: whole ? undefined : text || undefined,
    children: whole ? wholeChildren(text) : undefined,
    break: breakBefore ? 1 : undefined,
    font: chineseFonts(style.face),
    size: halfPoints(style.sizePt),
    bold: style.bold,
    underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
    characterSpacing: style.spacingTwips || undefined,
  });
}

/** Text as docx runs: Tibetan stretches in runs of their own, line breaks as w:br. Records the fonts named. */
export function textRuns(text: string, style: RunStyle, used: Set<string>): TextRun[] {
  const runs: TextRun[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    let at = 0;
    let breakBefore = lineIndex > 0;
    const push = (piece: string, tibetan: boolean): void => {
      if (!piece && !breakBefore) return;
      runs.push(tibetan ? new TibetanRun(piece, style) : plainRun(piece, style, breakBefore));
      used.add(tibetan ? TIBETAN_FONT : DOCX_FACE_FONTS[style.face]);
      breakBefore = false;
    };
    for (const match of line.matchAll(TIBETAN)) {
      push(line.slice(at, match.index), false);
      push(match[0], true);
      at = match.index + match[0].length;
    }
    push(line.slice(at), false);
  });
  return runs;
}

/** The model's runs; `fitTwips`, a cell's inner width, is what a whole number (nowrap) must fit on one line. */
export function modelRuns(runs: readonly DocRun[], base: RunStyle, used: Set<string>, fitTwips?: number): TextRun[] {
  return runs.flatMap((run) => {
    const style: RunStyle = { ...base, face: run.face ?? base.face, bold: run.bold ?? base.bold, underline: run.underline };
    if (run.nowrap) Object.assign(style, { nowrap: true, sizePt: fitTwips === undefined ? base.sizePt : fittedSizePt(run.text, base.sizePt, fitTwips) });
    return textRuns(run.text, style, used);
  });
}

/** Width of a line of text in characters of the grid (CJK one, Latin letters and digits half). */
export function textWidthChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}

// ---------------------------------------------------------------------------------------------------------------
// Paragraphs

export interface ParaProps {
  style?: string;
  keepNext?: boolean;
  /** Keep the paragraph's lines on one page (w:keepLines). */
  keepLines?: boolean;
  /** Widow and orphan control (two lines either side of a page break); off unless asked for. */
  widowControl?: boolean;
  pageBreakBefore?: boolean;
  /** Left tab stops, in twips from the left margin. */
  tabs?: number[];
  /** Exact line height in twips; default one line of the grid. */
  lineTwips?: number;
  firstLineChars?: number;
  leftTwips?: number;
  rightTwips?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

const JC = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.BOTH };

/**
 * A w:p with its properties in CT_PPr's order, off the grid and exactly one line pitch tall unless told otherwise.
 * The docx library's Paragraph cannot write w:snapToGrid.
 */
export class Para extends FileChild {
  constructor(props: ParaProps, runs: readonly XmlComponent[]) {
    super('w:p');
    const pPr: XmlComponent[] = [];
    if (props.style) pPr.push(new StringValueElement('w:pStyle', props.style));
    if (props.keepNext) pPr.push(new OnOffElement('w:keepNext', true));
    if (props.keepLines) pPr.push(new OnOffElement('w:keepLines', true));
    if (props.pageBreakBefore) pPr.push(new OnOffElement('w:pageBreakBefore', true));
    // Lines break across pages where the PDF breaks them: no widow and orphan control (LibreOffice's default has it),
    // except where the PDF keeps two lines either side too (the text that goes over with the signature block).
    pPr.push(new OnOffElement('w:widowControl', props.widowControl === true));
    if (props.tabs?.length) {
      const stops = props.tabs.map((pos) => new BuilderElement({ name: 'w:tab', attributes: { val: { key: 'w:val', value: 'left' }, pos: { key: 'w:pos', value: pos } } }));
      pPr.push(new BuilderElement({ name: 'w:tabs', children: stops }));
    }
    // overflowPunct on is Word's default; said explicitly because LibreOffice reads the element the wrong way round
    // and, without it, lets a line's last comma hang past the text block, where its PDF export drops it.
    pPr.push(new OnOffElement('w:overflowPunct', true));
    // No space between Chinese and Latin letters or digits (1988年3月12日), as in the PDF; Word and WPS honour
    // this, LibreOffice ignores it and adds a little.
    pPr.push(new OnOffElement('w:autoSpaceDE', false), new OnOffElement('w:autoSpaceDN', false));
    pPr.push(new OnOffElement('w:snapToGrid', false));
    pPr.push(createSpacing({ before: 0, after: 0, line: props.lineTwips ?? DOCX_LINE_PITCH, lineRule: 'exact' }));
    if (props.firstLineChars || props.leftTwips || props.rightTwips) {
      pPr.push(
        createIndent({
          left: props.leftTwips,
          right: props.rightTwips,
          // Word and WPS read the characters; LibreOffice reads the twips.
          firstLine: props.firstLineChars ? props.firstLineChars * CHAR_TWIPS : undefined,
          firstLineChars: props.firstLineChars ? props.firstLineChars * 100 : undefined,
        }),
      );
    }
    if (props.align) pPr.push(createAlignment(JC[props.align]));
    this.root.push(new BuilderElement({ name: 'w:pPr', children: pPr }));
    for (const run of runs) this.root.push(run);
  }
}

/** Table cells and footers take (Paragraph | Table)[] in the library's types; a Para is a w:p all the same. */
export const asParagraph = (p: Para): Paragraph => p as unknown as Paragraph;

// ---------------------------------------------------------------------------------------------------------------
// Tables

type TableBlock = Extract<DocBlock, { type: 'table' }>;

/**
 * A ruled table across the text block: fixed column widths from the model's proportions, 0.5 pt single lines, label
 * cells centred, rows at least one grid line tall (or the row's own minimum), cells on w:gridSpan and w:vMerge.
 */
export function docxTable(block: TableBlock, used: Set<string>, keepLastWithNext = false): Table {
  const total = block.columns.reduce((a, b) => a + b, 0);
  const nCols = block.columns.length;
  // The last column takes the rounding, so that the table is exactly the text block's width.
  const widths = block.columns.map((c) => Math.floor((c / total) * TEXT_WIDTH));
  widths[nCols - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const sizePt = block.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
  const lineTwips = ptToTwip(sizePt * TABLE.lineHeight);
  const minRowMm = TABLE.minRowHeightMm * (sizePt / SIZE_PT.body);
  // Word and LibreOffice add the rule under a row to the row's height, whether the minimum or the content decides
  // it; the PDF's rows are as tall as the model says, rules included. So the DOCX asks for the rule's width less:
  // in the minimum, and in the cells' top and bottom margins (half each).
  const rule = ptToTwip(TABLE.borderPt);
  const rowHeight = (mm: number): number => mmToTwip(mm) - rule;
  const padX = mmToTwip(TABLE.paddingXMm);

  const cell = (source: DocCell | null, col: number, span: number, merge: 'restart' | 'continue' | null, keepNext: boolean): TableCell => {
    // What the text may fill: the columns spanned, less the cell margins and the rule.
    const inner = widths.slice(col, col + span).reduce((a, b) => a + b, 0) - 2 * padX - rule;
    const runs = source && merge !== 'continue' ? modelRuns(source.runs, { face: 'body', sizePt }, used, inner) : [];
    const align = source?.align ?? (source?.label ? 'center' : 'left');
    return new TableCell({
      children: [asParagraph(new Para({ lineTwips, align, keepNext }, runs))],
      columnSpan: span > 1 ? span : undefined,
      verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
      verticalAlign: source?.valign === 'top' ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    });
  };

  // Cells go on the grid the HTML way, as in the PDF writer: each takes the next column no span from above covers.
  // A covered position becomes a w:vMerge continuation spanning the same columns as the cell that started the merge.
  const covered: ({ until: number; span: number; valign?: DocCell['valign'] } | undefined)[] = new Array(nCols);
  let reach = -1;
  const rows = block.rows.map((row, r) => {
    const placed: { source: DocCell | null; col: number; span: number; merge: 'restart' | 'continue' | null }[] = [];
    const queue = [...row.cells];
    let col = 0;
    while (col < nCols) {
      const cover = covered[col];
      if (cover && cover.until >= r) {
        placed.push({ source: { runs: [], valign: cover.valign }, col, span: cover.span, merge: 'continue' });
        col += cover.span;
        continue;
      }
      const next = queue.shift();
      if (!next) break;
      let span = 1;
      while (span < (next.colSpan ?? 1) && col + span < nCols && !(covered[col + span] && covered[col + span]!.until >= r)) span++;
      const rowSpan = Math.min(next.rowSpan ?? 1, block.rows.length - r);
      if (rowSpan > 1) covered[col] = { until: r + rowSpan - 1, span, valign: next.valign };
      reach = Math.max(reach, r + rowSpan - 1);
      placed.push({ source: next, col, span, merge: rowSpan > 1 ? 'restart' : null });
      col += span;
    }
    // Rows a span joins stay on one page, as the PDF writer keeps them (keep-with-next on all but the group's last);
    // the last row group keeps with what follows when that is the signature block.
    const keepNext = reach > r || (keepLastWithNext && r === block.rows.length - 1);
    return new TableRow({
      children: placed.map((p) => cell(p.source, p.col, p.span, p.merge, keepNext)),
      cantSplit: true,
      height: { value: rowHeight(Math.max(row.minHeightMm ?? 0, minRowMm)), rule: HeightRule.ATLEAST },
    });
  });

  const line = { style: BorderStyle.SINGLE, size: Math.round(TABLE.borderPt * 8), color: '000000' };
  const padY = mmToTwip(TABLE.paddingYMm) - rule / 2;
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { top: padY, bottom: padY, left: padX, right: padX },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The body

/** Body text: 3号, spaced to the character pitch. */
export const BODY: RunStyle = { face: 'body', sizePt: SIZE_PT.body, spacingTwips: BODY_SPACING_TWIPS };
export const HEADING_FACE: Record<1 | 2 | 3, { face: DocFace; bold?: boolean }> = { 1: { face: 'heading' }, 2: { face: 'kai' }, 3: { face: 'body', bold: true } };

type BodyParagraphOptions = { indent?: boolean; align?: ParaProps['align']; pageBreakBefore?: boolean } & Pick<ParaProps, 'keepNext' | 'keepLines' | 'widowControl'>;

const indented = (opts: { indent?: boolean; align?: ParaProps['align'] }): boolean => {
  const align = opts.align ?? 'justify';
  return opts.indent !== false && (align === 'justify' || align === 'left');
};

/** A paragraph of body text: justified, the first line two characters in (§7.3.3) unless it is set right or centred. */
export function bodyParagraph(runs: readonly DocRun[], used: Set<string>, opts: BodyParagraphOptions = {}): Para {
  const { keepNext, keepLines, widowControl, pageBreakBefore } = opts;
  const props: ParaProps = { keepNext, keepLines, widowControl, pageBreakBefore, firstLineChars: indented(opts) ? FIRST_LINE_INDENT_CHARS : undefined };
  return new Para({ ...props, align: opts.align ?? 'justify' }, modelRuns(runs, BODY, used));
}

/** How many lines of the grid a paragraph takes, estimated (Word sets the lines itself): CJK one character, Latin half. */
export function estimatedLines(block: Extract<DocBlock, { type: 'paragraph' }>): number {
  const text = block.runs.map((r) => r.text).join('');
  return text.split('\n').reduce((n, line, i) => {
    const width = textWidthChars(line) + (i === 0 && indented(block) ? FIRST_LINE_INDENT_CHARS : 0);
    return n + Math.max(1, Math.ceil(width / CHARS_PER_LINE - 1e-9));
  }, 0);
}

/**
 * The text that goes over with the signature block when it does not fit under it (signatureCarry, the PDF
 * writer's rule): from block `from` on, every block keeps with the next; the paragraphs there get widow and orphan
 * control, so that at least two lines go over; their lines are kept together except in the paragraph the page
 * may break in (block `from`, unless it goes over whole).
 */
export interface SignatureKeep {
  from: number;
  /** Block `from` goes over whole (the break comes before it, not inside it). */
  whole: boolean;
}

export function bodyBlocks(body: readonly DocBlock[], used: Set<string>, keep: SignatureKeep | null = null): FileChild[] {
  const out: FileChild[] = [];
  let breakPending = false;
  const takeBreak = (): boolean => {
    const pending = breakPending;
    breakPending = false;
    return pending;
  };
  body.forEach((block, i) => {
    const kept = keep !== null && i >= keep.from;
    switch (block.type) {
      case 'paragraph': {
        const text = !block.runs.every((r) => r.text === '');
        const keeps = kept ? { keepNext: true, widowControl: text, keepLines: text && (i > keep.from || keep.whole) } : {};
        out.push(bodyParagraph(block.runs, used, { indent: block.indent, align: block.align, pageBreakBefore: takeBreak(), ...keeps }));
        return;
      }
      case 'heading': {
        const { face, bold } = HEADING_FACE[block.level];
        const props: ParaProps = { style: `Heading${block.level}`, keepNext: true, pageBreakBefore: takeBreak(), firstLineChars: FIRST_LINE_INDENT_CHARS };
        out.push(new Para({ ...props, align: 'justify' }, textRuns(block.text, { ...BODY, face, bold }, used)));
        return;
      }
      case 'table':
        // A table cannot carry pageBreakBefore: an empty paragraph before it does.
        if (takeBreak()) out.push(new Para({ pageBreakBefore: true }, []));
        out.push(docxTable(block, used, kept));
        // Word joins adjacent tables into one; a paragraph between keeps them apart.
        if (body[i + 1]?.type === 'table') out.push(new Para({}, []));
        return;
      case 'spacer':
        for (let n = 0; n < block.lines; n++) out.push(new Para({ pageBreakBefore: n === 0 && takeBreak(), keepNext: kept }, []));
        return;
      case 'pageBreak':
        breakPending = true;
        return;
    }
  });
  if (breakPending) out.push(new Para({ pageBreakBefore: true }, []));
  return out;
}
