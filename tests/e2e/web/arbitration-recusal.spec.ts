// 回避 on screen (issue #13; 调解仲裁法 Arts. 33–34, 办案规则 Art. 11), on the demo data: a case accepted and composed
// (the sole arbitrator 王芳, the clerk 央金) with the employer's application for the clerk's recusal; the decision taken
// in the step dialog — the decider's office chosen from the list, the committee for an ordinary clerk refused in the
// core's words — then the 回避决定书 offered among the case's papers beside the 应诉通知书 and 仲裁庭组成通知书 (its
// content is read back from the PDF in tests/integration/recusal.test.ts). Granted with the replacement clerk chosen in
// the same dialog (the challenged clerk refused there), the tribunal stands composed again with him at once.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { ADMIN, establishStaff } from '../../helpers/accounts';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';

/**
 * On the demo data: a worker's application accepted today and composed (王芳 sitting alone, 央金 the clerk) with the
 * employer's application for the clerk's recusal; with `secondClerk`, 德吉 — a second clerk — on the team as well.
 */
async function clerkChallenged(app: AppFixture, o: { secondClerk?: boolean } = {}) {
  await app.initializeWithDemo();
  const today = dateKeyOf(Date.now());
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域路桥工程有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(addDays(today, -1), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '平措', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  if (o.secondClerk) {
    const admin = await app.as(ADMIN.name, ADMIN.password);
    await establishStaff(app.core, admin, { name: '德吉', departmentId: staff.find((s) => s.name === '王芳')!.departmentId, roles: ['clerk'] });
  }
  const team = await leader.call('staff.list', {});
  const id = (name: string) => team.find((s) => s.name === name)!.id;
  for (const name of ['王芳', '央金', ...(o.secondClerk ? ['德吉'] : [])]) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const wang = await app.as('王芳', DEMO_PASSWORD);
  const file = await wang.call('cases.get', { id: caseFileId });
  const proceedingId = file.proceedings.find((p) => p.kind === 'arbitration')!.id;
  const step = async (action: string, input: Record<string, unknown>) => {
    const p = (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await wang.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  await step('accept', { date: today });
  await step('simplify', { date: today, ground: 'consent', amountFen: 1_560_000, bar: 'none', note: '双方当事人同意简易处理' });
  await step('compose', { date: today, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  await step('applyRecusal', { date: today, applicant: '日喀则市雪域路桥工程有限公司', person: '央金', seat: 'clerk', reason: '书记员央金曾为申请人代写仲裁申请书' });

  return { caseFileId, title: file.title, today };
}

test('the recusal is decided by the chair named in the dialog, and its 回避决定书 is offered beside the other papers', async ({ page, app, consoleErrors }) => {
  const { caseFileId, title, today } = await clerkChallenged(app);
  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((caseId) => (location.hash = `#/cases/${caseId}`), caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const card = page.getByTestId('proceeding-card').filter({ hasText: '劳动人事争议仲裁案件' });
  await card.getByRole('button', { name: '驳回回避申请' }).click();
  const dialog = page.getByRole('dialog', { name: /^驳回回避申请/ });
  await dialog.getByRole('combobox', { name: '决定人的职务' }).selectOption({ label: '仲裁委员会' });
  await dialog.getByRole('textbox', { name: '决定人姓名' }).fill('次仁多吉');
  await dialog.getByRole('textbox', { name: '驳回的理由' }).fill('仲裁申请书系申请人本人书写，不属于应当回避的情形');
  await dialog.getByRole('button', { name: '确认驳回回避申请' }).click();
  await expect(dialog.getByText('书记员是否回避，由仲裁委员会主任或者其指定的仲裁院负责人决定（《劳动人事争议仲裁办案规则》第十一条）')).toBeVisible();
  await dialog.getByRole('combobox', { name: '决定人的职务' }).selectOption({ label: '仲裁委员会主任' });
  await dialog.getByRole('button', { name: '确认驳回回避申请' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`${today} 仲裁委员会主任次仁多吉决定驳回回避申请：仲裁申请书系申请人本人书写，不属于应当回避的情形`)).toBeVisible();

  const papers = card.getByTestId('proceeding-papers');
  await expect(papers.getByRole('button')).toHaveText(['制作应诉通知书', '制作仲裁庭组成通知书', '制作回避决定书']);
  await snap(page, 'arbitration-recusal-decided', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});

test('granted with the replacement clerk chosen in the dialog, the tribunal stands composed again at once with him', async ({ page, app, consoleErrors }) => {
  const { caseFileId, title, today } = await clerkChallenged(app, { secondClerk: true });
  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((caseId) => (location.hash = `#/cases/${caseId}`), caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const card = page.getByTestId('proceeding-card').filter({ hasText: '劳动人事争议仲裁案件' });
  await card.getByRole('button', { name: '决定回避' }).click();
  const dialog = page.getByRole('dialog', { name: /^决定回避/ });
  await dialog.getByRole('combobox', { name: '决定人的职务' }).selectOption({ label: '仲裁委员会主任' });
  await dialog.getByRole('textbox', { name: '决定人姓名' }).fill('次仁多吉');
  await dialog.getByRole('textbox', { name: '回避的理由' }).fill('书记员央金曾为申请人代写仲裁申请书，属实');
  // The challenged clerk named again is refused at the field, in the core's words; the other clerk takes the seat.
  const replacement = dialog.getByRole('combobox', { name: '另行指定的人员' });
  await expect(replacement).toHaveValue('');
  await replacement.selectOption({ label: '央金' });
  await dialog.getByRole('button', { name: '确认决定回避' }).click();
  await expect(dialog.getByText('央金正是被申请回避的人员，不能接替自己，请另行指定（《劳动争议调解仲裁法》第三十四条）')).toBeVisible();
  await replacement.selectOption({ label: '德吉' });
  await snap(page, 'arbitration-recusal-replacement', { fullPage: false });
  await dialog.getByRole('button', { name: '确认决定回避' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`${today} 仲裁委员会主任次仁多吉决定回避：书记员央金曾为申请人代写仲裁申请书，属实；另行指定德吉接替，仲裁庭重新组成`)).toBeVisible();
  await expect(card.getByText('仲裁庭已组成', { exact: true })).toBeVisible();
  await expect(page.getByTestId('case-hearings')).toContainText('书记员德吉');
  expect(consoleErrors).toEqual([]);
});
