// A bureau server that no longer knows the page's tab (restarted, or the tab expired) — issue #16 §6, the renderer's
// side. The bridge plays the server: the page keeps the server mode, the refusal (401) is made by Playwright on the
// save, and the new tab the page asks for at SESSION_OPEN_PATH is a real bridge tab (its one-time link redeemed here,
// its cookie set in the browser). The person signs in again over the same screen and nothing typed is lost.
import { SESSION_OPEN_PATH } from '../../../shared/contract/bridge';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { expect, snap, test } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

const SERVER = '日喀则市人社局服务器';
const SUMMARY = '顿珠反映雪莲花劳务公司拖欠两个月工资';

test('the server lost the tab under a typing desk: a new tab is opened, the same person signs in over the screen, and the save goes through', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await page.evaluate((name) => {
    sessionStorage.setItem('xinan.mode', 'server');
    sessionStorage.setItem('xinan.server', name);
  }, SERVER);
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveText(`服务器：${SERVER} · 已连接`);

  const form = new DeskFormPage(page);
  await form.goto();
  await form.createOrganisation('日喀则市雪莲花建筑劳务有限公司');
  await form.typeWorkers([{ name: '顿珠', missingReason: '未带证件' }]);
  await form.summary(SUMMARY);
  await page.getByLabel('告知内容').fill('已告知转劳动保障监察支队处理');

  // The server forgets the tab: the save is refused as a tab it does not know — this save only (`times: 1`; an unroute
  // right after the click raced the save's request, which could leave after it and go through).
  let opened = 0;
  let refused = 0;
  await page.route(
    '**/api/intakes.create',
    (route) => {
      refused++;
      return route.fulfill({ status: 401, json: { ok: false, error: { code: 'UNAUTHENTICATED', message: '会话已失效', fields: null } } });
    },
    { times: 1 },
  );
  await page.route(`**${SESSION_OPEN_PATH}`, async (route) => {
    opened++;
    const res = await fetch(app.bridge.loginUrl(), { redirect: 'manual' });
    const [name, value] = (res.headers.get('set-cookie') ?? '').split(';')[0].split('=');
    const tab = /#xinan-tab=(.+)$/.exec(res.headers.get('location') ?? '')![1];
    await page.context().addCookies([{ name, value, url: app.bridge.origin }]);
    await route.fulfill({ status: 200, json: { tab, server: { name: SERVER } } });
  });
  await page.getByRole('button', { name: '保存登记' }).click();

  // Signed in again over the screen, not sent to the sign-in page.
  const overlay = page.getByTestId('lock-screen');
  await expect(overlay.getByRole('heading', { name: '请重新登录' })).toBeVisible();
  await expect(overlay.getByTestId('locked-person')).toHaveText('次仁卓玛');
  expect(refused).toBe(1);
  expect(opened).toBe(1);
  await snap(page, 'server-tab-lost-sign-in-again', { fullPage: false });
  await overlay.getByRole('textbox', { name: '密码' }).fill(DEMO_PASSWORD);
  await overlay.getByRole('button', { name: '登录', exact: true }).click();
  await expect(overlay).toHaveCount(0);

  // The screen and what was typed are as they were; the save now goes through on the new tab.
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('顿珠');
  await expect(page.getByLabel('诉求摘要')).toHaveValue(SUMMARY);
  await page.getByRole('button', { name: '保存登记' }).click();
  const regNo = await form.savedRegNo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  expect((await desk.call('intakes.list', { search: regNo })).items.map((i) => i.regNoText)).toContain(regNo);
  expect(refused).toBe(1);
  expect(opened).toBe(1);
  expect(consoleErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
});
