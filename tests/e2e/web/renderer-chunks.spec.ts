// The renderer in pieces (renderer/src/app/router.tsx): the sign-in screen loads the frame's code, not the pages';
// a page's code comes when it is first opened; a page whose code does not come (a LAN server updated under an open
// tab) says so in its place, and the menu and the other pages keep working.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, signInOnScreen, snap, test } from '../fixtures';
import { ADMIN, STAFF_PASSWORD } from '../../helpers/accounts';

test('the sign-in screen loads a part of the code; a page loads its own; a page whose code fails says so', async ({ page, app }) => {
  await app.initialize();
  const assets = join(process.env.XINAN_E2E_RENDERER!, 'assets');
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const totalBytes = all.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  const loaded = new Set<string>();
  page.on('response', (r) => {
    const m = /\/assets\/([^/?]+\.js)/.exec(r.url());
    if (m) loaded.add(m[1]!);
  });

  await app.open(page);
  await expect(page.getByRole('list', { name: '工作人员' })).toBeVisible();
  const atSignIn = [...loaded];
  const bytesAtSignIn = atSignIn.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  expect(atSignIn.filter((f) => /Page-/.test(f)), '登录页不加载各功能页面的代码').toEqual([]);
  expect(bytesAtSignIn / totalBytes, `登录页加载 ${bytesAtSignIn} / ${totalBytes} 字节`).toBeLessThan(0.6);

  // The clerk's home is the desk form: its code comes with it, the ledger's not yet.
  await signInOnScreen(page, '次仁卓玛', STAFF_PASSWORD);
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  expect([...loaded].some((f) => f.startsWith('IntakeFormPage-'))).toBe(true);
  expect([...loaded].some((f) => f.startsWith('IntakeListPage-'))).toBe(false);

  // The ledger's code does not come: its place says why and offers a reload; the frame stays.
  await page.route('**/assets/IntakeListPage-*.js', (route) => route.abort('connectionrefused'));
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await menu.getByRole('link', { name: '登记台账' }).click();
  await expect(page.getByTestId('page-error')).toContainText('这个页面的程序文件没有加载成功');
  await expect(page.getByTestId('page-error').getByRole('button', { name: '刷新页面' })).toBeVisible();
  await snap(page, 'page-code-not-loaded', { fullPage: false });
  await menu.getByRole('link', { name: '接待登记' }).click();
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  await expect(page.getByTestId('page-error')).toHaveCount(0);

  // Once it can come, a reload brings the ledger.
  await page.unroute('**/assets/IntakeListPage-*.js');
  await menu.getByRole('link', { name: '登记台账' }).click();
  await expect(page.getByTestId('page-error')).toBeVisible();
  await page.getByRole('button', { name: '刷新页面' }).click();
  await expect(page.getByRole('heading', { name: '登记台账' })).toBeVisible();
});

test('a form checks its input with the schemas loaded at its first save; when they cannot come, the core checks it and answers the same', async ({ page, app }) => {
  await app.initialize();
  await page.route('**/assets/channels-*.js', (route) => route.abort('connectionrefused'));
  await app.signIn(page, ADMIN.name, ADMIN.password);
  await page.getByRole('tab', { name: '单位与科室' }).click();
  await page.getByRole('button', { name: '劳动人事争议仲裁委员会办公室' }).nth(1).click();
  const dialog = page.getByRole('dialog', { name: '修改科室' });
  // A name left empty: the core's own check, at the field, the dialog as it was and nothing changed.
  await dialog.getByRole('textbox', { name: '科室名称' }).fill('');
  await dialog.getByRole('switch').uncheck();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写科室名称')).toBeVisible();
  await expect(dialog.getByRole('switch')).not.toBeChecked();
  const before = await app.client.call('units.list', {});
  expect(before.flatMap((u) => u.departments).filter((d) => !d.active)).toHaveLength(0);

  await dialog.getByRole('textbox', { name: '科室名称' }).fill('劳动人事争议仲裁委员会办公室');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('劳动人事争议仲裁委员会办公室（已撤销）')).toBeVisible();
});
