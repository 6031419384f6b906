// The rules of a windowed table (renderer/src/components/virtual-rows.ts): when a list is drawn whole, where each
// navigation key takes the focus, the ARIA positions and the blank space that stands for the rows not drawn.
import { describe, expect, it } from 'vitest';
import { bodyRowIndex, nextRowIndex, padding, rowsAnnouncement, shouldWindow, tableRowCount, VIRTUAL_ABOVE } from '../../renderer/src/components/virtual-rows';

describe('shouldWindow', () => {
  it('draws short lists whole and windows long ones', () => {
    expect(shouldWindow(VIRTUAL_ABOVE, false)).toBe(false);
    expect(shouldWindow(VIRTUAL_ABOVE + 1, false)).toBe(true);
    expect(shouldWindow(300, false)).toBe(true);
  });
  it('draws every row while printing, however long the list', () => {
    expect(shouldWindow(1000, true)).toBe(false);
  });
});

describe('nextRowIndex', () => {
  it('moves one row with the arrows and stops at either end', () => {
    expect(nextRowIndex('ArrowDown', 0, 300, 10)).toBe(1);
    expect(nextRowIndex('ArrowDown', 299, 300, 10)).toBe(299);
    expect(nextRowIndex('ArrowUp', 5, 300, 10)).toBe(4);
    expect(nextRowIndex('ArrowUp', 0, 300, 10)).toBe(0);
  });
  it('moves a window with Page Up/Down, clamped, and to the ends with Home and End', () => {
    expect(nextRowIndex('PageDown', 0, 300, 12)).toBe(12);
    expect(nextRowIndex('PageDown', 295, 300, 12)).toBe(299);
    expect(nextRowIndex('PageUp', 5, 300, 12)).toBe(0);
    expect(nextRowIndex('PageUp', 100, 300, 12.7)).toBe(88);
    expect(nextRowIndex('PageDown', 0, 300, 0)).toBe(1);
    expect(nextRowIndex('Home', 150, 300, 12)).toBe(0);
    expect(nextRowIndex('End', 0, 300, 12)).toBe(299);
  });
  it('leaves other keys alone, and an empty list has nowhere to go', () => {
    expect(nextRowIndex('Enter', 3, 300, 10)).toBeNull();
    expect(nextRowIndex('a', 3, 300, 10)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 10)).toBeNull();
  });
  it('starts from the last row when the list shrank under the focused one', () => {
    expect(nextRowIndex('ArrowUp', 500, 300, 10)).toBe(298);
  });
});

describe('ARIA positions', () => {
  it('counts the header row in aria-rowcount and gives body rows 1-based indexes after it', () => {
    expect(tableRowCount(300)).toBe(301);
    expect(tableRowCount(1000, true)).toBe(-1);
    expect(bodyRowIndex(0)).toBe(2);
    expect(bodyRowIndex(299)).toBe(301);
  });
  it('says the size, and that more can be loaded', () => {
    expect(rowsAnnouncement(300, false, '人')).toBe('共 300 人');
    expect(rowsAnnouncement(100, true)).toBe('已加载 100 条，还有更多');
  });
});

describe('padding', () => {
  it('stands for the rows above and below those drawn, measured from where the body starts', () => {
    // Rows 10–19 of 100 rows of 40 px, the body 200 px down the page.
    const items = Array.from({ length: 10 }, (_, k) => ({ start: 200 + (10 + k) * 40, end: 200 + (11 + k) * 40 }));
    expect(padding(items, 4000, 200)).toEqual({ top: 400, bottom: 3200 });
  });
  it('is nothing when nothing is drawn', () => {
    expect(padding([], 4000, 200)).toEqual({ top: 0, bottom: 0 });
  });
});
