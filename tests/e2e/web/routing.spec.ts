// 归口办理 on screen, on the demo data: the desk routes a group complaint to the inspection department; an inspector
// finds it in the department's inbox (收件箱) with its 受理 clock and takes it (签收); another is returned to the desk
// with a reason, and the desk routes it again to arbitration from the intake's page.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { expect, snap, shoot, test, type AppFixture } from '../fixtures';

/** A complaint the desk registers this morning, routed to inspection (the unit's default department). */
async function routed(app: AppFixture, summary: string, name: string) {
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: `${name}建筑劳务有限公司` });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary,
    workersCount: 12,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name, idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    urgent: true,
  });
  return desk.call('intakes.get', { id: created.id });
}

test('an inspector finds the routed file in the department’s inbox with its 受理 clock and takes it', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const intake = await routed(app, '十二名工人反映拖欠三个月工资', '边巴次仁');
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '收件箱' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '收件箱 · 劳动保障监察支队' })).toBeVisible();
  const row = page.getByTestId('inbox-row').filter({ hasText: intake.regNoText });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('due-state')).toBeVisible();
  await expect(row.getByText('紧急')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'inbox-1366', { fullPage: false });
  await row.getByRole('button', { name: `签收 ${intake.regNoText}` }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: '已签收', exact: true }).click();
  await expect(page.getByTestId('inbox-row').filter({ hasText: intake.regNoText })).toContainText('张伟');
  // The file's steps are open now: 受理 is no longer waiting for 签收.
  await page.getByTestId('inbox-row').filter({ hasText: intake.regNoText }).getByRole('link').click();
  await expect(page.getByText('劳动保障监察支队签收（签收人：张伟）')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a file returned with a reason goes back to the desk, which routes it again to arbitration', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const intake = await routed(app, '申请人要求支付解除劳动合同经济补偿', '普布');
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.evaluate(() => (location.hash = '#/inbox'));
  const row = page.getByTestId('inbox-row').filter({ hasText: intake.regNoText });
  await row.getByRole('button', { name: `退回 ${intake.regNoText}` }).click();
  const dialog = page.getByRole('dialog', { name: `退回接待窗口：${intake.regNoText}` });
  await dialog.getByRole('textbox', { name: '退回理由' }).fill('系解除劳动合同经济补偿争议，应申请仲裁');
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(row).toHaveCount(0);

  // The desk finds it at the top of its ledger, filters to the returned ones and opens it.
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '登记台账' }).click();
  await page.getByRole('button', { name: '查看退回的登记' }).click();
  await page.getByRole('table', { name: '接待登记列表' }).getByText(intake.regNoText).click();
  await expect(page.getByText('劳动保障监察支队已退回：系解除劳动合同经济补偿争议，应申请仲裁')).toBeVisible();
  await page.getByRole('button', { name: '重新分办' }).click();
  const reroute = page.getByRole('dialog', { name: `重新分办：${intake.regNoText}` });
  await reroute.getByRole('combobox', { name: '处理去向' }).selectOption({ label: '转劳动人事争议仲裁' });
  await snap(page, 'reroute-dialog', { fullPage: false });
  await reroute.getByRole('button', { name: '重新分办' }).click();
  await expect(reroute).toHaveCount(0);
  await expect(page.getByRole('table', { name: '分办记录' })).toContainText('劳动人事争议仲裁院');
  await expect(page.getByRole('table', { name: '分办记录' }).getByText('待签收')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the desk form offers the unit’s department for the route by default, and the others that may take it', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '接待登记' })).toBeVisible();
  const department = page.getByRole('combobox', { name: '承办部门' });
  await expect(department.locator('option:checked')).toHaveText('劳动保障监察支队（默认）');
  await page.getByRole('radiogroup', { name: '处理去向' }).getByRole('radio', { name: '转调解' }).check();
  await expect(department.locator('option')).toHaveText(['劳动保障监察支队（默认）', '劳动关系科', '劳动人事争议仲裁院']);
  await department.selectOption({ label: '劳动关系科' });
  // Switching to arbitration: the 劳动关系科 cannot take it, so the choice falls back to the default.
  await page.getByRole('radiogroup', { name: '处理去向' }).getByRole('radio', { name: '转劳动人事争议仲裁' }).check();
  await expect(department.locator('option:checked')).toHaveText('劳动人事争议仲裁院（默认）');
  await page.getByRole('radiogroup', { name: '处理去向' }).getByRole('radio', { name: '移送其他单位' }).check();
  await expect(page.getByRole('combobox', { name: '移送单位' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('combobox', { name: '移送单位' }).scrollIntoViewIfNeeded();
  await shoot(page, 'desk-routing-transfer-1366');
  expect(consoleErrors).toEqual([]);
});

test('an intake registered without a route (暂不分办) is routed later from its page, opening its file', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '次仁建筑劳务有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '工人反映工资未付，需核实用工单位后再分办',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '多吉', idType: 'none', idMissingReason: '未带证件' }],
    route: null,
  });
  const intake = await desk.call('intakes.get', { id: created.id });
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/intakes/${id}`), intake.id);
  await expect(page.getByText('本登记暂未分办：请分办到承办部门、告知其前往的机关，或登记答复。')).toBeVisible();
  await page.getByRole('button', { name: '分办', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `分办：${intake.regNoText}` });
  await expect(dialog.getByRole('combobox', { name: '处理去向' })).toHaveValue('inspection');
  await dialog.getByRole('button', { name: '分办', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('table', { name: '分办记录' })).toContainText('劳动保障监察支队');
  await expect(page.getByRole('table', { name: '分办记录' }).getByText('待签收')).toBeVisible();
  expect((await desk.call('intakes.get', { id: intake.id })).caseFileId).not.toBeNull();
  expect(consoleErrors).toEqual([]);
});
