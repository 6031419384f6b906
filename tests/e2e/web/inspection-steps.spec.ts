// The inspection from 立案 to 结案 on screen (issue #12), on the demo data, in short steps: an inspector pair's file
// is arranged through the core up to where each test starts, and one person does the next steps in the dialogs —
// the order to pay with its amount in yuan and its deadline, 调查终结, 事先告知 and 陈述申辩, the decision with its
// 赔偿金 percentage checked, the leader's approvals, and 结案 with the method and the amounts. Every date on screen
// is the engine's (computeDeadline on the bundled calendar the demo counts on).
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { computeDeadline } from '../../../shared/domain/deadlines';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, shoot, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

const LEADER = '李强';
const INSPECTORS = ['张伟', '达瓦次仁'] as const;
const EMPLOYER = '日喀则市雪域建筑劳务有限公司';

interface Arranged {
  leader: Client;
  inspector: Client;
  caseFileId: string;
  title: string;
  proceedingId: string;
  today: string;
}

/** A group complaint registered this morning, taken in, with 李强 leading and both inspectors handling, filed today on his approval. */
async function filed(app: AppFixture): Promise<Arranged> {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '十五名工人反映雪域劳务公司拖欠三个月工资',
    workersCount: 15,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '顿珠', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    leaderStaffId: staff.find((s) => s.name === LEADER)!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const inspector = await takeIn(app.core, caseFileId, INSPECTORS[0], DEMO_PASSWORD);
  for (const name of INSPECTORS) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
  const file = await leader.call('cases.get', { id: caseFileId });
  const a = { leader, inspector, caseFileId, title: file.title, proceedingId: file.proceedings.find((p) => p.kind === 'inspection')!.id, today: dateKeyOf(Date.now()) };
  await approvedStep(a, 'file', { date: a.today, opinion: '群体性欠薪，建议立案' });
  return a;
}

async function step(a: Arranged, action: string, input: Record<string, unknown>) {
  const p = (await a.inspector.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!;
  return a.inspector.call('proceedings.act', { proceedingId: a.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

async function approvedStep(a: Arranged, action: string, input: Record<string, unknown>) {
  await step(a, action, input);
  const pending = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!.pendingApproval!;
  await a.leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意', date: a.today, expectedRowVersion: pending.rowVersion });
}

/** Ordered, investigated and closed today through the core. */
async function investigated(app: AppFixture): Promise<Arranged> {
  const a = await filed(app);
  await step(a, 'issueOrder', { date: a.today, deadline: addDays(a.today, 7), amountFen: 12_800_050, workers: 15, facts: '拖欠十五名工人三个月工资' });
  await step(a, 'closeInvestigation', { date: a.today, facts: '用人单位逾期未支付', opinion: '拟作出行政处理决定' });
  return a;
}

const card = (page: Page) => page.getByTestId('proceeding-card').filter({ hasText: '劳动保障监察案件' });

async function openFile(page: Page, app: AppFixture, a: Arranged, who: string): Promise<void> {
  await app.signIn(page, who, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('1 · the inspector orders the employer to pay, the amount typed in yuan, then closes the investigation on time', async ({ page, app, consoleErrors }) => {
  const a = await filed(app);
  await openFile(page, app, a, INSPECTORS[0]);
  const deadline = addDays(a.today, 10);
  await card(page).getByRole('button', { name: '下达限期改正（支付）指令书' }).click();
  const dialog = page.getByRole('dialog', { name: /^下达限期改正（支付）指令书/ });
  await fillDate(page, '限期支付日期', deadline, dialog);
  await dialog.getByRole('textbox', { name: '责令支付金额' }).fill('128,000.505');
  await dialog.getByRole('textbox', { name: '涉及劳动者人数' }).fill('15');
  await dialog.getByRole('textbox', { name: '违法事实' }).fill('拖欠十五名工人三个月工资');
  await dialog.getByRole('button', { name: '确认下达限期改正（支付）指令书' }).click();
  await expect(dialog.getByText('金额最多精确到分（小数点后两位）')).toBeVisible();
  await snap(page, 'inspection-order-money-error', { fullPage: false });
  await dialog.getByRole('textbox', { name: '责令支付金额' }).fill('128,000.50');
  await dialog.getByRole('button', { name: '确认下达限期改正（支付）指令书' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`${a.today} 下达限期改正（支付）指令书：责令于${deadline}前支付15名劳动者工资¥128,000.50`)).toBeVisible();

  await card(page).getByRole('button', { name: '调查终结' }).click();
  const close = page.getByRole('dialog', { name: /^调查终结/ });
  await close.getByRole('textbox', { name: '调查认定的违法事实' }).fill('用人单位逾期未支付十五名工人工资128,000.50元');
  await close.getByRole('textbox', { name: '处理意见' }).fill('拟作出行政处理决定，责令支付并加付赔偿金');
  await close.getByRole('button', { name: '确认调查终结' }).click();
  await expect(close).toHaveCount(0);
  await expect(card(page)).toContainText('调查终结，待事先告知');
  const clock = card(page).getByTestId('deadline-row').filter({ hasText: /^调查终结/ }).first();
  await expect(clock).toContainText(computeDeadline({ rule: 'inspection.investigate', start: a.today }).due);
  await expect(clock.getByTestId('due-state')).toHaveText('已按期完成');
  await snap(page, 'inspection-investigation-closed');
  expect(consoleErrors).toEqual([]);
});

test('2 · 事先告知 and 陈述申辩, then the decision: a 赔偿金 below 50% is refused at its field, and 50% goes to the leader', async ({ page, app, consoleErrors }) => {
  const a = await investigated(app);
  await openFile(page, app, a, INSPECTORS[0]);
  await card(page).getByRole('button', { name: '事先告知' }).click();
  const notice = page.getByRole('dialog', { name: /^事先告知/ });
  await notice.getByRole('combobox', { name: '拟作出的决定' }).selectOption({ label: '行政处理决定（责令支付）' });
  await notice.getByRole('textbox', { name: '告知的事实、理由、依据和拟作出的决定' }).fill('拟责令支付拖欠的工资128,000.50元，并加付赔偿金');
  await notice.getByRole('button', { name: '确认事先告知' }).click();
  await expect(notice).toHaveCount(0);
  // The party's 3 working days to state its case (local practice), from today.
  const statement = card(page).getByTestId('deadline-row').filter({ hasText: /^陈述、申辩/ });
  await expect(statement).toContainText(computeDeadline({ rule: 'penalty.statement', start: a.today }).due);
  await expect(card(page).getByTestId('step-blocked').filter({ hasText: /^作出行政处理决定暂不能办理/ })).toContainText(
    `当事人陈述、申辩的期限至${computeDeadline({ rule: 'penalty.statement', start: a.today }).due}届满`,
  );

  await card(page).getByRole('button', { name: '记录陈述申辩' }).click();
  const spoke = page.getByRole('dialog', { name: /^记录陈述申辩/ });
  await spoke.getByRole('textbox', { name: '当事人陈述、申辩的意见' }).fill('工程款尚未结算，无力支付');
  await spoke.getByRole('textbox', { name: '复核意见' }).fill('工程款纠纷不影响支付工资的义务，理由不成立');
  await spoke.getByRole('button', { name: '确认记录陈述申辩' }).click();
  await expect(spoke).toHaveCount(0);

  await card(page).getByRole('button', { name: '作出行政处理决定（提请领导审批）' }).click();
  const decide = page.getByRole('dialog', { name: /^提请领导审批：作出行政处理决定/ });
  await decide.getByRole('textbox', { name: '责令支付的工资' }).fill('128000.50');
  await decide.getByRole('textbox', { name: '加付赔偿金比例' }).fill('30');
  await decide.getByRole('combobox', { name: '法制审核情形' }).selectOption({ label: '不属于须法制审核的情形' });
  await decide.getByRole('combobox', { name: '是否须集体讨论' }).selectOption({ label: '否' });
  await decide.getByRole('button', { name: '提请领导审批' }).click();
  await expect(decide.getByText('赔偿金为应付金额的50%至100%（《劳动保障监察条例》第二十六条）；不责令加付赔偿金的填0')).toBeVisible();
  await snap(page, 'inspection-decision-percent-refused', { fullPage: false });
  await decide.getByRole('textbox', { name: '加付赔偿金比例' }).fill('50');
  await decide.getByRole('button', { name: '提请领导审批' }).click();
  await expect(decide).toHaveCount(0);
  await expect(card(page).getByTestId('pending-approval')).toContainText('待领导审批：作出行政处理决定');
  await snap(page, 'inspection-decision-requested');
  expect(consoleErrors).toEqual([]);
});

test('3 · the leader approves the decision, read back in yuan; the 复议 and 诉讼 windows run from its service', async ({ page, app, consoleErrors }) => {
  const a = await investigated(app);
  await step(a, 'priorNotice', { date: a.today, intended: 'handling', content: '拟责令支付并加付赔偿金' });
  await step(a, 'recordStatement', { date: a.today, statement: '无异议', review: '当事人无异议' });
  await step(a, 'decideHandling', { date: a.today, wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'none', serious: 'no' });
  await openFile(page, app, a, LEADER);
  const pending = card(page).getByTestId('pending-approval');
  await expect(pending).toContainText('¥128,000.50');
  await expect(pending).toContainText('50%');
  await expect(pending).toContainText('不属于须法制审核的情形');
  await snap(page, 'inspection-decision-pending-leader');
  await pending.getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog', { name: '批准：作出行政处理决定' });
  await dialog.getByRole('textbox', { name: '审批意见' }).fill('同意');
  await dialog.getByRole('button', { name: '批准' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page)).toContainText('已作出决定');
  await expect(page.getByText(`${a.today} 作出行政处理决定：责令支付工资¥128,000.50，加付赔偿金¥64,000.25（应付金额的50%）`)).toBeVisible();

  await card(page).getByRole('button', { name: '送达决定书' }).click();
  const serve = page.getByRole('dialog', { name: /^送达决定书/ });
  await serve.getByRole('combobox', { name: '送达的决定书' }).selectOption({ label: '行政处理决定书' });
  await serve.getByRole('textbox', { name: '受送达人' }).fill(EMPLOYER);
  await serve.getByRole('button', { name: '确认送达决定书' }).click();
  await expect(serve).toHaveCount(0);
  const review = card(page).getByTestId('deadline-row').filter({ hasText: /^申请行政复议/ });
  await expect(review).toContainText(computeDeadline({ rule: 'decision.reconsideration', start: a.today }).due);
  const suit = card(page).getByTestId('deadline-row').filter({ hasText: /^提起行政诉讼/ });
  await expect(suit).toContainText(computeDeadline({ rule: 'decision.litigation', start: a.today }).due);
  await expect(card(page).getByTestId('step-blocked').filter({ hasText: /^确认复议、诉讼期限届满暂不能办理/ })).toContainText(
    `当事人申请行政复议或者提起行政诉讼的期限至${computeDeadline({ rule: 'decision.litigation', start: a.today }).due}届满`,
  );
  await snap(page, 'inspection-decision-served');
  expect(consoleErrors).toEqual([]);
});

test('4 · 结案 with its method and the amounts, asked by the inspector and approved by the leader', async ({ page, app, consoleErrors }) => {
  const a = await filed(app);
  await step(a, 'issueOrder', { date: a.today, deadline: addDays(a.today, 7), amountFen: 12_800_050, workers: 15, facts: '拖欠十五名工人三个月工资' });
  await openFile(page, app, a, INSPECTORS[0]);
  await card(page).getByRole('button', { name: '结案（提请领导审批）' }).click();
  const dialog = page.getByRole('dialog', { name: /^提请领导审批：结案/ });
  await dialog.getByRole('combobox', { name: '结案方式' }).selectOption({ label: '全额支付' });
  await dialog.getByRole('textbox', { name: '追发工资总额' }).fill('0');
  await dialog.getByRole('textbox', { name: '获得支付的劳动者人数' }).fill('15');
  await dialog.getByRole('textbox', { name: '结案报告' }).fill('用人单位在限期内向十五名工人全额支付工资');
  await dialog.getByRole('button', { name: '提请领导审批' }).click();
  await expect(dialog.getByText('以“全额支付”结案的，请填写追发的工资总额')).toBeVisible();
  await dialog.getByRole('textbox', { name: '追发工资总额' }).fill('12.8万');
  await snap(page, 'inspection-close-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '提请领导审批' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page).getByTestId('pending-approval')).toContainText('¥128,000.00');
  const pending = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!.pendingApproval!;
  await a.leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意结案', date: a.today, expectedRowVersion: pending.rowVersion });
  await page.reload();
  await expect(card(page)).toContainText('已结案');
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: /^调查终结/ }).getByTestId('due-state')).toHaveText('已按期完成');
  await expect(page.getByText(`${a.today} 结案（全额支付）：追发工资¥128,000.00，15名劳动者获得支付；用人单位在限期内向十五名工人全额支付工资`)).toBeVisible();
  await snap(page, 'inspection-closed');
  expect(consoleErrors).toEqual([]);
});

test('5 · the employer absconded: the order is posted at the site, photographed, and counts as served on the employer', async ({ page, app, consoleErrors }) => {
  const a = await filed(app);
  await step(a, 'issueOrder', { date: a.today, deadline: addDays(a.today, 7), amountFen: 12_800_050, workers: 15, facts: '拖欠十五名工人三个月工资' });
  const file = await a.leader.call('cases.get', { id: a.caseFileId });
  const order = { organ: '日喀则市人力资源和社会保障局', caseNumber: file.proceedings[0]!.number!, employer: EMPLOYER, facts: '拖欠十五名工人三个月工资', workers: 15, amountFen: 12_800_050, date: a.today, deadline: addDays(a.today, 7) };
  const [doc] = await a.inspector.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId: a.caseFileId });
  await openFile(page, app, a, INSPECTORS[0]);
  const card = page.getByTestId('document-card').filter({ hasText: doc!.title });
  await expect(card.getByTestId('document-unserved')).toContainText(EMPLOYER);
  await card.getByRole('button', { name: '登记送达' }).click();
  const dialog = page.getByRole('dialog', { name: /登记送达/ });
  await chooseOption(page, dialog.getByRole('combobox', { name: '送达方式' }), '张贴送达');
  await dialog.getByRole('button', { name: '登记送达' }).click();
  await expect(dialog.getByText('张贴送达须上传现场照片')).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles({ name: '工地大门张贴.png', mimeType: 'image/png', buffer: cardPng(480, 320) });
  await expect(dialog.getByText('工地大门张贴.png')).toBeVisible();
  await snap(page, 'inspection-order-posted-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '登记送达' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('service-row')).toContainText(`张贴送达 ${EMPLOYER}`);
  // Addressed to the employer: the workers are not owed it.
  await expect(card.getByTestId('document-unserved')).toHaveCount(0);
  const events = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings[0]!;
  expect(events.statusLabel).toBe('已立案，调查中');
  const served = app.core.services!.db.prepare("SELECT date, party FROM proceeding_events WHERE proceeding_id = ? AND kind = 'orderServed'").all(a.proceedingId);
  expect(served).toEqual([{ date: a.today, party: EMPLOYER }]);
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'inspection-order-posted');
  expect(consoleErrors).toEqual([]);
});
