import { instantOf } from '../../../shared/domain/time';
import { expect, snap, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';

test('the lists show an empty state, filter, search, page with a keyset cursor, and show an error with a retry', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  const list = new IntakeListPage(page);
  await list.goto();
  await expect(page.getByText('暂无接待登记')).toBeVisible();
  await page.getByRole('link', { name: '案卷' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await snap(page, 'cases-empty');

  // 60 intakes: more than one page of 50.
  const desk = await app.as('次仁卓玛');
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  const base = instantOf('2026-11-01', '09:00');
  for (let i = 0; i < 60; i++) {
    await desk.call('intakes.create', {
      kind: i % 10 === 0 ? 'consultation' : 'complaint',
      channel: i % 3 === 0 ? 'phone' : 'walkIn',
      receivedAt: base + i * 60_000,
      summary: `第${i + 1}号来访：工资未付`,
      workersCount: 1,
      parties: [{ partyId: party.id, role: 'employer' }],
      complainants: i % 10 === 0 ? [] : [{ name: i === 7 ? '次仁卓玛' : `工人${i}`, idType: 'none', idMissingReason: '未带证件' }],
      route: i % 10 === 0 ? 'answered' : 'inspection',
      answer: i % 10 === 0 ? '已当场答复' : null,
    });
  }
  await list.goto();
  await expect(list.rows()).toHaveCount(50);
  await page.getByRole('button', { name: '加载更多' }).scrollIntoViewIfNeeded();
  await expect(list.rows()).toHaveCount(60);
  await expect(page.getByText('共 60 条，已全部显示')).toBeVisible();

  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '咨询' }).click();
  await expect(list.rows()).toHaveCount(6);
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '全部' }).click();

  await list.search('卓玛');
  await expect(list.rows()).toHaveCount(1);
  await list.search('没有这个人');
  await expect(page.getByText('没有找到与“没有这个人”相符的登记')).toBeVisible();
  await snap(page, 'intakes-no-match');

  // The core answers garbage: the list says so and offers to retry.
  await page.route('**/api/intakes.list', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await list.search('扎西');
  await expect(page.getByText('核心服务返回了无法识别的内容（HTTP 500）')).toBeVisible();
  await page.unroute('**/api/intakes.list');
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByText('没有找到与“扎西”相符的登记')).toBeVisible();

  await page.getByRole('link', { name: '案卷' }).click();
  await expect(page.getByRole('row').filter({ hasText: '次仁卓玛投诉日喀则市雪域建筑工程有限公司' })).toBeVisible();
  await snap(page, 'cases-list');
});
