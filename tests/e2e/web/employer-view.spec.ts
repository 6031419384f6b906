// The employer view (issue #12), on screen: a leader opens the employer of a group file from the file's party name
// and sees its two earlier files — one filed under a variant of its name — on one page marked 重复欠薪, each opening
// its file; the 用人单位 page finds both spellings, as one employer, by the name typed with 有限公司 and a space.
import { addDays } from '../../../shared/domain/calendar';
import { residentIdCheckChar } from '../../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { zhaxiComplaint } from '../../fixtures/zhaxi-complaint';
import { STAFF_PASSWORD } from '../../helpers/accounts';
import { expect, snap, test } from '../fixtures';

const id = (n: number) => {
  const first17 = `54020219880${n}0${n}0${n}3${n}`.slice(0, 17);
  return first17 + residentIdCheckChar(first17);
};

test('a leader opens the employer of a group file and sees its two earlier files marked 重复欠薪', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛', STAFF_PASSWORD);
  const leaderId = (await desk.call('staff.list', {})).find((s) => s.name === '李强')!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  const variant = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程公司' });
  const boss = await desk.call('parties.create', { kind: 'individual', name: '王德发', idNumber: '620102198701010384' });
  const today = dateKeyOf(Date.now());
  const file = async (daysAgo: number, n: number, over: Parameters<typeof zhaxiComplaint>[1]) => {
    const created = await desk.call('intakes.create', zhaxiComplaint(employer.id, {
      receivedAt: daysAgo === 0 ? Math.min(instantOf(today, '09:00'), Date.now() - 60_000) : instantOf(addDays(today, -daysAgo), '10:00'),
      complainants: [{ name: `工人${n}`, idType: 'residentId', idNumber: id(n), amountClaimedFen: 600_000 }],
      ...over,
    }));
    return (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  };
  await file(90, 1, { summary: '工地工资三个月未付' });
  await file(40, 2, { parties: [{ partyId: variant.id, role: 'employer' }], summary: '搬运工资未付' });
  const group = await file(0, 3, {
    summary: '12名工人反映安居房项目2026年8月至10月工资未发',
    workersCount: 12,
    amountClaimedFen: 15_360_000,
    parties: [{ partyId: employer.id, role: 'generalContractor' }, { partyId: boss.id, role: 'laborTeam' }],
    leaderStaffId: leaderId,
    complainants: [
      { name: '扎西', idType: 'residentId', idNumber: id(4), amountClaimedFen: 1_280_000, isRepresentative: true },
      { name: '次仁', idType: 'residentId', idNumber: id(5), amountClaimedFen: 1_280_000 },
    ],
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, '李强', STAFF_PASSWORD);
  await page.evaluate((caseId) => (location.hash = `#/cases/${caseId}`), group);
  const link = page.getByTestId('party-employer-link').filter({ hasText: '日喀则市雪域建筑工程有限公司' }).first();
  await expect(link).toBeVisible();
  await link.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('case-party-link-1366.png') });
  await link.click();

  await expect(page.getByRole('heading', { level: 1, name: '日喀则市雪域建筑工程有限公司' })).toBeVisible();
  await expect(page.getByTestId('repeat-marker')).toHaveText('重复欠薪：3个案卷');
  const rows = page.getByTestId('employer-file');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('施工总承包单位：日喀则市雪域建筑工程有限公司');
  await expect(rows.nth(0)).toContainText('班组（包工头）：王德发');
  await expect(rows.nth(0)).toContainText('¥153,600.00');
  await expect(rows.nth(1)).toContainText('用人单位：日喀则市雪域建筑工程公司');
  await expect(rows.nth(2)).toContainText(addDays(today, -90));
  await expect(page.getByTestId('employer-totals')).toContainText('14人');
  await expect(page.getByRole('list', { name: '同一单位的其他登记名称' })).toContainText('日喀则市雪域建筑工程公司');
  await expect(page.getByRole('list', { name: '关联单位和人员' })).toContainText('620102********0384');
  await snap(page, 'employer-view');

  // Each row opens its file.
  await rows.nth(2).click();
  await expect(page).toHaveURL(/#\/cases\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('工人1');

  // The 用人单位 page finds both spellings, as one hit, by the name typed with its ending and a space.
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用人单位' }).click();
  await page.getByRole('textbox', { name: '查找用人单位' }).fill('雪域建筑 工程有限公司');
  await page.getByRole('button', { name: '查找' }).click();
  const hits = page.getByTestId('employer-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.nth(0)).toContainText('日喀则市雪域建筑工程有限公司');
  await expect(hits.nth(0)).toContainText('另登记为：日喀则市雪域建筑工程公司');
  await expect(hits.nth(0)).toContainText('重复欠薪3');
  await snap(page, 'employer-search');
  expect(consoleErrors).toEqual([]);
});
