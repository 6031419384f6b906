// Settings → 节假日 → 地方节日（西藏自治区）: the administrator enters a year's regional days off with their source; a
// missing source is refused with the core's Chinese message and nothing is saved; the year then shows with its days.
// Test dates, not the region's real ones.
import { ADMIN } from '../../helpers/accounts';
import { expect, shoot, test } from '../fixtures';
import { fillDate } from '../pages/date-field';

test.use({ viewport: { width: 1366, height: 768 } });

test('the administrator enters a year of regional holidays with their source', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page, ADMIN.name, ADMIN.password);
  await page.getByRole('tab', { name: '节假日' }).click();
  const section = page.getByTestId('regional-holidays');
  await expect(section).toContainText('地方节日不影响法定期限');
  await section.getByRole('button', { name: '录入某年地方节日' }).click();
  const dialog = page.getByRole('dialog', { name: /录入某年地方节日/ });
  await dialog.getByRole('textbox', { name: '年份' }).fill('2027');
  const days = dialog.getByTestId('regional-day');
  await fillDate(page, '日期', '2027-03-08', days.nth(0));
  await days.nth(0).getByRole('textbox', { name: '节日' }).fill('测试节');
  await dialog.getByRole('button', { name: '删除第2天' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写来源（文件名称、文号或网址）').first()).toBeVisible();
  expect((await app.client.call('calendar.get', { year: null })).regional.years).toEqual([]);

  await dialog.getByRole('textbox', { name: '来源（文件名称、文号或网址）' }).fill('测试用：自治区地方节日通知（测试号）');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByTestId('regional-year-row')).toContainText('03-08 测试节');
  await shoot(section, 'regional-holidays');
  await shoot(page, 'calendar-tab-1366');
  expect(consoleErrors).toEqual([]);
});
