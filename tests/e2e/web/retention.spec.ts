// 设置 → 保管期限: the administrator sees the periods with their sources and the closed files past them (numbers and
// dates, no names), picks one, gives a reason and confirms; the file's people are then anonymous.
import { ADMIN } from '../../helpers/accounts';
import { instantOf } from '../../../shared/domain/time';
import { expect, test } from '../fixtures';

test('the administrator anonymises an award file kept past its ten years, with a reason', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const made = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2016-03-01', '09:30'),
    summary: '扎西反映工资未付',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'residentId', idNumber: '540202198503120019', phones: ['13908921200'] }],
    route: 'arbitration',
  });
  // Closed by award in 2016, as the closing step will record it.
  const db = app.core.services!.db;
  db.prepare("UPDATE case_files SET status = 'closed', closed_at = ? WHERE id = ?").run(instantOf('2016-06-30', '16:00'), made.caseFileId);
  db.prepare("UPDATE proceedings SET status = 'closed', number = '日人仲字〔2016〕第12号' WHERE case_file_id = ?").run(made.caseFileId);
  db.prepare("INSERT INTO documents (id, unit_id, kind, title, status, case_file_id, source, created_by, row_version, created_at) VALUES ('award-1', 'unit-540200', 'award', '仲裁裁决书', 'issued', ?, '{}', ?, 1, 0)").run(made.caseFileId, desk.session.staffId);

  await app.signIn(page, ADMIN.name, ADMIN.password);
  await page.getByRole('tab', { name: '保管期限' }).click();
  await expect(page.getByTestId('retention-period').filter({ hasText: '以裁决结案的仲裁案卷' })).toContainText('10年');
  await expect(page.getByTestId('retention-summary')).toContainText('待匿名化 1 件，最早结案于 2016-06-30');
  const row = page.getByTestId('retention-due');
  await expect(row).toContainText('日人仲字〔2016〕第12号');
  await expect(row).toContainText('2026-06-30');
  await expect(page.getByText('扎西')).toHaveCount(0);

  await expect(page.getByRole('button', { name: '匿名化所选（0）' })).toBeDisabled();
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: '匿名化所选（1）' }).click();
  const dialog = page.getByRole('dialog', { name: /匿名化 1 件/ });
  await dialog.getByRole('button', { name: '确认匿名化' }).click();
  await expect(dialog.getByText('请填写匿名化理由')).toBeVisible();
  await dialog.getByRole('textbox', { name: '匿名化理由' }).fill('保管期限届满，经局务会研究同意');
  await dialog.getByRole('button', { name: '确认匿名化' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('retention-done')).toContainText('已匿名化 1 件');
  await expect(page.getByTestId('retention-summary')).toContainText('没有保管期限届满待匿名化的案卷（已匿名化 1 件）');
  expect(db.prepare('SELECT name, id_number FROM persons WHERE id = ?').get(made.complainants[0].personId)).toEqual({ name: '已匿名化', id_number: null });
  expect(consoleErrors).toEqual([]);
});
