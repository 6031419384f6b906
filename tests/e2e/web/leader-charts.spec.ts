// The leader's charts (统计概览, issue #14 §4) on the demo data at 1366×768: the leader opens the overview under the
// desk's 全单位统计, sees the trend, the employers still owing and the counties — and not again the open files by stage
// or the overdue duties by department, which 全单位统计 above draws once with bars opening their full lists — clicks a
// bar and gets the files behind it, as many as it counts and summing to it, and a file opens its case.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { formatYuan } from '../../../shared/domain/money';
import { expect, shoot, test } from '../fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a bar of the leader’s charts opens the files it counts; no figure is drawn twice on the desk', async ({ app, page, consoleErrors }) => {
  await app.initializeWithDemo();
  const leader = await app.as('李强', DEMO_PASSWORD);
  const figures = await leader.call('statistics.charts', {});
  const desk = await leader.call('desk.charts', {});
  const employer = figures.employers[0]!;
  const month = figures.months.findLast((m) => m.complaints > 0 && m.complaints <= 50)!;
  expect(employer).toBeTruthy();
  expect(month).toBeTruthy();
  expect(desk.stages.length).toBeGreaterThan(0);

  await app.signIn(page, '李强', DEMO_PASSWORD);
  // Closed, the overview is one row under the desk's lists: the overdue list keeps the first screen.
  await expect(page.getByTestId('desk-overdue')).toBeInViewport();
  const overview = page.getByTestId('stat-overview');
  await overview.getByRole('button', { name: /统计概览/ }).click();
  await expect(overview.getByRole('figure', { name: /^近12个月投诉和追发工资：/ })).toBeVisible();
  await expect(overview.getByTestId('stat-employers').locator('.MuiBarChart-element').first()).toBeVisible();
  // Each figure once: stages and overdue by department are 全单位统计's, not the overview's.
  await expect(page.getByRole('figure', { name: /^在办案卷按程序和阶段：/ })).toHaveCount(1);
  await expect(page.getByTestId('desk-charts').getByRole('figure', { name: /^在办案卷按程序和阶段：/ })).toBeVisible();
  await expect(overview.getByText(/在办案卷（按程序和阶段）|逾期期限（按部门）/)).toHaveCount(0);
  await overview.scrollIntoViewIfNeeded();
  await shoot(overview, 'leader-charts-1366');

  // The employer owing most: a dialog with exactly its files, their shares summing to the bar.
  await overview.getByTestId('stat-employers').locator('.MuiBarChart-element').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `${employer.name}尚欠工资 ${formatYuan(employer.outstandingFen)}` })).toBeVisible();
  await expect(dialog.getByTestId('chart-file-row')).toHaveCount(employer.files);
  await expect(dialog.getByTestId('chart-files-total')).toHaveText(`共 ${employer.files} 个案卷，合计 ${formatYuan(employer.outstandingFen)}`);
  await shoot(page, 'leader-charts-files');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);

  // A month's complaints (the table of the trend's figures, the keyboard's way to the same bar): that many intakes.
  const label = `${month.month.slice(0, 4)}年${Number(month.month.slice(5, 7))}月`;
  await overview.getByRole('button', { name: `${label}投诉（件）${month.complaints}，查看明细` }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('chart-file-row')).toHaveCount(month.complaints);
  await dialog.getByTestId('chart-file-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/intakes\/[^/]+$/);
  expect(consoleErrors).toEqual([]);
});
