// The page of a 文书 after GB/T 9704-2012 (党政机关公文格式), in one place for both writers (PDF and DOCX) and the
// interface's on-screen preview (renderer/src/features/documents). Pure numbers: electron/core/documents/layout.ts
// re-exports them for the writers. Everything is derived from the standard's millimetres; writers convert with the
// helpers at the end.
//
//   A4 210 × 297 mm; 版心 (text block) 156 × 225 mm; 天头 (top margin) 37 mm, 订口 (left margin) 28 mm (§5.2.1)
//   标题 2号 小标宋 (§7.3.1); 正文 3号 仿宋 (§7.3.3); 22 lines × 28 characters per page (§5.2.2)
//   页码 4号 半角 with 一字线 either side, 7 mm below the text block; odd pages right, even pages left,
//   each one character in from the edge (§7.5)

/** Points per millimetre (1 pt = 1/72 in). */
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
/** Twentieths of a point, Word's unit for page geometry and spacing. */
export const mmToTwip = (mm: number): number => Math.round(mm * PT_PER_MM * 20);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** 版心 (§5.2.1). */
export const TEXT_BLOCK_MM = { width: 156, height: 225 } as const;

/** Margins: top 37 and left 28 are the standard's; right and bottom follow from the text block. */
export const MARGIN_MM = {
  top: 37,
  left: 28,
  right: PAGE_MM.width - 28 - TEXT_BLOCK_MM.width, // 26
  bottom: PAGE_MM.height - 37 - TEXT_BLOCK_MM.height, // 35
} as const;

/** 字号 in points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE_PT = {
  /** 2号: the title and the organ line above it (§7.3.1). */
  title: 22,
  /** 3号: body text and headings (§7.3.3). */
  body: 16,
  /** 4号: dense forms (table size 'small') and page numbers (§7.5). */
  small: 14,
  pageNumber: 14,
} as const;

/** The grid (§5.2.2): 22 lines of 28 characters each. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Baseline-to-baseline distance of body lines: 225 mm / 22 ≈ 10.227 mm ≈ 28.99 pt. */
export const LINE_PITCH_MM = TEXT_BLOCK_MM.height / LINES_PER_PAGE;
export const LINE_PITCH_PT = mmToPt(LINE_PITCH_MM);

/** Advance of one full-width character so that 28 fill the line: 156 mm / 28 ≈ 5.571 mm ≈ 15.79 pt. */
export const CHAR_PITCH_MM = TEXT_BLOCK_MM.width / CHARS_PER_LINE;
export const CHAR_PITCH_PT = mmToPt(CHAR_PITCH_MM);

/** Extra space after each character of 3号 body text to land on the character pitch (negative: ≈ −0.21 pt). */
export const BODY_CHAR_SPACING_PT = CHAR_PITCH_PT - SIZE_PT.body;

/** First-line indent of body paragraphs, in characters (§7.3.3: 每个自然段左空二字). */
export const FIRST_LINE_INDENT_CHARS = 2;

/** 页码 (§7.5): "— 1 —", 4号, the 一字线 7 mm below the text block, odd right / even left, one character in. */
export const PAGE_NUMBER = {
  sizePt: SIZE_PT.pageNumber,
  belowTextBlockMm: 7,
  /** Distance from the text block's outer edge, in characters of the page-number size (空一字). */
  insetChars: 1,
  /** Only documents of more than one page carry numbers (a one-page form has none). */
  minPages: 2,
} as const;

/** "— 1 —": an em dash (一字线) either side of the half-width number. */
export const pageNumberText = (page: number): string => `— ${page} —`;

/** Odd pages carry the number on the right, even pages on the left (§7.5). */
export const pageNumberSide = (page: number): 'left' | 'right' => (page % 2 === 1 ? 'right' : 'left');

/** Tables on forms: ruled 0.5 pt, a little padding, rows at least one grid line tall. */
export const TABLE = {
  borderPt: 0.5,
  paddingXMm: 1.8,
  paddingYMm: 1,
  /** Line height inside cells, as a multiple of the font size. */
  lineHeight: 1.4,
  /** A row is at least this tall unless it sets more (a signature box sets more). */
  minRowHeightMm: LINE_PITCH_MM,
} as const;

/** The signature block (§7.3.5.1): the date ends four characters in from the right edge of the text block. */
export const SIGNATURE = {
  dateRightIndentChars: 4,
  /** Signer lines (仲裁员  王芳) and an organ wider than the date end two characters in. */
  signerRightIndentChars: 2,
} as const;
