// The DOCX writer: a document's content model (shared/contract/documents.ts) as a Word file that opens in WPS and
// Word looking like the bureau's own paper — the GB/T 9704-2012 page, margins and 22 × 28 grid (layout.ts; declared
// as w:docGrid for Word's and WPS's page setup, and kept by hand so that LibreOffice keeps it too: docx-blocks.ts) and
// the office's font names (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312). The PDF writer renders the same model and
// places things the same way (number line, signature block, notes, page breaks); this file follows it.
//
// What DOCX cannot know: the page count. The PDF numbers pages only when there are two or more (§7.5); here an
// 'official' document always has the page-number footers, a 'form' never.
import { AlignmentType, Document, DocumentGridType, type FileChild, Footer, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, Tab, TextRun, type XmlComponent } from 'docx';
import type { DocFace, DocumentModel } from '../../../shared/contract/documents';
import { formatDocumentDate } from '../../../shared/domain/chinese-date';
import { type TailUnit, signatureCarry } from '../../../shared/domain/documents/signature-keep';
import {
  BODY,
  BODY_SPACING_TWIPS,
  CHAR_TWIPS,
  DOCX_CHAR_SPACE,
  DOCX_FACE_FONTS,
  DOCX_LINE_PITCH,
  HEADING_FACE,
  LATIN_FONT,
  MARGIN,
  PAGE,
  Para,
  type SignatureKeep,
  TEXT_WIDTH,
  asParagraph,
  bodyBlocks,
  bodyParagraph,
  chineseFonts,
  estimatedLines,
  halfPoints,
  textRuns,
  textWidthChars,
} from './docx-blocks';
import { corePropertiesXml, fontTableXml, stampZipEntries } from './docx-package';
import { LINE_PITCH_MM, MARGIN_MM, PAGE_NUMBER, SIGNATURE, SIZE_PT, TEXT_BLOCK_MM, mmToTwip, ptToTwip } from './layout';

export interface RenderDocxOptions {
  /** The document version's instant (epoch ms): created and modified in the core properties, and every zip entry's time. */
  createdAt: number;
  /** The bytes of the model's annex pictures, by their hash (documents.service reads them from the file store). */
  images?: ReadonlyMap<string, Buffer>;
}

export interface RenderedDocx {
  bytes: Buffer;
  /** Every font the file names (styles, text, footers), sorted: for the document version's record. */
  fonts: string[];
}

/** GB/T 9704 §7.5: page numbers in 4号 半角宋体. */
const PAGE_NUMBER_FONT = '宋体';
const CREATOR = '薪安 XinAn';
/** The footer's distance from the page's bottom edge, so that the page number's middle is 7 mm below the text block. */
const FOOTER_DISTANCE = mmToTwip(MARGIN_MM.bottom - PAGE_NUMBER.belowTextBlockMm) - ptToTwip(PAGE_NUMBER.sizePt) / 2;

const TITLE = { face: 'title', sizePt: SIZE_PT.title } as const;
const chars = (n: number): number => Math.round(n * CHAR_TWIPS);

/** Organ line and title in 2号 小标宋, centred; the number line right on 'official' pages, centred on forms. */
function head(model: DocumentModel, used: Set<string>): FileChild[] {
  const out: FileChild[] = [];
  if (model.organ) out.push(new Para({ align: 'center' }, textRuns(model.organ, TITLE, used)));
  out.push(new Para({ style: 'Title', align: 'center' }, textRuns(model.title, TITLE, used)));
  if (model.number) out.push(new Para({ align: model.layout === 'official' ? 'right' : 'center' }, textRuns(model.number, BODY, used)));
  // A blank line, then the addressee flush left (§7.3.2).
  if (model.addressee || model.body.length > 0) out.push(new Para({}, []));
  if (model.addressee) out.push(bodyParagraph([{ text: model.addressee }], used, { indent: false }));
  return out;
}

/** A signer line: the label spread to the widest label's width, then the name in a column ending two characters in. */
function signerLine(label: string, name: string, labelWidth: number, nameWidth: number, keepNext: boolean, used: Set<string>): Para {
  const gap = 2;
  const start = TEXT_WIDTH - chars(SIGNATURE.signerRightIndentChars + nameWidth + gap + labelWidth);
  const letters = [...label];
  const spare = labelWidth - textWidthChars(label);
  const runs: XmlComponent[] = [];
  let left = start;
  if (letters.length > 1 && spare > 0) {
    // Word's 调整宽度 by hand: the space goes between the letters, as the PDF writer justifies the label.
    const spacing = chars(spare / (letters.length - 1));
    runs.push(...textRuns(letters.slice(0, -1).join(''), { ...BODY, spacingTwips: BODY_SPACING_TWIPS + spacing }, used));
    runs.push(...textRuns(letters[letters.length - 1], BODY, used));
  } else {
    left += chars(spare / 2);
    runs.push(...textRuns(label, BODY, used));
  }
  runs.push(new TextRun({ children: [new Tab()], font: chineseFonts('body'), size: halfPoints(SIZE_PT.body) }));
  runs.push(...textRuns(name, BODY, used));
  return new Para({ keepNext, align: 'left', leftTwips: left, tabs: [start + chars(labelWidth + gap)] }, runs);
}

/**
 * The signature block (§7.3.5), as the PDF writer sets it: a blank line; signer lines; where sealed, （印章）; the
 * organ centred over the date with the date four characters in from the right — or, when the organ is the wider,
 * the organ two characters in and the date centred under it. The block is kept on one page.
 */
function signature(model: DocumentModel, used: Set<string>): FileChild[] {
  const sig = model.signature;
  if (!sig) return [];
  const rows: ((keepNext: boolean) => Para)[] = [(keepNext) => new Para({ keepNext }, [])];
  // Signer lines share one label width and one name column, above and below the date alike.
  const labelWidth = Math.max(0, ...sig.lines.map((l) => textWidthChars(l.label)));
  const nameWidth = Math.max(0, ...sig.lines.map((l) => textWidthChars(l.name)));
  const signer = (l: (typeof sig.lines)[number]) => (keepNext: boolean) => signerLine(l.label, l.name, labelWidth, nameWidth, keepNext, used);
  for (const l of sig.lines.filter((x) => !x.afterDate)) rows.push(signer(l));
  const date = sig.date ? formatDocumentDate(sig.date, sig.dateStyle) : null;
  const organWidth = sig.organ ? textWidthChars(sig.organ) : 0;
  // The centre of organ and date, in characters from the right edge of the text block.
  let centre = SIGNATURE.dateRightIndentChars + (date ? textWidthChars(date) : 0) / 2;
  if (centre - organWidth / 2 < SIGNATURE.signerRightIndentChars) centre = SIGNATURE.signerRightIndentChars + organWidth / 2;
  const centred = (text: string) => (keepNext: boolean) =>
    new Para({ keepNext, align: 'right', rightTwips: chars(centre - textWidthChars(text) / 2) }, textRuns(text, BODY, used));
  if (sig.sealed) rows.push(centred('（印章）'));
  if (sig.organ) rows.push(centred(sig.organ));
  if (date) rows.push(centred(date));
  for (const l of sig.lines.filter((x) => x.afterDate)) rows.push(signer(l));
  return rows.map((row, i) => row(i < rows.length - 1));
}

/**
 * The signature block never stands alone on a page (GB/T 9704 §7.3.5). Word paginates, not we: the text the PDF
 * would carry over with the block (signatureCarry, on line counts estimated here) keeps with it — keep-with-next
 * down to the block, widow and orphan control so that at least two lines go over, the lines kept together where
 * the paragraph goes over whole.
 */
function signatureKeep(model: DocumentModel): SignatureKeep | null {
  if (!model.signature) return null;
  const unit = (i: number): TailUnit => {
    const b = model.body[i];
    switch (b.type) {
      case 'paragraph':
        return b.runs.every((r) => r.text === '') ? { kind: 'blank' } : { kind: 'text', lines: estimatedLines(b) };
      case 'heading':
        return { kind: 'heading' };
      case 'table':
        return { kind: 'table', groups: 1 };
      case 'spacer':
        return { kind: 'blank' };
      case 'pageBreak':
        return { kind: 'stop' };
    }
  };
  const carry = signatureCarry(model.body.length, unit);
  return carry ? { from: carry.index, whole: carry.line === 0 } : null;
}

/** A form's page foot (被询问人签名（捺印）on every page of a 询问笔录) with its page number after it, in 4号 宋体. */
function pageFootFooter(text: string): Footer {
  const font = { ascii: PAGE_NUMBER_FONT, hAnsi: PAGE_NUMBER_FONT, eastAsia: PAGE_NUMBER_FONT, hint: 'eastAsia' };
  const size = halfPoints(PAGE_NUMBER.sizePt);
  const runs = [new TextRun({ text: text + '　　第 ', font, size }), new TextRun({ children: [PageNumber.CURRENT], font, size }), new TextRun({ text: ' 页', font, size })];
  return new Footer({ children: [asParagraph(new Para({ lineTwips: ptToTwip(PAGE_NUMBER.sizePt), align: 'left' }, runs))] });
}

/** "— n —" in 4号 宋体 (§7.5): odd pages on the right, even pages on the left, each one character in. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const font = { ascii: PAGE_NUMBER_FONT, hAnsi: PAGE_NUMBER_FONT, eastAsia: PAGE_NUMBER_FONT, hint: 'eastAsia' };
  const size = halfPoints(PAGE_NUMBER.sizePt);
  const inset = ptToTwip(PAGE_NUMBER.insetChars * PAGE_NUMBER.sizePt);
  const runs = [new TextRun({ text: '— ', font, size }), new TextRun({ children: [PageNumber.CURRENT], font, size }), new TextRun({ text: ' —', font, size })];
  const at = side === 'right' ? { rightTwips: inset } : { leftTwips: inset };
  return new Footer({ children: [asParagraph(new Para({ lineTwips: ptToTwip(PAGE_NUMBER.sizePt), align: side, ...at }, runs))] });
}

const runDefaults = (face: DocFace, sizePt: number) => ({ font: { ...chineseFonts(face), cs: LATIN_FONT }, size: halfPoints(sizePt) });

/** Styles: Normal = 仿宋_GB2312 3号 in Chinese (the grid's character pitch is measured against it); Title; the headings used. */
function styles(model: DocumentModel, used: Set<string>) {
  const levels = [...new Set(model.body.flatMap((b) => (b.type === 'heading' ? [b.level] : [])))].sort();
  for (const level of levels) used.add(DOCX_FACE_FONTS[HEADING_FACE[level].face]);
  return {
    default: {
      document: {
        run: { ...runDefaults('body', SIZE_PT.body), language: { value: 'zh-CN', eastAsia: 'zh-CN', bidirectional: 'bo-CN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        // What a clerk types in the document looks like the rest: on the line pitch, spaced to the character pitch.
        run: { ...runDefaults('body', SIZE_PT.body), characterSpacing: BODY_SPACING_TWIPS },
        paragraph: { alignment: AlignmentType.BOTH, spacing: { line: DOCX_LINE_PITCH, lineRule: LineRuleType.EXACT }, autoSpaceEastAsianText: false },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { ...runDefaults('title', SIZE_PT.title), characterSpacing: 0, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0 },
      },
      ...levels.map((level) => ({
        id: `Heading${level}`,
        name: `heading ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { ...runDefaults(HEADING_FACE[level].face, SIZE_PT.body), ...(HEADING_FACE[level].bold ? { bold: true } : {}), color: '000000' },
        paragraph: { keepNext: true, outlineLevel: level },
      })),
    ],
  };
}

/** 96 px to the inch: docx sizes pictures in pixels. */
const mmToPx = (mm: number) => (mm / 25.4) * 96;

/**
 * The annex as the PDF sets it: a new page, its title, each picture centred within the text width and eight lines'
 * height (never enlarged), its caption under it. A picture's paragraph has automatic line spacing — the grid's exact
 * pitch would clip it — and keeps with its caption.
 */
function annexParagraphs(model: DocumentModel, images: ReadonlyMap<string, Buffer> | undefined, used: Set<string>): FileChild[] {
  const a = model.annex;
  if (!a || a.images.length === 0) return [];
  const maxW = mmToPx(TEXT_BLOCK_MM.width);
  const maxH = mmToPx(8 * LINE_PITCH_MM);
  const out: FileChild[] = [bodyParagraph([{ text: a.title, bold: true }], used, { align: 'center', indent: false, pageBreakBefore: true }), bodyParagraph([{ text: '' }], used)];
  a.images.forEach((image, n) => {
    const data = images?.get(image.sha256);
    if (!data) throw new Error(`附页的照片文件缺失（${image.sha256.slice(0, 12)}…）`);
    const scale = Math.min(1, maxW / image.width, maxH / image.height);
    const transformation = { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
    const picture = new ImageRun({
      type: image.mime === 'image/png' ? 'png' : 'jpg',
      data,
      transformation,
      // The drawing's id by its place, not docx's process-wide counter: the same model gives the same bytes.
      altText: { id: String(n + 1), name: image.caption, title: image.caption, description: image.caption },
    });
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [picture] }));
    out.push(bodyParagraph([{ text: image.caption }], used, { align: 'center', indent: false }));
    out.push(bodyParagraph([{ text: '' }], used));
  });
  return out;
}

/** Renders a document model to DOCX bytes; the same model and instant give the same bytes. */
export async function renderDocx(model: DocumentModel, options: RenderDocxOptions): Promise<RenderedDocx> {
  const used = new Set<string>([DOCX_FACE_FONTS.body, LATIN_FONT]);
  const children = [...head(model, used), ...bodyBlocks(model.body, used, signatureKeep(model)), ...signature(model, used), ...model.notes.map((note) => bodyParagraph(note, used)), ...annexParagraphs(model, options.images, used)];
  const official = model.layout === 'official';
  if (official || model.pageFoot) used.add(PAGE_NUMBER_FONT);

  const doc = new Document({
    title: model.title,
    creator: CREATOR,
    evenAndOddHeaderAndFooters: official,
    styles: styles(model, used),
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: mmToTwip(15), footer: FOOTER_DISTANCE, gutter: 0 } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: DOCX_LINE_PITCH, charSpace: DOCX_CHAR_SPACE },
        },
        footers: official
          ? { default: pageNumberFooter('right'), even: pageNumberFooter('left') }
          : model.pageFoot
            ? { default: pageFootFooter(model.pageFoot) }
            : undefined,
        children,
      },
    ],
  });

  const fonts = [...used].sort();
  const core = corePropertiesXml({ title: model.title, creator: CREATOR, createdAt: options.createdAt, modifiedAt: options.createdAt });
  const bytes = await Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: core },
    { path: 'word/fontTable.xml', data: fontTableXml(fonts) },
  ]);
  return { bytes: stampZipEntries(bytes, options.createdAt), fonts };
}
