// The desk that loses the network (issue #16 §6), through the loopback bridge with the cut made by Playwright
// (page.route aborts every call): the banner says so at once, saving is refused with the reason rather than
// pretended, the typed values stay and the draft is kept in the tab; when the network is back the draft goes to the
// core and the save succeeds. A save whose answer never came is never shown as saved. The real bureau server stopped
// and restarted under a typing desk: server-restart.spec.ts.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { OFFLINE_MESSAGE, UNCONFIRMED_MESSAGE } from '../../../renderer/src/platform/connection';
import { expect, snap, test } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

const EMPLOYER = '日喀则市雪莲花建筑劳务有限公司';
const NOTICE = '已告知转劳动保障监察支队处理，五个工作日内电话告知处理进展';
/** Aborted requests are reported by the browser as console errors: those are the test's own cut, nothing else is. */
const cutOnly = (errors: string[]) => errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to load resource/.test(e));

test('the network is cut under a typing desk: the banner shows, saving is refused, the values and the draft stay, and the save succeeds once back', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.createOrganisation(EMPLOYER);
  await form.typeWorkers([{ name: '洛桑', missingReason: '未带证件' }]);
  await form.summary('洛桑反映雪莲花劳务公司拖欠三个月工资');
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');
  // Through the bridge nothing about the connection shows while it works.
  await expect(page.getByTestId('connection-status')).toHaveCount(0);
  await expect(page.getByTestId('connection-lost')).toHaveCount(0);

  // The cut: every call fails as a pulled cable would.
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await page.getByLabel('告知内容').fill(NOTICE);
  // The draft's autosave meets the cut: the desk is told at once, and the draft is kept in this tab.
  await expect(page.getByTestId('connection-lost')).toBeVisible();
  await expect(page.getByTestId('connection-status')).toContainText('连接中断，正在重试…');
  await expect(page.getByTestId('draft-status')).toHaveText('草稿暂存在本标签页，连接恢复后送回');
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByText(OFFLINE_MESSAGE)).toBeVisible();
  await expect(page.getByTestId('saved-banner')).toHaveCount(0);
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('洛桑');
  await expect(page.getByLabel('诉求摘要')).toHaveValue('洛桑反映雪莲花劳务公司拖欠三个月工资');
  await expect(page.getByLabel('告知内容')).toHaveValue(NOTICE);
  await expect(page.getByTestId('selected-party').filter({ hasText: EMPLOYER })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('xinan.draft.')).map((k) => sessionStorage.getItem(k) ?? ''));
  expect(kept).toHaveLength(1);
  expect(kept[0]).toContain(NOTICE);
  // The core's draft is the one from before the cut.
  expect(JSON.stringify((await desk.call('drafts.get', { formKey: 'intake.new' })).data)).not.toContain(NOTICE);
  await snap(page, 'network-lost', { fullPage: false });

  // Back: the check (every ≤ 5 s) finds the bridge, the kept draft goes to the core, and the save goes through.
  await page.unroute('**/api/**');
  await expect(page.getByTestId('connection-back')).toBeVisible();
  await expect(page.getByTestId('connection-lost')).toHaveCount(0);
  await expect.poll(async () => JSON.stringify((await desk.call('drafts.get', { formKey: 'intake.new' })).data)).toContain(NOTICE);
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('xinan.draft.')))).toEqual([]);
  await snap(page, 'network-back', { fullPage: false });
  await page.getByRole('button', { name: '保存登记' }).click();
  const regNo = await form.savedRegNo();
  const listed = await desk.call('intakes.list', { search: regNo });
  expect(listed.items.map((i) => i.regNoText)).toContain(regNo);
  expect(cutOnly(consoleErrors)).toEqual([]);
});

test('a save whose answer never came is not shown as saved, and the screen is asked again once back', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.createOrganisation(EMPLOYER);
  await form.typeWorkers([{ name: '强巴', missingReason: '未带证件' }]);
  await form.summary('强巴反映雪莲花劳务公司拖欠工资');
  await page.getByLabel('告知内容').fill(NOTICE);
  const before = (await desk.call('intakes.list', { search: '强巴' })).items.length;

  // The registration reaches the core, and the network fails before its answer comes back; then everything fails.
  let reached = false;
  await page.route('**/api/intakes.create', async (route) => {
    await route.fetch();
    reached = true;
    await route.abort('internetdisconnected');
  });
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByText(UNCONFIRMED_MESSAGE)).toBeVisible();
  expect(reached).toBe(true);
  await expect(page.getByTestId('saved-banner')).toHaveCount(0);
  // Lost, and back as soon as another call (the draft's autosave, a check) is answered: only this one was cut.
  await expect(page.getByTestId(/^connection-(lost|back)$/)).toBeVisible();
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('强巴');
  // It was saved, though the desk could not know.
  expect((await desk.call('intakes.list', { search: '强巴' })).items.length).toBe(before + 1);
  await snap(page, 'network-unconfirmed', { fullPage: false });

  await page.unroute('**/api/intakes.create');
  // Once back the desk finds out what happened: the registration is in the ledger.
  await expect(page.getByTestId('connection-lost')).toHaveCount(0);
  await page.getByRole('link', { name: '登记台账' }).click();
  await expect(page.getByText('强巴').first()).toBeVisible();
  expect(cutOnly(consoleErrors)).toEqual([]);
});

test('a tab kept as a bureau server\'s shows which server and that it is reachable, in the status bar and the window title', async ({ page, app }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  // What the page keeps after opening its own session on a server (http-api.ts); the bridge keeps serving its tab.
  await page.evaluate(() => {
    sessionStorage.setItem('xinan.mode', 'server');
    sessionStorage.setItem('xinan.server', '日喀则市人社局服务器');
  });
  await page.reload();
  await expect(page.getByTestId('current-person')).toContainText('次仁卓玛');
  await expect(page.getByTestId('connection-status')).toHaveText('服务器：日喀则市人社局服务器 · 已连接');
  await expect(page).toHaveTitle(/日喀则市人社局服务器/);
  await snap(page, 'server-status-bar', { fullPage: false });
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: '登记台账' }).click();
  await expect(page.getByTestId('connection-status')).toHaveText('服务器：日喀则市人社局服务器 · 连接中断，正在重试…');
  await snap(page, 'server-status-lost', { fullPage: false });
  await page.unroute('**/api/**');
  await expect(page.getByTestId('connection-status')).toHaveText(/服务器：日喀则市人社局服务器 · (已恢复连接|已连接)/);
});
