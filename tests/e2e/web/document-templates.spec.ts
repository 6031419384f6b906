// 文书模板 (settings): the administrator changes a document's fixed wording; a typo in a placeholder is refused at its
// field with nothing saved; new documents use the saved wording while those already made keep theirs; the
// built-in template can be put back. Lists, placeholder chips and a numbering series on a second kind.
import type { Page } from '@playwright/test';
import { yearOf } from '../../../shared/domain/time';
import { ADMIN } from '../../helpers/accounts';
import { serviceReceipt } from '../../fixtures/arbitration-case';
import { expect, snap, shoot, test } from '../fixtures';
import { DocumentTemplatesPage } from '../pages/document-templates.page';

/** The whole editor in one picture: the window made as tall as the page, so the sticky action bar sits at its end. */
async function snapWhole(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await snap(page, name, { fullPage: false });
  await page.setViewportSize(size);
}

const EDITED = '请受送达人当场签收，并写明收到的日期和时间；拒绝签收的，由送达人在备注栏写明情况。';

test('the administrator edits the 送达回证’s instruction; a typo is refused at its field; new documents use the edit; back to built-in', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page, ADMIN.name, ADMIN.password);
  const templates = new DocumentTemplatesPage(page);
  await page.getByRole('tab', { name: '文书模板' }).click();
  await expect(page.getByTestId('templates-note')).toContainText('已经制作的文书不受影响');
  await templates.choose('送达回证');
  const editor = templates.editor;
  await expect(editor.getByTestId('template-state')).toHaveText('内置模板');
  await expect(editor.getByTestId('template-status')).toHaveText('正在使用随软件提供的内置模板');
  await expect(templates.saveButton()).toBeDisabled();
  await expect(editor.getByRole('button', { name: '恢复内置模板' })).toHaveCount(0);
  // Each piece offers the placeholders it may use (this one: none).
  await expect(templates.piece('instruction').getByRole('group')).toHaveCount(0);
  await expect(templates.piece('instruction')).toContainText('可以留空');

  // A typo in a placeholder: the message is at the field, nothing is saved.
  const instruction = templates.text('表下说明');
  await instruction.fill('{recipent}在本回证上签收的日期为送达日期。');
  await expect(templates.saveButton()).toBeEnabled();
  await expect(editor.getByTestId('template-dirty')).toHaveText('有未保存的修改');
  await templates.saveButton().click();
  await expect(templates.piece('instruction').getByText('无法识别的占位符{recipent}')).toBeVisible();
  await expect(instruction).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByTestId('template-failure')).toContainText('未保存：有 1 处需要修改');
  await expect(editor.getByTestId('template-state')).toHaveText('内置模板');
  // As the administrator sees it: the field in trouble scrolled into view.
  await shoot(page, 'document-templates-error');
  const [, , , before] = await app.client.call('documentTemplates.list', {});
  expect(before).toMatchObject({ kind: 'serviceReceipt', builtIn: true, rowVersion: null });

  // Fixed: editing the field clears its message; saved, the template is 已修改 with who and when.
  await instruction.fill(EDITED);
  await expect(templates.piece('instruction').getByText('无法识别的占位符')).toHaveCount(0);
  await expect(editor.getByTestId('template-failure')).toHaveCount(0);
  await editor.getByRole('textbox', { name: '模板名称' }).fill('本委2026年模板');
  await templates.saveButton().click();
  await expect(editor.getByTestId('template-dirty')).toHaveText('已保存：之后制作的送达回证使用新的模板');
  await expect(editor.getByTestId('template-state')).toHaveText('已修改');
  await expect(editor.getByTestId('template-status')).toHaveText(/^普布次仁 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改并保存$/);
  await expect(templates.saveButton()).toBeDisabled();
  await expect(templates.kind('送达回证')).toContainText('已修改 · 普布次仁');
  await expect(instruction).toHaveValue(EDITED);
  await snap(page, 'document-templates', { fullPage: false });

  // The desk makes a 送达回证: it carries the saved wording.
  const desk = await app.as('次仁卓玛');
  const [receipt] = await desk.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
  const versionId = receipt.versions[0].id;
  expect(JSON.stringify(await desk.call('documents.model', { versionId }))).toContain(EDITED);

  // Back to the built-in template, after a confirmation; the document already made keeps its wording.
  await editor.getByRole('button', { name: '恢复内置模板' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复“送达回证”的内置模板？' });
  await expect(confirm).toContainText('已经制作的文书不受影响');
  await confirm.getByRole('button', { name: '恢复内置模板' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(editor.getByTestId('template-state')).toHaveText('内置模板');
  await expect(editor.getByTestId('template-dirty')).toHaveText('已恢复内置模板：之后制作的送达回证使用内置模板');
  await expect(instruction).toHaveValue(/^受送达人在本回证上签收的日期为送达日期/);
  const [, , , after] = await app.client.call('documentTemplates.list', {});
  expect(after.builtIn).toBe(true);
  expect(JSON.stringify(await desk.call('documents.model', { versionId }))).toContain(EDITED);
  const [next] = await desk.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
  expect(JSON.stringify(await desk.call('documents.model', { versionId: next.versions[0].id }))).not.toContain(EDITED);

  expect(consoleErrors).toEqual([]);
});

test('a list edited item by item, a placeholder inserted at the caret, a numbering series with its example, and unsaved edits guarded', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page, ADMIN.name, ADMIN.password);
  const templates = new DocumentTemplatesPage(page);
  await templates.goto();
  await templates.choose('受理通知书');
  const editor = templates.editor;

  // A chip inserts its placeholder where the caret is.
  const addressee = templates.text('主送');
  await addressee.fill('申请人：');
  await addressee.press('Home');
  await addressee.press('ArrowRight');
  await addressee.press('ArrowRight');
  await addressee.press('ArrowRight');
  await templates.piece('addressee').getByRole('button', { name: '插入 {applicant}（本通知书的申请人）' }).click();
  await expect(addressee).toHaveValue('申请人{applicant}：');

  // The rights list: move, remove, add; an empty item is refused at that item.
  const rights = templates.list('rights');
  await expect(rights).toContainText('（8 项）');
  await rights.getByRole('button', { name: '下移第1项' }).click();
  await expect(rights.getByRole('textbox', { name: '权利义务告知事项第1项' })).toHaveValue(/^委托代理/);
  await expect(rights.getByRole('textbox', { name: '权利义务告知事项第2项' })).toHaveValue(/^申请回避/);
  await rights.getByRole('button', { name: '删除第8项' }).click();
  await rights.getByRole('button', { name: '添加一项' }).click();
  await expect(rights.getByRole('textbox', { name: '权利义务告知事项第8项' })).toBeFocused();
  await expect(rights).toContainText('（8 项）');

  // 单独编号: a series with a live example of the first number this year.
  await editor.getByRole('radio', { name: /单独编号/ }).check();
  const pattern = editor.getByRole('textbox', { name: '编号格式' });
  await pattern.fill('{unitShort}受字〔{year}〕号');
  await expect(editor.getByTestId('series-example')).toContainText('编号格式须包含序号');
  await pattern.press('ArrowLeft');
  await editor.getByRole('button', { name: '插入 {n}（序号）' }).click();
  await expect(pattern).toHaveValue('{unitShort}受字〔{year}〕{n}号');
  await expect(editor.getByTestId('series-example')).toHaveText(`示例（本年第 1 份）：日喀则市受字〔${yearOf(Date.now())}〕1号`);

  await templates.saveButton().click();
  await expect(rights.getByText('第8项为空')).toBeVisible();
  await expect(rights.getByRole('textbox', { name: '权利义务告知事项第8项' })).toHaveAttribute('aria-invalid', 'true');
  await snapWhole(page, 'document-templates-list');

  // Leaving with unsaved edits asks first; staying keeps them.
  await templates.kind('送达回证').click();
  const leave = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await leave.getByRole('button', { name: '继续编辑' }).click();
  await expect(editor.getByRole('heading', { name: '受理通知书' })).toBeVisible();
  await expect(addressee).toHaveValue('申请人{applicant}：');

  // Filled in, it saves with the series.
  await rights.getByRole('textbox', { name: '权利义务告知事项第8项' }).fill('如实陈述。你应当如实陈述案件事实。');
  await templates.saveButton().click();
  await expect(editor.getByTestId('template-state')).toHaveText('已修改');
  const saved = (await app.client.call('documentTemplates.list', {})).find((t) => t.kind === 'acceptanceNotice')!;
  expect(saved.numbering).toEqual({ mode: 'series', series: '受理通知书', pattern: '{unitShort}受字〔{year}〕{n}号' });
  expect(saved.texts.addressee).toBe('申请人{applicant}：');
  expect(saved.lists.rights).toHaveLength(8);
  expect(saved.lists.rights[0]).toMatch(/^委托代理/);

  // Nothing unsaved now: another kind opens without asking; 撤销修改 drops an edit.
  await templates.choose('送达回证');
  await templates.text('标题').fill('送达回执');
  await editor.getByRole('button', { name: '撤销修改' }).click();
  await expect(templates.text('标题')).toHaveValue('送达回证');
  await expect(templates.saveButton()).toBeDisabled();
  expect(consoleErrors).toEqual([]);
});
