// Two desks on the bureau server (issue #16, the first Test): two PCs — two browser contexts with nothing shared —
// open the server's root over HTTPS and sign in as different clerks. The first registers a complaint on the desk
// form; the second, with the 登记台账 already open, sees it appear without reloading, pushed by the server's events.
import { IntakeListPage } from '../pages/intake-list.page';
import { DeskFormPage } from '../pages/desk-form.page';
import { snap } from '../fixtures';
import { expect, openDesk, test, type DeskWindow } from '../server-fixture';

const SUMMARY = '两窗口测试：安居房项目木工班组3人工资未付';

test('one desk registers a complaint; the other desk, list open, sees it appear without reloading', async ({ browser, server }) => {
  let desk1!: DeskWindow;
  let desk2!: DeskWindow;
  await test.step('both desks open the server and sign in (次仁卓玛 and 尼玛)', async () => {
    [desk1, desk2] = await Promise.all([openDesk(browser, server, '次仁卓玛'), openDesk(browser, server, '尼玛')]);
  });

  const list = new IntakeListPage(desk2.page);
  const form = new DeskFormPage(desk1.page);
  // Two people at two PCs: the second opens the ledger while the first takes down the complaint.
  await test.step('desk 2 opens the 登记台账 (marked, to prove later it was not reloaded) while desk 1 fills in the desk form', async () => {
    await Promise.all([
      (async () => {
        await list.goto();
        await expect(list.rows().first()).toBeVisible();
        await expect(list.rows().filter({ hasText: SUMMARY })).toHaveCount(0);
        await desk2.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      })(),
      (async () => {
        await form.goto();
        await form.pickParty('雪域', '日喀则市雪域建筑工程有限公司');
        await form.typeWorkers([{ name: '扎西顿珠', missingReason: '未带证件', phone: '13908921001', amount: '4800' }]);
        await form.summary(SUMMARY);
        await desk1.page.getByLabel('是否已申请调解、仲裁或者起诉').selectOption({ label: '否' });
      })(),
    ]);
  });

  let regNo = '';
  await test.step('desk 1 saves the complaint', async () => {
    await form.saveWithEnter();
    regNo = await form.savedRegNo();
  });

  await test.step('desk 2 sees it within a few seconds, on the same page', async () => {
    const started = Date.now();
    await expect(desk2.page.getByTestId('reg-no').filter({ hasText: regNo })).toBeVisible({ timeout: 5_000 });
    test.info().annotations.push({ type: 'appeared after', description: `${Date.now() - started} ms` });
    expect(await desk2.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await snap(desk2.page, 'server-desk2-sees-new-intake', { fullPage: false });
  });

  expect([...desk1.errors, ...desk2.errors]).toEqual([]);
  await desk1.context.close();
  await desk2.context.close();
});
