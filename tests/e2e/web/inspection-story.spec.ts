// Issue #12's story on screen, in thirteen steps, on a fresh unit: fifteen workers' complaint with its 包案领导 → 立案 on
// the leader's approval → the order to pay → one partial payment by the 总包 → 监察联调 with three instalments → the
// first paid, the second missed, and the way back to the inspection in one action → the decision → paid in full → 结案.
// One timeline, counted back from today (the later steps need an instalment already past due); each step arranges
// through the core exactly what the steps before it did on screen, then does its own part on screen. Every date shown
// is the engine's (computeDeadline on the bundled calendar the unit counts on); each worker's 尚欠 is checked after
// every payment against a ledger the spec keeps itself.
import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../../shared/domain/calendar';
import { computeDeadline } from '../../../shared/domain/deadlines';
import { formatYuan } from '../../../shared/domain/money';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { expect, shoot, test, type AppFixture } from '../fixtures';
import { act, approve, groupComplaintTakenIn, INSPECTORS, LEADER, openCaseFile, type GroupComplaint, type Worker } from '../group-complaint';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

const EMPLOYER = '日喀则市珠峰建筑劳务有限公司';
const GC = '中建三局西藏分公司';
const INSPECTOR = INSPECTORS[0];

/** Fifteen workers and what each is owed (no name inside another, so a row is found by its name). */
const WORKERS: readonly Worker[] = [
  ['扎西顿珠', 1_280_000], ['次仁多吉', 960_050], ['格桑曲珍', 800_000], ['达瓦平措', 750_000], ['尼玛卓嘎', 720_000],
  ['旺堆', 680_000], ['索朗群培', 650_000], ['平措罗布', 640_000], ['拉巴次仁', 600_000], ['边巴', 580_000],
  ['白玛央金', 560_000], ['米玛', 550_000], ['普布扎西', 540_000], ['德吉卓玛', 520_000], ['洛桑', 500_000],
].map(([name, owedFen]) => ({ name: name as string, owedFen: owedFen as number }));
const TOTAL = WORKERS.reduce((s, w) => s + w.owedFen, 0);

// The timeline, from today (Beijing).
const T = dateKeyOf(Date.now());
const day = (n: number) => addDays(T, n);
const D = {
  received: day(-21),
  filed: day(-20),
  order: day(-19),
  orderDeadline: day(-12),
  partial: day(-10),
  mediation: day(-9),
  agreed: day(-8),
  due1: day(-5),
  due2: day(-2),
  due3: day(10),
};
const PARTIAL = { name: '扎西顿珠', fen: 500_000 };
/** 第1期 (the group's) is 次仁多吉's whole wage, 第2期 格桑曲珍's own, 第3期 (the group's) the rest. */
const INSTALMENTS = [
  { person: null, dueOn: D.due1, fen: 960_050 },
  { person: '格桑曲珍', dueOn: D.due2, fen: 800_000 },
  { person: null, dueOn: D.due3, fen: TOTAL - PARTIAL.fen - 960_050 - 800_000 },
] as const;

interface Paid {
  name: string;
  fen: number;
  on: string;
  /** 1-based instalment it pays, if any. */
  instalment?: number;
}
const PAID_PARTIAL: Paid = { name: PARTIAL.name, fen: PARTIAL.fen, on: D.partial };
const PAID_FIRST: Paid = { name: '次仁多吉', fen: 960_050, on: D.due1, instalment: 1 };

/** Each worker's 尚欠 after these payments: what is owed less what was paid to them. */
function owedAfter(paid: readonly Paid[]): Record<string, number> {
  return Object.fromEntries(WORKERS.map((w) => [w.name, w.owedFen - paid.filter((p) => p.name === w.name).reduce((s, p) => s + p.fen, 0)]));
}

// ——— the steps through the core, each what its test does on screen ———

type Story = GroupComplaint;

async function takenIn(app: AppFixture): Promise<Story> {
  return groupComplaintTakenIn(app, { employer: EMPLOYER, workers: WORKERS, summary: '十五名工人反映珠峰劳务公司拖欠三个月工资', receivedAt: instantOf(D.received, '09:30') });
}

async function filingAsked(app: AppFixture): Promise<Story> {
  const s = await takenIn(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'file', { date: D.filed, opinion: '十五名工人被拖欠工资，建议立案查处' });
  return s;
}

async function filed(app: AppFixture): Promise<Story> {
  const s = await filingAsked(app);
  await approve(s.leader, s.caseFileId, 'inspection', D.filed);
  return s;
}

async function ordered(app: AppFixture): Promise<Story> {
  const s = await filed(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'issueOrder', { date: D.order, deadline: D.orderDeadline, amountFen: TOTAL, workers: WORKERS.length, facts: '拖欠十五名工人三个月工资' });
  return s;
}

async function pay(s: Story, p: Paid, ref: string): Promise<void> {
  let instalmentId: string | null = null;
  if (p.instalment) {
    const view = await s.inspector.call('mediation.instalments', { caseFileId: s.caseFileId });
    instalmentId = view.agreements[0]!.instalments.find((i) => i.seq === p.instalment)!.id;
  }
  await s.inspector.call('payments.record', {
    caseFileId: s.caseFileId, kind: 'worker', personId: s.personIds[p.name]!, payerKind: 'generalContractor', payerName: GC,
    method: 'transfer', bankReference: ref, paidOn: p.on, amountFen: p.fen, instalmentId,
  });
}

async function partlyPaid(app: AppFixture): Promise<Story> {
  const s = await ordered(app);
  await pay(s, PAID_PARTIAL, '6228480012340001');
  return s;
}

async function mediating(app: AppFixture): Promise<Story> {
  const s = await partlyPaid(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'mediate', { date: D.mediation, note: '住建局、公安局、总包中建三局参加' });
  await act(s.inspector, s.caseFileId, 'jointMediation', 'accept', { date: D.mediation });
  return s;
}

async function agreed(app: AppFixture): Promise<Story> {
  const s = await mediating(app);
  await act(s.inspector, s.caseFileId, 'jointMediation', 'agree', {
    date: D.agreed,
    note: '总包先行清偿，分三期支付',
    instalments: INSTALMENTS.map((i) => ({ personId: i.person ? s.personIds[i.person]! : null, dueOn: i.dueOn, amountFen: i.fen, payerName: GC })),
    overOwedReason: null,
  });
  return s;
}

async function firstPaid(app: AppFixture): Promise<Story> {
  const s = await agreed(app);
  await pay(s, PAID_FIRST, '6228480012340002');
  return s;
}

async function wentBack(app: AppFixture): Promise<Story> {
  const s = await firstPaid(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'closeInvestigation', { date: T, facts: '用人单位拖欠十五名工人工资，调解协议第2期逾期未履行', opinion: '拟作出行政处理决定' });
  return s;
}

/** What is still owed when the decision is made: the wages ordered paid. */
const OWED_AT_DECISION = TOTAL - PAID_PARTIAL.fen - PAID_FIRST.fen;
const HALF = Math.round(OWED_AT_DECISION / 2);

/** 事先告知 today, and the employer's 陈述申辩 recorded with its review. */
async function stated(app: AppFixture): Promise<Story> {
  const s = await wentBack(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'priorNotice', { date: T, intended: 'handling', content: '拟责令支付拖欠的工资并加付赔偿金' });
  await act(s.inspector, s.caseFileId, 'inspection', 'recordStatement', { date: T, statement: '总包已先行清偿部分工资，其余按协议支付', review: '调解协议已逾期未履行，理由不成立' });
  return s;
}

async function decisionAsked(app: AppFixture): Promise<Story> {
  const s = await stated(app);
  await act(s.inspector, s.caseFileId, 'inspection', 'decideHandling', { date: T, wagesFen: OWED_AT_DECISION, compensationPercent: 50, reviewCase: 'none', serious: 'no' });
  return s;
}

async function decided(app: AppFixture): Promise<Story> {
  const s = await decisionAsked(app);
  await approve(s.leader, s.caseFileId, 'inspection', T);
  return s;
}

/** The rest, through the core: 第2期 late to 格桑曲珍, then 第3期 to each of the others still owed. */
function remainingPayments(): Paid[] {
  const rest: Paid[] = [{ name: '格桑曲珍', fen: 800_000, on: T, instalment: 2 }];
  for (const [name, fen] of Object.entries(owedAfter([PAID_PARTIAL, PAID_FIRST]))) {
    if (name !== '格桑曲珍' && fen > 0) rest.push({ name, fen, on: T, instalment: 3 });
  }
  return rest;
}
const CLOSE_REPORT = '总包先行清偿并按调解协议和处理决定向十五名工人全额支付工资';
const bankRef = (n: number) => `62284800123410${String(n).padStart(2, '0')}`;

async function paidInFull(app: AppFixture): Promise<Story> {
  const s = await decided(app);
  for (const [n, p] of remainingPayments().entries()) await pay(s, p, bankRef(n));
  return s;
}

// ——— on screen ———

const card = (page: Page, label: string) => page.getByTestId('proceeding-card').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
const inspection = (page: Page) => card(page, '劳动保障监察案件');
const mediation = (page: Page) => card(page, '调解（监察联调）');

async function open(page: Page, app: AppFixture, s: Story, who: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCaseFile(page, app, s, who);
}

/** A window-sized picture with `at` at the top, below the app bar. */
async function shot(page: Page, name: string, at?: Locator): Promise<void> {
  if (at) {
    await at.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -72);
    });
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await shoot(page, name);
}

/** Each worker's 尚欠 on the 支付情况 table is what the ledger says. */
async function expectOwed(page: Page, paid: readonly Paid[]): Promise<void> {
  const rows = page.getByTestId('payments-panel').getByTestId('payment-worker-row');
  await expect(rows).toHaveCount(WORKERS.length);
  for (const [name, fen] of Object.entries(owedAfter(paid))) {
    await expect(rows.filter({ hasText: name }).locator('td').nth(3)).toHaveText(formatYuan(fen));
  }
  const left = Object.values(owedAfter(paid)).reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('payments-total')).toContainText(formatYuan(left));
}

/** 记录支付: the 总包's transfer to one worker's own card, against an instalment when given. */
async function payOnScreen(page: Page, p: Paid, ref: string): Promise<void> {
  await page.getByRole('button', { name: '记录支付' }).click();
  const dialog = page.getByRole('dialog', { name: '记录支付' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '支付方' }), '总包先行清偿');
  await dialog.getByRole('textbox', { name: '支付方名称' }).fill(GC);
  await chooseOption(page, dialog.getByRole('combobox', { name: '收款劳动者' }), p.name, { exact: true });
  await dialog.getByRole('textbox', { name: '支付金额（元）' }).fill((p.fen / 100).toFixed(2));
  await fillDate(page, '支付日期', p.on, dialog);
  await dialog.getByRole('textbox', { name: '银行流水号' }).fill(ref);
  if (p.instalment) {
    await chooseOption(page, dialog.getByRole('combobox', { name: '对应调解协议分期' }), new RegExp(`^第${p.instalment}期`));
  }
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

/** The leader approves the step waiting on the card, signed on `date`. */
async function approveOnScreen(page: Page, label: string, date: string, opinion: string): Promise<void> {
  await inspection(page).getByTestId('pending-approval').getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog', { name: `批准：${label}` });
  await fillDate(page, '审批日期', date, dialog);
  await dialog.getByRole('textbox', { name: '审批意见' }).fill(opinion);
  await dialog.getByRole('button', { name: '批准' }).click();
  await expect(dialog).toHaveCount(0);
}

test.describe('监察联调 story: fifteen workers from the complaint to 结案', () => {
  test('1 · fifteen workers’ complaint, taken in with its 包案领导: the inspector asks for 立案', async ({ page, app, consoleErrors }) => {
    const s = await takenIn(app);
    await open(page, app, s, INSPECTOR);
    await expect(inspection(page)).toContainText('投诉人（15）');
    await inspection(page).getByRole('button', { name: '立案（提请领导审批）' }).click();
    const dialog = page.getByRole('dialog', { name: /^提请领导审批：立案/ });
    await fillDate(page, '立案日期', D.filed, dialog);
    await dialog.getByRole('textbox', { name: '立案意见' }).fill('十五名工人被拖欠工资，建议立案查处');
    await dialog.getByRole('button', { name: '提请领导审批' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(inspection(page).getByTestId('pending-approval')).toContainText('待领导审批：立案');
    await shot(page, 'story-1-filing-asked', inspection(page));
    expect(consoleErrors).toEqual([]);
  });

  test('2 · the leader approves 立案 on its date: numbered, and the 60 working days run', async ({ page, app, consoleErrors }) => {
    const s = await filingAsked(app);
    await open(page, app, s, LEADER);
    await expect(page.getByTestId('team-panel').getByRole('row').filter({ hasText: '包案领导' })).toContainText(LEADER);
    await expect(inspection(page).getByTestId('pending-approval')).toContainText('待领导审批：立案');
    await approveOnScreen(page, '立案', D.filed, '同意立案');
    await expect(inspection(page)).toContainText('已立案，调查中');
    await expect(inspection(page)).not.toContainText('未编号');
    // 60 working days from 立案 (监察条例 Art. 17), as the engine counts them.
    const investigate = inspection(page).getByTestId('deadline-row').filter({ hasText: /^调查终结/ }).first();
    await expect(investigate).toContainText(computeDeadline({ rule: 'inspection.investigate', start: D.filed }).due);
    await shot(page, 'story-2-filed', inspection(page));
    expect(consoleErrors).toEqual([]);
  });

  test('3 · the order to pay all fifteen, with its deadline', async ({ page, app, consoleErrors }) => {
    const s = await filed(app);
    await open(page, app, s, INSPECTOR);
    await inspection(page).getByRole('button', { name: '下达限期改正（支付）指令书' }).click();
    const dialog = page.getByRole('dialog', { name: /^下达限期改正（支付）指令书/ });
    await fillDate(page, '指令书作出日期', D.order, dialog);
    await fillDate(page, '限期支付日期', D.orderDeadline, dialog);
    await dialog.getByRole('textbox', { name: '责令支付金额' }).fill((TOTAL / 100).toFixed(2));
    await dialog.getByRole('textbox', { name: '涉及劳动者人数' }).fill(String(WORKERS.length));
    await dialog.getByRole('textbox', { name: '违法事实' }).fill('拖欠十五名工人三个月工资');
    await shot(page, 'story-3-order-dialog');
    await dialog.getByRole('button', { name: '确认下达限期改正（支付）指令书' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`${D.order} 下达限期改正（支付）指令书：责令于${D.orderDeadline}前支付15名劳动者工资${formatYuan(TOTAL)}`)).toBeVisible();
    await shot(page, 'story-3-ordered', inspection(page));
    expect(consoleErrors).toEqual([]);
  });

  test('4 · one partial payment by the 总包: that worker’s 尚欠 drops, the other fourteen stay', async ({ page, app, consoleErrors }) => {
    const s = await ordered(app);
    await open(page, app, s, INSPECTOR);
    await expectOwed(page, []);
    await payOnScreen(page, PAID_PARTIAL, '6228480012340001');
    await expectOwed(page, [PAID_PARTIAL]);
    await expect(page.getByTestId('payments-panel').getByTestId('payment-row')).toContainText('总包先行清偿');
    await shot(page, 'story-4-partial-payment', page.getByRole('heading', { name: /^支付情况/ }));
    expect(consoleErrors).toEqual([]);
  });

  test('5 · 监察联调 beside the inspection, with the same parties, accepted the same day', async ({ page, app, consoleErrors }) => {
    const s = await partlyPaid(app);
    await open(page, app, s, INSPECTOR);
    await inspection(page).getByRole('button', { name: '组织监察联调' }).click();
    const start = page.getByRole('dialog', { name: /^组织监察联调/ });
    await fillDate(page, '联调受理日期', D.mediation, start);
    await start.getByRole('textbox', { name: '参加联调的部门和单位' }).fill('住建局、公安局、总包中建三局参加');
    await start.getByRole('button', { name: '确认组织监察联调' }).click();
    await expect(start).toHaveCount(0);
    await expect(mediation(page)).toContainText('待受理');
    await expect(mediation(page)).not.toContainText('案号');
    await expect(mediation(page)).toContainText('投诉人（15）');
    await expect(inspection(page)).toContainText('已立案，调查中');

    await mediation(page).getByRole('button', { name: '受理调解' }).click();
    const accept = page.getByRole('dialog', { name: /^受理调解/ });
    await fillDate(page, '受理日期', D.mediation, accept);
    await accept.getByRole('button', { name: '确认受理调解' }).click();
    await expect(accept).toHaveCount(0);
    await expect(mediation(page)).toContainText('调解中');
    // No agreement within 15 days of the acceptance: either side may go to arbitration (调解仲裁法 Art. 14).
    await expect(mediation(page).getByTestId('deadline-row').filter({ hasText: /^调解期满/ })).toContainText(computeDeadline({ rule: 'mediation.noAgreement', start: D.mediation }).due);
    await shot(page, 'story-5-mediating', mediation(page));
    expect(consoleErrors).toEqual([]);
  });

  test('6 · the 调解协议: three instalments, two for the group and one for 格桑曲珍, summing to what is still owed', async ({ page, app, consoleErrors }) => {
    const s = await mediating(app);
    await open(page, app, s, INSPECTOR);

    await mediation(page).getByRole('button', { name: '达成调解协议' }).click();
    const agree = page.getByRole('dialog', { name: '达成调解协议' });
    await fillDate(page, '协议生效日期', D.agreed, agree);
    await agree.getByRole('textbox', { name: '协议要点' }).fill('总包先行清偿，分三期支付');
    for (const [n, i] of INSTALMENTS.entries()) {
      if (n > 0) await agree.getByRole('button', { name: '增加一期' }).click();
      await chooseOption(page, agree.getByRole('combobox', { name: '收款人' }).nth(n), i.person ?? '全体劳动者', { exact: true });
      await fillDate(page, `第${n + 1}期到期日期`, i.dueOn, agree);
      await agree.getByRole('textbox', { name: `第${n + 1}期金额（元）` }).fill((i.fen / 100).toFixed(2));
      await agree.getByRole('textbox', { name: `第${n + 1}期支付义务人` }).fill(GC);
    }
    await expect(agree.getByTestId('plan-total')).toHaveText(`合计 ${formatYuan(TOTAL - PARTIAL.fen)}；劳动者尚欠工资合计 ${formatYuan(TOTAL - PARTIAL.fen)}`);
    await shot(page, 'story-6-agreement-dialog');
    await agree.getByRole('button', { name: '确认达成调解协议' }).click();
    await expect(agree).toHaveCount(0);

    const panel = page.getByTestId('agreement-panel');
    const rows = panel.getByTestId('instalment-row');
    await expect(rows).toHaveCount(3);
    for (const [n, i] of INSTALMENTS.entries()) {
      await expect(rows.nth(n)).toContainText(i.dueOn);
      await expect(rows.nth(n)).toContainText(formatYuan(i.fen));
    }
    // The 15 days for a joint 仲裁审查 (办案规则 Art. 74) run from the agreement, as the engine counts them.
    await expect(panel.getByTestId('review-window')).toContainText(`${D.agreed} 至 ${computeDeadline({ rule: 'mediation.arbReview', start: D.agreed }).due}`);
    await expect(mediation(page)).toContainText('达成调解协议');
    await shot(page, 'story-6-agreement', page.getByRole('heading', { name: /^调解协议履行情况/ }));
    expect(consoleErrors).toEqual([]);
  });

  test('7 · 第1期 paid by the 总包 against its instalment: 次仁多吉 paid in full, the others as they were', async ({ page, app, consoleErrors }) => {
    const s = await agreed(app);
    await open(page, app, s, INSPECTOR);
    await payOnScreen(page, PAID_FIRST, '6228480012340002');
    await expectOwed(page, [PAID_PARTIAL, PAID_FIRST]);
    await expect(page.getByTestId('agreement-panel').getByTestId('instalment-row').nth(0)).toContainText('已履行');
    await shot(page, 'story-7-first-paid', page.getByRole('heading', { name: /^支付情况/ }));
    expect(consoleErrors).toEqual([]);
  });

  test('8 · 第2期 missed: the way back opens 调查终结 in one action', async ({ page, app, consoleErrors }) => {
    const s = await firstPaid(app);
    await open(page, app, s, INSPECTOR);
    await expectOwed(page, [PAID_PARTIAL, PAID_FIRST]);
    const panel = page.getByTestId('agreement-panel');
    const rows = panel.getByTestId('instalment-row');
    await expect(rows.nth(0)).toContainText('已履行');
    await expect(rows.nth(1)).toContainText('逾期未履行（2天）');
    await expect(rows.nth(2)).toContainText('待履行');
    const missed = panel.getByTestId('instalment-missed');
    await expect(missed).toContainText('有 1 期调解协议逾期未履行');
    await expect(missed).toContainText('劳动保障监察案件（已立案，调查中）');
    // The way back: the order and the road to a decision — not mediating again, revoking or closing while money is owed.
    // and the workers' own roads: the 支付令申请书 made from the agreement (调解仲裁法 Art. 16), and arbitration with the application prefilled.
    await expect(missed.getByRole('button')).toHaveText(['下达限期改正（支付）指令书', '调查终结', '制作支付令申请书', '申请劳动仲裁']);
    await shot(page, 'story-8-missed', page.getByRole('heading', { name: /^调解协议履行情况/ }));

    await missed.getByRole('button', { name: '调查终结' }).click();
    const close = page.getByRole('dialog', { name: /^调查终结/ });
    await expect(close).toBeVisible();
    await close.getByRole('textbox', { name: '调查认定的违法事实' }).fill('用人单位拖欠十五名工人工资，调解协议第2期逾期未履行');
    await close.getByRole('textbox', { name: '处理意见' }).fill('拟作出行政处理决定');
    await close.getByRole('button', { name: '确认调查终结' }).click();
    await expect(close).toHaveCount(0);
    await expect(inspection(page)).toContainText('调查终结，待事先告知');
    const clock = inspection(page).getByTestId('deadline-row').filter({ hasText: /^调查终结/ }).first();
    await expect(clock).toContainText(computeDeadline({ rule: 'inspection.investigate', start: D.filed }).due);
    await expect(clock.getByTestId('due-state')).toHaveText('已按期完成');
    await shot(page, 'story-8-went-back', inspection(page));
    expect(consoleErrors).toEqual([]);
  });

  test('9 · the way back to a decision: 事先告知 and 陈述申辩 on file, the inspector asks for the 行政处理决定', async ({ page, app, consoleErrors }) => {
    const s = await stated(app);
    await open(page, app, s, INSPECTOR);
    await inspection(page).getByRole('button', { name: '作出行政处理决定（提请领导审批）' }).click();
    const decide = page.getByRole('dialog', { name: /^提请领导审批：作出行政处理决定/ });
    await decide.getByRole('textbox', { name: '责令支付的工资' }).fill((OWED_AT_DECISION / 100).toFixed(2));
    await decide.getByRole('textbox', { name: '加付赔偿金比例' }).fill('50');
    await decide.getByRole('combobox', { name: '法制审核情形' }).selectOption({ label: '不属于须法制审核的情形' });
    await decide.getByRole('combobox', { name: '是否须集体讨论' }).selectOption({ label: '否' });
    await decide.getByRole('button', { name: '提请领导审批' }).click();
    await expect(decide).toHaveCount(0);
    await expect(inspection(page).getByTestId('pending-approval')).toContainText('待领导审批：作出行政处理决定');
    expect(consoleErrors).toEqual([]);
  });

  test('10 · the leader approves the decision: what is still owed ordered paid, with 50% 赔偿金', async ({ page, app, consoleErrors }) => {
    const s = await decisionAsked(app);
    await open(page, app, s, LEADER);
    await expect(inspection(page).getByTestId('pending-approval')).toContainText(formatYuan(OWED_AT_DECISION));
    await approveOnScreen(page, '作出行政处理决定', T, '同意');
    await expect(inspection(page)).toContainText('已作出决定');
    await expect(page.getByText(`${T} 作出行政处理决定：责令支付工资${formatYuan(OWED_AT_DECISION)}，加付赔偿金${formatYuan(HALF)}（应付金额的50%）`)).toBeVisible();
    await shot(page, 'story-10-decided', inspection(page));
    expect(consoleErrors).toEqual([]);
  });

  test('11 · paid in full: the last transfer on screen, every worker’s 尚欠 ¥0.00, every instalment met', async ({ page, app, consoleErrors }) => {
    const s = await decided(app);
    const rest = remainingPayments();
    const last = rest.pop()!;
    for (const [n, p] of rest.entries()) await pay(s, p, bankRef(n));
    await open(page, app, s, INSPECTOR);
    await expectOwed(page, [PAID_PARTIAL, PAID_FIRST, ...rest]);
    await payOnScreen(page, last, '6228480012349999');
    await expectOwed(page, [PAID_PARTIAL, PAID_FIRST, ...rest, last]);
    await expect(page.getByTestId('payments-total')).toContainText(formatYuan(TOTAL));
    const rows = page.getByTestId('agreement-panel').getByTestId('instalment-row');
    for (let n = 0; n < 3; n++) await expect(rows.nth(n)).toContainText('已履行');
    await expect(page.getByTestId('instalment-missed')).toHaveCount(0);
    await shot(page, 'story-11-paid-in-full', page.getByRole('heading', { name: /^支付情况/ }));
    await shot(page, 'story-11-instalments-met', page.getByRole('heading', { name: /^调解协议履行情况/ }));
    expect(consoleErrors).toEqual([]);
  });

  test('12 · the inspector asks for 结案 (全额支付) with the amounts', async ({ page, app, consoleErrors }) => {
    const s = await paidInFull(app);
    await open(page, app, s, INSPECTOR);
    await inspection(page).getByRole('button', { name: '结案（提请领导审批）' }).click();
    const close = page.getByRole('dialog', { name: /^提请领导审批：结案/ });
    await close.getByRole('combobox', { name: '结案方式' }).selectOption({ label: '全额支付' });
    await close.getByRole('textbox', { name: '追发工资总额' }).fill((TOTAL / 100).toFixed(2));
    await close.getByRole('textbox', { name: '获得支付的劳动者人数' }).fill(String(WORKERS.length));
    await close.getByRole('textbox', { name: '结案报告' }).fill(CLOSE_REPORT);
    await shot(page, 'story-12-close-dialog');
    await close.getByRole('button', { name: '提请领导审批' }).click();
    await expect(close).toHaveCount(0);
    await expect(inspection(page).getByTestId('pending-approval')).toContainText(formatYuan(TOTAL));
    expect(consoleErrors).toEqual([]);
  });

  test('13 · the leader approves 结案: the inspection is closed with its method and amounts on the timeline', async ({ page, app, consoleErrors }) => {
    const s = await paidInFull(app);
    await act(s.inspector, s.caseFileId, 'inspection', 'close', { date: T, method: 'paidInFull', recoveredFen: TOTAL, workersPaid: WORKERS.length, summary: CLOSE_REPORT });
    await open(page, app, s, LEADER);
    await approveOnScreen(page, '结案', T, '同意结案');
    await expect(inspection(page)).toContainText('已结案');
    await expect(page.getByText(`${T} 结案（全额支付）：追发工资${formatYuan(TOTAL)}，15名劳动者获得支付`)).toBeVisible();
    await shot(page, 'story-13-closed');
    expect(consoleErrors).toEqual([]);
  });
});
