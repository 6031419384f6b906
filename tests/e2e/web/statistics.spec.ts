// 统计报表 on the demo data (issue #14), as the leader 李强 uses it: this year's tables counted from the files; a
// figure opens the files behind it, as many as it counts, each opening its file; the tables exported as a workbook
// counted by the core; the report 报送 after confirming,
// listed under 已报送报表 and read back as submitted; a 更正 refused without a reason, then sent with one, the
// original marked as corrected. The desk's 次仁卓玛 reads the tables but has no 报送.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { chooseOption } from '../pages/select';

test.use({ viewport: { width: 1366, height: 768 } });

/** The leader on 统计报表, this year (the demo's files): last month is the default. */
async function openYear(app: AppFixture, page: Page) {
  await app.initializeWithDemo();
  await app.signIn(page, '李强', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '统计报表' }).click();
  await expect(page.getByRole('heading', { name: '统计报表' })).toBeVisible();
  await expect(page.getByTestId('period-label')).toHaveText(/^\d{4}年\d{1,2}月$/);
  await chooseOption(page, page.getByRole('combobox', { name: '期间类型' }), '年', { exact: true });
  await expect(page.getByTestId('period-label')).toHaveText(/^\d{4}年$/);
  // A year is counted as a job: its worker thread loads the job code first (through tsx in tests), which took over
  // 10 s on a machine at load 14 — the page shows 正在启动 meanwhile, as it should.
  await expect(page.getByTestId('stat-table-arbitration')).toBeVisible({ timeout: 25_000 });
}

test('a leader checks a figure against its files and exports the tables as a workbook', async ({ app, page, consoleErrors }) => {
  await openYear(app, page);
  const table = page.getByTestId('stat-table-arbitration');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('definitions-version')).toHaveText(/^指标口径：第 \d+ 版$/);
  await expect(table.getByText('本局口径').first()).toBeVisible();
  await snap(page, 'statistics-year');

  // The first count above zero on the total row opens exactly that many files.
  const total = table.getByTestId('stat-row').last();
  const figures = total.getByRole('button');
  let opened = false;
  for (let i = 0; i < (await figures.count()) && !opened; i++) {
    const text = (await figures.nth(i).innerText()).trim();
    if (!/^[1-9][\d,]*$/.test(text)) continue;
    await figures.nth(i).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('drill-check')).toBeVisible();
    const check = await dialog.getByTestId('drill-check').innerText();
    // A 人 figure adds up its files' workers; a count of files lists that many rows.
    if (!(await dialog.getByText(/数量（人）/).count())) await expect(dialog.getByTestId('drill-row')).toHaveCount(Number(text.replace(/,/g, '')));
    expect(check).toBe('与报表数字一致');
    await snap(page, 'statistics-drilldown', { fullPage: false });
    await dialog.getByTestId('drill-row').first().getByRole('link').click();
    await expect(page).toHaveURL(/#\/(cases|intakes)\/[^/]+$/);
    // The file's page drawn (its code loads on first use), the statistics page and its dialog gone.
    await expect(page.getByRole('heading', { level: 1, name: '统计报表' })).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    opened = true;
  }
  expect(opened).toBe(true);
  await page.goBack();
  await expect(page.getByTestId('stat-table-arbitration')).toBeVisible();

  // 导出 Excel: the core counts the year again and the workbook holds its tables, the yearbook's title as plain text.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^统计报表-\d{4}年-日喀则市人力资源和社会保障局\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  expect(book.worksheets.map((w) => w.name)).toEqual(['劳动争议处理情况', '劳动保障监察案件办理情况', '统一咨询接待情况', '指标说明']);
  expect(book.getWorksheet('劳动争议处理情况')!.getCell('A1').value).toBe('劳动争议处理情况');
  expect(consoleErrors).toEqual([]);
});

test('a leader submits the report and corrects it with a reason', async ({ app, page, consoleErrors }) => {
  await openYear(app, page);

  // 报送: confirmed, then listed and read back as submitted.
  await page.getByRole('button', { name: '报送', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '报送统计报表' });
  await expect(confirm).toContainText('不能再修改');
  await confirm.getByRole('button', { name: '确认报送' }).click();
  await expect(page.getByTestId('submitted-note')).toBeVisible();
  await expect(page.getByTestId('submitted-row')).toHaveCount(1);
  await page.getByTestId('submitted-row').getByRole('button', { name: /^查看/ }).click();
  const shown = page.getByRole('dialog', { name: /已报送的报表/ });
  await expect(shown.getByTestId('stat-table-arbitration')).toBeVisible();
  await expect(shown.getByTestId('corrected-banner')).toHaveCount(0);

  // 更正: a reason of two characters is refused in Chinese; with one, the correction names the original.
  await shown.getByRole('button', { name: '更正' }).click();
  const correct = page.getByRole('dialog', { name: /更正已报送的报表/ });
  await expect(correct.getByTestId('correct-no-change')).toBeVisible();
  await correct.getByRole('textbox', { name: '更正理由' }).fill('有误');
  await correct.getByRole('button', { name: '报送更正' }).click();
  await expect(correct.getByText(/请写明更正理由（至少4个字）/)).toBeVisible();
  await correct.getByRole('textbox', { name: '更正理由' }).fill('一件案件受理日期登记有误，已更正');
  await correct.getByRole('button', { name: '报送更正' }).click();
  await expect(shown.getByTestId('corrects-banner')).toContainText('一件案件受理日期登记有误，已更正');
  await shown.getByRole('button', { name: '查看原报表' }).click();
  await expect(shown.getByTestId('corrected-banner')).toBeVisible();
  await shown.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('submitted-row')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('the desk reads the tables but neither submits nor corrects', async ({ app, page }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '统计报表' }).click();
  await expect(page.getByTestId('stat-table-arbitration')).toBeVisible();
  await expect(page.getByRole('button', { name: '报送', exact: true })).toHaveCount(0);
  await expect(page.getByText('还没有报送过报表')).toBeVisible();
});
