import { expect, snap, test } from '../fixtures';

test('first run: choose the unit, register the first staff member, arrive at the desk form', async ({ page, app, consoleErrors }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { name: /首次设置/ })).toBeVisible();
  // Chinese glyphs come from a real CJK font, not boxes.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"') || document.fonts.check('16px "WenQuanYi Micro Hei"'))).toBe(true);
  await snap(page, 'first-run');

  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('请选择本机服务的单位').first()).toBeVisible();

  await page.getByLabel('本机服务的单位').selectOption('unit-540202');
  await page.getByLabel('姓名').fill('旦增');
  await page.getByLabel('联系电话').fill('1390892');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('电话号码应为11位手机号码或固定电话').first()).toBeVisible();
  await page.getByLabel('联系电话').fill('13908920001');
  await page.getByRole('button', { name: '完成设置' }).click();

  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  await expect(page.getByTestId('unit-name')).toHaveText('桑珠孜区人力资源和社会保障局');
  await expect(page.getByTestId('current-person')).toContainText('旦增');
  await expect(page.getByTestId('current-person')).toContainText('管理员');
  await snap(page, 'desk-form-empty');
  expect(consoleErrors).toEqual([]);
});

test('the bridge serves the page with a strict Content-Security-Policy and refuses a reused login link', async ({ page, app }) => {
  const login = app.bridge.loginUrl();
  const response = await page.goto(login);
  expect(response?.status()).toBe(200);
  const doc = await page.request.get(`${app.bridge.origin}/`);
  const csp = doc.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const again = await page.context().newPage();
  await again.context().clearCookies();
  await again.goto(login);
  await expect(again.getByText('登录链接无效或已使用过')).toBeVisible();
});
