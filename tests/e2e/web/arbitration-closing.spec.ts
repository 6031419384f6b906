// Ending an arbitration on screen (issue #13), on the demo data, in short steps: an accepted case with its tribunal
// is arranged through the core up to where each test starts, and the arbitrator does the next step in its dialog —
// the award with its amounts in yuan (judged non-final against 12 × the minimum wage), the employer's suit once each
// party was served, the court's result, and 结案 with its method, result and 案由 on the leader's approval.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { arbitrationCase } from '../../fixtures/arbitration-case';
import { cardPng } from '../../fixtures/images';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';

const EMPLOYER = '日喀则市华建建筑工程有限公司';
const COURT_CASE = '（2026）藏0202民初88号';

interface Arranged {
  arbitrator: Client;
  leader: Client;
  caseFileId: string;
  proceedingId: string;
  title: string;
  today: string;
}

/** An arbitration registered this morning, taken in by the institute, accepted today and its sole arbitrator named. */
async function composed(app: AppFixture): Promise<Arranged> {
  await app.initializeWithDemo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠三个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const arbitrator = await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const today = dateKeyOf(Date.now());
  const file = await leader.call('cases.get', { id: caseFileId });
  const a = { arbitrator, leader, caseFileId, proceedingId: file.proceedings.find((p) => p.kind === 'arbitration')!.id, title: file.title, today };
  await step(a, 'accept', { date: today });
  // A sole arbitrator only under 简易处理 (办案规则 Art. 56), decided first.
  await step(a, 'simplify', { date: today, ground: 'consent', amountFen: 3_000_000, bar: 'none', note: '双方当事人同意简易处理' });
  await step(a, 'compose', { date: today, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  return a;
}

async function step(a: Arranged, action: string, input: Record<string, unknown>) {
  const p = (await a.arbitrator.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!;
  return a.arbitrator.call('proceedings.act', { proceedingId: a.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const AWARD = { claimant: '扎西', wagesFen: 3_000_000, injuryMedicalFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };

/** The award recorded today and its paper served on each party today, through the real service record. */
async function awardedAndServed(app: AppFixture): Promise<Arranged> {
  const a = await composed(app);
  await step(a, 'award', { date: a.today, ...AWARD });
  const [doc] = await a.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: a.caseFileId });
  const listed = await a.arbitrator.call('services.list', { caseFileId: a.caseFileId });
  const me = (await a.leader.call('staff.list', {})).find((s) => s.name === '王芳')!.id;
  for (const who of ['扎西', EMPLOYER]) {
    await a.arbitrator.call('services.record', {
      documentId: doc!.id,
      proceedingId: a.proceedingId,
      recipientId: listed.recipients.find((r) => r.name === who)!.recipientId,
      method: 'direct',
      servedAt: Date.now(),
      receivedBy: who === EMPLOYER ? '达瓦' : who,
      relation: who === EMPLOYER ? 'mailroom' : 'self',
      servedBy: me,
      witnesses: [],
      awardFinality: 'nonFinal',
      proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
  }
  return a;
}

const card = (page: Page) => page.getByTestId('proceeding-card').filter({ hasText: '劳动人事争议仲裁案件' });

async function openFile(page: Page, app: AppFixture, a: Arranged): Promise<void> {
  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('1 · the arbitrator records the award with its amounts in yuan; an empty award is refused', async ({ page, app, consoleErrors }) => {
  const a = await composed(app);
  await openFile(page, app, a);
  await card(page).getByRole('button', { name: '登记裁决' }).click();
  const dialog = page.getByRole('dialog', { name: /^登记裁决/ });
  await dialog.getByRole('textbox', { name: '获得裁决支持的申请人' }).fill('扎西');
  for (const label of ['裁决支付的劳动报酬', '裁决支付的工伤医疗费', '裁决支付的经济补偿', '裁决支付的赔偿金', '裁决支付的其他款项']) await dialog.getByRole('textbox', { name: label }).fill('0');
  await dialog.getByRole('combobox', { name: '是否裁决执行国家劳动标准的事项' }).selectOption({ label: '没有此项' });
  await dialog.getByRole('button', { name: '确认登记裁决' }).click();
  await expect(dialog.getByText('请至少填写一项裁决支付的金额，或选择裁决执行国家劳动标准的事项')).toBeVisible();
  await dialog.getByRole('textbox', { name: '裁决支付的劳动报酬' }).fill('30,000');
  await snap(page, 'arbitration-award-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '确认登记裁决' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page)).toContainText('已作出裁决');
  await expect(page.getByText(`${a.today} 作出裁决：扎西——劳动报酬¥30,000.00`)).toBeVisible();
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: /^作出仲裁裁决/ }).getByTestId('due-state')).toHaveText('已按期完成');
  expect(consoleErrors).toEqual([]);
});

test('2 · served on each party, the employer sues and the court’s result is recorded', async ({ page, app, consoleErrors }) => {
  const a = await awardedAndServed(app);
  await openFile(page, app, a);
  await expect(card(page).getByTestId('proceeding-notice').filter({ hasText: '裁决对扎西' })).toContainText('起诉期限至');
  await card(page).getByRole('button', { name: '登记当事人起诉' }).click();
  const sue = page.getByRole('dialog', { name: /^登记当事人起诉/ });
  await sue.getByRole('textbox', { name: '起诉的当事人' }).fill(EMPLOYER);
  await sue.getByRole('combobox', { name: '当事人身份' }).selectOption({ label: '用人单位' });
  await sue.getByRole('textbox', { name: '受理的人民法院' }).fill('日喀则市桑珠孜区人民法院');
  await sue.getByRole('textbox', { name: '法院案号' }).fill(COURT_CASE);
  await sue.getByRole('button', { name: '确认登记当事人起诉' }).click();
  await expect(sue).toHaveCount(0);
  await expect(page.getByText(`${a.today} ${EMPLOYER}（用人单位）不服裁决，向日喀则市桑珠孜区人民法院起诉，案号 ${COURT_CASE}`)).toBeVisible();
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: `不服裁决向人民法院起诉（${EMPLOYER}` }).getByTestId('due-state')).toHaveText('已按期完成');
  // The worker's own 15 days run on: the employer's suit is not his.
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: '不服裁决向人民法院起诉（扎西' }).getByTestId('due-state')).toHaveText('进行中');

  await card(page).getByRole('button', { name: '登记法院处理结果' }).click();
  const result = page.getByRole('dialog', { name: /^登记法院处理结果/ });
  await result.getByRole('combobox', { name: '法院处理的事项' }).selectOption({ label: '起诉' });
  await result.getByRole('textbox', { name: '法院案号' }).fill('（2026）藏0202民初99号');
  await result.getByRole('combobox', { name: '法院的处理结果' }).selectOption({ label: '改判' });
  await result.getByRole('button', { name: '确认登记法院处理结果' }).click();
  await expect(result.getByText('本案没有登记法院案号为 （2026）藏0202民初99号 的起诉或撤销裁决申请')).toBeVisible();
  await result.getByRole('textbox', { name: '法院案号' }).fill(COURT_CASE);
  await result.getByRole('button', { name: '确认登记法院处理结果' }).click();
  await expect(result).toHaveCount(0);
  await expect(page.getByText(`${a.today} 人民法院（案号 ${COURT_CASE}）对起诉的处理结果：改判`)).toBeVisible();
  await snap(page, 'arbitration-court-result');
  expect(consoleErrors).toEqual([]);
});

test('3 · 结案 with the method, the result and the yearbook 案由, approved by the leader', async ({ page, app, consoleErrors }) => {
  const a = await awardedAndServed(app);
  await step(a, 'recordSuit', { date: a.today, party: EMPLOYER, side: 'employer', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: COURT_CASE });
  await step(a, 'recordCourtResult', { date: a.today, route: 'suit', courtCaseNumber: COURT_CASE, result: 'amended', note: null });
  await openFile(page, app, a);
  await card(page).getByRole('button', { name: '结案（提请领导审批）' }).click();
  const dialog = page.getByRole('dialog', { name: /^提请领导审批：结案/ });
  await dialog.getByRole('combobox', { name: '结案方式' }).selectOption({ label: '撤回' });
  await dialog.getByRole('combobox', { name: '结案结果' }).selectOption({ label: '双方部分胜诉' });
  await dialog.getByRole('combobox', { name: '案由（统计年鉴分类）' }).selectOption({ label: '劳动报酬' });
  await dialog.getByRole('textbox', { name: '仲裁请求金额' }).fill('40000');
  await dialog.getByRole('textbox', { name: '裁决或调解确定的金额' }).fill('25000');
  await dialog.getByRole('button', { name: '提请领导审批' }).click();
  await expect(dialog.getByText('本案已作出裁决，结案方式应为“裁决”')).toBeVisible();
  await dialog.getByRole('combobox', { name: '结案方式' }).selectOption({ label: '裁决' });
  await snap(page, 'arbitration-close-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '提请领导审批' }).click();
  await expect(dialog).toHaveCount(0);
  const pending = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!.pendingApproval!;
  await a.leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意结案', date: a.today, expectedRowVersion: pending.rowVersion });
  await page.reload();
  await expect(card(page)).toContainText('已结案');
  await expect(page.getByText(`${a.today} 结案（裁决；双方部分胜诉；案由：劳动报酬）：请求金额¥40,000.00，确定金额¥25,000.00`)).toBeVisible();
  await snap(page, 'arbitration-closed');
  expect(consoleErrors).toEqual([]);
});
