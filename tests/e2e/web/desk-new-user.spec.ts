// The desk as a new user tries it (issue #11 §6): where the cursor starts, which kind of party the dialog offers,
// that an abandoned registration leaves nothing behind, that a saved one leaves a blank form, and that amounts
// typed in full-width digits or far too large are caught before they are saved.
import { expect, snap, test } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

// The animated app (the suite otherwise runs with the browser asking for less motion: playwright.config.ts).
test.use({ reducedMotion: 'no-preference' });

test('the form opens with the cursor in its first field, and goes back there for the next visitor', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  // The desk opens on the form: the cursor is on 登记类型, not in the menu eight Tabs away.
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('来源渠道')).toBeFocused();

  // Back from the list, the same; and after 清空重填, with 举报 chosen before, on the default 投诉 again.
  await page.getByRole('link', { name: '登记台账' }).click();
  await expect(page.getByRole('heading', { name: '登记台账' })).toBeVisible();
  await page.getByRole('link', { name: '接待登记' }).click();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
  // A click on the menu's 接待登记 while on the form brings the cursor back as well.
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: '接待登记' }).click();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '举报' })).toBeChecked();
  await page.getByRole('button', { name: '清空重填' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '清空' }).click();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
});

test('the new-party dialog starts from the kind the clerk chooses, not the last one used', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();

  // A 包工头 first: 新增个人 opens on 个人, asking for an ID number.
  let dialog = await form.openNewParty('王德发', '个人');
  await expect(dialog.getByRole('radio', { name: '个人（包工头、个体）' })).toBeChecked();
  await expect(dialog.getByLabel('姓名')).toHaveValue('王德发');
  await dialog.getByLabel('身份证号码（选填）').fill('620102198701010384');
  await dialog.getByRole('button', { name: '选用', exact: true }).click();
  await expect(page.getByTestId('selected-party').filter({ hasText: '王德发' })).toBeVisible();

  // Then the contractor: 新增单位 opens on 单位 with its credit code — there is no ID field for the code to land in.
  dialog = await form.openNewParty('华建公司', '单位');
  await expect(dialog.getByRole('radio', { name: '单位' })).toBeChecked();
  await expect(dialog.getByLabel('统一社会信用代码（选填）')).toBeVisible();
  await expect(dialog.getByLabel('身份证号码（选填）')).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();

  // A credit code typed as a person's ID is named for what it is; switching the kind carries it to its field.
  dialog = await form.openNewParty('华建公司', '个人');
  await dialog.getByLabel('身份证号码（选填）').fill('91512081MA62K0260E');
  await dialog.getByRole('button', { name: '选用', exact: true }).click();
  await expect(dialog.getByText('这是统一社会信用代码：公司、个体工商户等单位，请将类型改为“单位”后填写', { exact: true })).toBeVisible();
  await dialog.getByRole('radio', { name: '单位' }).check();
  await expect(dialog.getByLabel('统一社会信用代码（选填）')).toHaveValue('91512081MA62K0260E');
  await expect(dialog.getByLabel('单位名称')).toHaveValue('华建公司');
  // A stray click beside the dialog keeps what was typed in it.
  await page.mouse.click(5, 5);
  await expect(dialog.getByLabel('统一社会信用代码（选填）')).toHaveValue('91512081MA62K0260E');
});

test('a party added in the dialog is saved with the registration: one abandoned leaves no party behind', async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();

  // Added, kept in the form and its draft — and abandoned: nothing was written.
  await form.createOrganisation('日喀则市华建建筑工程有限公司', '91512081MA62K0260E');
  await expect(page.getByTestId('selected-party')).toContainText('日喀则市华建建筑工程有限公司（新增）');
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');
  expect(await desk.call('parties.search', { query: '' })).toEqual([]);
  await page.getByRole('button', { name: '清空重填' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '清空' }).click();
  await expect(page.getByTestId('selected-party')).toHaveCount(0);
  expect(await desk.call('parties.search', { query: '' })).toEqual([]);

  // Added again, its role chosen, corrected through its chip (the role stays), and saved with the registration:
  // created once, with it.
  await form.createOrganisation('华建公司', '91512081MA62K0260E');
  await page.getByLabel('华建公司 的身份').selectOption({ label: '施工总承包单位' });
  await page.getByRole('button', { name: '华建公司（新增）' }).click();
  const dialog = page.getByRole('dialog', { name: '新增被投诉方' });
  await expect(dialog.getByLabel('统一社会信用代码（选填）')).toHaveValue('91512081MA62K0260E');
  await dialog.getByLabel('单位名称').fill('日喀则市华建建筑工程有限公司');
  await dialog.getByRole('button', { name: '选用', exact: true }).click();
  await page.getByLabel('第1行 姓名').fill('扎西');
  await page.getByLabel('第1行 证件号码').fill('540202198503120019');
  await form.summary('在华建公司工地务工，10月工资未付。');
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByTestId('saved-banner')).toBeVisible();
  const parties = await desk.call('parties.search', { query: '' });
  expect(parties.map((p) => [p.name, p.creditCode])).toEqual([['日喀则市华建建筑工程有限公司', '91512081MA62K0260E']]);
  const [saved] = (await desk.call('intakes.list', {})).items;
  expect((await desk.call('intakes.get', { id: saved.id })).parties.map((p) => [p.party.name, p.role])).toEqual([['日喀则市华建建筑工程有限公司', 'generalContractor']]);
});

test('a party typed again as new is refused at the save, naming the one on file to pick', async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E' });
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.createOrganisation('华建', '91512081MA62K0260E');
  await page.getByLabel('第1行 姓名').fill('次仁');
  await page.getByLabel('第1行 证件号码').fill('540221199007010025');
  await form.summary('同一工地，10月工资未付。');
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByTestId('selected-party')).toContainText('该统一社会信用代码已登记为“日喀则市华建建筑工程有限公司”，请直接选用');
  await snap(page, 'desk-new-party-on-file', { fullPage: false });
  await page.getByRole('button', { name: '移除 华建' }).click();
  await form.pickParty('91512081MA62K0260E', '日喀则市华建建筑工程有限公司');
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByTestId('saved-banner')).toContainText('已保存：登记号 2026-0001');
  expect(await desk.call('parties.search', { query: '' })).toHaveLength(1);
});

test('after a save the form is blank for the next visitor, with no “restored draft” banner then or later', async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await page.getByLabel('第1行 姓名').fill('索朗多吉');
  await page.getByLabel('第1行 证件号码').fill('540227199606060508');
  await form.summary('任仓库管理员两年，最后一个月工资未付。');
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');
  await form.saveWithEnter();
  await expect(page.getByTestId('saved-banner')).toContainText('已保存：登记号 2026-0001');

  const blank = async () => {
    await expect(page.getByLabel('第1行 姓名')).toHaveValue('');
    await expect(page.getByLabel('诉求摘要')).toHaveValue('');
    await expect(page.getByTestId('selected-party')).toHaveCount(0);
    await expect(page.getByText(/已恢复 .* 未保存的填写内容/)).toHaveCount(0);
  };
  await blank();
  // Longer than the autosave's pause: the blank form is not kept as a draft to be “restored” later.
  await page.waitForTimeout(1500);
  expect((await desk.call('drafts.get', { formKey: 'intake.new' })).data).toBeNull();
  await page.getByRole('link', { name: '登记台账' }).click();
  await page.getByRole('link', { name: '接待登记' }).click();
  await blank();
  await page.reload();
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  await blank();
});

test('an amount typed in full-width digits is the same amount', async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await page.getByLabel('第1行 姓名').fill('索朗多吉');
  await page.getByLabel('第1行 证件号码').fill('540227199606060508');
  await page.getByLabel('第1行 诉求金额').fill('１２３４５．６');
  await page.getByLabel('涉及人数').fill('１');
  // The total under the rows reads it at once, in ordinary digits.
  await expect(page.getByLabel('诉求金额合计（元）')).toHaveAttribute('placeholder', '12,345.60');
  await form.summary('最后一个月工资未付。');
  await form.saveWithEnter();
  await expect(page.getByTestId('saved-banner')).toContainText('已保存：登记号 2026-0001');
  const [saved] = (await desk.call('intakes.list', {})).items;
  expect(saved).toMatchObject({ amountClaimedFen: 1_234_560, workersCount: 1 });
});

test('an amount far above what a worker is owed is asked about before it is saved; nothing typed is lost', async ({ page, app }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await page.getByLabel('第1行 姓名').fill('索朗多吉');
  await page.getByLabel('第1行 证件号码').fill('540227199606060508');
  // ¥12,345.6 with the point lost: ¥123,456,000 would be a thousand times anything one worker is owed.
  await page.getByLabel('第1行 诉求金额').fill('123456000');
  await form.summary('最后一个月工资未付。');
  await form.saveWithEnter();
  const ask = page.getByRole('dialog', { name: '请核对诉求金额' });
  await expect(ask.getByTestId('amounts-to-confirm')).toContainText('索朗多吉的诉求金额 ¥123,456,000.00 超过每人 ¥1,000,000.00，请核对');
  await snap(page, 'desk-amount-confirm', { fullPage: false });
  // Back to the form: nothing saved, everything still there, the amount marked.
  await ask.getByRole('button', { name: '返回修改' }).click();
  await expect(ask).toHaveCount(0);
  expect((await desk.call('intakes.list', {})).items).toEqual([]);
  await expect(page.getByLabel('第1行 诉求金额')).toHaveValue('123456000');
  await expect(page.getByLabel('诉求摘要')).toHaveValue('最后一个月工资未付。');
  await expect(page.getByTestId('complainant-row').first()).toContainText('超过每人 ¥1,000,000.00');

  // Asked again, and confirmed: saved as typed.
  await form.saveWithEnter();
  await ask.getByRole('button', { name: '金额无误，保存' }).click();
  await expect(page.getByTestId('saved-banner')).toContainText('已保存：登记号 2026-0001');
  const [saved] = (await desk.call('intakes.list', {})).items;
  expect(saved.amountClaimedFen).toBe(12_345_600_000);
});
