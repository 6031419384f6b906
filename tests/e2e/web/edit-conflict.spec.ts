// Two inspectors edit one 询问笔录 draft at once (issue #16 Deliver 5): 达瓦次仁 saves first — a new place and the
// first answer made precise — while 张伟 has the draft open and types the second answer and the interviewee's post.
// 张伟's save is refused as stale and the conflict screen shows, field by field, what the form started from, what the
// other person saved and what he typed (the answers as changed lines). 取消 keeps everything typed; then he saves as
// proposed: the other's place, his post, both answers (each changed a different one). Nothing was silently
// overwritten, nothing typed was lost.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { expect, snap, test } from '../fixtures';
import { filedInspection, TEAM_LEADER } from '../investigation-setup';

test('the second editor of a 询问笔录 sees the conflict screen, keeps their edit and the other’s', async ({ app, page, consoleErrors }) => {
  const f = await filedInspection(app);
  const fields = {
    startedAt: Date.now() - 80 * 60_000,
    endedAt: null,
    place: '劳动保障监察支队203室',
    inspectorIds: [f.id('张伟'), f.id('达瓦次仁')],
    recorderId: f.id('达瓦次仁'),
    interviewee: { partyId: null, name: TEAM_LEADER, sex: 'M' as const, idNumber: null, workplace: '雪域劳务公司木工班组', post: '班组长', phone: null, address: null },
    language: 'zh' as const,
    languageOther: null,
    interpreterName: null,
    interpreterDutyTold: false,
    qa: [{ q: '你在哪个工地干活？', a: '雪域花园工地。' }, { q: '欠了多少工资？', a: '大约30万元。' }],
  };
  const draft = await f.zhang.call('investigation.createRecord', { proceedingId: f.proceedingId, ...fields });

  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await page.getByTestId('inquiry-record').getByRole('button', { name: '修改' }).click();
  const form = page.getByRole('dialog', { name: '修改询问笔录（草稿）' });
  await form.getByRole('textbox', { name: '第2答' }).fill('一共15人，欠了大约38万元。');
  await form.getByRole('textbox', { name: '职务（工种）' }).fill('木工班组长');

  // Meanwhile the other inspector saves the same draft: another room, the first answer made precise.
  const other = await app.as('达瓦次仁', DEMO_PASSWORD);
  await other.call('investigation.saveRecord', { id: draft.id, rowVersion: draft.rowVersion, ...fields, place: '劳动保障监察支队205室', qa: [{ q: '你在哪个工地干活？', a: '雪域花园三期工地。' }, fields.qa[1]!] });

  await form.getByRole('button', { name: '保存草稿' }).click();
  const conflict = page.getByRole('dialog', { name: '他人已修改此记录' });
  await expect(conflict).toBeVisible();
  // The screen names who saved meanwhile, and when (the record keeps its last saver: migration 0057).
  await expect(conflict.getByRole('alert')).toContainText(/在您编辑期间，达瓦次仁（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）已保存了这条记录/);
  const place = conflict.getByTestId('conflict-place');
  await expect(place).toContainText('对方改了');
  await expect(place).toContainText('劳动保障监察支队203室');
  await expect(place).toContainText('劳动保障监察支队205室');
  await expect(place.getByRole('radio', { name: '采用对方的' })).toBeChecked();
  const qa = conflict.getByTestId('conflict-qa');
  await expect(qa).toContainText('双方改了不同的条目');
  await expect(qa.getByLabel('对方的修改').locator('[data-diff="added"]')).toHaveText(['+ 第1答：雪域花园三期工地。']);
  await expect(qa.getByLabel('我的修改').locator('[data-diff="added"]')).toHaveText(['+ 第2答：一共15人，欠了大约38万元。']);
  await expect(qa.getByRole('radio', { name: '合并双方的修改' })).toBeChecked();
  await expect(conflict.getByTestId('conflict-who')).toContainText('我改了');
  await snap(page, 'edit-conflict', { fullPage: false });

  // 取消 goes back to the form with everything typed; saving again brings the screen back.
  await conflict.getByRole('button', { name: '取消' }).click();
  await expect(form.getByRole('textbox', { name: '第2答' })).toHaveValue('一共15人，欠了大约38万元。');
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: '按所选保存' }).click();
  await expect(form).toBeHidden();

  const saved = (await other.call('investigation.list', { caseFileId: f.caseFileId })).records.find((r) => r.id === draft.id)!;
  expect(saved.place).toBe('劳动保障监察支队205室');
  expect(saved.interviewee.post).toBe('木工班组长');
  expect(saved.qa.map((p) => p.a)).toEqual(['雪域花园三期工地。', '一共15人，欠了大约38万元。']);
  expect(saved.rowVersion).toBeGreaterThan(draft.rowVersion + 1);
  expect(consoleErrors).toEqual([]);
});
