// The inspection proceeding from 立案 to 结案, pure: each step's guard and its sentence, its input checks, and the
// clocks it starts. Every expected date was counted by hand on the State Council's holiday notices (the
// arrangements are listed at the top of deadlines-hand.test.ts: 2025 国庆+中秋 10/1–10/8 off, make-up 9/28 (日) and
// 10/11 (六); 2026 元旦 1/1–1/3 off, make-up 1/4 (日); 2026 中秋 9/25–9/27 and 国庆 10/1–10/7 off, make-up 9/20 (日)
// and 10/10 (六)), not copied from the engine's output.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { blockedBy, PROCEEDINGS, stateAfter, type ActionEvent, type ProceedingView, type TeamMemberView } from '../../shared/domain/proceedings';
import { compensationFen } from '../../shared/domain/proceedings/inspection-decisions';

const def = PROCEEDINGS.inspection;
const inspector = (n: number): TeamMemberView => ({ staffId: `s-${n}`, role: 'handler', enforcementCertExpiry: '2030-12-31', arbitratorCertExpiry: null });

function view(status: string, events: ActionEvent[], today: string, over: Partial<ProceedingView> = {}): ProceedingView {
  return {
    kind: 'inspection',
    status,
    number: '日喀则人社监立字〔2025〕第1号',
    today,
    events,
    caseFile: { collective: false, urgent: false, leaderStaffId: null },
    team: [inspector(1), inspector(2)],
    pendingApproval: null,
    awaitingReceipt: null,
    basis: { calendar: DEFAULT_CALENDAR, settings: {} },
    ...over,
  };
}

/** Takes a step as the engine does — guard, schema, check, events — and returns the next view, or what refused it. */
function step(p: ProceedingView, action: string, raw: Record<string, unknown>): { next: ProceedingView; refused: null } | { next: null; refused: string | Record<string, string> } {
  const a = def.actions[action]!;
  const blocked = blockedBy(def, p, action);
  if (blocked) return { next: null, refused: blocked };
  const parsed = a.input.safeParse(raw);
  if (!parsed.success) return { next: null, refused: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
  const problems = a.check?.(p, parsed.data as never);
  if (problems) return { next: null, refused: problems };
  return { next: { ...p, status: stateAfter(a, p), events: [...p.events, ...a.events(parsed.data as never, p)] }, refused: null };
}

function ok(p: ProceedingView, action: string, raw: Record<string, unknown>, today = p.today): ProceedingView {
  const r = step({ ...p, today }, action, raw);
  if (r.refused) throw new Error(`${action} refused: ${JSON.stringify(r.refused)}`);
  return r.next!;
}

const due = (p: ProceedingView, rule: string) => deadlinesFromEvents([...p.events], { today: p.today, calendar: DEFAULT_CALENDAR, proceedingKind: 'inspection' }).filter((d) => d.rule === rule);

const filed = (date: string) => view('filed', [{ kind: 'received', date }, { kind: 'accepted', date }, { kind: 'filed', date }], date);
const FLAGS = { reviewCase: 'none', serious: 'no' };

describe('investigation', () => {
  it('立案 on Thu 2025-09-18, before 国庆: 调查终结 due Wed 2025-12-17; extended once by 30 working days to Thu 2026-01-29 (over 元旦, make-up 1/4)', () => {
    // By hand: 9/19, 9/22–26, 9/28 (make-up), 9/29–30 = 9; 10/9, 10/10, 10/11 (make-up) = 12; … 12/17 = 60.
    // Then 12/18, 12/19, 12/22–26, 12/29–31 = 10; 1/4 (make-up) = 11; 1/5–1/9 … 1/29 = 30.
    const p = filed('2025-09-18');
    expect(due(p, 'inspection.investigate').map((d) => d.due)).toEqual(['2025-12-17']);
    const extended = ok(p, 'extendInvestigation', { date: '2025-12-10', reason: '涉及多个分包单位，需调取银行流水' }, '2025-12-10');
    expect(extended.events.at(-1)).toEqual({ kind: 'extended', date: '2025-12-10', rule: 'inspection.investigate' });
    expect(due(extended, 'inspection.investigate').map((d) => d.status)).toEqual(['extended']);
    expect(due(extended, 'inspection.investigate.extended').map((d) => d.due)).toEqual(['2026-01-29']);
    // Art. 17: once only.
    expect(step({ ...extended, today: '2026-01-05' }, 'extendInvestigation', { date: '2026-01-05', reason: '仍需调查取证' }).refused).toBe(
      '调查期限已经延长过一次，不能再次延长（《劳动保障监察条例》第十七条：经批准可以延长三十个工作日）',
    );
    // After the 60 working days nothing is left to extend.
    expect(step({ ...p, today: '2025-12-18' }, 'extendInvestigation', { date: '2025-12-18', reason: '涉及多个分包单位' }).refused).toBe(
      '调查期限已于2025-12-17届满，届满后不能再批准延长（《劳动保障监察条例》第十七条）',
    );
  });

  it('立案 on Tue 2026-01-20, before 春节: 调查终结 due Tue 2026-04-21 (make-up 2/14 and 2/28, 清明 off); extended to Thu 2026-06-04 (劳动节 off, make-up 5/9)', () => {
    // By hand: 1/21–1/23 = 3, … 2/13 = 18, 2/14 (make-up) = 19, 2/15–2/23 off, 2/24–2/27 = 23, 2/28 (make-up) = 24,
    // 3/2 … 3/31 = 46, 4/1–4/3 = 49, 4/4–4/6 off, 4/7 … 4/20 = 59, 4/21 = 60.
    // Then 4/22–4/24 = 3, 4/27–4/30 = 7, 5/1–5/5 off, 5/6–5/8 = 10, 5/9 (make-up) = 11, 5/11 … 5/29 = 26, 6/1–6/4 = 30.
    const p = filed('2026-01-20');
    expect(due(p, 'inspection.investigate').map((d) => d.due)).toEqual(['2026-04-21']);
    const extended = ok(p, 'extendInvestigation', { date: '2026-04-21', reason: '涉及多个分包单位，需调取银行流水' }, '2026-04-21');
    expect(due(extended, 'inspection.investigate.extended').map((d) => d.due)).toEqual(['2026-06-04']);
  });

  it('an order to pay needs two certified inspectors, a deadline after its date and an amount; 调查终结 meets the investigation clock', () => {
    const p = filed('2025-09-18');
    const order = { date: '2025-09-22', deadline: '2025-09-30', amountFen: 12_800_050, workers: 15, facts: '拖欠15名农民工2025年6月至8月工资' };
    expect(step({ ...p, today: '2025-09-22', team: [inspector(1)] }, 'issueOrder', order).refused).toBe('下达指令书前须指定两名以上持有效执法证的承办人（现有1名，《劳动保障监察条例》第十六条）');
    expect(step({ ...p, today: '2025-09-22' }, 'issueOrder', { ...order, deadline: '2025-09-22' }).refused).toEqual({ deadline: '限期支付日期应晚于指令书作出日期（2025-09-22）' });
    expect(step({ ...p, today: '2025-09-22' }, 'issueOrder', { ...order, amountFen: 0 }).refused).toEqual({ amountFen: '责令支付金额应大于零' });
    expect(step({ ...p, today: '2025-09-22' }, 'issueOrder', { ...order, amountFen: 100.5 }).refused).toEqual({ amountFen: '责令支付金额必须精确到分' });
    const ordered = ok(p, 'issueOrder', order, '2025-09-22');
    expect(ordered.status).toBe('filed');
    expect(def.actions.issueOrder!.summary(order as never, ordered)).toBe('2025-09-22 下达限期改正（支付）指令书：责令于2025-09-30前支付15名劳动者工资¥128,000.50；违法事实：拖欠15名农民工2025年6月至8月工资');
    const closed = ok(ordered, 'closeInvestigation', { date: '2025-11-03', facts: '查明拖欠工资128,000.50元', opinion: '拟作出行政处理决定' }, '2025-11-03');
    expect(closed.status).toBe('investigationClosed');
    expect(due(closed, 'inspection.investigate')).toMatchObject([{ due: '2025-12-17', status: 'met', metOn: '2025-11-03' }]);
  });
});

/** Filed 2025-09-18, ordered, investigation closed, prior notice served on Tue 2025-09-30. */
function noticed(intended: 'handling' | 'penalty' | 'both') {
  let p = ok(filed('2025-09-18'), 'issueOrder', { date: '2025-09-22', deadline: '2025-09-26', amountFen: 12_800_050, workers: 15, facts: '拖欠工资' }, '2025-09-22');
  p = ok(p, 'closeInvestigation', { date: '2025-09-29', facts: '逾期未支付', opinion: '拟作出决定' }, '2025-09-29');
  return ok(p, 'priorNotice', { date: '2025-09-30', intended, content: '拟责令支付工资并加付赔偿金' }, '2025-09-30');
}

describe('decisions', () => {
  it('waits for the statement period: 3 working days from Tue 2025-09-30 end Sat 2025-10-11 (make-up), unless the party has spoken', () => {
    // By hand: 10/1–10/8 off; 10/9 = 1, 10/10 = 2, 10/11 (make-up Saturday) = 3.
    const p = noticed('handling');
    // No penalty intended: no hearing to ask for, so no such clock (行政处罚法 Art. 63).
    expect(due(p, 'penalty.hearingRequest')).toEqual([]);
    expect(due(noticed('both'), 'penalty.hearingRequest').map((d) => d.due)).toEqual(['2025-10-14']);
    const decide = { date: '2025-10-11', wagesFen: 12_800_050, compensationPercent: 50, ...FLAGS };
    expect(step({ ...p, today: '2025-10-11' }, 'decideHandling', decide).refused).toBe(
      '当事人陈述、申辩的期限至2025-10-11届满；当事人已陈述、申辩或者期限届满之后才能作出决定（《行政处罚法》第四十四条、第四十五条；《劳动保障监察条例》第十九条）',
    );
    expect(step({ ...p, today: '2025-10-13' }, 'decideHandling', { ...decide, date: '2025-10-13' }).refused).toBeNull();
    const spoke = ok(p, 'recordStatement', { date: '2025-10-09', statement: '工程款未到位', review: '理由不成立' }, '2025-10-09');
    expect(step({ ...spoke, today: '2025-10-09' }, 'decideHandling', { ...decide, date: '2025-10-09' }).refused).toBeNull();
  });

  it('赔偿金 is 0 or 50%–100% of the amount, and only after an order to pay (条例 Art. 26)', () => {
    const p = { ...noticed('handling'), today: '2025-10-13' };
    const decide = { date: '2025-10-13', wagesFen: 12_800_050, ...FLAGS };
    expect(step(p, 'decideHandling', { ...decide, compensationPercent: 49 }).refused).toEqual({ compensationPercent: '赔偿金为应付金额的50%至100%（《劳动保障监察条例》第二十六条）；不责令加付赔偿金的填0' });
    expect(step(p, 'decideHandling', { ...decide, compensationPercent: 101 }).refused).toEqual({ compensationPercent: '加付赔偿金比例不能大于100%' });
    const noOrder = { ...p, events: p.events.filter((e) => e.kind !== 'orderIssued') };
    expect(step(noOrder, 'decideHandling', { ...decide, compensationPercent: 50 }).refused).toEqual({
      compensationPercent: '加付赔偿金以逾期不支付限期支付指令为前提（《劳动保障监察条例》第二十六条），本案未下达限期改正（支付）指令书',
    });
    expect(step(noOrder, 'decideHandling', { ...decide, compensationPercent: 0 }).refused).toBeNull();
    // ¥128,000.50 × 75% = ¥96,000.375 → ¥96,000.38 (half up to the fen).
    expect(compensationFen(12_800_050, 75)).toBe(9_600_038);
    expect(def.actions.decideHandling!.summary({ ...decide, compensationPercent: 75 } as never, p)).toBe('2025-10-13 作出行政处理决定：责令支付工资¥128,000.50，加付赔偿金¥96,000.38（应付金额的75%）');
  });

  it('法制审核 and 集体讨论 are on file before a decision the law says needs them (行政处罚法 Arts. 57–58)', () => {
    const p = { ...noticed('handling'), today: '2025-10-13' };
    const decide = { date: '2025-10-13', wagesFen: 12_800_050, compensationPercent: 0 };
    expect(step(p, 'decideHandling', { ...decide, reviewCase: 'complex', serious: 'yes' }).refused).toEqual({
      reviewCase: '案件情况疑难复杂、涉及多个法律关系的，作出决定前须经法制审核（《行政处罚法》第五十八条）；请先登记法制审核',
      serious: '情节复杂或者重大违法的，应当由负责人集体讨论决定（《行政处罚法》第五十七条）；请先登记集体讨论',
    });
    expect(step(p, 'collectiveDiscussion', { date: '2025-10-13', participants: ['李强'], minutes: '同意' }).refused).toEqual({ participants: '集体讨论须有两名以上负责人参加' });
    let q = ok(p, 'legalReview', { date: '2025-10-13', reviewer: '卓嘎', opinion: '事实清楚，证据确凿，适用依据正确' });
    q = ok(q, 'collectiveDiscussion', { date: '2025-10-13', participants: ['李强', '格桑'], minutes: '同意责令支付' });
    expect(q.status).toBe('noticed');
    expect(step(q, 'decideHandling', { ...decide, reviewCase: 'complex', serious: 'yes' }).refused).toBeNull();
    // Once only.
    const decided = ok(q, 'decideHandling', { ...decide, reviewCase: 'complex', serious: 'yes' });
    expect(blockedBy(def, decided, 'decideHandling')).toBe('本案已作出行政处理决定');
  });

  it('a hearing: asked within 5 working days (to Tue 2025-10-14), notified 7 working days ahead, then reviewed before the penalty', () => {
    const p = noticed('both');
    // Handling only: no hearing (行政处罚法 Art. 63 concerns penalties).
    expect(blockedBy(def, { ...noticed('handling'), today: '2025-10-09' }, 'requestHearing')).toBe(
      '听证适用于拟作出的行政处罚（《行政处罚法》第六十三条、第六十四条）；本案事先告知的是行政处理决定，不组织听证',
    );
    // By hand: 10/9, 10/10, 10/11 (make-up), 10/13, 10/14 = 5 working days.
    expect(step({ ...p, today: '2025-10-15' }, 'requestHearing', { date: '2025-10-15' }).refused).toEqual({
      date: '当事人应当在事先告知后五个工作日内（2025-10-14前）要求听证，逾期提出的不再组织听证（《行政处罚法》第六十三条、第六十四条）',
    });
    // The penalty waits for those 5 working days when nobody asked.
    expect(step({ ...p, today: '2025-10-14' }, 'decidePenalty', { date: '2025-10-14', fineFen: 2_000_000, basis: '《劳动保障监察条例》第三十条', announced: 'present', ...FLAGS }).refused).toBe(
      '当事人要求听证的期限至2025-10-14届满，届满之前不能作出行政处罚决定（《行政处罚法》第六十三条、第六十四条）',
    );
    const asked = ok(p, 'requestHearing', { date: '2025-10-14' }, '2025-10-14');
    expect(blockedBy(def, asked, 'decidePenalty')).toMatch(/^劳动保障监察案件当前为“当事人要求听证，待通知”/);
    // Hearing on Mon 2025-10-27: back 7 working days — 10/24, 10/23, 10/22, 10/21, 10/20, 10/17, 10/16 → notice by Thu 10/16.
    expect(step({ ...asked, today: '2025-10-17' }, 'scheduleHearing', { date: '2025-10-17', hearingDate: '2025-10-27', place: '市人社局三楼听证室' }).refused).toEqual({
      hearingDate: '听证定于2025-10-27的，通知最迟应于2025-10-16送达（听证的七个工作日前，《行政处罚法》第六十三条、第六十四条第二项）；请另定听证日期',
    });
    const scheduled = ok(asked, 'scheduleHearing', { date: '2025-10-16', hearingDate: '2025-10-27', place: '市人社局三楼听证室' }, '2025-10-16');
    expect(due(scheduled, 'penalty.hearingNotice')).toMatchObject([{ due: '2025-10-16', status: 'met' }]);
    expect(step({ ...scheduled, today: '2025-10-24' }, 'holdHearing', { date: '2025-10-24', record: '提前举行' }).refused).toEqual({ date: '听证已通知于2025-10-27举行，听证日期不能早于该日' });
    const heard = ok(scheduled, 'holdHearing', { date: '2025-10-27', record: '当事人对欠薪数额无异议' }, '2025-10-27');
    expect(heard.status).toBe('noticed');
    const penalty = { date: '2025-10-28', fineFen: 2_000_000, basis: '《劳动保障监察条例》第三十条', announced: 'absent', ...FLAGS };
    expect(step({ ...heard, today: '2025-10-28' }, 'decidePenalty', penalty).refused).toBe('本案经过听证程序，作出决定前须经法制审核（《行政处罚法》第五十八条第二项）；请先登记法制审核');
    const reviewed = ok(heard, 'legalReview', { date: '2025-10-28', reviewer: '卓嘎', opinion: '同意' }, '2025-10-28');
    const decided = ok(reviewed, 'decidePenalty', penalty, '2025-10-28');
    // 行政处罚法 Art. 60: 90 days from 立案 (9/18 + 90 = 12/17), met on 10/28.
    expect(due(decided, 'penalty.decide')).toMatchObject([{ due: '2025-12-17', status: 'met', metOn: '2025-10-28' }]);
    // Announced with the party absent on Tue 10/28: served within 7 working days (行政处罚法 Arts. 61, 85) —
    // 10/29, 10/30, 10/31, 11/3, 11/4, 11/5, 11/6 → Thu 2025-11-06.
    expect(due(decided, 'penalty.serveDecision')).toMatchObject([{ due: '2025-11-06', status: 'running' }]);
    const servedPenalty = ok(decided, 'serveDecision', { date: '2025-11-05', which: 'penalty', recipient: '日喀则市华建建筑工程有限公司' }, '2025-11-05');
    expect(due(servedPenalty, 'penalty.serveDecision')).toMatchObject([{ due: '2025-11-06', status: 'met', metOn: '2025-11-05' }]);
    // Handed over at the announcement: no service clock runs.
    expect(due(ok(reviewed, 'decidePenalty', { ...penalty, announced: 'present' }, '2025-10-28'), 'penalty.serveDecision')).toEqual([]);
  });
});

describe('after the decision', () => {
  /** A handling decision served on Tue 2026-03-31. */
  function served() {
    const base = view('noticed', [
      { kind: 'filed', date: '2026-01-05' },
      { kind: 'orderIssued', date: '2026-01-06' },
      { kind: 'investigationClosed', date: '2026-03-02' },
      { kind: 'priorNoticeServed', date: '2026-03-03' },
      { kind: 'statementMade', date: '2026-03-04' },
    ], '2026-03-30');
    const decided = ok(base, 'decideHandling', { date: '2026-03-30', wagesFen: 5_000_000, compensationPercent: 100, ...FLAGS });
    return ok(decided, 'serveDecision', { date: '2026-03-31', which: 'handling', recipient: '日喀则市华建建筑工程有限公司' }, '2026-03-31');
  }

  it('the windows: 复议 60 days to Mon 2026-06-01 (5/30 is a Saturday), 诉讼 6 months to Wed 2026-09-30 (no 9/31); confirmed only after', () => {
    const p = served();
    expect(due(p, 'decision.reconsideration')).toMatchObject([{ due: '2026-06-01', party: '日喀则市华建建筑工程有限公司' }]);
    expect(due(p, 'decision.litigation')).toMatchObject([{ due: '2026-09-30' }]);
    expect(step({ ...p, today: '2026-09-30' }, 'expireAppeal', { date: '2026-09-30' }).refused).toBe('当事人申请行政复议或者提起行政诉讼的期限至2026-09-30届满，届满之后才能确认');
    const effective = ok(p, 'expireAppeal', { date: '2026-10-08' }, '2026-10-08');
    // 行政强制法 Art. 53 counts 3 months from the day the periods expired: 9/30 → 12/30 (Wed).
    expect(effective.events.at(-1)).toEqual({ kind: 'appealPeriodExpired', date: '2026-09-30' });
    expect(due(effective, 'enforcement.court')).toMatchObject([{ due: '2026-12-30' }]);
  });

  it('催告 then 10 working days: served Fri 2026-09-18 the wait ends Fri 2026-10-09 (make-up 9/20, 中秋 and 国庆 off); the court only after', () => {
    // By hand: 9/20 (make-up) = 1, 9/21–9/24 = 5, 9/25 off, 9/28–9/30 = 8, 10/1–10/7 off, 10/8 = 9, 10/9 = 10.
    const p = view('effective', [{ kind: 'filed', date: '2026-01-05' }, { kind: 'appealPeriodExpired', date: '2026-09-10' }], '2026-09-18');
    const demanded = ok(p, 'demand', { date: '2026-09-18', amountFen: 10_000_000 });
    expect(due(demanded, 'enforcement.demand')).toMatchObject([{ due: '2026-10-09' }]);
    expect(blockedBy(def, { ...demanded, today: '2026-10-09' }, 'applyEnforcement')).toBe(
      '催告书送达后十个工作日（至2026-10-09）届满仍未履行的，才能申请人民法院强制执行（《行政强制法》第五十四条）',
    );
    expect(step({ ...demanded, today: '2026-10-10' }, 'applyEnforcement', { date: '2026-10-09', court: '日喀则市桑珠孜区人民法院' }).refused).toEqual({
      date: '申请日期应在催告期满（2026-10-09）之后（《行政强制法》第五十四条）',
    });
    const applied = ok(demanded, 'applyEnforcement', { date: '2026-10-10', court: '日喀则市桑珠孜区人民法院' }, '2026-10-10');
    expect(due(applied, 'enforcement.court')).toMatchObject([{ status: 'met', metOn: '2026-10-10' }]);
  });
});

describe('撤销立案 and 结案', () => {
  it('结案 states its method truthfully, with the amounts the statistics count', () => {
    const p = { ...filed('2025-09-18'), today: '2025-10-20' };
    const close = { date: '2025-10-20', method: 'paidInFull', recoveredFen: 12_800_050, workersPaid: 15, summary: '用人单位已全额支付' };
    expect(step(p, 'close', { ...close, recoveredFen: 0, workersPaid: 0 }).refused).toEqual({ recoveredFen: '以“全额支付”结案的，请填写追发的工资总额' });
    expect(step(p, 'close', { ...close, workersPaid: 0 }).refused).toEqual({ workersPaid: '追发了工资的，请填写获得支付的劳动者人数' });
    expect(step(p, 'close', { ...close, method: 'decided' }).refused).toEqual({ method: '本案尚未作出行政处理或行政处罚决定，不能以“作出决定”结案' });
    expect(step(p, 'close', { ...close, method: 'revoked' }).refused).toEqual({ method: '本案未经批准撤销立案，不能以“撤销立案”结案' });
    expect(step(p, 'close', { ...close, method: '全额' }).refused).toEqual({ method: '请选择结案方式' });
    const closed = ok(p, 'close', close);
    expect(closed.status).toBe('closed');
    // Paid in full during the investigation: 结案 ends it, and its clock no longer runs.
    expect(due(closed, 'inspection.investigate')).toMatchObject([{ status: 'met', metOn: '2025-10-20' }]);
    expect(def.closed).toContain('closed');
    const revoked = ok(p, 'revoke', { date: '2025-10-20', reason: '违法行为轻微并已改正' });
    expect(due(revoked, 'inspection.investigate')).toMatchObject([{ status: 'met', metOn: '2025-10-20' }]);
    expect(step(revoked, 'close', close).refused).toEqual({ method: '本案已撤销立案，结案方式应为“撤销立案”' });
    expect(ok(revoked, 'close', { ...close, method: 'revoked', recoveredFen: 0, workersPaid: 0 }).status).toBe('closed');
  });
});
