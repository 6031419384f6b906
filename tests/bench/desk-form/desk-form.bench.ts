// The desk form at 100 complainant rows (issue #15 item 6): a clerk types into the last row and Tabs past it into a
// new one. The rows come back from the form's own draft (set-up, not measured); the typing is real key presses, one
// at a time, each timed from its keydown to the frame that shows it. Prints p50, p95, max and the long tasks; the floor
// (the same probe on a plain input beside the form, interleaved with the typing); each key's own work; and the share of
// keys the first frame after their keydown showed — the target's own words, "within one frame".
import { writeFileSync } from 'node:fs';
import { expect, test } from '../../e2e/fixtures';
import { draftOf } from './draft';
import { framePeriod, framesMissed, installProbe, stats, type KeyTiming } from './probe';

const ROWS = 100;
/** New rows added by Tab past the last one, each typed in full. */
const NEW_ROWS = 3;

test(`desk form: keystrokes and a new row at ${ROWS} rows`, async ({ page, app }) => {
  await app.initialize();
  const clerk = await app.as('次仁卓玛');
  await clerk.call('drafts.save', { formKey: 'intake.new', data: draftOf(ROWS) });
  await page.addInitScript(installProbe);
  await app.signIn(page);
  await page.evaluate(() => (location.hash = '#/intake/new'));
  await expect(page.getByRole('heading', { name: `投诉人（${ROWS - 1} 人）` })).toBeVisible();
  // The rest of the form by fill(), as a clerk would have it before the group's rows.
  await page.getByLabel('项目所在县（区）').selectOption({ label: '桑珠孜区' });
  await page.getByLabel('工程项目（选填）').fill('桑珠孜区安居房项目');

  // The floor: a plain uncontrolled input beside the form, outside React's root (no React listener, no state, nothing
  // drawn but its own text), in the same page with its 100 rows, style sheets and load. A key there costs what any
  // key costs this page and this browser: the wait for the next frame and the frame itself. Fixed in place, so its
  // text moves nothing else.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'bench-floor';
    input.setAttribute('aria-label', '基准对照输入框');
    Object.assign(input.style, { position: 'fixed', top: '4px', right: '4px', width: '160px', zIndex: '9999' });
    document.body.append(input);
  });
  const period = framePeriod(await page.evaluate(() => window.__deskBench.frames(121)));

  const keys: KeyTiming[] = [];
  const floor: KeyTiming[] = [];
  const newRows: KeyTiming[] = [];
  const kb = page.keyboard;
  const press = async (key: string, into = keys) => {
    await page.evaluate(() => window.__deskBench.arm());
    await kb.press(key);
    into.push(await page.evaluate(() => window.__deskBench.result!));
  };
  const typeKeys = async (text: string, into = keys) => {
    for (const ch of text) await press(ch, into);
  };
  /** The same keys as a row's, typed into the floor input; then the cursor goes back to where it was. */
  const typeFloor = async (r: number, back: string) => {
    await page.locator('#bench-floor').focus();
    await page.locator('#bench-floor').evaluate((el: HTMLInputElement) => (el.value = ''));
    await typeKeys(rowText(r).join(''), floor);
    await page.getByLabel(back).focus();
  };
  await page.getByLabel(`第${ROWS}行 姓名`).focus();
  // That focus scrolls the page to its last rows, which are then laid out and painted for the first time (≈ 80–110 ms
  // on a quiet machine): set-up, not typing — the long tasks are counted from the frame after it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const t0 = await page.evaluate(() => performance.now());
  for (let r = ROWS; r < ROWS + NEW_ROWS; r++) {
    // Interleaved: before each row, its keys into the floor input (from the row's blank name field, which its blur
    // leaves unmarked); then the row itself.
    await typeFloor(r, `第${r}行 姓名`);
    const [name, idNumber, phone, amount] = rowText(r);
    await typeKeys(name);
    await kb.press('Tab'); // 证件类型
    await kb.press('Tab');
    await typeKeys(idNumber);
    await kb.press('Tab');
    await typeKeys(phone);
    await kb.press('Tab');
    await typeKeys(amount);
    await kb.press('Tab'); // 是否代表
    await expect(page.getByLabel(`第${r}行 是否代表`)).toBeFocused();
    // Tab past the last row adds the next: timed until the new row's name field has the cursor, painted.
    const label = `第${r + 1}行 姓名`;
    await page.evaluate((l) => window.__deskBench.arm(() => document.activeElement?.getAttribute('aria-label') === l), label);
    await kb.press('Tab');
    newRows.push(await page.evaluate(() => window.__deskBench.result!));
  }
  await typeFloor(ROWS + NEW_ROWS, `第${ROWS + NEW_ROWS}行 姓名`);
  const t1 = await page.evaluate(() => performance.now());
  await expect(page.getByRole('heading', { name: `投诉人（${ROWS + NEW_ROWS - 1} 人）` })).toBeVisible();
  // Nothing typed is lost: the draft is saved once the typing pauses.
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');

  const probe = await page.evaluate(() => ({ longTasks: window.__deskBench.longTasks, events: window.__deskBench.events }));
  const longTasks = probe.longTasks.filter((t) => t.start >= t0 && t.start <= t1 && t.duration > 50);
  const events = probe.events.filter((e) => e.start >= t0 && e.start <= t1 && (e.name === 'keydown' || e.name === 'input' || e.name === 'keypress') && e.targetId !== 'bench-floor');
  const k = stats(keys.map((x) => x.latency));
  const fl = stats(floor.map((x) => x.latency));
  const work = stats(keys.map((x) => x.handlersEnd - x.t0));
  const firstFrame = keys.filter((x) => framesMissed(x, period) === 0).length / keys.length;
  const floorFirstFrame = floor.filter((x) => framesMissed(x, period) === 0).length / floor.length;
  const n = stats(newRows.map((x) => x.latency));
  const nWork = stats(newRows.map((x) => x.handlersEnd - x.t0));
  const ev = stats(events.map((e) => e.duration));
  const f = (x: number) => x.toFixed(1).padStart(7);
  const lines = [
    `接待登记 ${ROWS} 行投诉人（Chromium，逐键计时：keydown → 显示该键的下一帧）`,
    `                         n      p50      p95      max  (ms)`,
    `按键（末行输入）     ${String(k.n).padStart(5)}${f(k.p50)}  ${f(k.p95)}  ${f(k.max)}`,
    `对照：空白输入框     ${String(fl.n).padStart(5)}${f(fl.p50)}  ${f(fl.p95)}  ${f(fl.max)}`,
    `按键自身处理         ${String(work.n).padStart(5)}${f(work.p50)}  ${f(work.p95)}  ${f(work.max)}  （keydown → 其处理程序结束）`,
    `Tab 新增一行         ${String(n.n).padStart(5)}${f(n.p50)}  ${f(n.p95)}  ${f(n.max)}`,
    `  其中 Tab 自身处理  ${String(nWork.n).padStart(5)}${f(nWork.p50)}  ${f(nWork.p95)}  ${f(nWork.max)}  （keydown → 新行绘制、光标就位的处理结束）`,
    `Event Timing ≥16ms   ${String(ev.n).padStart(5)}${ev.n ? `${f(ev.p50)}  ${f(ev.p95)}  ${f(ev.max)}` : '      —        —        —'}`,
    `第一帧即显示：按键 ${(firstFrame * 100).toFixed(1)} %，对照 ${(floorFirstFrame * 100).toFixed(1)} %（帧周期 ${period.toFixed(2)} ms）`,
    `长任务 > 50 ms：${longTasks.length} 个${longTasks.length ? `，最长 ${Math.max(...longTasks.map((t) => t.duration)).toFixed(0)} ms` : ''}`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
  writeFileSync(test.info().outputPath('desk-form.json'), JSON.stringify({ rows: ROWS, period, keys: k, floor: fl, work, firstFrame, floorFirstFrame, newRow: n, newRowWork: nWork, events: ev, longTasks, raw: { keys, floor, newRows } }, null, 2));
  // The target (issue #15 item 6): a keystroke within one frame at p95, no long task over 50 ms while typing.
  expect.soft(k.p95, '按键 p95 ≤ 16 ms').toBeLessThanOrEqual(16);
  expect.soft(longTasks.length, '无超过 50 ms 的长任务').toBe(0);
  // The same target in its own words: at least 95 % of the keys shown by the first frame that began after them.
  expect.soft(firstFrame, '≥ 95 % 的按键在按下后的第一帧显示').toBeGreaterThanOrEqual(0.95);
});

/** What is typed into row r: name, ID number, phone, amount. */
function rowText(r: number): [string, string, string, string] {
  return [`Worker${r}`, `540202199001${String(r).padStart(4, '0')}17`, `1390892${String(r).padStart(4, '0')}`, '8600'];
}
