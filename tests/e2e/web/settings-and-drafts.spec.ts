import { ADMIN } from '../../helpers/accounts';
import { expect, snap, test } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { DeskFormPage } from '../pages/desk-form.page';

test('settings (the administrator’s): the staff list, parameters with their sources, and a county that has no arbitration committee of its own', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page, ADMIN.name, ADMIN.password);
  // The administrator starts in 设置, on the staff and their accounts.
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '工作人员' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('staff-row').filter({ hasText: '李强' })).toBeVisible();

  await page.getByRole('tab', { name: '参数' }).click();
  await expect(page.getByText('集体争议最少人数')).toBeVisible();
  await expect(page.getByText('无操作自动锁屏时间')).toBeVisible();
  await snap(page, 'settings-parameters');

  await page.getByRole('tab', { name: '单位与科室' }).click();
  await page.getByRole('button', { name: '劳动人事争议仲裁委员会办公室' }).nth(1).click();
  const dialog = page.getByRole('dialog', { name: '修改科室' });
  await dialog.getByRole('switch').uncheck();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('劳动人事争议仲裁委员会办公室（已撤销）')).toBeVisible();
  await snap(page, 'settings-units');
  const units = await app.client.call('units.list', {});
  expect(units.flatMap((u) => u.departments).filter((d) => !d.active)).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('what the clerk was typing survives a crash: the draft comes back after a reload', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.typeWorkers([{ name: '扎西', id: '540202198503120019', phone: '13908921234', amount: '5000', address: '南木林县艾玛乡', occupation: '钢筋工', workplace: '雪域建筑公司' }]);
  await form.summary('工资未付，草稿测试');
  await page.getByLabel('告知内容').fill('已告知转监察大队处理');
  await fillDate(page, '违法行为终止日期', '2026-10-31');
  await page.getByLabel('是否已申请调解、仲裁或者起诉').selectOption({ label: '已申请调解' });
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');
  await expect.poll(async () => JSON.stringify((await (await app.as('次仁卓玛')).call('drafts.get', { formKey: 'intake.new' })).data)).toContain('mediation');

  // A crash or a closed window: the page goes away without saving; the person signs in again.
  await app.signIn(page);
  await form.goto();
  await expect(page.getByText(/已恢复 .* 未保存的填写内容/)).toBeVisible();
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('扎西');
  await expect(page.getByLabel('诉求摘要')).toHaveValue('工资未付，草稿测试');
  await expect(page.getByLabel('告知内容')).toHaveValue('已告知转监察大队处理');
  // Everything typed comes back, what a complaint states included.
  await expect(page.getByLabel('第1行 住所')).toHaveValue('南木林县艾玛乡');
  await expect(page.getByLabel('第1行 职业')).toHaveValue('钢筋工');
  await expect(page.getByLabel('第1行 工作单位')).toHaveValue('雪域建筑公司');
  await expect(page.getByRole('group', { name: '违法行为终止日期' }).first()).toContainText(/2026.*10.*31/);
  await expect(page.getByLabel('是否已申请调解、仲裁或者起诉')).toHaveValue('mediation');
  await snap(page, 'draft-restored');

  await page.getByRole('button', { name: '丢弃草稿' }).click();
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('');
  await expect(page.getByLabel('诉求摘要')).toHaveValue('');
  await expect(page.getByLabel('告知内容')).toHaveValue('');
  const desk = await app.as('次仁卓玛');
  expect((await desk.call('drafts.get', { formKey: 'intake.new' })).data).toBeNull();
});
