// The arbitration's changes of course as the definition takes them — guard, schema, check, events — and the award
// clock the engine counts from the events, each date counted by hand across the 2025–2026 holiday notices
// (国务院办公厅: 2025 国庆中秋 10-01…10-08; 2026 元旦 01-01…01-03, 春节 02-15…02-23). 办案规则 Arts. 44, 46, 47,
// 56, 57; 调解仲裁法 Arts. 43, 44.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import type { DeadlineSettings } from '../../shared/domain/deadline-rules';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { buildExtensionNotice, buildResumptionNotice } from '../../shared/domain/documents/arbitration-change-papers';
import { DocumentInputError } from '../../shared/domain/documents/template-engine';
import { extensionSample, resumptionSample } from '../fixtures/arbitration-change-papers';
import { availableActions, blockedBy, PROCEEDINGS, stateAfter, type ActionEvent, type ProceedingView, type TeamMemberView } from '../../shared/domain/proceedings';

const def = PROCEEDINGS.arbitration;
const arbitrator = (n: number): TeamMemberView => ({ staffId: `a-${n}`, role: 'handler', enforcementCertExpiry: null, arbitratorCertExpiry: '2030-12-31', name: `仲裁员${n}`, active: true });
const clerk: TeamMemberView = { staffId: 'c-1', role: 'handler', enforcementCertExpiry: null, arbitratorCertExpiry: null, name: '书记员', active: true };

function view(status: string, events: ActionEvent[], today: string, settings: DeadlineSettings = {}): ProceedingView {
  return {
    kind: 'arbitration',
    status,
    number: '日喀则劳人仲案字〔2025〕第1号',
    today,
    events,
    caseFile: { collective: false, urgent: false, leaderStaffId: null },
    team: [arbitrator(1), arbitrator(2), arbitrator(3), clerk],
    pendingApproval: null,
    awaitingReceipt: null,
    basis: { calendar: DEFAULT_CALENDAR, settings },
    lastHearing: null,
  };
}

type Refusal = string | Record<string, string>;

function step(p: ProceedingView, action: string, raw: Record<string, unknown>): { next: ProceedingView; refused: null } | { next: null; refused: Refusal } {
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

function refused(p: ProceedingView, action: string, raw: Record<string, unknown>, today = p.today): Refusal {
  const r = step({ ...p, today }, action, raw);
  if (!r.refused) throw new Error(`${action} was taken`);
  return r.refused;
}

/** The 45-day award clock as the engine counts it on the view's events. */
const award = (p: ProceedingView, settings: DeadlineSettings = {}) =>
  deadlinesFromEvents([...p.events], { today: p.today, calendar: DEFAULT_CALENDAR, settings, rules: ['arbitration.award'] })[0]!;

const accepted = (date: string, today: string) => view('accepted', [{ kind: 'received', date }, { kind: 'accepted', date }], today);

describe('Art. 46 restarts: each a step with its event; the award clock counts again from its day', () => {
  it('追加当事人: accepted 2025-09-01 (due 10-16, after the National Day week); a party added 09-10 → 45th day 10-25 (Sat), rolled to 10-27', () => {
    let p = accepted('2025-09-01', '2025-09-10');
    expect(award(p).due).toBe('2025-10-16');
    p = ok(p, 'addParty', { date: '2025-09-10', role: 'thirdParty', name: '日喀则市雪域劳务有限公司', reason: '实际用工单位，与案件处理结果有利害关系' });
    expect(p.status).toBe('accepted');
    expect(p.events.at(-1)).toEqual({ kind: 'restarted', date: '2025-09-10' });
    // 09-11 … 09-30 = 20, 10-01 … 10-25 = 25: the 45th day is Saturday 10-25 → Monday 10-27.
    expect(award(p)).toMatchObject({ startedOn: '2025-09-10', due: '2025-10-27' });
    expect(award(p).trace).toContain('因重新计算期限的事由，自 2025-09-10 起重新计算（《劳动人事争议仲裁办案规则》第四十六条）');
  });

  it('增加、变更仲裁请求 only before the 举证期限 ends (Art. 44): none set → refused; after it → refused; on its last day → the clock restarts, over the 2026 Spring Festival', () => {
    let p = accepted('2025-12-26', '2026-01-05');
    // 12-27 … 12-31 = 5, January 31, 02-01 … 02-09 = 9: Monday 2026-02-09.
    expect(award(p).due).toBe('2026-02-09');
    const change = { date: '2026-01-05', content: '增加请求：支付2025年12月工资8,600元' };
    expect(refused(p, 'changeClaims', change)).toEqual({ date: expect.stringContaining('本案尚未指定举证期限') });
    p = ok(p, 'setEvidencePeriod', { date: '2025-12-29', until: '2026-01-05' }, '2025-12-29');
    // The 举证期限 is a day appointed ahead: later steps may be dated before it.
    expect(ok(p, 'addParty', { date: '2025-12-30', role: 'respondent', name: '日喀则市华建建筑工程有限公司第一分公司', reason: '实际用工的分支机构' }, '2025-12-30').status).toBe('accepted');
    expect(refused(p, 'changeClaims', { ...change, date: '2026-01-06' }, '2026-01-06')).toEqual({
      date: '举证期限已于 2026-01-05 届满，不能再增加或变更仲裁请求；申请人可就新的请求另行申请仲裁（《劳动人事争议仲裁办案规则》第四十四条）',
    });
    p = ok(p, 'changeClaims', change, '2026-01-05');
    // 01-06 … 01-31 = 26, 02-01 … 02-19 = 19: Thursday 02-19 falls in the Spring Festival (02-15 … 02-23) → Tuesday 02-24.
    expect(award(p)).toMatchObject({ startedOn: '2026-01-05', due: '2026-02-24' });
  });

  it('反申请 (Art. 36): restarts the clock and opens its own service (5 working days) and defence (10 working days) clocks', () => {
    let p = accepted('2025-12-26', '2025-12-31');
    p = ok(p, 'counterClaim', { date: '2025-12-31', content: '请求裁决申请人返还多领取的工资2,000元' });
    expect(p.events.slice(-2)).toEqual([
      { kind: 'restarted', date: '2025-12-31' },
      { kind: 'counterClaimAccepted', date: '2025-12-31' },
    ]);
    // 2026-01-01 … 01-31 = 31, 02-01 … 02-14 = 14: Saturday 02-14 is a make-up working day (调休上班) — not rolled.
    expect(award(p).due).toBe('2026-02-14');
    const serve = deadlinesFromEvents([...p.events], { today: '2025-12-31', rules: ['arbitration.counterClaimServe'] })[0]!;
    // Working days after 12-31: 01-04 (Sun, 调休上班), 01-05, 01-06, 01-07, 01-08 — 元旦 01-01 … 01-03 skipped.
    expect(serve.due).toBe('2026-01-08');
    expect(refused(p, 'receiveCounterClaimDefence', { date: '2025-12-31', party: '扎西' })).toBe('反申请书副本尚未送达申请人');
    p = ok(p, 'serveCounterClaim', { date: '2026-01-05', recipient: '扎西' }, '2026-01-05');
    const defence = deadlinesFromEvents([...p.events], { today: '2026-01-05', rules: ['arbitration.counterClaimDefence'] })[0]!;
    // 10 working days after Monday 01-05: 01-06 … 01-09 (4), 01-12 … 01-16 (9), 01-19 (10).
    expect(defence).toMatchObject({ label: '申请人对反申请提交答辩书（扎西）', due: '2026-01-19' });
    expect(refused(accepted('2025-12-26', '2025-12-31'), 'serveCounterClaim', { date: '2025-12-31', recipient: '扎西' })).toBe('本案没有受理反申请，无需送达反申请书副本');
  });

  it('接受移送 restarts; a jurisdiction decision restarts only where the bureau set it (Art. 46 names no such ground)', () => {
    let p = accepted('2026-03-02', '2026-03-10');
    p = ok(p, 'receiveTransfer', { date: '2026-03-10', content: '拉萨市劳动人事争议仲裁委员会移送' });
    // 03-11 … 03-31 = 21, 04-01 … 04-24 = 24: Friday 04-24.
    expect(award(p).due).toBe('2026-04-24');
    p = ok(p, 'decideJurisdictionObjection', { date: '2026-03-20', decision: 'dismissed', reason: '劳动合同履行地在本委辖区内' }, '2026-03-20');
    expect(award(p).due).toBe('2026-04-24');
    // Set to restart: 03-21 … 03-31 = 11, 04-01 … 04-30 = 30, 05-01 … 05-04 = 4: 05-04 is in 劳动节 (05-01 … 05-05) → 05-06.
    expect(award(p, { jurisdictionDecisionRestarts: true })).toMatchObject({ startedOn: '2026-03-20', due: '2026-05-06' });
  });

  it('none is taken before 受理, after the case ended, or during a 中止', () => {
    const received = view('received', [{ kind: 'received', date: '2026-03-02' }], '2026-03-02');
    expect(refused(received, 'addParty', { date: '2026-03-02', role: 'thirdParty', name: '甲', reason: '利害关系人' })).toBe(
      '劳动人事争议仲裁案件当前为“已收件，待审查”，不能追加当事人（仅在已受理、仲裁庭已组成、已决定回避，待重新组成仲裁庭时可以）',
    );
    const suspended = view('suspended', [{ kind: 'accepted', date: '2026-03-02' }, { kind: 'paused', date: '2026-03-05' }], '2026-03-06');
    expect(refused(suspended, 'counterClaim', { date: '2026-03-06', content: '反请求' })).toContain('当前为“仲裁中止”');
  });
});

describe('中止 and 恢复 (办案规则 Arts. 46, 47)', () => {
  it('the days of a 中止 are not counted: accepted 2026-01-05, suspended 01-20, resumed 02-24 → due 03-26', () => {
    let p = accepted('2026-01-05', '2026-01-20');
    expect(def.actions.suspend!.approval).toBe('leader');
    p = ok(p, 'suspend', { date: '2026-01-20', ground: 'awaitingAppraisal', detail: '申请人伤残等级鉴定尚未作出' });
    expect(p.status).toBe('suspended');
    expect(award({ ...p, today: '2026-02-01' }).status).toBe('paused');
    p = ok(p, 'resume', { date: '2026-02-24', reason: '伤残等级鉴定结论已送达' }, '2026-02-24');
    expect(p.status).toBe('accepted');
    // Counted 01-06 … 01-19 = 14; not counted 01-20 … 02-23; then 02-24 … 02-28 = 5 and 03-01 … 03-26 = 26: 45.
    expect(award(p).due).toBe('2026-03-26');
    // A change after it restarts the count from its own day, and the old pause is behind it: 03-02 + 45 = 04-16.
    p = ok(p, 'setEvidencePeriod', { date: '2026-02-25', until: '2026-03-06' }, '2026-02-25');
    p = ok(p, 'changeClaims', { date: '2026-03-02', content: '变更请求：经济补偿改为赔偿金' }, '2026-03-02');
    expect(award(p).due).toBe('2026-04-16');
  });

  it('恢复 returns to the stage the 中止 interrupted: a composed tribunal stays composed', () => {
    const composed = view('composed', [{ kind: 'accepted', date: '2026-03-02' }, { kind: 'composed', date: '2026-03-03' }], '2026-03-05');
    const s = ok(composed, 'suspend', { date: '2026-03-05', ground: 'workerDied', detail: null });
    expect(ok(s, 'resume', { date: '2026-03-20', reason: '继承人表示参加仲裁' }, '2026-03-20').status).toBe('composed');
  });

  it('refused in the wrong state, twice, or with "其他" unexplained', () => {
    const p = accepted('2026-03-02', '2026-03-05');
    expect(refused(p, 'resume', { date: '2026-03-05', reason: '中止事由消除' })).toBe('劳动人事争议仲裁案件当前为“已受理”，不能恢复仲裁（仅在仲裁中止时可以）');
    expect(refused(view('received', [{ kind: 'received', date: '2026-03-02' }], '2026-03-05'), 'suspend', { date: '2026-03-05', ground: 'forceMajeure' })).toBe(
      '劳动人事争议仲裁案件当前为“已收件，待审查”，不能中止仲裁（仅在已受理、仲裁庭已组成时可以）',
    );
    const s = ok(p, 'suspend', { date: '2026-03-05', ground: 'forceMajeure' });
    expect(refused(s, 'suspend', { date: '2026-03-05', ground: 'forceMajeure' })).toContain('当前为“仲裁中止”，不能中止仲裁');
    expect(refused(p, 'suspend', { date: '2026-03-05', ground: 'other' })).toEqual({ detail: '中止事由为“其他”的，请写明具体情形' });
    expect(refused(p, 'suspend', { date: '2026-03-05', ground: 'rain' })).toEqual({ ground: '请选择中止的事由' });
    expect(refused(s, 'resume', { date: '2026-03-04', reason: '中止事由消除' })).toEqual({ date: '恢复日期不能早于本程序上一步骤的日期（2026-03-05）' });
  });
});

describe('简易处理 (办案规则 Arts. 56, 57): a sole arbitrator only for a case decided simple', () => {
  const sole = { date: '2026-03-03', form: 'sole', presidingStaffId: 'a-1', memberStaffIds: [], clerkStaffId: 'c-1' };
  const simplify = { date: '2026-03-03', ground: 'consent', amountFen: 1_200_000, bar: 'none', note: null };

  it('refuses 独任 without the decision; takes it once decided; the panel needs none', () => {
    const p = accepted('2026-03-02', '2026-03-03');
    expect(refused(p, 'compose', sole)).toEqual({ form: expect.stringContaining('独任仲裁只适用于简易处理的案件') });
    expect(ok(p, 'compose', { ...sole, form: 'panel', memberStaffIds: ['a-2', 'a-3'] }).status).toBe('composed');
    const s = ok(p, 'simplify', simplify);
    expect(s.events.at(-1)).toEqual({ kind: 'simplifiedHandling', date: '2026-03-03' });
    expect(ok(s, 'compose', sole).status).toBe('composed');
    expect(refused(s, 'simplify', simplify)).toBe('本案已决定简易处理');
  });

  it('refuses a case with an Art. 57 bar, and an unknown ground', () => {
    const p = accepted('2026-03-02', '2026-03-03');
    expect(refused(p, 'simplify', { ...simplify, bar: 'whereaboutsUnknown' })).toEqual({ bar: '被申请人下落不明的案件不适用简易处理（《劳动人事争议仲裁办案规则》第五十七条）' });
    expect(refused(p, 'simplify', { ...simplify, ground: 'cheap' })).toEqual({ ground: '请选择适用条件' });
  });
});

describe('先予执行 (调解仲裁法 Art. 44) and 先行裁决 (Art. 43)', () => {
  const apply = { date: '2026-03-04', applicant: '扎西', claim: 'wages', amountFen: 1_860_000, reason: '拖欠三个月工资，生活困难' };
  const rule = { date: '2026-03-05', decision: 'granted', amountFen: 1_500_000, facts: '拖欠工资事实清楚，不先予执行将严重影响申请人生活', court: '日喀则市桑珠孜区人民法院' };

  it('a ruling needs an application; a second application waits for the ruling; a grant names the amount and the court', () => {
    const p = accepted('2026-03-02', '2026-03-05');
    expect(refused(p, 'ruleProvisionalExecution', rule)).toBe('没有待裁定的先予执行申请');
    const a = ok(p, 'applyProvisionalExecution', apply);
    expect(refused(a, 'applyProvisionalExecution', apply)).toBe('已有先予执行申请尚未裁定，请先作出裁定');
    expect(refused(a, 'ruleProvisionalExecution', { ...rule, court: null })).toEqual({ court: '准予先予执行的裁定移送人民法院执行，请写明人民法院（《劳动争议调解仲裁法》第四十四条）' });
    expect(refused(a, 'ruleProvisionalExecution', { ...rule, amountFen: 0 })).toEqual({ amountFen: '准予先予执行的，请写明先予执行的金额' });
    const r = ok(a, 'ruleProvisionalExecution', rule);
    expect(r.status).toBe('accepted');
    expect(def.actions.ruleProvisionalExecution!.documents).toEqual(['provisionalExecutionRuling']);
    // Refused without a court: no court needed.
    expect(ok(a, 'ruleProvisionalExecution', { ...rule, decision: 'refused', court: null }).events.at(-1)).toEqual({ kind: 'provisionalExecutionRuled', date: '2026-03-05' });
  });

  it('先行裁决 after 组庭 only, and the award clock runs on for the rest', () => {
    const p = accepted('2026-03-02', '2026-03-05');
    expect(refused(p, 'partialAward', { date: '2026-03-05', items: ['支付2025年9月至11月工资18,600元'] })).toContain('不能先行裁决');
    const c = view('composed', [...p.events, { kind: 'composed', date: '2026-03-03' }], '2026-03-05');
    const d = ok(c, 'partialAward', { date: '2026-03-05', items: ['支付2025年9月至11月工资18,600元'] });
    expect(award(d)).toMatchObject({ status: 'running', metOn: null });
  });
});

describe('steps that follow another are offered only once it is taken', () => {
  it('the counter-claim’s service and answer, and the 先予执行 ruling', () => {
    const offered = (p: ProceedingView) => availableActions(def, p).map((a) => a.action);
    let p = accepted('2026-03-02', '2026-03-05');
    expect(offered(p).filter((a) => ['serveCounterClaim', 'receiveCounterClaimDefence', 'ruleProvisionalExecution'].includes(a))).toEqual([]);
    p = ok(p, 'counterClaim', { date: '2026-03-05', content: '请求返还多领取的工资' });
    expect(offered(p)).toContain('serveCounterClaim');
    expect(offered(p)).not.toContain('receiveCounterClaimDefence');
    p = ok(p, 'applyProvisionalExecution', { date: '2026-03-05', applicant: '扎西', claim: 'wages', amountFen: 100_000, reason: '生活困难无以为继' });
    expect(offered(p)).toContain('ruleProvisionalExecution');
  });
});

describe('the 恢复仲裁通知书 says when its due date is 暂定', () => {
  it('prints the provisional sentence only for a date in a year whose notice is not entered', () => {
    const text = (provisional: boolean) => JSON.stringify(buildResumptionNotice({ ...resumptionSample, awardDueProvisional: provisional }).body);
    expect(text(false)).toContain('至2026年3月26日届满');
    expect(text(false)).not.toContain('暂定');
    expect(text(true)).toContain('届满日为暂定；安排公布后届满日如有变化，本委将另行通知');
  });
});

describe('the 延长审理期限通知书 (调解仲裁法 Art. 43(1): the extension is notified to the parties in writing)', () => {
  it('is addressed to the parties and says the case number, the approval day, the reason, the 15 days and the new last day', () => {
    const d = buildExtensionNotice(extensionSample);
    expect(d).toMatchObject({ kind: 'extensionNotice', title: '延长审理期限通知书', number: '日喀则劳人仲案字〔2026〕第3号', addressee: '扎西、日喀则市华建建筑工程有限公司：' });
    const body = d.body.map((b) => JSON.stringify(b)).join('');
    for (const element of [
      '案号：日喀则劳人仲案字〔2026〕第3号',
      '本委于2026年1月5日受理',
      '因伤残等级鉴定结论作出后，双方对工资计算基数争议较大，需调取用人单位全部工资台账，本案案情复杂需要延期',
      '《劳动争议调解仲裁法》第四十三条第一款',
      '经本委主任于2026年3月2日批准',
      '延长期限不超过十五日',
      '原至2026年3月26日届满，延长后至2026年4月10日届满',
    ]) {
      expect(body, element).toContain(element);
    }
    expect(body).not.toContain('暂定');
    expect(JSON.stringify(buildExtensionNotice({ ...extensionSample, extendedDueProvisional: true }).body)).toContain('届满日为暂定');
    expect(d.signature?.lines.map((l) => l.name)).toEqual(['王芳', '李明', '罗布', '央金']);
  });
  it('refuses a case without a number, or a new last day not after the old one, in Chinese', () => {
    expect(() => buildExtensionNotice({ ...extensionSample, caseNumber: null })).toThrow(DocumentInputError);
    expect(() => buildExtensionNotice({ ...extensionSample, caseNumber: null })).toThrow('本案尚未编立案号，不能制作延长审理期限通知书');
    expect(() => buildExtensionNotice({ ...extensionSample, extendedDue: '2026-03-26' })).toThrow('延长后的届满日2026-03-26不晚于原届满日2026-03-26，请核对');
  });
});

describe('延长审理期限 (调解仲裁法 Art. 43(1))', () => {
  // Accepted 2025-08-17: the 45th day, 10-01, falls in the 国庆 holiday and moves to 10-09; the extension's 15 days run to
  // the 60th day from acceptance, 10-16 (a working day: no move).
  const accepted = view('composed', [{ kind: 'accepted', date: '2025-08-17' }], '2025-09-20');
  const clocks = (p: ProceedingView) =>
    deadlinesFromEvents([...p.events], { today: p.today, calendar: DEFAULT_CALENDAR, rules: ['arbitration.award', 'arbitration.award.extended'] }).map((d) => [d.rule, d.due, d.status]);

  it('extends the award clock once, by 15 days, on a leader’s approval, while the 45 days run; the stage does not change', () => {
    expect(def.actions.extendAward!.approval).toBe('leader');
    expect(def.actions.extendAward!.documents).toEqual(['extensionNotice']);
    expect(clocks(accepted)).toEqual([['arbitration.award', '2025-10-09', 'running']]);
    const extended = ok(accepted, 'extendAward', { date: '2025-09-20', reason: '案情复杂，需调取工程项目全部考勤' });
    expect(extended.status).toBe('composed');
    expect(clocks(extended)).toEqual([
      ['arbitration.award', '2025-10-09', 'extended'],
      ['arbitration.award.extended', '2025-10-16', 'running'],
    ]);
    expect(refused(extended, 'extendAward', { date: '2025-09-21', reason: '仍需调查' }, '2025-09-21')).toBe(
      '审理期限已经延长过一次，不能再次延长（《劳动争议调解仲裁法》第四十三条第一款：延长期限不得超过十五日）',
    );
    expect(refused(accepted, 'extendAward', { date: '2025-10-10', reason: '案情复杂' }, '2025-10-10')).toBe('审理期限已于2025-10-09届满，届满后不能再批准延长（《劳动争议调解仲裁法》第四十三条第一款）');
    expect(refused(accepted, 'extendAward', { date: '2025-09-20', reason: '' })).toEqual({ reason: expect.any(String) });
    expect(availableActions(def, { ...accepted, status: 'awarded' }).map((a) => a.action)).not.toContain('extendAward');
  });
});
