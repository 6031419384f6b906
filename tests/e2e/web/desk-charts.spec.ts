// The leader's desk in figures (issue #11 §8), on the demo data at 1366×768: each count and each bar opens the list
// it counts — a department's overdue duties, the open files at one stage, one week's complaints — and the list shows
// exactly that many rows.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { expect, shoot, test } from '../fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a figure of the leader’s desk opens the filtered list behind it', async ({ app, page, consoleErrors }) => {
  await app.initializeWithDemo();
  // The demo is lawful (nothing overdue): a complaint received 12 days ago and never accepted makes one duty overdue.
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'letter',
    receivedAt: instantOf(addDays(dateKeyOf(Date.now()), -12), '10:00'),
    summary: '来信反映高原红劳务公司拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '边巴', idType: 'none', idMissingReason: '来信未附' }],
    route: 'inspection',
  });
  const figures = await (await app.as('李强', DEMO_PASSWORD)).call('desk.charts', {});
  const stage = figures.stages.find((s) => s.files > 0 && s.files <= 50)!;
  const inspection = figures.departments.find((d) => d.name === '劳动保障监察支队')!;
  expect(stage).toBeTruthy();

  await app.signIn(page, '李强', DEMO_PASSWORD);
  const charts = page.getByTestId('desk-charts');
  await charts.scrollIntoViewIfNeeded();
  await expect(charts.getByRole('figure', { name: /^在办案卷按程序和阶段：/ })).toBeVisible();
  await expect(charts.locator('.MuiBarChart-element').first()).toBeVisible();
  await shoot(charts, 'desk-charts-1366');

  // A count by department: the inspection department's open files.
  await charts.getByRole('link', { name: `劳动保障监察支队在办案卷 ${inspection.openFiles}，查看列表` }).click();
  await expect(page).toHaveURL(/\/cases\?status=open&department=dept-540200-inspection$/);
  await expect(page.getByTestId('filter-department')).toHaveText('承办部门：劳动保障监察支队');
  await expect(page.getByTestId('case-row')).toHaveCount(inspection.openFiles);

  // The overdue chart's bar of that department: its overdue duties.
  await page.goBack();
  expect(inspection.overdue).toBeGreaterThan(0);
  await page.getByTestId('desk-departments').locator('.MuiBarChart-element').nth(figures.departments.indexOf(inspection)).click();
  await expect(page).toHaveURL(/\/due-dates\?state=overdue&scope=unit&department=dept-540200-inspection$/);
  await expect(page.getByTestId('due-row')).toHaveCount(inspection.overdue);

  // A bar of the stages chart: the open files at that stage.
  await page.goBack();
  const stageIndex = figures.stages.indexOf(stage);
  await page.getByTestId('desk-stages').locator('.MuiBarChart-element').nth(stageIndex).click();
  await expect(page).toHaveURL(new RegExp(`/cases\\?status=open&kind=${stage.kind}&stage=${stage.status}$`));
  await expect(page.getByTestId('filter-stage')).toBeVisible();
  await expect(page.getByTestId('case-row')).toHaveCount(stage.files);

  // The busiest week's bar: the intake list with the week's complaints.
  await page.goBack();
  const busiest = figures.weeks.reduce((best, w, i) => (w.complaints > figures.weeks[best]!.complaints ? i : best), 0);
  const week = figures.weeks[busiest]!;
  await page.getByTestId('desk-weeks').locator('.MuiBarChart-element').nth(busiest).click();
  await expect(page).toHaveURL(new RegExp(`/intakes\\?kind=complaint&from=${week.from}&to=${week.to}$`));
  if (week.complaints <= 50) await expect(page.getByTestId('intake-row')).toHaveCount(week.complaints);
  expect(consoleErrors).toEqual([]);
});
