// 在线连接: the administrator sees the desk signed in from another browser (who, where, since when), ends that
// connection with a reason, and the desk — at its next step — is back at the sign-in screen reading why.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { ADMIN } from '../../helpers/accounts';
import { expect, snap, test } from '../fixtures';

test('the administrator ends a desk’s connection; the desk reads the reason and must sign in again', async ({ page, app, browser, consoleErrors }) => {
  await app.initializeWithDemo();
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const desk = await other.newPage();
  await app.signIn(desk, '次仁卓玛', DEMO_PASSWORD);

  await app.signIn(page, ADMIN.name, ADMIN.password);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '在线连接' }).click();
  await expect(page.getByRole('heading', { name: '在线连接' })).toBeVisible();
  const row = page.getByTestId('connection-row').filter({ hasText: '次仁卓玛' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('浏览器');
  await expect(row.getByTestId('connection-address')).toHaveText('127.0.0.1');
  await expect(row).toContainText('在线');
  const own = page.locator('[data-testid="connection-row"][data-self]');
  await expect(own).toContainText(ADMIN.name);
  await expect(own.getByRole('button', { name: '结束连接' })).toHaveCount(0);
  await snap(page, 'connections-page', { fullPage: false });

  await row.getByRole('button', { name: '结束连接' }).click();
  const dialog = page.getByRole('dialog', { name: '结束 次仁卓玛 的连接' });
  await dialog.getByRole('textbox', { name: '结束连接的理由' }).fill('该电脑已交回，请重新登录');
  await dialog.getByRole('button', { name: '结束连接' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('connection-ended')).toContainText('已结束 次仁卓玛 的连接');
  await expect(page.getByTestId('connection-row').filter({ hasText: '次仁卓玛' })).toHaveCount(0);

  // The desk's next step meets the end, and its screen says why.
  await desk.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '登记台账' }).click();
  await expect(desk.getByTestId('signin-notice')).toContainText('管理员已结束您的连接：该电脑已交回，请重新登录');
  await expect(desk.getByTestId('current-person')).toHaveCount(0);
  await snap(desk, 'connections-ended-desk', { fullPage: false });
  await other.close();

  const ended = app.core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'connectionEnded'").all() as { change: string }[];
  expect(ended.map((r) => JSON.parse(r.change) as Record<string, unknown>)).toEqual([expect.objectContaining({ staffName: '次仁卓玛', address: '127.0.0.1', transport: 'bridge', reason: '该电脑已交回，请重新登录' })]);
  expect(consoleErrors).toEqual([]);
});
