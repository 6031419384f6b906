// 监察联调's 调解协议 with 3 instalments (issue #12, joint mediation): the file, its mediation and the agreement signed
// ten days ago are arranged through the core; on screen the inspector records the 总包's transfer against the first
// instalment (offered in 记录支付), the case page shows it 已履行, the second — due three days ago, unpaid — 逾期未履行
// in red, and the leader’s desk lists that missed instalment in red; with it missed, the file stays open saying why and
// the workers’ 支付令申请书 is made from the way-back list; 申请劳动仲裁 opens the application prefilled per worker from the
// agreement, edited and registered, routed to the 仲裁院 to 签收 — and refused, naming it, once it is open.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { takeIn } from '../../helpers/routing';
import { expect, shoot, test, type AppFixture } from '../fixtures';
import { chooseOption, openOptions } from '../pages/select';

const INSPECTOR = '张伟';
const GC = '中建三局西藏分公司';

async function arrange(app: AppFixture): Promise<{ caseFileId: string; title: string }> {
  await app.initializeWithDemo();
  const today = dateKeyOf(Date.now());
  const leader = await app.as('李强', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(addDays(today, -14), '09:30'),
    summary: '三名工人申请监察联调，追讨高原红劳务公司拖欠的工资',
    workersCount: 3,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [
      { name: '边巴次仁', idType: 'none', idMissingReason: '未带证件', isRepresentative: true, amountClaimedFen: 1_280_000 },
      { name: '次仁多吉', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 960_050 },
      { name: '格桑', idType: 'none', idMissingReason: '未带证件', amountClaimedFen: 450_000 },
    ],
    route: 'mediation',
    leaderStaffId: staff.find((s) => s.name === '李强')!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, INSPECTOR, DEMO_PASSWORD);
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === INSPECTOR)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定监察员承办联调' });
  const inspector = await app.as(INSPECTOR, DEMO_PASSWORD);
  const mediation = async () => (await inspector.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'jointMediation')!;
  let p = await mediation();
  await inspector.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: addDays(today, -12) }, expectedRowVersion: p.rowVersion });
  p = await mediation();
  const bianba = created.complainants.find((c) => c.name === '边巴次仁')!.personId;
  await inspector.call('proceedings.act', {
    proceedingId: p.proceedingId,
    action: 'agree',
    input: {
      date: addDays(today, -10),
      note: '总包先行清偿，分三期支付',
      instalments: [
        { personId: null, dueOn: addDays(today, -8), amountFen: 960_050, payerName: GC },
        { personId: bianba, dueOn: addDays(today, -3), amountFen: 800_000, payerName: GC },
        { personId: null, dueOn: addDays(today, 20), amountFen: 930_000, payerName: GC },
      ],
    },
    expectedRowVersion: p.rowVersion,
  });
  const file = await leader.call('cases.get', { id: caseFileId });
  return { caseFileId, title: file.title };
}

/** The page with the 调解协议履行情况 section at the top of the window. */
async function shot(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: /^调解协议履行情况/ }).evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
  await shoot(page, name);
}

test('an agreement of 3 instalments: one paid against its instalment, one missed in red on the file and on the leader’s desk', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, INSPECTOR, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const agreement = page.getByTestId('agreement-panel');
  const rows = agreement.getByTestId('instalment-row');
  await expect(rows).toHaveCount(3);
  await expect(agreement.getByTestId('review-window')).toContainText('十五日内');

  // The 总包 paid the group's first instalment — all of it owed to 次仁多吉 — by transfer: recorded against it.
  await page.getByRole('button', { name: '记录支付' }).click();
  const dialog = page.getByRole('dialog', { name: '记录支付' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '支付方' }), '总包先行清偿');
  await dialog.getByRole('textbox', { name: '支付方名称' }).fill(GC);
  await chooseOption(page, dialog.getByRole('combobox', { name: '收款劳动者' }), '次仁多吉');
  await dialog.getByRole('textbox', { name: '支付金额（元）' }).fill('9600.50');
  await dialog.getByRole('textbox', { name: '银行流水号' }).fill('6228480012344821');
  const instalment = dialog.getByRole('combobox', { name: '对应调解协议分期' });
  await openOptions(page, instalment);
  // 次仁多吉 is offered the group's instalments, not 边巴次仁's own.
  await expect(page.getByRole('option', { name: /^第1期 全体劳动者/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^第2期/ })).toHaveCount(0);
  await chooseOption(page, instalment, /^第1期 全体劳动者/);
  await shoot(page, 'payment-against-instalment');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await expect(rows.nth(0)).toContainText('已履行');
  await expect(rows.nth(1)).toContainText('逾期未履行（3天）');
  await expect(rows.nth(2)).toContainText('待履行');
  const missed = agreement.getByTestId('instalment-missed');
  await expect(missed).toContainText('有 1 期调解协议逾期未履行');
  await expect(missed).toContainText('支付令');
  // The missed row is red (MUI's error.main).
  expect(await rows.nth(1).locator('td').first().evaluate((td) => getComputedStyle(td).color)).toBe('rgb(211, 47, 47)');
  await shot(page, 'agreement-one-paid-one-missed');

  // The leader's desk: the missed instalment in red, opening the file.
  await app.signIn(page, '李强', DEMO_PASSWORD);
  await page.evaluate(() => (location.hash = '#/'));
  const section = page.getByTestId('desk-missed-instalments');
  await expect(section).toBeVisible();
  const item = section.getByTestId('desk-missed-instalment');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${a.title}：调解协议第2期逾期3天未履行`);
  await expect(item).toContainText('边巴次仁');
  await expect(item).toContainText('尚欠 ¥8,000.00');
  await shoot(page, 'desk-missed-instalment');
  await item.click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a missed instalment: the file stays open saying what is owed, and the workers’ 支付令申请书 is made from the way-back list', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, INSPECTOR, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  // The mediation is closed (达成调解协议), the money is not paid: the file is not 办结, and says why.
  await expect(page.getByTestId('closing-blockers')).toContainText('调解协议第2期（边巴次仁，');
  const missed = page.getByTestId('agreement-panel').getByTestId('instalment-missed');
  await missed.getByTestId('payment-order').click();
  const dialog = page.getByRole('dialog', { name: /支付令申请书/ });
  await expect(dialog).toContainText('请求人民法院向被申请人中建三局西藏分公司发出支付令');
  await expect(dialog).toContainText('《中华人民共和国劳动争议调解仲裁法》第十六条');
  await shoot(page, 'payment-order-preview');
  await dialog.getByRole('button', { name: '确认制作' }).click();
  await expect(dialog.getByTestId('issued-notice')).toContainText('已制作');
  expect(consoleErrors).toEqual([]);
});

test('a missed instalment: 申请劳动仲裁 opens the application prefilled per worker, edited and registered, sent to the 仲裁院 to 签收', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.signIn(page, INSPECTOR, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const missed = page.getByTestId('agreement-panel').getByTestId('instalment-missed');
  await missed.getByTestId('arbitration-from-agreement').click();
  const dialog = page.getByRole('dialog', { name: /申请劳动仲裁/ });
  // Nothing paid: each worker is owed their whole share — 边巴次仁 his own ¥8,000 and ¥4,800 of the group's.
  const applicants = dialog.getByTestId('draft-applicant');
  await expect(applicants).toHaveCount(3);
  await expect(applicants.nth(0)).toContainText('边巴次仁 尚欠 ¥12,800.00');
  await expect(applicants.nth(1)).toContainText('次仁多吉 尚欠 ¥9,600.50');
  await expect(dialog.getByTestId('draft-respondent')).toContainText('日喀则市高原红建筑劳务有限公司（用人单位）');
  await expect(dialog).toContainText(`调解协议的支付义务人${GC}不是本案卷登记的当事人`);
  const claims = dialog.getByTestId('draft-claim');
  await expect(claims).toHaveCount(3);
  await expect(claims.nth(0).getByRole('textbox', { name: '金额（元）' })).toHaveValue('12800.00');
  await expect(claims.nth(0).getByRole('textbox', { name: '请求依据' })).toHaveValue(/第1、2期逾期未履行；该协议亦可依《劳动争议调解仲裁法》第十六条申请支付令/);
  // Received today, the day the application is handed in — not the agreement's day.
  const [y, m, d] = dateKeyOf(Date.now()).split('-');
  await expect(dialog.getByRole('group', { name: '收到仲裁申请的日期' })).toContainText(new RegExp(`${y}.*${m}.*${d}`));
  await page.setViewportSize({ width: 1366, height: 1100 });
  await shoot(page, 'arbitration-prefilled');

  // 格桑 does not apply; 次仁多吉 claims ¥9,000 — then 登记.
  await applicants.nth(2).getByRole('checkbox').uncheck();
  await expect(claims).toHaveCount(2);
  await claims.nth(1).getByRole('textbox', { name: '金额（元）' }).fill('9000');
  await dialog.getByRole('button', { name: /^确认登记/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('arbitration-from-agreement-done')).toContainText(/已登记2名劳动者的仲裁申请，转至.*，待签收/);
  // The arbitration now stands in the way back; a second application of the same workers is refused, naming it.
  await expect(missed).toContainText('劳动人事争议仲裁');
  await missed.getByTestId('arbitration-from-agreement').click();
  await expect(page.getByRole('dialog', { name: /申请劳动仲裁/ }).getByTestId('open-arbitration-error')).toContainText('本案卷已有就同一欠薪事实办理中的劳动人事争议仲裁案件：尚未受理的仲裁申请（已收件，待审查；申请人：边巴次仁、次仁多吉）');
  expect(consoleErrors).toEqual([]);
});
