// The case page's workers and evidence (issue #11 §9): the 包案领导 opens a fresh group complaint's file, reads each
// worker's claim, paid (none on record) and outstanding with the total, corrects one amount with a reason; then adds
// a photo to the evidence list — refused until the form is complete, nothing typed lost —, looks at it, and
// withdraws it with a reason, the item staying listed with the reason.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { expect, shoot, test, type AppFixture } from '../fixtures';
import { chooseOption } from '../pages/select';

const LEADER = '李强';

async function arrange(app: AppFixture): Promise<{ caseFileId: string; title: string }> {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '五名工人反映高原红劳务公司拖欠三个月工资',
    workersCount: 5,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [
      { name: '边巴次仁', idType: 'none', idMissingReason: '未带证件', isRepresentative: true, amountClaimedFen: 1_280_000 },
      { name: '次仁多吉', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 960_050 },
      { name: '格桑', idType: 'none', idMissingReason: '未带证件' },
    ],
    route: 'inspection',
    leaderStaffId: (await leader.call('staff.list', {})).find((s) => s.name === LEADER)!.id,
  });
  const file = await leader.call('cases.get', { id: (await desk.call('intakes.get', { id: created.id })).caseFileId! });
  return { caseFileId: file.id, title: file.title };
}

/** The page at 1366×768 with the section in view (snap() scrolls to the top). */
async function shot(page: Page, section: string, name: string): Promise<void> {
  await page.getByRole('heading', { name: new RegExp(`^${section}`) }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await shoot(page, name);
}

async function openFile(page: Page, a: { caseFileId: string; title: string }): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('the leader reads what each worker is owed with the total, and corrects one amount with a reason', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  const table = page.getByTestId('workers-owed');
  await expect(table.getByTestId('worker-row')).toHaveCount(3);
  await expect(table.getByTestId('worker-row').nth(1)).toContainText('¥9,600.50');
  await expect(table.getByTestId('worker-row').nth(2)).toContainText('未申报');
  await expect(table.getByTestId('workers-total')).toContainText('合计 3 人（1 人未申报金额，不计入）');
  await expect(table.getByTestId('workers-total')).toContainText('¥22,400.50');
  await expect(table.getByTestId('workers-note')).toContainText('尚无支付记录');
  await expect(table.getByTestId('workers-note')).toContainText('另有 2 人未列出姓名');

  await table.getByTestId('worker-row').nth(2).getByRole('button', { name: '更正金额' }).click();
  const dialog = page.getByRole('dialog', { name: '更正格桑的欠薪金额' });
  await dialog.getByLabel('欠薪金额（元）').fill('4500');
  await dialog.getByRole('button', { name: '更正' }).click();
  await expect(dialog.getByText('请填写更正理由')).toBeVisible();
  await expect(dialog.getByLabel('欠薪金额（元）')).toHaveValue('4500');
  await dialog.getByLabel('更正理由').fill('格桑补充提交工资条，欠四个半月');
  await dialog.getByRole('button', { name: '更正' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByTestId('worker-row').nth(2)).toContainText('¥4,500.00（已更正）');
  await expect(table.getByTestId('workers-total')).toContainText('¥26,900.50');
  await expect(table.getByTestId('workers-total')).toContainText('合计 3 人');
  await shot(page, '劳动者欠薪情况', 'case-workers-owed');
  expect(consoleErrors).toEqual([]);
});

test('the leader adds a photo to the evidence list, looks at it, and withdraws it with a reason', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: /^证据材料/ }) });
  await panel.getByRole('button', { name: '添加证据' }).click();
  const dialog = page.getByRole('dialog', { name: '添加证据' });
  await dialog.getByLabel('证明目的').fill('证明工地位置和施工单位');
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByText('请选择要上传的文件')).toBeVisible();
  await expect(dialog.getByText('请选择证据种类')).toBeVisible();
  await expect(dialog.getByLabel('证明目的')).toHaveValue('证明工地位置和施工单位');

  await dialog.getByTestId('evidence-file-input').setInputFiles({ name: '工地大门.png', mimeType: 'image/png', buffer: cardPng(800, 600) });
  await expect(dialog.getByLabel('证据名称')).toHaveValue('工地大门');
  await chooseOption(page, dialog.getByRole('combobox', { name: '证据种类' }), '物证');
  await chooseOption(page, dialog.getByRole('combobox', { name: '提交人' }), '边巴次仁（投诉人）');
  await dialog.getByLabel('来源').fill('投诉人来访时提交');
  await dialog.getByLabel('页数').fill('1');
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog).toBeHidden();

  const row = panel.getByTestId('evidence-row');
  await expect(row).toHaveCount(1);
  await expect(panel.getByTestId('evidence-group')).toContainText('边巴次仁（投诉人）提交');
  await expect(row).toContainText('工地大门');
  await expect(row).toContainText('物证');
  await expect(row).toContainText('复印件（已与原件核对）');
  await shot(page, '证据材料', 'case-evidence');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出证据目录' }).click();
  expect((await download).suggestedFilename()).toMatch(/^证据目录-.+\.xlsx$/);

  await row.getByRole('button', { name: '查看' }).click();
  const viewer = page.getByRole('dialog', { name: '第 1 号证据：工地大门' });
  await expect(viewer.getByTestId('evidence-image')).toBeVisible();
  await viewer.getByRole('button', { name: '关闭' }).click();

  await row.getByRole('button', { name: '撤回' }).click();
  const withdraw = page.getByRole('dialog', { name: '撤回第 1 号证据' });
  await withdraw.getByLabel('撤回理由').fill('误传了其他案件的材料');
  await withdraw.getByRole('button', { name: '撤回' }).click();
  await expect(withdraw).toBeHidden();
  await expect(row.getByTestId('evidence-withdrawn')).toContainText('已撤回：误传了其他案件的材料');
  await expect(row.getByRole('button', { name: '撤回' })).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: '证据材料（在卷 0 件）' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an inspector opens the attendance sheet on a demo file: the PDF opens in a new tab', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const inspector = await app.as('张伟', DEMO_PASSWORD);
  const files = (await inspector.call('cases.list', { limit: 50 })).items;
  let withEvidence: { caseFileId: string; title: string } | null = null;
  for (const f of files) {
    if ((await inspector.call('evidence.list', { caseFileId: f.id })).items.length > 0) {
      withEvidence = { caseFileId: f.id, title: f.title };
      break;
    }
  }
  expect(withEvidence).not.toBeNull();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await openFile(page, withEvidence!);
  const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: /^证据材料/ }) });
  await expect(panel.getByTestId('evidence-row').first()).toContainText('考勤表');
  await shot(page, '证据材料', 'demo-case-evidence');
  const popup = page.waitForEvent('popup');
  await panel.getByRole('button', { name: '打开 PDF' }).first().click();
  // The tab opens blank at the click (so no pop-up blocker stops it) and the PDF is put in it when it arrives.
  const tab = await popup;
  await tab.waitForURL(/^blob:/);
  expect(consoleErrors).toEqual([]);
});
