// 系列案 and the collective case on screen (issue #13): six workers' application is accepted as a 系列案 — six cases,
// one per worker, with six consecutive 案号, listed on each case; ten workers' application goes on as one collective
// case whose representatives are elected — two refused with the rule, three taken. Each test arranges what came
// before it through the core (tests/e2e/arbitration-setup.ts) and does its own part on screen.
import { expect, snap, shoot, test } from '../fixtures';
import { groupApplicationEntered, openArbitrationCase, WORKERS } from '../arbitration-setup';

const numberOf = (s: string) => Number(/第(\d+)号/.exec(s)?.[1]);

test('six workers’ application accepted as a 系列案: six cases with consecutive 案号, listed on each', async ({ page, app, consoleErrors }) => {
  const f = await groupApplicationEntered(app, 6);
  await openArbitrationCase(page, app, f);
  const choice = page.getByTestId('group-choice');
  await expect(choice).toContainText('6名劳动者共同申请');
  await expect(choice.getByRole('button', { name: '集体争议（推举代表人）' })).toBeDisabled();
  await choice.getByRole('button', { name: '系列案（每人一案）' }).click();
  const dialog = page.getByRole('dialog', { name: '作为系列案受理' });
  await expect(dialog).toContainText('6名劳动者的仲裁申请拆分为6件案件');
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^已作为系列案受理：系列案 .*（共6件）$/)).toBeVisible();
  // The case shows the series with its six cases (each of the six shows the same list).
  const tables = page.getByRole('table', { name: '系列案的案件' });
  const rows = tables.first().getByRole('row');
  await expect(rows).toHaveCount(7);
  const numbers = await tables.first().locator('tbody tr td:first-child').allInnerTexts();
  expect(numbers.map(numberOf)).toEqual(Array.from({ length: 6 }, (_, k) => numberOf(numbers[0]!) + k));
  expect(await tables.first().locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(WORKERS.slice(0, 6));
  await expect(tables.first()).toContainText('已受理');
  await snap(page, 'arbitration-series-accepted', { fullPage: false });
  // The series itself, as the case shows it (the page opens on the steps above it).
  await shoot(page.getByTestId('arbitration-group').first(), 'arbitration-series-list');
  expect(consoleErrors).toEqual([]);
});

test('ten workers’ application as one collective case: two representatives refused, three elected', async ({ page, app, consoleErrors }) => {
  const f = await groupApplicationEntered(app, 10, { leader: true });
  await openArbitrationCase(page, app, f);
  await page.getByTestId('group-choice').getByRole('button', { name: '集体争议（推举代表人）' }).click();
  const dialog = page.getByRole('dialog', { name: '推举代表人' });
  for (const name of ['扎西', '次仁']) await dialog.getByLabel(name).check();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toContainText('集体争议的代表人应为3至5名，现只选择了2名');
  await dialog.getByLabel('达瓦').check();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('arbitration-representatives')).toContainText('集体争议代表人：扎西、次仁、达瓦');
  await snap(page, 'arbitration-collective-representatives', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
