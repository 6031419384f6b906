// How a list lays out on a small office screen (1366×768): it fits its page without a sideways scroll, its status
// column shows, and no name in the named columns is broken across two lines.
import { expect, type Locator } from '@playwright/test';

/** The table's every column is within the page's width: no column is pushed out of sight. */
export async function expectFits(table: Locator, statusHeader: string): Promise<void> {
  const width = table.page().viewportSize()!.width;
  const box = await table.getByRole('columnheader', { name: statusHeader, exact: true }).boundingBox();
  expect(box, `列“${statusHeader}”`).not.toBeNull();
  expect(box!.x + box!.width, `列“${statusHeader}”应在页面宽度之内`).toBeLessThanOrEqual(width);
  const overflow = await table.evaluate((t) => {
    const scroller = t.closest('.MuiTableContainer-root') ?? t.parentElement!;
    return { scroll: scroller.scrollWidth, client: scroller.clientWidth, right: t.getBoundingClientRect().right };
  });
  expect(overflow.scroll, '表格不应横向滚动').toBeLessThanOrEqual(overflow.client);
  expect(overflow.right).toBeLessThanOrEqual(width);
}

/**
 * The names in these columns that run over two lines (a name is what lies between “、” or “，”, and a case title is
 * cut after its “投诉” / “举报” too): each is found as a text range and its lines counted. Empty when none is broken.
 */
export async function brokenNames(table: Locator, columns: string[]): Promise<string[]> {
  return table.evaluate((t, cols) => {
    const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const indexes = cols.map((c) => headers.indexOf(c)).filter((i) => i >= 0);
    const broken: string[] = [];
    for (const row of t.querySelectorAll('tbody tr')) {
      const cells = [...row.children];
      for (const i of indexes) {
        const cell = cells[i];
        if (!cell) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          let start = 0;
          for (const part of text.split(/(?<=、|，|投诉|举报)/)) {
            const name = part.replace(/[、，]$/, '').trim();
            if (name.length >= 2) {
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + part.replace(/[、，]$/, '').length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) broken.push(`${headers[i]}：${name}`);
            }
            start += part.length;
          }
        }
      }
    }
    return broken;
  }, columns);
}
