// 支付情况 on a group complaint's file (issue #12, payments per worker): the inspector on the file records a 总包先行清偿
// transfer to one worker — refused first without the bank reference, nothing typed lost — and that worker's still
// owed drops; then a cash batch handed to the 班组长 for two workers stays 待本人签收, never paid, until each worker's
// own receipt is recorded against it. The file is arranged through the core; the payments are made on screen.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { takeIn } from '../../helpers/routing';
import { fillDate } from '../pages/date-field';
import { expect, shoot, test, type AppFixture } from '../fixtures';
import { chooseOption } from '../pages/select';

const INSPECTOR = '张伟';
const GC = '中建三局西藏分公司';

async function arrange(app: AppFixture): Promise<{ caseFileId: string; title: string }> {
  await app.initializeWithDemo();
  const leader = await app.as('李强', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '三名工人反映高原红劳务公司拖欠三个月工资',
    workersCount: 3,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [
      { name: '边巴次仁', idType: 'none', idMissingReason: '未带证件', isRepresentative: true, amountClaimedFen: 1_280_000 },
      { name: '次仁多吉', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 960_050 },
      { name: '格桑', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 450_000 },
    ],
    route: 'inspection',
    leaderStaffId: staff.find((s) => s.name === '李强')!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, INSPECTOR, DEMO_PASSWORD);
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === INSPECTOR)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定监察员承办' });
  const file = await leader.call('cases.get', { id: caseFileId });
  return { caseFileId, title: file.title };
}

async function openPayments(page: Page, app: AppFixture, a: { caseFileId: string; title: string }) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, INSPECTOR, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const panel = page.getByTestId('payments-panel');
  await expect(panel.getByTestId('payments-empty')).toHaveText('尚无支付记录。');
  return panel;
}

/** The page with the 支付情况 section at the top of the window. */
async function shot(page: Page, name: string): Promise<void> {
  // Below the app bar: the section's heading in view with its table.
  await page.getByRole('heading', { name: /^支付情况/ }).evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
  await shoot(page, name);
}

test('the inspector records a 总包先行清偿 transfer to one worker of a group file; the worker’s still owed drops', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  const panel = await openPayments(page, app, a);
  await page.getByRole('button', { name: '记录支付' }).click();
  const dialog = page.getByRole('dialog', { name: '记录支付' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '支付方' }), '总包先行清偿');
  await dialog.getByRole('textbox', { name: '支付方名称' }).fill(GC);
  await chooseOption(page, dialog.getByRole('combobox', { name: '收款劳动者' }), '次仁多吉');
  await dialog.getByRole('textbox', { name: '支付金额（元）' }).fill('5000');
  await dialog.locator('input[type=file]').setInputFiles({ name: '转账凭证.png', mimeType: 'image/png', buffer: cardPng(480, 320) });
  await dialog.getByRole('button', { name: '保存' }).click();
  // Refused at the field, in the core's words; everything typed stays.
  await expect(dialog.getByText('转账支付请填写银行流水号（交易凭证号）')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '支付金额（元）' })).toHaveValue('5000');
  await dialog.getByRole('textbox', { name: '银行流水号' }).fill('6228480012344821');
  await shoot(page, 'payment-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const ciren = panel.getByTestId('payment-worker-row').filter({ hasText: '次仁多吉' });
  await expect(ciren).toContainText('¥5,000.00');
  await expect(ciren).toContainText('¥4,600.50');
  await expect(panel.getByTestId('payments-total')).toContainText('¥21,900.50');
  const row = panel.getByTestId('payment-row');
  await expect(row).toContainText('总包先行清偿');
  await expect(row).toContainText('流水号 ********4821');
  await expect(row).toContainText('计入已支付');
  // The workers' table above reads the same payment.
  await expect(page.getByTestId('workers-owed').getByTestId('worker-row').filter({ hasText: '次仁多吉' })).toContainText('¥5,000.00');
  await shot(page, 'payments-transfer');
  expect(consoleErrors).toEqual([]);
});

test('a cash batch handed to the 班组长 stays pending until each worker’s own receipt is recorded', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  const panel = await openPayments(page, app, a);
  await page.getByRole('button', { name: '记录支付' }).click();
  const dialog = page.getByRole('dialog', { name: '记录支付' });
  await dialog.getByRole('radio', { name: /交包工头、班组长转交/ }).check();
  await dialog.getByRole('textbox', { name: '支付方名称' }).fill('日喀则市高原红建筑劳务有限公司');
  await dialog.getByRole('textbox', { name: '转交人姓名' }).fill('王德发');
  await dialog.getByRole('radio', { name: '现金' }).check();
  await dialog.getByRole('textbox', { name: '边巴次仁（元）' }).fill('4000');
  await dialog.getByRole('textbox', { name: '格桑（元）' }).fill('3000');
  await expect(dialog.getByTestId('batch-total')).toHaveText('合计 ¥7,000.00，共 2 人；各人本人签收前不计入已支付');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const total = panel.getByTestId('payments-total');
  await expect(total).toContainText('¥7,000.00');
  await expect(panel.getByTestId('payment-worker-row').filter({ hasText: '边巴次仁' })).toContainText('¥12,800.00');
  await expect(panel.getByTestId('payment-row')).toContainText('待签收 ¥7,000.00');
  await shot(page, 'payments-batch-pending');

  // 边巴次仁 signs for his 4000 from the 班组长: it counts for him; 格桑's share still waits.
  await panel.getByTestId('batch-share').filter({ hasText: '边巴次仁' }).getByRole('button', { name: '登记签收' }).click();
  const receipt = page.getByRole('dialog', { name: '登记签收：边巴次仁' });
  await expect(receipt.getByRole('textbox', { name: '支付金额（元）' })).toHaveValue('4000.00');
  await receipt.getByRole('button', { name: '登记签收' }).click();
  await expect(receipt).toBeHidden();
  const bianba = panel.getByTestId('payment-worker-row').filter({ hasText: '边巴次仁' });
  await expect(bianba).toContainText('¥4,000.00');
  await expect(bianba).toContainText('¥8,800.00');
  await expect(panel.getByTestId('batch-share').filter({ hasText: '格桑' })).toContainText('待签收 ¥3,000.00');
  await expect(panel.getByTestId('batch-share').filter({ hasText: '边巴次仁' })).toContainText('已签收');
  // The batch cannot be voided while a receipt stands on it: no 作废 on it now.
  const batchRow = panel.getByTestId('payment-row').filter({ hasText: '交班组长王德发转交' });
  await expect(batchRow).toContainText('待签收 ¥3,000.00');
  await expect(batchRow.getByRole('button', { name: '作废' })).toHaveCount(0);
  await shot(page, 'payments-batch-receipted');
  expect(consoleErrors).toEqual([]);
});

test('an 应急周转金 advance above the cap per person is refused with the cap named; within it, it is saved and its recovery shown', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  const panel = await openPayments(page, app, a);
  const today = dateKeyOf(Date.now());
  await page.getByRole('button', { name: '记录支付' }).click();
  const dialog = page.getByRole('dialog', { name: '记录支付' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '支付方' }), '应急周转金');
  await dialog.getByRole('textbox', { name: '支付方名称' }).fill('桑珠孜区农民工工资应急周转金');
  await chooseOption(page, dialog.getByRole('combobox', { name: '批准领导' }), '李强');
  await fillDate(page, '批准日期', today, dialog);
  await chooseOption(page, dialog.getByRole('combobox', { name: '收款劳动者' }), '边巴次仁');
  await dialog.getByRole('textbox', { name: '支付金额（元）' }).fill('12000');
  await dialog.getByRole('textbox', { name: '银行流水号' }).fill('6228480012340001');
  await dialog.getByRole('button', { name: '保存' }).click();
  // The demo's cap is the seeded ¥10,000.00 per person (UNCONFIRMED, a parameter): refused at the amount, nothing lost.
  await expect(dialog.getByText('应急周转金每人垫付不超过¥10,000.00；该劳动者已垫付¥0.00，本次最多还可垫付¥10,000.00')).toBeVisible();
  await shoot(page, 'payment-advance-refused');
  await dialog.getByRole('textbox', { name: '支付金额（元）' }).fill('8000');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId('payment-row')).toContainText('李强');
  await expect(panel.getByTestId('advance-line')).toContainText('尚待追回 ¥8,000.00');

  await page.getByRole('button', { name: '登记追回' }).click();
  const recover = page.getByRole('dialog', { name: '登记应急周转金追回' });
  await recover.getByRole('textbox', { name: '追回金额（元）' }).fill('3000');
  await recover.getByRole('textbox', { name: '追回对象' }).fill('日喀则市高原红建筑劳务有限公司');
  await recover.getByRole('button', { name: '保存' }).click();
  await expect(recover).toBeHidden();
  await expect(panel.getByTestId('advance-line')).toContainText('已追回 ¥3,000.00，尚待追回 ¥5,000.00');
  await shot(page, 'payments-advance-recovered');
  expect(consoleErrors).toEqual([]);
});
