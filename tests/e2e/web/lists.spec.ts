import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import type { IntakeCreateInput } from '../../../shared/contract';
import { instantOf } from '../../../shared/domain/time';
import { ADMIN, signInAs } from '../../helpers/accounts';
import { expect, snap, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';
import { brokenNames, expectFits } from '../pages/table-layout';
import { chooseOption } from '../pages/select';

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

  await chooseOption(page, page.getByRole('combobox', { name: '类型' }), '咨询');
  await expect(list.rows()).toHaveCount(6);
  await chooseOption(page, page.getByRole('combobox', { name: '类型' }), '全部');

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

/** Names as long as a desk meets: a Tibetan name of seven characters, a company of thirty, a workplace and a hometown. */
function longNames(receivedAt: number): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'cluePlatform',
    externalNo: 'GZ2026-0117',
    receivedAt,
    summary: '在桑珠孜区雪域高原建筑劳务分包有限责任公司承建的工地务工，8月至10月工资未付。',
    workersCount: 14,
    parties: [
      { newParty: { kind: 'organisation', name: '西藏自治区日喀则市桑珠孜区雪域高原建筑劳务分包有限责任公司' }, role: 'employer' },
      { newParty: { kind: 'individual', name: '欧阳建国' }, role: 'laborTeam' },
    ],
    complainants: [
      { name: '阿旺罗布桑丹增', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 1_234_500, hometown: '西藏自治区日喀则市南木林县', occupation: '钢筋工', workplace: '西藏自治区日喀则市桑珠孜区雪域高原建筑劳务分包有限责任公司', isRepresentative: true },
      { name: '次仁旺姆', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 1_234_500 },
      { name: '欧阳娜娜', idType: 'none', idMissingReason: '未带证件' },
    ],
    route: 'inspection',
    urgent: true,
  };
}

test.describe('on a 1366×768 screen', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the desk’s lists show their status column and keep every name whole', async ({ page, app }) => {
    await app.initializeWithDemo();
    const desk = await signInAs(app.core, '次仁卓玛', DEMO_PASSWORD);
    await desk.call('intakes.create', longNames(Date.now() - 60_000));
    await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);

    const list = new IntakeListPage(page);
    await list.goto();
    await expect(list.rows().first()).toContainText('阿旺罗布桑丹增');
    const intakes = page.getByRole('table', { name: '接待登记列表' });
    await expectFits(intakes, '状态');
    expect(await brokenNames(intakes, ['类型 / 渠道', '投诉人', '被投诉方'])).toEqual([]);
    await snap(page, 'intakes-1366', { fullPage: false });

    await page.getByRole('link', { name: '案卷' }).click();
    const cases = page.getByRole('table', { name: '案卷列表' });
    await expect(cases.getByTestId('case-row').first()).toContainText('阿旺罗布桑丹增等14人投诉');
    // 程序 carries each proceeding's status; 标记, the last column, shows too.
    await expectFits(cases, '程序');
    await expectFits(cases, '标记');
    expect(await brokenNames(cases, ['案卷', '包案领导', '被投诉方'])).toEqual([]);
    await snap(page, 'cases-1366', { fullPage: false });

    await list.goto();
    await list.rows().filter({ hasText: '2026-0001' }).click();
    const people = page.getByRole('table', { name: '投诉人名单' });
    await expect(people.getByTestId('complainant-row').first()).toContainText('扎西');
    await expectFits(people, '证件状态');
    await expectFits(people, '诉求金额');
    expect(await brokenNames(people, ['姓名', '职业、工作单位', '籍贯'])).toEqual([]);
    await page.getByRole('link', { name: '返回登记台账' }).click();
    await list.rows().first().click();
    await expect(people.getByTestId('complainant-row').first()).toContainText('阿旺罗布桑丹增');
    await expectFits(people, '诉求金额');
    expect(await brokenNames(people, ['姓名', '职业、工作单位', '籍贯'])).toEqual([]);
    expect(await brokenNames(page.getByRole('table', { name: '被投诉方' }), ['名称'])).toEqual([]);
    await snap(page, 'intake-detail-1366');
  });

  test('so do the administrator’s lists of staff and units', async ({ page, app }) => {
    await app.initializeWithDemo();
    await app.signIn(page, ADMIN.name, ADMIN.password);
    const staff = page.getByRole('table', { name: '工作人员' });
    await expect(staff.getByTestId('staff-row').filter({ hasText: '达瓦次仁' })).toBeVisible();
    await expectFits(staff, '状态');
    expect(await brokenNames(staff, ['姓名', '科室', '角色'])).toEqual([]);
    await snap(page, 'staff-1366', { fullPage: false });
    await page.getByRole('tab', { name: '单位与科室' }).click();
    const units = page.getByRole('table', { name: '单位与科室' });
    await expect(units.getByTestId('unit-row').first()).toBeVisible();
    await expectFits(units, '局领导');
    expect(await brokenNames(units, ['单位'])).toEqual([]);
    await snap(page, 'units-1366', { fullPage: false });
  });
});
