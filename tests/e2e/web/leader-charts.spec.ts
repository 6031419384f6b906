// The leader's charts (统计概览, issue #14 §4) on the demo data at 1366×768: the leader opens the overview under the
// desk, sees the trend and the bars, clicks a bar and gets the files behind it — as many as the bar counts — and a
// file opens its case.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { expect, test } from '../fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a bar of the leader’s charts opens the files it counts', async ({ app, page, consoleErrors }) => {
  await app.initializeWithDemo();
  const figures = await (await app.as('李强', DEMO_PASSWORD)).call('statistics.charts', {});
  const stage = figures.stages.find((s) => s.files > 0 && s.files <= 50)!;
  expect(stage).toBeTruthy();

  await app.signIn(page, '李强', DEMO_PASSWORD);
  // Closed, the overview is one row under the desk's lists: the overdue list keeps the first screen.
  await expect(page.getByTestId('desk-overdue')).toBeInViewport();
  const overview = page.getByTestId('stat-overview');
  await overview.getByRole('button', { name: /统计概览/ }).click();
  await expect(overview.getByRole('figure', { name: /^近12个月投诉和追发工资：/ })).toBeVisible();
  await expect(overview.getByTestId('stat-stages').locator('.MuiBarChart-element').first()).toBeVisible();
  await overview.scrollIntoViewIfNeeded();
  await overview.screenshot({ path: test.info().outputPath('leader-charts-1366.png') });

  // A bar of the stages chart: a dialog with exactly its files, each opening its case.
  await overview.getByTestId('stat-stages').locator('.MuiBarChart-element').nth(figures.stages.indexOf(stage)).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `在办案卷：${stage.label} ${stage.files}件` })).toBeVisible();
  await expect(dialog.getByTestId('chart-file-row')).toHaveCount(stage.files);
  await expect(dialog.getByTestId('chart-files-total')).toHaveText(`共 ${stage.files} 件案卷`);
  await page.screenshot({ path: test.info().outputPath('leader-charts-files.png') });
  await dialog.getByTestId('chart-file-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/cases\/[^/]+$/);
  expect(consoleErrors).toEqual([]);
});
