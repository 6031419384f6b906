// The plain rules of a windowed table (issue #15 item 6): when a list is long enough to draw only the rows in view,
// where a key moves the focused row, and the ARIA positions that tell a screen reader where a row sits in the whole.

/** Lists up to this many rows are drawn whole (two pages of 50: below it windowing buys nothing a clerk would feel). */
export const VIRTUAL_ABOVE = 100;

/** Rows drawn above and below the window, so a short scroll or an arrow key never shows a blank row. */
export const OVERSCAN = 8;

/** Whether to draw only the rows in view: never while printing (the whole list goes to paper), never for short lists. */
export function shouldWindow(count: number, printing: boolean, above = VIRTUAL_ABOVE): boolean {
  return !printing && count > above;
}

/**
 * The row a navigation key moves the focus to, or null when the key is not one of them (the key then does what it
 * would anyway). `pageRows` is how many rows a Page Up/Down moves: what the window shows.
 */
export function nextRowIndex(key: string, current: number, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  const page = Math.max(1, Math.floor(pageRows));
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(from + page, last);
    case 'PageUp':
      return Math.max(from - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** aria-rowcount of the table: the body's rows and the header row; -1 (unknown) while more pages can be loaded. */
export function tableRowCount(count: number, more = false): number {
  return more ? -1 : count + 1;
}

/** aria-rowindex of a body row (1-based; the header row is 1). */
export function bodyRowIndex(index: number): number {
  return index + 2;
}

/**
 * The blank space above and below the drawn rows, from the windowing library's items (their `start`/`end` measured
 * from the scroll element's top, `margin` being where the table's body starts in it) and the whole list's height.
 */
export function padding(items: readonly { start: number; end: number }[], totalSize: number, margin: number): { top: number; bottom: number } {
  if (items.length === 0) return { top: 0, bottom: 0 };
  const top = Math.max(0, items[0]!.start - margin);
  const bottom = Math.max(0, totalSize - (items[items.length - 1]!.end - margin));
  return { top, bottom };
}

/** What a screen reader hears when the list's size changes. */
export function rowsAnnouncement(count: number, more: boolean, noun = '条'): string {
  return more ? `已加载 ${count} ${noun}，还有更多` : `共 ${count} ${noun}`;
}
