import ExcelJS from 'exceljs';
import { expect, snap, test } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';
import { IntakeListPage } from '../pages/intake-list.page';

async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['G318线拉孜段改建工程 农民工工资拖欠名册']);
  ws.addRow(['序号', '姓名', '身份证号码', '联系电话', '拖欠工资（元）', '是否代表']);
  ws.addRow([1, '平措', '540225198808080163', '13908922001', '21000', '是']);
  ws.addRow([2, '强巴', '540202198503120019', '13908922002', '18500', '']);
  ws.addRow([3, '洛桑', '540221199007010026', '13908922003', '18500', '']); // wrong check digit (…025)
  ws.addRow([4, '普布', '', '13908922004', '16000', '']); // no ID: needs a reason
  ws.addRow([5, '央宗', '540233197802150031', '13908922005', '16000', '']);
  ws.addRow(['合计', '', '', '', '90000', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a roster is imported with a preview; the bad ID marks its row while the others save, and a missing ID with a reason saves as 待核实', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await desk.call('parties.create', { kind: 'organisation', name: '西藏晨曦路桥工程有限公司', creditCode: '91540200MA6TQ9H333' });
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();

  await form.pickParty('cxlq', '西藏晨曦路桥工程有限公司'); // by pinyin initials
  await page.getByRole('button', { name: '导入名册' }).click();
  const dialog = page.getByRole('dialog', { name: '导入投诉人名册' });
  await dialog.getByTestId('roster-file').setInputFiles({ name: '花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await rosterXlsx() });
  await expect(dialog.getByText('共 5 行', { exact: true })).toBeVisible();
  await expect(dialog.getByText('2 行需更正')).toBeVisible();
  await expect(dialog.getByText('第8行是合计行，已忽略')).toBeVisible();
  await expect(dialog.getByTestId('roster-preview-row').nth(2)).toContainText('校验位错误');
  await snap(page, 'roster-preview');
  await dialog.getByRole('button', { name: '导入 5 行到表单' }).click();

  await expect(page.getByRole('heading', { name: '投诉人（5 人）' })).toBeVisible();
  await expect(form.row(2)).toHaveAttribute('data-row-error', 'true');
  await expect(form.row(2)).toContainText('校验位错误：最后一位应为 5');
  await expect(form.row(3)).toContainText('请写明原因');
  await page.getByLabel('第4行 无证件原因').fill('证件在工地被扣');
  await expect(form.row(3)).not.toHaveAttribute('data-row-error', 'true');

  await form.summary('G318线拉孜段改建工程5名工人反映晨曦路桥公司拖欠工资。');
  await page.getByRole('button', { name: '保存登记' }).click();
  const partial = page.getByRole('dialog', { name: '部分投诉人信息有误' });
  await expect(partial).toContainText('第 3 行有误');
  await partial.getByRole('button', { name: '先保存其余 4 人' }).click();

  const banner = page.getByTestId('append-banner');
  await expect(banner).toContainText('已保存（4 人）');
  await expect(form.row(0)).toContainText('校验位错误');
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('洛桑');
  await snap(page, 'bad-row-kept');

  const [saved] = (await desk.call('intakes.list', {})).items;
  const detail = await desk.call('intakes.get', { id: saved.id });
  expect(detail.complainants.map((c) => c.name)).toEqual(['平措', '强巴', '普布', '央宗']);
  expect(detail.complainants.find((c) => c.name === '普布')).toMatchObject({ idType: 'none', idStatus: 'pending', idMissingReason: '证件在工地被扣' });
  expect(detail.complainants.find((c) => c.name === '平措')?.isRepresentative).toBe(true);

  await page.getByLabel('第1行 证件号码').fill('540221199007010025');
  await page.getByRole('button', { name: `补充到登记 ${saved.regNoText}` }).click();
  await expect(page.getByTestId('saved-banner')).toContainText(`登记号 ${saved.regNoText}`);
  await expect(page.getByTestId('saved-banner')).toContainText('5 名投诉人');
  const after = await desk.call('intakes.get', { id: saved.id });
  expect(after.complainants.map((c) => c.name)).toEqual(['平措', '强巴', '普布', '央宗', '洛桑']);

  const list = new IntakeListPage(page);
  await list.goto();
  for (const query of ['洛桑', 'ls', '晨曦', '普布']) {
    await list.search(query);
    await list.expectRegNos([saved.regNoText]);
  }
  await snap(page, 'roster-intake-found');
  // The case file opened with the four now names five: its title follows (issue #11 §6.4).
  await page.getByRole('link', { name: '案卷' }).click();
  await expect(page.getByTestId('case-row')).toHaveCount(1);
  await expect(page.getByTestId('case-row')).toContainText('平措等5人投诉');
  expect(consoleErrors).toEqual([]);
});
