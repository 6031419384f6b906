// The employer view (issue #12), on screen: a leader opens the employer of a group file from the file's party name
// and sees its two earlier files — one filed under a variant of its name — on one page marked 重复欠薪, each opening
// its file; the 用人单位 page finds both spellings, as one employer, by the name typed with 有限公司 and a space.
import { addDays } from '../../../shared/domain/calendar';
import { residentIdCheckChar } from '../../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { zhaxiComplaint } from '../../fixtures/zhaxi-complaint';
import { establishStaff, STAFF_PASSWORD } from '../../helpers/accounts';
import { takeIn } from '../../helpers/routing';
import { expect, snap, shoot, test } from '../fixtures';

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
  await shoot(page, 'case-party-link-1366');
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

test('the employer page shows each file’s order to pay, whether served and paid, and what the workers are still owed', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    await establishStaff(app.core, app.client, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2030-06-30' });
  }
  const desk = await app.as('次仁卓玛', STAFF_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const today = dateKeyOf(Date.now());
  const created = await desk.call('intakes.create', zhaxiComplaint(employer.id, {
    receivedAt: Math.min(instantOf(today, '09:00'), Date.now() - 60_000),
    complainants: [{ name: '扎西', idType: 'residentId', idNumber: id(6), amountClaimedFen: 800_000 }],
  }));
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const suolang = await takeIn(app.core, caseFileId, '索朗');
  const leader = await app.as('李强', STAFF_PASSWORD);
  const staff = await desk.call('staff.list', {});
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const inspection = async () => (await suolang.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'inspection')!;
  let p = await inspection();
  await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: today, opinion: '拖欠工资，建议立案' }, expectedRowVersion: p.rowVersion });
  p = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'inspection')!;
  await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date: today, expectedRowVersion: p.pendingApproval!.rowVersion });
  const deadline = addDays(today, 7);
  p = await inspection();
  await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'issueOrder', input: { date: today, deadline, amountFen: 800_000, workers: 1, facts: '拖欠扎西工资' }, expectedRowVersion: p.rowVersion });
  const zhaxi = created.complainants[0]!.personId;
  await suolang.call('payments.record', { caseFileId, kind: 'worker', personId: zhaxi, payerKind: 'generalContractor', payerName: '中建某局西藏分公司', method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: today, amountFen: 300_000 });

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, '李强', STAFF_PASSWORD);
  await page.evaluate((pid) => (location.hash = `#/employers/party/${pid}`), employer.id);
  await expect(page.getByRole('heading', { level: 1, name: '日喀则市华建建筑工程有限公司' })).toBeVisible();
  const row = page.getByTestId('employer-file');
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId('employer-file-enforcement').getByTestId('enforcement-order')).toHaveText(`指令书 ${today}，限${deadline}前支付¥8,000.00；未送达；部分支付`);
  await expect(row.getByTestId('employer-file-money')).toContainText('已付 ¥3,000.00');
  await expect(row.getByTestId('employer-file-money')).toContainText('尚欠 ¥5,000.00');
  const totals = page.getByTestId('employer-totals');
  await expect(totals).toContainText('1份（1份未付清）');
  await expect(totals).toContainText('未列入');
  await snap(page, 'employer-enforcement');
  expect(consoleErrors).toEqual([]);
});
