// Long lists draw only the rows in view (issue #15 item 6) and still work as lists: a 300-worker roster and a ledger of
// a few hundred intakes say their size to assistive technology, a row far down is reached with the keyboard (End,
// arrows) and by scrolling, it is ticked with Space and opened with Enter, and printing draws every row.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { expect, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';

const WORKERS = 300;
/** With the demo's intakes, more than VIRTUAL_ABOVE (100) rows once every page is loaded. */
const INTAKES = 100;

test('a 300-worker roster: drawn in part, announced whole, reached by keyboard and scrolling, printed whole', async ({ page, app }) => {
  await app.initializeWithDemo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市长名单劳务有限公司' });
  const complainants = Array.from({ length: WORKERS }, (_, k) => ({ name: `长名单工人${k + 1}号`, idType: 'none' as const, idMissingReason: '未带证件' }));
  const intake = await desk.call('intakes.create', {
    kind: 'complaint', channel: 'walkIn', receivedAt: Date.now() - 60_000, summary: '三百名工人集体投诉：工资未付', workersCount: WORKERS,
    parties: [{ partyId: party.id, role: 'employer' }], complainants, route: 'inspection',
  });
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/intakes/${id}`), intake.id);
  const table = page.getByRole('table', { name: '投诉人名单' });
  await expect(table).toHaveAttribute('aria-rowcount', String(WORKERS + 1));
  const rows = page.getByTestId('complainant-row');
  await expect(rows.first()).toContainText('长名单工人1号');
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);

  // The keyboard reaches the last worker (drawn once the window has scrolled to it) and steps back.
  await rows.first().focus();
  await page.keyboard.press('End');
  const last = page.locator(`tr[aria-rowindex="${WORKERS + 1}"]`);
  await expect(last).toBeFocused();
  await expect(last).toContainText(`长名单工人${WORKERS}号`);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`tr[aria-rowindex="${WORKERS}"]`)).toBeFocused();
  await expect(page.locator(`tr[aria-rowindex="${WORKERS}"]`)).toContainText(`长名单工人${WORKERS - 1}号`);

  // Scrolling to the middle draws the middle.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(rows.filter({ hasText: '长名单工人150号' })).toBeVisible();
  await expect(rows.filter({ hasText: '长名单工人1号' })).toHaveCount(0);

  // Printing draws every worker.
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(WORKERS);
});

test('the ledger of a few hundred intakes: a row far down is reached, ticked and opened from the keyboard', async ({ page, app }) => {
  await app.initializeWithDemo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const base = Date.now() - 10 * 86_400_000;
  for (let i = 0; i < INTAKES; i++) {
    await desk.call('intakes.create', {
      kind: 'consultation', channel: 'phone', receivedAt: base + i * 60_000, summary: `长台账咨询第${i + 1}号`, workersCount: 1,
      complainants: [], route: 'answered', answer: '已当场答复',
    });
  }
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const list = new IntakeListPage(page);
  await list.goto();
  // Scrolling down loads the next pages, as before.
  const done = page.getByText(/共 \d+ 条，已全部显示/);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(done).toBeVisible({ timeout: 1_000 });
  }).toPass();
  const total = Number((await done.textContent())!.match(/共 (\d+) 条/)![1]);
  expect(total).toBeGreaterThan(INTAKES);
  const table = page.getByRole('table', { name: '接待登记列表' });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  expect(await list.rows().count()).toBeLessThan(80);

  await page.evaluate(() => window.scrollTo(0, 0));
  await list.rows().first().focus();
  await page.keyboard.press('End');
  const last = page.locator(`tr[aria-rowindex="${total + 1}"]`);
  await expect(last).toBeFocused();
  // Space ticks it for the batch of registration forms; Enter opens it.
  await page.keyboard.press('Space');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/已选 1 条/)).toBeVisible();
  const regNo = (await last.getByTestId('reg-no').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByText(regNo).first()).toBeVisible();
  await expect(page).toHaveURL(/#\/intakes\/[^/]+$/);
});
