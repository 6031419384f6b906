// The 仲裁调解书 on screen (调解仲裁法 Art. 42): an accepted case with its stored application, a sole arbitrator and the
// 制作调解书 step taken is arranged through the core; the arbitrator issues the paper from the proceeding's papers
// (preview, then 确认制作) and tries to record its service by 留置 — refused at the method with the statute's reason,
// since a 调解书 binds only once each party signs for it.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { takeIn } from '../../helpers/routing';
import { expect, shoot, test } from '../fixtures';
import { chooseOption } from '../pages/select';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

test('the arbitrator issues the 调解书 and its 留置 service is refused with the reason', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区山东大道88号' });
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
  const proceedingId = file.proceedings.find((p) => p.kind === 'arbitration')!.id;
  const step = async (action: string, input: Record<string, unknown>) => {
    const p = (await arbitrator.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await arbitrator.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  const blank = await arbitrator.call('arbitration.application', { proceedingId });
  const worker = blank.applicants[0]!;
  await arbitrator.call('arbitration.saveApplication', {
    proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人于2025年3月入职被申请人处从事钢筋工，被申请人拖欠其2026年8月至10月工资。',
    evidence: '考勤表、工资条',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [{ id: worker.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: '13908921200' }],
    claims: [{ applicantId: worker.id, category: 'wages', request: '支付2026年8月至10月工资', amountFen: 3_000_000, basis: '考勤表' }],
  });
  await step('accept', { date: today });
  await step('simplify', { date: today, ground: 'consent', amountFen: 3_000_000, bar: 'none', note: '双方当事人同意简易处理' });
  await step('compose', { date: today, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  await step('mediate', { date: today, claimant: '扎西', wagesFen: 2_800_000, overtimeFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, payBy: today, payMethod: '当场现金支付', findings: null, otherTerms: [] });

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate((cf) => (location.hash = `#/cases/${cf}`), caseFileId);
  await page.getByTestId('proceeding-papers').getByRole('button', { name: '制作仲裁调解书' }).click();
  const issue = page.getByRole('dialog', { name: /仲裁调解书/ });
  await expect(issue.getByText('本调解书经双方当事人签收后，即发生法律效力', { exact: false }).first()).toBeVisible();
  await issue.getByRole('button', { name: '确认制作' }).click();
  await expect(issue.getByTestId('issued-notice')).toBeVisible();
  await issue.getByRole('button', { name: '完成' }).click();

  const card = page.getByTestId('document-card').filter({ hasText: '仲裁调解书' });
  await expect(card.getByTestId('document-unserved')).toHaveText(new RegExp(`未送达：${EMPLOYER}、扎西`));
  await card.getByRole('button', { name: '登记送达' }).click();
  const dialog = page.getByRole('dialog', { name: /登记送达/ });
  await chooseOption(page, dialog.getByRole('combobox', { name: '受送达人', exact: true }), EMPLOYER);
  await chooseOption(page, dialog.getByRole('combobox', { name: '送达方式' }), '留置送达');
  await dialog.getByRole('textbox', { name: '见证人' }).fill('次仁（居委会）');
  await dialog.locator('input[type=file]').setInputFiles({ name: '留置照片.png', mimeType: 'image/png', buffer: cardPng(480, 320) });
  await dialog.getByRole('button', { name: '登记送达' }).click();
  await expect(dialog.getByText(/调解书经双方当事人签收后才发生法律效力，须由当事人本人（或其代理人）签收，不适用留置送达/)).toBeVisible();
  await shoot(page, 'mediation-paper-left-refused');
  // Nothing was recorded: the paper is still owed to both parties.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(card.getByTestId('document-unserved')).toHaveText(new RegExp(`未送达：${EMPLOYER}、扎西`));
  expect(consoleErrors).toEqual([]);
});
