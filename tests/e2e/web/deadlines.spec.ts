import { ADMIN } from '../../helpers/accounts';
import { expect, signInOnScreen, snap, test } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

test('the deadline calculator explains a date; a year’s notice entered in settings by the administrator removes the “provisional” warning', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page);
  await page.getByRole('link', { name: '期限计算' }).click();
  await expect(page.getByRole('heading', { name: '期限计算' })).toBeVisible();

  // 45 days from 2026-01-01 end on 2026-02-15, in the Spring Festival: rolled to 2026-02-24.
  await fillDate(page, '受理日期', '2026-01-01');
  await expect(page.getByTestId('deadline-due')).toContainText('2026年2月24日');
  await expect(page.getByTestId('deadline-trace')).toContainText('第45日 2026-02-15 为春节假期，顺延至 2026-02-24');
  await snap(page, 'calculator-award');

  // A 60-working-day investigation opened now runs into 2027, whose notice is not entered.
  await chooseOption(page, page.getByRole('combobox', { name: '期限规则' }), '调查终结', { exact: true });
  await fillDate(page, '立案日期', '2026-11-25');
  await expect(page.getByRole('alert').filter({ hasText: '日期为暂定' })).toBeVisible();
  const provisionalDue = await page.getByTestId('deadline-due').textContent();
  // The desk may not change the calendar: that is the administrator's.
  await expect(page.getByRole('link', { name: '设置' })).toHaveCount(0);

  await page.getByRole('button', { name: '退出登录' }).click();
  await signInOnScreen(page, ADMIN.name, ADMIN.password);
  await expect(page.getByTestId('current-person')).toContainText('管理员');
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: '节假日' }).click();
  await expect(page.getByText('2027年的放假安排尚未录入')).toBeVisible();
  await page.getByRole('button', { name: '录入某年放假安排' }).click();
  const dialog = page.getByRole('dialog', { name: '录入某年放假安排' });
  await dialog.getByRole('textbox', { name: '年份', exact: true }).fill('2027');
  await dialog.getByLabel('依据（通知名称和文号）').fill('测试用：2027年部分节假日安排');
  const groups = dialog.getByTestId('holiday-group');
  await fillDate(page, '放假自', '2027-01-01', groups.nth(0));
  await fillDate(page, '至', '2027-01-03', groups.nth(0));
  await fillDate(page, '放假自', '2027-02-05', groups.nth(1));
  await fillDate(page, '至', '2027-02-11', groups.nth(1));
  await groups.nth(1).getByLabel('调休上班日').fill('2-13 2-20');
  await snap(page, 'calendar-entry');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('calendar-year-detail')).toContainText('放假：2027-02-05 至 2027-02-11');
  await expect(page.getByTestId('calendar-year-detail')).toContainText('调休上班：2027-02-13、2027-02-20');
  await snap(page, 'calendar-2027');

  await page.getByRole('link', { name: '期限计算' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: '期限规则' }), '调查终结', { exact: true });
  await fillDate(page, '立案日期', '2026-11-25');
  await expect(page.getByTestId('deadline-trace')).toContainText('期限届满日');
  await expect(page.getByRole('alert').filter({ hasText: '日期为暂定' })).toHaveCount(0);
  expect(await page.getByTestId('deadline-due').textContent()).not.toBe(provisionalDue);
  expect(consoleErrors).toEqual([]);
});

test('the calculator shows the lawful extended award date and which reading gave it, the award’s routes, and the 90-day penalty warning', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page);
  await page.getByRole('link', { name: '期限计算' }).click();
  const pick = async (name: string) => {
    await chooseOption(page, page.getByRole('combobox', { name: '期限规则' }), name, { exact: true });
  };

  // 调解仲裁法 Art. 43: accepted 2025-08-17 → day 60 is Thu 2025-10-16 (not 10-24, 15 days after the rolled 10-09).
  await pick('作出仲裁裁决（经批准延长不超过15日）');
  await fillDate(page, '受理日期', '2025-08-17');
  await expect(page.getByTestId('deadline-due')).toContainText('2025年10月16日');
  await expect(page.getByTestId('deadline-trace')).toContainText('延长后的期限自 2025-08-17 起连续计算，共 60日');
  await expect(page.getByTestId('deadline-rule-note')).toContainText('延长期限不得超过十五日');

  // Who may challenge which award: the note says so beside the rule.
  await pick('用人单位申请撤销终局裁决');
  await expect(page.getByTestId('deadline-rule-note')).toContainText('只适用于终局裁决，只有用人单位可以申请');
  await snap(page, 'calculator-set-aside');

  // 监察条例 Art. 17's +30 working days run past 行政处罚法 Art. 60's 90 days: the calculator warns.
  await pick('调查终结（经批准延长30个工作日）');
  await fillDate(page, '立案日期', '2026-01-10');
  await expect(page.getByTestId('deadline-due')).toContainText('2026年5月26日');
  await expect(page.getByTestId('deadline-warning')).toContainText('即 2026-04-10 前');
  await snap(page, 'calculator-penalty-warning');
  expect(consoleErrors).toEqual([]);
});
