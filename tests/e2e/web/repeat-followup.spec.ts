// Repeat detection and the first-asked answer (issue #11 §6), on screen: the desk types a worker who complained last
// week, sees that open file before saving with why it matched, attaches the new complaint to it, and logs a call-back
// on the file; the leader's desk lists the demo's complainants waiting for an answer.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { ZHAXI_ID, ZHAXI_PHONE, zhaxiComplaint } from '../../fixtures/zhaxi-complaint';
import { STAFF_PASSWORD } from '../../helpers/accounts';
import { expect, snap, shoot, test } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';
import { chooseOption } from '../pages/select';

test('the desk sees the open file a worker already complained in, attaches the new complaint to it and logs a call-back', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛', STAFF_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const first = await desk.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000) }));
  const caseFileId = (await desk.call('intakes.get', { id: first.id })).caseFileId!;
  const title = (await desk.call('cases.get', { id: caseFileId })).title;

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, '次仁卓玛', STAFF_PASSWORD);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.typeWorkers([{ name: '扎西', id: ZHAXI_ID, phone: ZHAXI_PHONE }, { name: '次仁', missingReason: '未带证件' }]);
  const section = page.getByTestId('repeat-section');
  await expect(section.getByTestId('repeat-summary')).toContainText('发现 1 件可能重复的事项');
  await expect(section.getByTestId('repeat-reason')).toHaveText(['投诉人身份证号相同：540202********0019（扎西）', '投诉人电话相同：139****1200（扎西）']);
  await section.scrollIntoViewIfNeeded();
  await shoot(page, 'repeat-at-intake-1366');
  await section.getByRole('button', { name: '并入该案卷' }).click();
  await expect(section.getByTestId('repeat-choice')).toContainText(`本次登记并入案卷“${title}”`);
  await form.summary('扎西又带工友次仁来反映同一工地欠薪');
  await page.getByLabel('告知内容').fill('已告知并入原案卷，由监察大队一并调查，5个工作日内电话告知进展');
  await page.getByRole('button', { name: '保存登记' }).click();
  const regNo = await form.savedRegNo();
  await expect(page.getByTestId('saved-banner')).toContainText('已并入原案卷');

  await page.evaluate((id) => (location.hash = `#/cases/${id}`), caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`接待登记 ${regNo} 为重复投诉，并入本案卷，新增投诉人 1 名`)).toBeVisible();
  const entries = page.getByTestId('followup-entry');
  await expect(entries).toHaveCount(2);
  const second = entries.filter({ hasText: regNo });
  await expect(second).toContainText('已告知并入原案卷');
  await expect(second.getByTestId('feedback-state')).toHaveText('待答复');
  await second.getByRole('button', { name: '登记回访' }).click();
  const dialog = page.getByRole('dialog', { name: `登记回访（接待登记 ${regNo}）` });
  await dialog.getByRole('textbox', { name: '答复内容' }).fill('告知监察大队已到工地调查，下周再告知结果');
  await dialog.getByRole('button', { name: '登记回访' }).click();
  await expect(dialog.getByText('联系上投诉人的，请记录其是否满意')).toBeVisible();
  await chooseOption(page, dialog.getByRole('combobox', { name: '投诉人是否满意' }), '满意', { exact: true });
  await dialog.getByRole('button', { name: '登记回访' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(second.getByTestId('feedback-state')).toHaveText('已答复');
  await expect(second.getByTestId('callback')).toContainText('已联系上，满意');
  await second.scrollIntoViewIfNeeded();
  await shoot(page, 'case-followup-1366');
  await snap(page, 'case-followup');
  expect(consoleErrors).toEqual([]);
});

test('the leader’s desk lists the complainants waiting for an answer, each opening its file', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, '李强', DEMO_PASSWORD);
  const waiting = page.getByTestId('desk-waiting-complainants');
  await expect(waiting.getByRole('heading', { name: /未答复的投诉人/ })).toBeVisible();
  const item = waiting.getByTestId('waiting-complainant').first();
  await expect(item).toContainText('答复期限');
  await expect(item.getByTestId('feedback-state')).toHaveText('即将到期');
  await waiting.scrollIntoViewIfNeeded();
  await shoot(page, 'leader-desk-waiting-1366');
  await item.click();
  await expect(page.getByTestId('case-followup')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
