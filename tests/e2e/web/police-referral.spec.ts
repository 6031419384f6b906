// 移送公安 offered only when its preconditions hold (法释〔2013〕3号), on screen: a file whose order to pay was issued
// two weeks ago, its deadline passed five days ago and posted at the site today, with the worker still owed — arranged
// through the core, with the months unpaid recorded. The inspector sees the checklist with the evidence item still
// unmet, records the evasion on screen with the file's evidence, sees every item ticked, and proposes the referral.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { takeIn } from '../../helpers/routing';
import { expect, shoot, test } from '../fixtures';
import { chooseOption } from '../pages/select';

const LEADER = '李强';
const INSPECTORS = ['张伟', '达瓦次仁'] as const;
const EMPLOYER = '日喀则市雪域建筑劳务有限公司';

test('the referral checklist ticks each precondition with why; the referral is proposed once all hold', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const today = dateKeyOf(Date.now());
  const [received, deadline] = [addDays(today, -20), addDays(today, -5)];
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(received, '09:30'),
    summary: '顿珠反映雪域劳务公司拖欠四个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '顿珠', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 1_280_000 }],
    route: 'inspection',
    leaderStaffId: staff.find((s) => s.name === LEADER)!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const inspector = await takeIn(app.core, caseFileId, INSPECTORS[0], DEMO_PASSWORD);
  for (const name of INSPECTORS) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
  const file = await leader.call('cases.get', { id: caseFileId });
  const proceedingId = file.proceedings.find((p) => p.kind === 'inspection')!.id;
  const rowVersion = async () => (await inspector.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!.rowVersion;
  await inspector.call('proceedings.act', { proceedingId, action: 'file', input: { date: received, opinion: '拖欠工资，建议立案' }, expectedRowVersion: await rowVersion() });
  const pending = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!.pendingApproval!;
  await leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意', date: received, expectedRowVersion: pending.rowVersion });
  const order = { date: received, deadline, amountFen: 1_280_000, workers: 1, facts: '拖欠顿珠四个月工资' };
  await inspector.call('proceedings.act', { proceedingId, action: 'issueOrder', input: order, expectedRowVersion: await rowVersion() });
  const [doc] = await inspector.call('documents.generate', { request: { kind: 'orderToPay', order: { organ: '日喀则市人力资源和社会保障局', caseNumber: (await leader.call('cases.get', { id: caseFileId })).proceedings.find((p) => p.kind === 'inspection')!.number!, employer: EMPLOYER, ...order } }, caseFileId });
  const recipient = (await inspector.call('services.list', { caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
  await inspector.call('services.record', {
    documentId: doc!.id, proceedingId, recipientId: recipient.recipientId, method: 'posted', servedAt: Date.now(), receivedBy: null, relation: null,
    servedBy: staff.find((s) => s.name === INSPECTORS[0])!.id, witnesses: [INSPECTORS[1]], noticePlace: null,
    proofs: [{ purpose: 'photo', fileName: '工地大门张贴.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
  const personId = (await inspector.call('caseWorkers.get', { caseFileId })).workers[0]!.personId;
  await inspector.call('referrals.recordGround', { caseFileId, kind: 'unpaidMonths', fact: '自四个月前起未发工资', personId, months: 4 });
  await inspector.call('evidence.add', {
    caseFileId, title: '公司账户银行流水', kind: 'documentary', submitter: 'worker', submitterId: personId, purpose: '证明限期内资金转出', form: 'checkedCopy',
    source: '银行调取', pages: 2, receivedDate: today, fileName: '流水.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });

  await page.setViewportSize({ width: 1366, height: 900 });
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), caseFileId);
  const police = page.getByTestId('police-checklist');
  await expect(police.getByTestId('checklist-item')).toHaveCount(4);
  await expect(police.locator('[data-met="no"]')).toHaveCount(1);
  await expect(police.locator('[data-met="no"]')).toContainText('尚未登记用人单位有能力支付或转移财产、逃匿等逃避支付的事实及证据');
  await expect(police.getByTestId('checklist-item').nth(1)).toContainText(`限期${deadline}已届满，1名劳动者仍欠¥12,800.00`);
  await expect(page.getByRole('button', { name: '提请移送公安' })).toBeDisabled();

  await page.getByRole('button', { name: '登记事实' }).click();
  const dialog = page.getByRole('dialog', { name: '登记移送、列入条件的事实' });
  await dialog.getByRole('textbox', { name: '事实' }).fill('限期内将公司账户资金转至法定代表人亲属账户');
  await chooseOption(page, dialog.getByRole('combobox', { name: '所依据的证据（本案证据清单）' }), /公司账户银行流水/);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(police.locator('[data-met="no"]')).toHaveCount(0);
  await expect(police).toContainText('以转移财产、逃匿等方法逃避支付：限期内将公司账户资金转至法定代表人亲属账户（证据：公司账户银行流水）');
  await page.getByRole('heading', { name: /^移送公安与失信惩戒/ }).evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
  await shoot(page, 'police-referral-checklist');

  await page.getByRole('button', { name: '提请移送公安' }).click();
  await expect(page.getByText('已提请移送公安')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
