// What a complaint states and what the routing rules ask (若干规定; 监察条例 Arts. 20, 21): the desk enters the
// complainant's 住所, 职业 and 工作单位, when the violation ended and whether the matter is before another body; a bad
// date is refused at its field with nothing saved; a matter past the two-year cut-off or already before arbitration
// draws the domain's warnings but is still recorded; and the 登记表 preview prints every number whole.
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { addMonths } from '../../../shared/domain/calendar';
import { residentIdCheckChar } from '../../../shared/domain/identity';
import { groupWithWidestNumbers, WIDEST } from '../../fixtures/intake-records';
import { expect, snap, test } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { DeskFormPage } from '../pages/desk-form.page';

test('the desk is warned, not stopped, when a complaint is past the two-year cut-off or already before arbitration', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  await desk.call('parties.create', { kind: 'organisation', name: '定日县雪莲商贸部' });
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.pickParty('雪莲', '定日县雪莲商贸部');
  await page.getByLabel('第1行 姓名').fill('索朗多吉');
  await page.getByLabel('第1行 证件号码').fill('540227199606060508');
  // One complainant: the line under the row is open for what a complaint states.
  await page.getByLabel('第1行 住所').fill('日喀则市定日县协格尔镇');
  await page.getByLabel('第1行 职业').fill('仓库管理员');
  await page.getByLabel('第1行 工作单位').fill('定日县雪莲商贸部');
  await form.summary('任仓库管理员两年，被口头辞退，未支付最后一个月工资。');

  // A date after the visit is refused at its field, and nothing is saved.
  const today = dateKeyOf(Date.now());
  await fillDate(page, '违法行为终止日期', addMonths(today, 1));
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByText('违法行为终止日期不能晚于接待日期', { exact: true })).toBeVisible();
  await expect(page.getByTestId('form-error')).toContainText('违法行为终止日期不能晚于接待日期');
  expect((await desk.call('intakes.list', {})).items).toEqual([]);

  // Three years ago, and already before arbitration, sent to inspection: two warnings, no refusal.
  const ended = addMonths(today, -36);
  await fillDate(page, '违法行为终止日期', ended);
  await expect(page.getByText('违法行为终止日期不能晚于接待日期', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('screening-cutoff')).toContainText('接待时已超过两年');
  await page.getByLabel('是否已申请调解、仲裁或者起诉').selectOption({ label: '已申请仲裁' });
  await expect(page.getByTestId('screening-timeBarred')).toContainText('《劳动保障监察条例》第二十条');
  await expect(page.getByTestId('screening-pendingElsewhere')).toContainText('该事项已申请仲裁');
  await snap(page, 'desk-screening-warnings');
  // Sent to arbitration instead, the warnings go: they are about inspection.
  await page.getByRole('radio', { name: '转劳动人事争议仲裁' }).check();
  await expect(page.getByTestId('screening-pendingElsewhere')).toHaveCount(0);
  await page.getByRole('radio', { name: '转劳动保障监察' }).check();
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByTestId('saved-banner')).toBeVisible();

  const [saved] = (await desk.call('intakes.list', {})).items;
  const detail = await desk.call('intakes.get', { id: saved.id });
  expect(detail).toMatchObject({ route: 'inspection', violationEndDate: ended, pendingElsewhere: 'arbitration' });
  expect(detail.complainants[0]).toMatchObject({ address: '日喀则市定日县协格尔镇', occupation: '仓库管理员', workplace: '定日县雪莲商贸部' });
  await page.getByTestId('saved-banner').getByRole('link', { name: '查看登记' }).click();
  const screening = page.getByTestId('intake-screening');
  await expect(screening).toContainText('第二十条');
  await expect(screening).toContainText('第二十一条');
  await expect(page.getByText('已申请仲裁', { exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the 登记表 preview prints every ID, phone and amount whole, smaller only where it must', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  const people = groupWithWidestNumbers.complainants;
  // Valid resident IDs as wide as they come: mostly eights, one ending in X.
  const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
  const eights = Array.from({ length: 100 }, (_, i) => withCheck(`540202198808088${String(i).padStart(2, '0')}`));
  const endsInX = eights.find((id) => id.endsWith('X'))!;
  const mostlyEights = eights.find((id) => id.endsWith('8'))!;
  // Numbers that pass the checks, as wide as real ones get: an 18-digit ID ending in X, two phones, a landline.
  const intake = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    // This morning at 09:30 — or a minute ago when the test runs between midnight and 09:30 (Beijing time).
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '4名工人反映雪域建筑公司拖欠工资。',
    workersCount: 4,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [
      { name: people[0].name, idType: 'residentId', idNumber: endsInX, phones: [WIDEST.mobile, WIDEST.landline], isRepresentative: true, address: people[0].address, occupation: '钢筋工', workplace: people[0].workplace },
      { name: people[1].name, idType: 'residentId', idNumber: mostlyEights, phones: [WIDEST.mobile], isRepresentative: true },
      { name: people[2].name, idType: 'hkMacaoPermit', idNumber: WIDEST.permit, phones: [WIDEST.landline] },
      { name: people[3].name, idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 12_800_050 },
    ],
    route: 'inspection',
  });
  await app.signIn(page);
  await page.evaluate((id) => (location.hash = `#/intakes/${id}`), intake.id);
  await page.getByRole('button', { name: '制作登记表' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('document-page').first()).toContainText(people[0].name);
  // Every whole number is one line box inside its cell.
  const spans = dialog.getByTestId('document-page').locator('td span[style*="nowrap"]');
  expect(await spans.count()).toBeGreaterThan(8);
  const overflow = await spans.evaluateAll((els) =>
    els.flatMap((el) => {
      const td = el.closest('td')!.getBoundingClientRect();
      const lines = el.getClientRects().length;
      const r = el.getBoundingClientRect();
      return lines !== 1 || r.right > td.right + 0.5 ? [`${el.textContent} (${lines} lines)`] : [];
    }),
  );
  expect(overflow).toEqual([]);
  const annex = dialog.getByTestId('document-page').filter({ hasText: '附表：投诉人名单' });
  await annex.getByRole('table').last().scrollIntoViewIfNeeded();
  await snap(page, 'intake-record-preview-annex', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
