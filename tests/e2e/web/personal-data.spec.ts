// Personal data on screen (PIPL Art. 28; 劳动保障监察条例 Art. 9): ID numbers and phones masked; the desk may see one
// person's in full after giving a reason, the view lands on the audit trail; a reporter stays hidden from those
// who may not know who reported.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { instantOf } from '../../../shared/domain/time';
import { expect, snap, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';
import { chooseOption } from '../pages/select';

const REASON = '核对身份以制作送达回证';

test('the desk sees masked numbers, reveals one person with a reason, and the auditor sees that view on the trail', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();

  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const list = new IntakeListPage(page);
  await list.goto();
  await list.openOnly('540202198503120019');

  const zhaxi = page.getByTestId('complainant-row').filter({ hasText: '扎西' });
  await expect(zhaxi).toContainText('540202********0019');
  await expect(zhaxi).toContainText('139****1234');
  await expect(page.getByText('540202198503120019')).toHaveCount(0);
  // Someone without an ID number still has a masked phone: the button sits by the phone.
  await expect(page.getByTestId('complainant-row').filter({ hasText: '达瓦' }).getByRole('button', { name: '查看完整信息：达瓦' })).toBeVisible();
  // A natural person complained about (a labour-team leader) is masked too; an organisation's credit code is not.
  const wang = page.getByTestId('party-row').filter({ hasText: '王德发' });
  await expect(wang).toContainText('620102********0384');
  await expect(wang).toContainText('139****5566');
  await expect(page.getByTestId('party-row').filter({ hasText: '雪域' }).getByRole('button', { name: /查看完整信息/ })).toHaveCount(0);
  await snap(page, 'intake-detail-masked');

  await zhaxi.getByRole('button', { name: '查看完整信息：扎西' }).click();
  const dialog = page.getByRole('dialog', { name: '查看完整个人信息：扎西' });
  await expect(dialog).toContainText('本次查看将记入审计记录');
  await expect(dialog.getByLabel('查看理由')).toHaveAttribute('placeholder', /核对身份以制作送达回证/);
  await snap(page, 'reveal-dialog-reason');
  // No reason, or too short a one: nothing is shown.
  await dialog.getByRole('button', { name: '查看', exact: true }).click();
  await expect(dialog.getByText('请填写查看理由')).toBeVisible();
  await dialog.getByLabel('查看理由').fill('核对');
  await dialog.getByRole('button', { name: '查看', exact: true }).click();
  await expect(dialog.getByText(/请写明查看理由（至少4个字）/)).toBeVisible();
  await expect(dialog.getByTestId('revealed')).toHaveCount(0);

  await dialog.getByLabel('查看理由').fill(REASON);
  await dialog.getByRole('button', { name: '查看', exact: true }).click();
  await expect(dialog.getByTestId('revealed-id')).toHaveText('540202198503120019');
  await expect(dialog.getByTestId('revealed-phone')).toHaveText('13908921234');
  await expect(dialog).toContainText('本次查看已记入审计记录');
  await snap(page, 'reveal-dialog-shown');
  // The table never holds the full values; closing the dialog forgets them.
  await expect(zhaxi).toContainText('540202********0019');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('540202198503120019')).toHaveCount(0);

  // A party: the same dialog, its own entry on the trail.
  await wang.getByRole('button', { name: '查看完整信息：王德发' }).click();
  const partyDialog = page.getByRole('dialog', { name: '查看完整个人信息：王德发' });
  await partyDialog.getByLabel('查看理由').fill('电话通知班组长到场协调');
  await partyDialog.getByRole('button', { name: '查看', exact: true }).click();
  await expect(partyDialog.getByTestId('revealed-id')).toHaveText('620102198701010384');
  await expect(partyDialog.getByTestId('revealed-phone')).toHaveText('13989025566');
  await partyDialog.getByRole('button', { name: '关闭' }).click();

  // The auditor may read the registration, masked, but not unmask it: no button.
  await app.signIn(page, '白玛央宗', DEMO_PASSWORD);
  await list.goto();
  await list.openOnly('540202198503120019');
  await expect(page.getByTestId('complainant-row').filter({ hasText: '扎西' })).toContainText('540202********0019');
  await expect(page.getByTestId('party-row').filter({ hasText: '王德发' })).toContainText('620102********0384');
  await expect(page.getByRole('button', { name: /查看完整信息/ })).toHaveCount(0);

  // The auditor finds both views, who made them and why.
  await page.getByRole('link', { name: '审计' }).click();
  await expect(page.getByRole('heading', { name: '审计记录' })).toBeVisible();
  await chooseOption(page, page.getByRole('combobox', { name: '操作' }), '查看完整个人信息');
  const rows = page.getByTestId('audit-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('次仁卓玛');
  await expect(rows.nth(0)).toContainText('被投诉方');
  await expect(rows.nth(1)).toContainText('人员');
  await expect(rows.nth(1)).toContainText(REASON);
  await expect(rows.nth(1)).not.toContainText('540202198503120019');
  await snap(page, 'audit-unmask-entries');
  expect(consoleErrors).toEqual([]);
});

test('a reporter stays confidential to a clerk; the desk, allowed to know, sees and may reveal them', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();

  // 央金 is an arbitration clerk: she may unmask complainants, but not learn who reported.
  await app.signIn(page, '央金', DEMO_PASSWORD);
  const list = new IntakeListPage(page);
  await list.goto();
  await chooseOption(page, page.getByRole('combobox', { name: '类型' }), '举报');
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows().first()).toContainText('（保密）');
  await list.rows().first().click();
  await expect(page.getByTestId('reporter-confidential')).toBeVisible();
  const reporter = page.getByTestId('reporter-hidden');
  await expect(reporter).toContainText('举报人（身份保密）：1 人');
  await expect(page.getByTestId('complainant-row')).toHaveCount(0);
  await expect(reporter).not.toContainText('白玛');
  await expect(reporter).not.toContainText('0493');
  await expect(reporter.getByRole('button')).toHaveCount(0);
  await snap(page, 'report-confidential-clerk');

  // The desk took the report and may know who it was: the name shows, and the reveal is offered.
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await list.goto();
  await chooseOption(page, page.getByRole('combobox', { name: '类型' }), '举报');
  await list.rows().first().click();
  const known = page.getByTestId('complainant-row');
  await expect(known).toContainText('白玛');
  await expect(known).toContainText('540236********0493');
  await expect(known.getByRole('button', { name: '查看完整信息：白玛' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a document preview is masked; the desk shows the full numbers only with a reason', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-18', '09:30'),
    summary: '在雪域建筑公司承建的安置房项目务工，8月至10月工资未付。',
    workersCount: 1,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'residentId', idNumber: '540202198503120019', phones: ['13908921234'] }],
    route: 'inspection',
  });
  await app.signIn(page, '次仁卓玛');
  const list = new IntakeListPage(page);
  await list.goto();
  await list.openOnly('扎西');
  await page.getByRole('button', { name: '制作登记表' }).click();
  const dialog = page.getByRole('dialog', { name: /制作投诉登记表：预览/ });
  const paper = dialog.getByTestId('document-page').first();
  await expect(paper).toContainText('540202********0019');
  await expect(paper).toContainText('139****1234');
  await expect(dialog.getByText('540202198503120019')).toHaveCount(0);

  await dialog.getByRole('button', { name: '显示完整号码' }).click();
  const ask = page.getByRole('dialog', { name: '在预览中显示完整号码' });
  await ask.getByLabel('查看理由').fill('核对');
  await ask.getByRole('button', { name: '显示完整号码' }).click();
  await expect(ask.getByText(/请写明查看理由（至少4个字）/)).toBeVisible();
  await ask.getByLabel('查看理由').fill('核对登记表上的证件号码');
  await ask.getByRole('button', { name: '显示完整号码' }).click();
  await expect(ask).toHaveCount(0);
  await expect(paper).toContainText('540202198503120019');
  await expect(dialog.getByTestId('preview-revealed')).toContainText('核对登记表上的证件号码');
  await snap(page, 'document-preview-revealed', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
