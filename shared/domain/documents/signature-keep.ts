// The signature block never stands alone on a page (GB/T 9704-2012 §7.3.5: the 落款 — signers, seal, organ, date —
// goes with text, never on a page of its own). When the block does not fit under the text, the text's last lines go
// to the next page with it. One rule for the PDF writer (electron/core/documents/pdf-writer.ts) and the on-screen
// preview (renderer/src/features/documents/preview-layout.ts), which mirrors the PDF's pages; the DOCX writer cannot
// paginate and asks Word to keep the last paragraph with the block instead (keepNext, widow control).

/** How many lines of body text at least go to the new page with the signature block. */
export const SIGNATURE_CARRY_LINES = 2;

/** The body as the rule sees it, one unit per block (or per table row group), in order. */
export type TailUnit =
  /** A paragraph of text and how many lines it is set in. */
  | { kind: 'text'; lines: number }
  /** A heading: it goes with what it heads. */
  | { kind: 'heading' }
  /** A blank line or spacer: goes along when it comes after the carried text, never counts as text. */
  | { kind: 'blank' }
  /** A table and its row groups (rows joined by a spanning cell); the preview passes each group as its own unit. */
  | { kind: 'table'; groups: number }
  /** Nothing before this may move (a page break). */
  | { kind: 'stop' };

/**
 * Where the tail starts that goes to a new page with the signature block, when the block does not fit under the
 * text: the unit and the line (or, in a table, the row group) within it before which the page breaks. The tail is
 * the last SIGNATURE_CARRY_LINES lines of text — from the paragraph before too, when the last one is shorter — or a
 * table's last row group. A paragraph the page breaks in keeps two lines on either side (widow and orphan control,
 * as Word does it with the DOCX): at least two go over, and a single line left behind goes over too. A heading
 * right before the tail goes with it; blank lines at the end go along. Null when the body ends in something that
 * cannot move (nothing, a page break).
 */
export function signatureCarry(count: number, unitAt: (index: number) => TailUnit): { index: number; line: number } | null {
  let i = count - 1;
  while (i >= 0 && unitAt(i).kind === 'blank') i--;
  if (i < 0) return null;
  const last = unitAt(i);
  let start: { index: number; line: number };
  if (last.kind === 'stop') return null;
  if (last.kind === 'table') start = { index: i, line: Math.max(0, last.groups - 1) };
  else if (last.kind === 'heading') start = { index: i, line: 0 };
  else {
    let need = SIGNATURE_CARRY_LINES;
    for (let unit: TailUnit = last; ; unit = unitAt(--i)) {
      const lines = unit.kind === 'text' ? unit.lines : 0;
      let take = Math.min(lines, Math.max(need, SIGNATURE_CARRY_LINES));
      if (lines - take === 1) take = lines;
      start = { index: i, line: lines - take };
      need -= take;
      if (need <= 0 || i === 0 || unitAt(i - 1).kind !== 'text') break;
    }
  }
  // A heading stays with the text it heads.
  while (start.line === 0 && start.index > 0 && unitAt(start.index - 1).kind === 'heading') start = { index: start.index - 1, line: 0 };
  return start;
}
