// Service (送达) on the case file (issue #11 §3): an arbitration file's notice of acceptance shows to whom it is not yet
// served, in the documents panel and on the timeline; the arbitrator records its service by post — refused first
// without the tracking number, with the core's words at the field — with the signed receipt as proof, and the
// document then shows the service and is owed only to the applicant. The file and the document are arranged through
// the core; the 送达回证 and the service are done on screen.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { demoArbitrationCase } from '../../../db/seed/demo-arbitration';
import { dateKeyOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { takeIn } from '../../helpers/routing';
import { expect, snap, shoot, test } from '../fixtures';
import { chooseOption } from '../pages/select';

const EMPLOYER = '日喀则市雪域建筑劳务有限公司';

test('an arbitrator records the post service of a notice; the file shows whom it is still owed to', async ({ app, page, consoleErrors }) => {
  await app.initializeWithDemo();
  const leader = await app.as('李强', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Date.now() - 3_600_000,
    summary: '申请仲裁：雪域劳务公司拖欠两个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '格桑旺堆', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
    leaderStaffId: staff.find((s) => s.name === '李强')!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === '王芳')!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定仲裁员承办' });
  const arbitrator = await app.as('王芳', DEMO_PASSWORD);
  const p = (await arbitrator.call('casework.get', { caseFileId })).proceedings[0]!;
  await arbitrator.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: dateKeyOf(Date.now()) }, expectedRowVersion: p.rowVersion });
  const [notice] = await arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: demoArbitrationCase(dateKeyOf(Date.now())), applicantIndex: 0 }, caseFileId });

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), caseFileId);
  const card = page.getByTestId('document-card').filter({ hasText: notice!.title });
  await expect(card.getByTestId('document-unserved')).toHaveText(new RegExp(`未送达：${EMPLOYER}、格桑旺堆`));
  await expect(page.getByTestId('timeline-unserved')).toHaveText(`未送达：${EMPLOYER}、格桑旺堆`);

  // The 送达回证 to carry to the employer: made from the notice, it joins the file's documents to be printed.
  await card.getByRole('button', { name: '制作送达回证' }).click();
  const receipt = page.getByRole('dialog', { name: /制作送达回证/ });
  await chooseOption(page, receipt.getByRole('combobox', { name: '受送达人', exact: true }), EMPLOYER);
  await receipt.getByRole('button', { name: '制作', exact: true }).click();
  await expect(receipt.getByTestId('receipt-made')).toBeVisible();
  await receipt.getByRole('button', { name: '完成' }).click();
  await expect(page.getByLabel('送达回证', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: '登记送达' }).click();
  const dialog = page.getByRole('dialog', { name: /登记送达/ });
  await chooseOption(page, dialog.getByRole('combobox', { name: '送达方式' }), '邮寄送达');
  // The receipt came back just now: the time the dialog proposes.
  const receivedOn = dateKeyOf(Date.now());
  await expect(dialog.getByRole('textbox', { name: '邮件签收时间（时:分）' })).toHaveValue(/^\d\d:\d\d$/);
  await dialog.locator('input[type=file]').setInputFiles({ name: '邮件回执.png', mimeType: 'image/png', buffer: cardPng(480, 320) });
  await expect(dialog.getByText('邮件回执.png')).toBeVisible();
  await dialog.getByRole('button', { name: '登记送达' }).click();
  await expect(dialog.getByText('邮寄送达须填写邮件单号')).toBeVisible();
  await dialog.getByRole('textbox', { name: '邮件单号' }).fill('1187654321098');
  await snap(page, 'service-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '登记送达' }).click();
  await expect(dialog).toBeHidden();

  await expect(card.getByTestId('service-row')).toContainText(`邮寄送达 ${EMPLOYER}`);
  await expect(card.getByTestId('service-row')).toContainText('邮件单号 1187654321098');
  await expect(card.getByTestId('document-unserved')).toHaveText(/未送达：格桑旺堆/);
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'service-recorded');
  // The respondent's defence period now runs from the receipt day.
  const work = await arbitrator.call('casework.get', { caseFileId });
  expect(work.proceedings[0]!.deadlines.find((d) => d.ruleId === 'arbitration.defence')).toMatchObject({ startDate: receivedOn });
  await snap(page, 'case-file-after-service');
  expect(consoleErrors).toEqual([]);
});
