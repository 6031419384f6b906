import { expect, snap, test } from '../fixtures';

test('first run: choose the unit, set up the administrator with a password typed twice, arrive in settings with only the administrator’s pages', async ({ page, app, consoleErrors }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { name: /首次设置/ })).toBeVisible();
  // Chinese glyphs come from a real CJK font, not boxes.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"') || document.fonts.check('16px "WenQuanYi Micro Hei"'))).toBe(true);
  // No role picker: the first person administers; casework staff are added afterwards.
  await expect(page.getByTestId('admin-explainer')).toContainText('设置 → 工作人员');
  await expect(page.getByRole('checkbox', { name: '接待员' })).toHaveCount(0);
  // The password rule is shown before anything is typed.
  await expect(page.getByText('至少8位，须同时包含字母和数字').first()).toBeVisible();
  await snap(page, 'first-run');

  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('请选择本机服务的单位').first()).toBeVisible();
  await expect(page.getByText('请填写姓名').first()).toBeVisible();

  await page.getByLabel('本机服务的单位').selectOption('unit-540202');
  await page.getByLabel('姓名').fill('旦增');
  await page.getByLabel('联系电话').fill('1390892');
  const password = page.getByRole('textbox', { name: '管理员密码', exact: true });
  const again = page.getByRole('textbox', { name: '再次输入管理员密码', exact: true });
  // The rule is checked as the administrator types.
  await password.fill('guanli');
  await expect(page.getByText('密码至少8位').first()).toBeVisible();
  await password.fill('guanli2026');
  await expect(page.getByText('密码符合要求')).toBeVisible();
  await again.fill('guanli2062');
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByText('电话号码应为11位手机号码或固定电话').first()).toBeVisible();
  await snap(page, 'first-run-errors');

  await page.getByLabel('联系电话').fill('13908920001');
  await again.fill('guanli2026');
  await expect(page.getByText('两次输入的密码不一致')).toHaveCount(0);
  await page.getByRole('button', { name: '完成设置' }).click();

  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '工作人员' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('unit-name')).toHaveText('桑珠孜区人力资源和社会保障局');
  await expect(page.getByTestId('current-person')).toContainText('旦增');
  await expect(page.getByTestId('current-person')).toContainText('管理员');
  await expect(page.getByRole('navigation', { name: '主菜单' }).getByRole('link')).toHaveText(['期限计算', '设置', '在线连接']);
  await snap(page, 'admin-settings');

  // The password works: signing out and in again.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: /登录/ })).toBeVisible();
  await page.getByRole('list', { name: '工作人员' }).getByRole('button', { name: /^旦增/ }).click();
  await page.getByRole('textbox', { name: '密码', exact: true }).fill('guanli2026');
  await page.getByRole('textbox', { name: '密码', exact: true }).press('Enter');
  await expect(page.getByTestId('current-person')).toContainText('旦增');
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
