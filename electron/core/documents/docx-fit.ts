// Numbers kept whole in the DOCX (DocRun.nowrap). Word sets the lines itself, so the writer cannot see where a number
// would break: it measures the number in the fonts the file names — Times New Roman for Latin letters and digits,
// the 仿宋_GB2312 of Chinese text at one em a character — and where the number is wider than its cell, sets it
// smaller (in half points, w:sz's unit), so it fits on one line at any position; inside the run, spaces become
// no-break spaces and hyphens w:noBreakHyphen, so Word has no place to break it either. Letters and digits are taken
// at 0.56 em at least: where Times New Roman is missing (LibreOffice on Linux) the CJK serif that stands in for it
// has digits that wide, and a number sized for Times alone would break there.
import { NoBreakHyphen } from 'docx';

/**
 * Advance widths of Times New Roman for U+0020–U+007E, in thousandths of an em. Times New Roman was drawn on the
 * widths of Times Roman; these are Times-Roman.afm's (pdfkit ships it: tests/integration/docx-writer.test.ts compares).
 */
const TIMES_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278,
  564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
] as const;

/** Digits of Noto Serif CJK (0.558 em), LibreOffice's stand-in for Times New Roman where it is not installed. */
const STAND_IN_ALNUM_EM = 0.56;

/** Width of one character in ems, as Word sets a run of Chinese text with Latin digits in Times New Roman. */
export function docxCharEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp <= 0x7e) return Math.max(TIMES_WIDTHS[cp - 0x20] / 1000, /[0-9A-Za-z]/.test(ch) ? STAND_IN_ALNUM_EM : 0);
  if (cp === 0xa0) return TIMES_WIDTHS[0] / 1000;
  // Full-width characters and marks are one em in 仿宋_GB2312; the few others (×, ·) are taken at their widest.
  return cp >= 0x2e80 ? 1 : 0.6;
}

/** The advance of a string at `sizePt`, in twips. */
export function docxTextTwips(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += docxCharEm(ch);
  return em * sizePt * 20;
}

/** The size a whole number is set at in a cell `innerTwips` wide: the block's size, or the half point below that fits. */
export function fittedSizePt(text: string, sizePt: number, innerTwips: number): number {
  const width = docxTextTwips(text, sizePt);
  if (width <= innerTwips) return sizePt;
  return Math.floor(((sizePt * innerTwips) / width) * 2) / 2;
}

/** A whole number's text with nowhere for Word to break it: no-break spaces, and w:noBreakHyphen for hyphens. */
export function wholeChildren(text: string): (string | NoBreakHyphen)[] {
  return text
    .replace(/ /g, '\u00a0')
    .split('-')
    .flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p]))
    .filter((c) => c !== '');
}
