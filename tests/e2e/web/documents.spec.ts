// Documents on screen (issue #4): the desk previews the registration form before anything is recorded, makes it,
// downloads its PDF and Word files and opens the PDF to print; the leader voids it with a reason; the desk makes
// several forms at once from the ledger, with progress and a summary.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { instantOf } from '../../../shared/domain/time';
import { establishStaff } from '../../helpers/accounts';
import { arbitrationCase, arbitrationCaseTibetan, TIBETAN_NAME } from '../../fixtures/arbitration-case';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer; file: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return { download, bytes: readFileSync(file), file };
}

/** The desk's four registrations against one employer (扎西 first), made through the core. */
async function arrange(app: AppFixture) {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  const base = instantOf('2026-11-18', '09:30');
  const register = (name: string, i: number) =>
    desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: base + i * 60_000,
      summary: `${name}在雪域建筑公司承建的安置房项目务工，8月至10月工资未付，要求结清。`,
      workersCount: 1,
      amountClaimedFen: 1_280_000,
      parties: [{ partyId: party.id, role: 'employer' }],
      complainants: [{ name, idType: 'none', idMissingReason: '未带证件' }],
      route: 'inspection',
      answer: null,
    });
  const intake = await register('扎西', 0);
  const others = [await register('次仁', 1), await register('平措', 2), await register('尼玛', 3)];
  return { desk, intake, others };

}

test('the desk previews, makes, downloads and prints a registration form, and regenerates it', async ({ page, app, consoleErrors }) => {
  const { desk, intake } = await arrange(app);

  // --- The desk: preview first, nothing recorded until 确认制作.
  await app.signIn(page, '次仁卓玛');
  const list = new IntakeListPage(page);
  await list.goto();
  await list.search('扎西');
  await expect(list.rows()).toHaveCount(1);
  await list.rows().first().getByTestId('reg-no').click();
  await expect(page.getByRole('heading', { name: `接待登记 ${intake.regNoText}` })).toBeVisible();
  const panel = page.getByTestId('documents-panel');
  await expect(panel.getByText('尚未制作文书')).toBeVisible();

  await page.getByRole('button', { name: '制作登记表' }).click();
  // Named 制作投诉登记表：预览 before, 已制作：… after.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName(/制作投诉登记表：预览/);
  const paper = dialog.getByTestId('document-page').first();
  await expect(paper.getByTestId('document-title')).toHaveText('投诉登记表');
  await expect(paper.getByTestId('document-number')).toHaveText(intake.regNoText);
  await expect(paper).toContainText('扎西');
  await expect(paper).toContainText('日喀则市雪域建筑工程有限公司');
  const previewPages = await dialog.getByTestId('document-page').count();
  await expect(dialog.getByTestId('preview-caption')).toContainText('以制作出的 PDF 文件为准');
  await expect(dialog).toContainText('尚未记录');
  // The page box is A4 at the dialog's zoom: 210 × 297 mm in proportion.
  const box = (await paper.boundingBox())!;
  expect(box.height / box.width).toBeCloseTo(297 / 210, 1);
  const area = (await dialog.getByTestId('document-preview').boundingBox())!;
  await snap(page, 'document-preview', { fullPage: false });
  expect(await desk.call('documents.list', { intakeId: intake.id, caseFileId: null })).toEqual([]);

  // 整页: the whole page fits the grey area.
  await dialog.getByRole('button', { name: '整页' }).click();
  await expect.poll(async () => (await paper.boundingBox())!.height).toBeLessThan(area.height);
  await snap(page, 'document-preview-whole-page', { fullPage: false });
  await dialog.getByRole('button', { name: '适合页宽' }).click();

  await dialog.getByRole('button', { name: '确认制作' }).click();
  await expect(dialog.getByTestId('issued-notice')).toContainText(`已制作 投诉登记表（${intake.regNoText}），第 1 版`);
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toHaveCount(0);

  const card = panel.getByTestId('document-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('投诉登记表');
  await expect(card).toContainText(intake.regNoText);
  await expect(card.getByTestId('document-status')).toHaveText('有效');
  await expect(card.getByTestId('document-version')).toContainText('第 1 版 · 次仁卓玛');
  await expect(card.getByTestId('document-version')).toContainText('PDF 字体：');
  // Issued: the header button now prints instead of making a second one.
  await expect(page.getByRole('button', { name: '制作登记表' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '打印登记表' })).toBeVisible();
  // The desk may not void.
  await expect(card.getByRole('button', { name: '作废' })).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await snap(page, 'documents-panel');

  // Downloads: the PDF (its text carries the registration number) and the Word file (a ZIP package).
  const label = `投诉登记表（${intake.regNoText}） 第1版`;
  const pdf = await saved(page, () => card.getByRole('button', { name: `下载 PDF：${label}` }).click());
  expect(pdf.download.suggestedFilename()).toMatch(/^投诉登记表.*第1版\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.file, '-']).toString('utf8');
  expect(text).toContain(intake.regNoText);
  expect(text).toContain('扎西');
  // The screen breaks the pages where the PDF does (for this form: between the same rows).
  const pdfPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.file]).toString())![1]);
  expect(previewPages).toBe(pdfPages);
  await expect(page.getByTestId('document-notice')).toContainText('已下载');
  const docx = await saved(page, () => card.getByRole('button', { name: `下载 Word：${label}` }).click());
  expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // 打印 in browser mode: the PDF opens in a new tab for the browser's own print.
  const popup = page.waitForEvent('popup');
  await card.getByRole('button', { name: `打印：${label}` }).click();
  const tab = await popup;
  await expect.poll(() => tab.url()).toMatch(/^blob:/);
  await tab.close();
  await expect(page.getByTestId('document-notice')).toContainText('已在新标签页打开 PDF');

  // The stored version on screen, from its own model.
  await card.getByRole('button', { name: `预览：${label}` }).click();
  const stored = page.getByRole('dialog', { name: /预览：投诉登记表/ });
  await expect(stored.getByTestId('document-number')).toHaveText(intake.regNoText);
  await stored.getByRole('button', { name: '关闭', exact: true }).click();

  // 打印登记表 shows the issued form first, with its buttons.
  await page.getByRole('button', { name: '打印登记表' }).click();
  const printing = page.getByRole('dialog', { name: /预览：投诉登记表/ });
  await expect(printing.getByRole('button', { name: `打印：${label}` })).toBeVisible();
  await printing.getByRole('button', { name: '关闭', exact: true }).click();

  // 重新生成: a second version under the same number; the first stays, behind 显示历史版本.
  await card.getByRole('button', { name: '重新生成' }).click();
  await page.getByRole('dialog', { name: /重新生成/ }).getByRole('button', { name: '重新生成' }).click();
  await expect(card.getByTestId('document-version')).toContainText('第 2 版 · 次仁卓玛');
  await card.getByRole('button', { name: '显示历史版本（1）' }).click();
  await expect(card.getByTestId('document-version')).toHaveCount(2);

  // Exports and prints are on the case timeline.
  const file = await desk.call('cases.get', { id: intake.caseFileId! });
  const events = file.events.map((e) => e.summary).join('\n');
  expect(events).toContain(`制作投诉登记表（${intake.regNoText}）`);
  expect(events).toContain(`导出投诉登记表（${intake.regNoText}）（PDF，第1版）`);
  expect(events).toContain(`打印投诉登记表（${intake.regNoText}）（PDF，第1版）`);

  expect(consoleErrors).toEqual([]);
});

test('the leader voids a registration form with a reason; a voided form no longer counts', async ({ page, app, consoleErrors }) => {
  const { desk, intake } = await arrange(app);
  await desk.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
  const list = new IntakeListPage(page);

  // --- The leader voids it: a reason of at least four characters.
  await app.signIn(page, '李强');
  await list.goto();
  await list.search('扎西');
  await expect(list.rows()).toHaveCount(1);
  await list.rows().first().getByTestId('reg-no').click();
  await expect(page.getByRole('heading', { name: `接待登记 ${intake.regNoText}` })).toBeVisible();
  const leaderCard = page.getByTestId('documents-panel').getByTestId('document-card');
  await leaderCard.getByRole('button', { name: '作废' }).click();
  const voiding = page.getByRole('dialog', { name: /作废文书/ });
  await voiding.getByLabel('作废理由').fill('有误');
  await voiding.getByRole('button', { name: '作废', exact: true }).click();
  await expect(voiding.getByText('请写明作废理由（至少4个字）')).toBeVisible();
  await voiding.getByLabel('作废理由').fill('投诉人姓名登记有误，重新登记');
  await voiding.getByRole('button', { name: '作废', exact: true }).click();
  await expect(voiding).toHaveCount(0);
  await expect(leaderCard.getByTestId('document-status')).toHaveText('已作废');
  await expect(leaderCard.getByTestId('document-void-reason')).toContainText('投诉人姓名登记有误，重新登记');
  await expect(leaderCard.getByRole('button', { name: '重新生成' })).toHaveCount(0);
  // A voided form no longer counts: the header offers to make a new one.
  await expect(page.getByRole('button', { name: '制作登记表' })).toBeVisible();
  await expect(page.getByTestId('document-notice')).toContainText('已作废');
  await page.getByTestId('document-notice').getByRole('button').click();
  await expect(page.getByTestId('document-notice')).toHaveCount(0);
  await snap(page, 'document-voided');

  // The case file lists the same document.
  await page.getByRole('link', { name: '查看案卷' }).first().click();
  await expect(page.getByTestId('documents-panel').getByTestId('document-card')).toContainText('已作废');

  expect(consoleErrors).toEqual([]);
});

test('the desk makes three registration forms at once from the ledger, with progress and a summary', async ({ page, app, consoleErrors }) => {
  const { desk, others } = await arrange(app);
  const list = new IntakeListPage(page);

  // --- The desk makes three at once from the ledger.
  await app.signIn(page, '次仁卓玛');
  await list.goto();
  await expect(page.getByTestId('batch-bar')).toContainText('勾选登记，可批量制作登记表');
  for (const o of others) await page.getByRole('checkbox', { name: `选择 ${o.regNoText}` }).check();
  await expect(page.getByTestId('batch-bar')).toContainText('已选 3 条');
  await page.getByRole('button', { name: '批量制作登记表' }).click();
  const batch = page.getByRole('dialog', { name: '批量制作登记表' });
  await expect(batch).toContainText('将为所选的 3 条接待登记各制作一份登记表');
  await batch.getByRole('button', { name: '开始制作（3 份）' }).click();
  await expect(batch.getByTestId('batch-summary')).toContainText('制作 3 份，全部完成', { timeout: 30_000 });
  await snap(page, 'batch-summary', { fullPage: false });
  await batch.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('batch-bar')).toContainText('勾选登记，可批量制作登记表');
  for (const o of others) {
    const docs = await desk.call('documents.list', { intakeId: o.id, caseFileId: null });
    expect(docs.map((d) => [d.number, d.status, d.versions.length])).toEqual([[o.regNoText, 'issued', 1]]);
  }

  expect(consoleErrors).toEqual([]);
});

test('the ledger offers no batch to those who may not make documents, and the auditor sees no document buttons', async ({ page, app }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '白玛央宗', DEMO_PASSWORD);
  const list = new IntakeListPage(page);
  await list.goto();
  await expect(list.rows().first()).toBeVisible();
  await expect(page.getByTestId('batch-bar')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await list.rows().first().getByTestId('reg-no').click();
  await expect(page.getByRole('heading', { name: /^接待登记 / })).toBeVisible();
  await expect(page.getByRole('button', { name: /制作登记表|打印登记表/ })).toHaveCount(0);
  await expect(page.getByTestId('documents-panel')).toHaveCount(0);
});

test('the case file lists an arbitration award and shows it on screen as the official layout: organ, number right, signature block', async ({ page, app }) => {
  await app.initialize();
  await establishStaff(app.core, app.client, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] });
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  const intake = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-18', '09:30'),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
    answer: null,
  });
  const arbitrator = await app.as('王芳');
  const awards = await arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: intake.caseFileId });
  await arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCaseTibetan, applicantIndex: 0 }, caseFileId: intake.caseFileId });

  await app.signIn(page, '王芳');
  await page.getByRole('link', { name: '案卷' }).click();
  await page.getByRole('row').filter({ hasText: '扎西' }).first().click();
  const cards = page.getByTestId('documents-panel').getByTestId('document-card');
  await expect(cards).toHaveCount(awards.length + 1);
  await page.getByTestId('documents-panel').scrollIntoViewIfNeeded();
  await snap(page, 'case-documents');
  await cards.filter({ hasText: '仲裁裁决书' }).first().getByRole('button', { name: /^预览/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('document-signature')).toBeVisible();
  // The screen breaks pages where the PDF does: same number of pages.
  const pdfPages = async () => {
    const pdf = await saved(page, () => dialog.getByRole('button', { name: /^下载 PDF/ }).click());
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.file]).toString())![1]);
  };
  expect(await dialog.getByTestId('document-page').count()).toBe(await pdfPages());
  const first = dialog.getByTestId('document-page').first();
  await expect(first).toContainText('日喀则市劳动人事争议仲裁委员会');
  await expect(dialog.getByTestId('document-signature')).toContainText('（印章）');
  await expect(dialog.getByTestId('document-signature')).toContainText(/二〇二六年/);
  await snap(page, 'award-preview', { fullPage: false });
  await dialog.getByRole('button', { name: '整页' }).click();
  await dialog.getByTestId('document-signature').scrollIntoViewIfNeeded();
  await snap(page, 'award-preview-signature', { fullPage: false });
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();

  await cards.filter({ hasText: '受理通知书' }).getByRole('button', { name: /^预览/ }).click();
  await expect(dialog.getByTestId('document-page').first()).toContainText(TIBETAN_NAME);
  expect(await dialog.getByTestId('document-page').count()).toBe(await pdfPages());
  await dialog.getByRole('button', { name: '整页' }).click();
  await snap(page, 'acceptance-notice-preview', { fullPage: false });
});
