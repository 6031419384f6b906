// What changes an arbitration's course after 受理: the events after which the 45-day award clock counts again from
// their day (办案规则 Art. 46), 中止 and 恢复 (Art. 47: the days between are not counted), the 举证期限 that closes
// the door on changed claims (Art. 44), 简易处理's conditions (Arts. 56–57), 先予执行 (调解仲裁法 Art. 44) and 先行裁决
// (Art. 43). Spread into arbitration's actions; the engine applies them like any step.
import { z } from 'zod';
import { deadlinesFromEvents } from '../deadline-state';
import { choice, dateKey, money, optionalText, text } from '../fields';
import { actionsOf, dateProblems, type FieldProblems, type ProceedingView } from './definition';
import { reasonText } from './inputs';
import type { ArbitrationState } from './arbitration';

const action = actionsOf<ArbitrationState>();

/** The stages in which the case is under way: accepted, the tribunal composed or to be composed again. */
const UNDER_WAY = ['accepted', 'composed', 'recusalGranted'] as const satisfies readonly ArbitrationState[];
/** The stages a 中止 may interrupt; 恢复 returns to the one it interrupted (a tribunal composed stays composed). */
const SUSPENDABLE = ['accepted', 'composed'] as const satisfies readonly ArbitrationState[];
const sameStage = (p: ProceedingView) => p.status as ArbitrationState;

const ART46 = '《劳动人事争议仲裁办案规则》第四十六条';
const ART43 = '《劳动争议调解仲裁法》第四十三条第一款';

/** The 45-day award clock's due day as the deadline engine counts it from the events so far (null while it does not run). */
function awardDue(p: ProceedingView): string | null {
  const events = p.events.map((e) => ({ ...e }));
  return deadlinesFromEvents(events, { today: p.today, calendar: p.basis?.calendar, settings: p.basis?.settings, rules: ['arbitration.award'] })[0]?.due ?? null;
}

/** 办案规则 Art. 47: the grounds for 中止 (its list; "其他" with what it is). 公告送达 pauses the clock by itself (service). */
export const SUSPENSION_GROUNDS = {
  workerDied: '劳动者一方当事人死亡，需要等待继承人表明是否参加仲裁',
  workerIncapacitated: '劳动者一方当事人丧失民事行为能力，尚未确定法定代理人参加仲裁',
  employerTerminated: '用人单位终止，尚未确定权利义务承继者',
  forceMajeure: '一方当事人因不可抗拒的事由，不能参加仲裁',
  awaitingOtherCase: '案件审理需要以其他案件的审理结果为依据，且其他案件尚未审结',
  awaitingAppraisal: '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论',
  other: '其他应当中止仲裁审理的情形',
} as const;

/** 办案规则 Art. 56: simplified handling needs any one of these (the amount against the bureau's figure). */
export const SIMPLIFIED_GROUNDS = {
  factsClear: '事实清楚、权利义务关系明确、争议不大',
  smallAmount: '标的额不超过本省（自治区、直辖市）上年度职工年平均工资',
  consent: '双方当事人同意适用简易处理',
} as const;

/** 办案规则 Art. 57: where simplified handling is barred. */
export const SIMPLIFIED_BARS = {
  none: '不存在第五十七条规定的不适用情形',
  publicInterest: '涉及国家利益、社会公共利益',
  socialImpact: '有重大社会影响',
  whereaboutsUnknown: '被申请人下落不明',
  unsuitable: '仲裁委员会认为不宜简易处理',
} as const;

/** The parameter holding the province's previous-year average annual wage, in yuan (Art. 56(2); published yearly). */
export const AVERAGE_WAGE_PARAMETER = 'arbitration.averageAnnualWage';

/** 调解仲裁法 Art. 44: the claims 先予执行 may be ruled for. */
export const PROVISIONAL_CLAIMS = {
  wages: '追索劳动报酬',
  medical: '工伤医疗费',
  compensation: '经济补偿',
  damages: '赔偿金',
} as const;

const count = (p: ProceedingView, kind: ProceedingView['events'][number]['kind']) => p.events.filter((e) => e.kind === kind).length;

/** The last day of the 举证期限 the tribunal set, if any (the latest setting counts). */
export function evidencePeriodEnd(p: ProceedingView): string | null {
  return p.events.filter((e) => e.kind === 'evidencePeriodEnds').at(-1)?.date ?? null;
}

/** 办案规则 Art. 44: claims are added or changed before the 举证期限 ends; after it, only by a new application. */
export function claimChangeProblem(p: ProceedingView, date: string): FieldProblems | null {
  const end = evidencePeriodEnd(p);
  if (end === null) return { date: '本案尚未指定举证期限：请先办理“指定举证期限”，再登记增加、变更仲裁请求（《劳动人事争议仲裁办案规则》第四十四条）' };
  if (date > end) return { date: `举证期限已于 ${end} 届满，不能再增加或变更仲裁请求；申请人可就新的请求另行申请仲裁（《劳动人事争议仲裁办案规则》第四十四条）` };
  return null;
}

/** 简易处理 decided and not barred: a sole arbitrator may sit (办案规则 Art. 56). Null when it may. */
export function soleArbitratorProblem(p: ProceedingView): string | null {
  return count(p, 'simplifiedHandling') > 0 ? null : '独任仲裁只适用于简易处理的案件：请先办理“决定简易处理”并写明适用条件（《劳动人事争议仲裁办案规则》第五十六条），或组成合议庭';
}

/** A 先予执行 application not yet ruled on. */
export function provisionalPending(p: ProceedingView): boolean {
  return count(p, 'provisionalExecutionApplied') > count(p, 'provisionalExecutionRuled');
}

/** A date and what happened: the input of a step that restarts the award clock. */
const restartInput = (dateLabel: string, contentLabel: string) => z.object({ date: dateKey(dateLabel), content: text(contentLabel, 500) }).strict();

export const ARBITRATION_CHANGES = {
  setEvidencePeriod: action({
    label: '指定举证期限',
    from: UNDER_WAY,
    to: sameStage,
    input: z.object({ date: dateKey('指定日期'), until: dateKey('举证期限届满日') }).strict(),
    permission: 'proceeding.act',
    documents: ['evidenceNotice'],
    citation: '《劳动人事争议仲裁办案规则》第十五条、第四十四条',
    check: (p, i) => dateProblems(p, 'date', i.date, '指定日期') ?? (i.until <= i.date ? { until: '举证期限届满日应晚于指定日期' } : null),
    events: (i) => [{ kind: 'evidencePeriodEnds', date: i.until }],
    summary: (i) => `${i.date} 指定举证期限至 ${i.until}；增加、变更仲裁请求应在此前提出`,
  }),
  addParty: action({
    label: '追加当事人',
    from: UNDER_WAY,
    to: sameStage,
    input: z.object({ date: dateKey('决定追加日期'), role: choice('追加为', { applicant: '申请人', respondent: '被申请人', thirdParty: '第三人' }), name: text('追加的当事人', 100), reason: reasonText('追加的理由') }).strict(),
    permission: 'proceeding.act',
    citation: `${ART46}第一项`,
    check: (p, i) => dateProblems(p, 'date', i.date, '决定追加日期'),
    events: (i) => [{ kind: 'restarted', date: i.date }],
    summary: (i) => `${i.date} 决定追加${i.name}为${{ applicant: '申请人', respondent: '被申请人', thirdParty: '第三人' }[i.role]}：${i.reason}；仲裁期限自决定追加之日起重新计算（${ART46}）`,
  }),
  changeClaims: action({
    label: '受理增加、变更仲裁请求',
    from: UNDER_WAY,
    to: sameStage,
    input: restartInput('受理日期', '增加、变更的仲裁请求'),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第四十四条、第四十六条',
    check: (p, i) => dateProblems(p, 'date', i.date, '受理日期') ?? claimChangeProblem(p, i.date),
    events: (i) => [{ kind: 'restarted', date: i.date }],
    summary: (i) => `${i.date} 受理增加、变更的仲裁请求：${i.content}；通知被申请人并给予答辩期；仲裁期限自 ${i.date} 起重新计算（${ART46}）`,
  }),
  counterClaim: action({
    label: '受理反申请',
    from: UNDER_WAY,
    to: sameStage,
    input: restartInput('受理日期', '反申请的请求'),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第三十六条、第四十六条',
    check: (p, i) => dateProblems(p, 'date', i.date, '受理日期'),
    // Art. 36: served on the applicant, who answers, as an application is (arbitration.counterClaimServe, …Defence).
    events: (i) => [
      { kind: 'restarted', date: i.date },
      { kind: 'counterClaimAccepted', date: i.date },
    ],
    summary: (i) => `${i.date} 受理被申请人的反申请，与本请求合并处理：${i.content}；仲裁期限自受理反申请之日起重新计算（${ART46}）`,
  }),
  serveCounterClaim: action({
    label: '反申请书副本送达申请人',
    from: UNDER_WAY,
    to: sameStage,
    input: z.object({ date: dateKey('送达日期'), recipient: text('受送达的申请人', 100) }).strict(),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第三十六条；参照《劳动争议调解仲裁法》第三十条',
    guard: (p) => (count(p, 'counterClaimAccepted') > 0 ? null : '本案没有受理反申请，无需送达反申请书副本'),
    offered: (p) => count(p, 'counterClaimAccepted') > 0,
    check: (p, i) => dateProblems(p, 'date', i.date, '送达日期'),
    events: (i) => [{ kind: 'counterClaimServed', date: i.date, party: i.recipient }],
    summary: (i) => `${i.date} 反申请书副本送达申请人${i.recipient}，其答辩期自该日起计算`,
  }),
  receiveCounterClaimDefence: action({
    label: '收到申请人对反申请的答辩',
    from: UNDER_WAY,
    to: sameStage,
    input: z.object({ date: dateKey('收到日期'), party: text('答辩的申请人', 100) }).strict(),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第三十六条',
    guard: (p) => (count(p, 'counterClaimServed') > 0 ? null : '反申请书副本尚未送达申请人'),
    offered: (p) => count(p, 'counterClaimServed') > 0,
    check: (p, i) => dateProblems(p, 'date', i.date, '收到日期'),
    events: (i) => [{ kind: 'counterClaimDefenceReceived', date: i.date, party: i.party }],
    summary: (i) => `${i.date} 收到申请人${i.party}对反申请的答辩书`,
  }),
  decideJurisdictionObjection: action({
    label: '对管辖异议作出决定',
    from: UNDER_WAY,
    to: sameStage,
    input: z.object({ date: dateKey('决定日期'), decision: choice('决定', { dismissed: '异议不成立，驳回', upheld: '异议成立，移送有管辖权的仲裁委员会' }), reason: reasonText('决定的理由') }).strict(),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第十条',
    check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
    // Whether the award clock counts again from it is the bureau's setting: Art. 46's list names no such ground.
    events: (i) => [{ kind: 'jurisdictionDecided', date: i.date }],
    summary: (i) => `${i.date} 对管辖异议作出决定：${i.decision === 'dismissed' ? '异议不成立，予以驳回' : '异议成立，案件移送有管辖权的仲裁委员会'}；${i.reason}`,
  }),
  receiveTransfer: action({
    label: '接受移送管辖的案件',
    from: UNDER_WAY,
    to: sameStage,
    input: restartInput('接受移送日期', '移送的仲裁委员会及移送情况'),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第九条、第四十六条',
    check: (p, i) => dateProblems(p, 'date', i.date, '接受移送日期'),
    events: (i) => [{ kind: 'restarted', date: i.date }],
    summary: (i) => `${i.date} 接受移送管辖的案件：${i.content}；仲裁期限自接受移送之日起重新计算（${ART46}）`,
  }),
  // 调解仲裁法 Art. 43(1): a complex case may be extended once, by no more than 15 days, on the chair's written approval
  // (a leader's here) while the 45 days run; the deadline engine then holds the award to arbitration.award.extended.
  extendAward: action({
    label: '延长审理期限',
    from: [...UNDER_WAY, 'defaultAward'],
    to: sameStage,
    input: z.object({ date: dateKey('批准日期'), reason: reasonText('案情复杂需要延期的理由') }).strict(),
    permission: 'proceeding.act',
    approval: 'leader',
    documents: ['extensionNotice'],
    citation: ART43,
    guard: (p) => {
      if (p.events.some((e) => e.kind === 'extended' && e.rule === 'arbitration.award')) return `审理期限已经延长过一次，不能再次延长（${ART43}：延长期限不得超过十五日）`;
      const due = awardDue(p);
      return due && p.today > due ? `审理期限已于${due}届满，届满后不能再批准延长（${ART43}）` : null;
    },
    check: (p, i) => dateProblems(p, 'date', i.date, '批准日期'),
    events: (i) => [{ kind: 'extended', date: i.date, rule: 'arbitration.award' }],
    summary: (i) => `${i.date} 经仲裁委员会主任批准，审理期限延长，延长期限不超过十五日，以延长审理期限通知书书面通知当事人：${i.reason}`,
  }),
  suspend: action({
    label: '中止仲裁',
    from: SUSPENDABLE,
    to: 'suspended',
    input: z.object({ date: dateKey('中止日期'), ground: choice('中止的事由', SUSPENSION_GROUNDS), detail: optionalText('事由说明', 500) }).strict(),
    permission: 'proceeding.act',
    // Art. 47: approved by the chair or the 仲裁院 head he delegates; the approval day is the 中止's day.
    approval: 'leader',
    documents: ['suspensionDecision'],
    citation: '《劳动人事争议仲裁办案规则》第四十六条第五项、第四十七条',
    check: (p, i) => dateProblems(p, 'date', i.date, '中止日期') ?? (i.ground === 'other' && !i.detail ? { detail: '中止事由为“其他”的，请写明具体情形' } : null),
    events: (i) => [{ kind: 'paused', date: i.date }],
    summary: (i) => `${i.date} 决定中止仲裁：${i.ground === 'other' ? i.detail : SUSPENSION_GROUNDS[i.ground]}${i.ground !== 'other' && i.detail ? `（${i.detail}）` : ''}；中止期间不计入仲裁期限`,
  }),
  resume: action({
    label: '恢复仲裁',
    from: ['suspended'],
    to: (p) => (p.events.some((e) => e.kind === 'composed') ? 'composed' : 'accepted'),
    input: z.object({ date: dateKey('恢复日期'), reason: reasonText('恢复的理由') }).strict(),
    permission: 'proceeding.act',
    documents: ['resumptionNotice'],
    citation: '《劳动人事争议仲裁办案规则》第四十六条第五项、第四十七条',
    check: (p, i) => dateProblems(p, 'date', i.date, '恢复日期'),
    events: (i) => [{ kind: 'resumed', date: i.date }],
    summary: (i) => `${i.date} 中止事由消除，恢复仲裁：${i.reason}；仲裁期限自该日起继续计算`,
  }),
  simplify: action({
    label: '决定简易处理',
    from: ['accepted', 'recusalGranted'],
    to: sameStage,
    input: z
      .object({
        date: dateKey('决定日期'),
        ground: choice('适用条件', SIMPLIFIED_GROUNDS),
        amountFen: money('争议标的额'),
        bar: choice('第五十七条情形', SIMPLIFIED_BARS),
        note: optionalText('说明', 500),
      })
      .strict(),
    permission: 'proceeding.act',
    citation: '《劳动人事争议仲裁办案规则》第五十六条、第五十七条',
    guard: (p) => (count(p, 'simplifiedHandling') > 0 ? '本案已决定简易处理' : null),
    // The amount against the province's average wage is checked by the core (a parameter: arbitration.simplify).
    check: (p, i) => dateProblems(p, 'date', i.date, '决定日期') ?? (i.bar !== 'none' ? { bar: `${SIMPLIFIED_BARS[i.bar]}的案件不适用简易处理（《劳动人事争议仲裁办案规则》第五十七条）` } : null),
    events: (i) => [{ kind: 'simplifiedHandling', date: i.date }],
    summary: (i) => `${i.date} 决定简易处理（${SIMPLIFIED_GROUNDS[i.ground]}），可由一名仲裁员独任仲裁，并告知当事人${i.note ? `：${i.note}` : ''}`,
  }),
  applyProvisionalExecution: action({
    label: '登记先予执行申请',
    from: [...UNDER_WAY, 'defaultAward'],
    to: sameStage,
    input: z.object({ date: dateKey('申请日期'), applicant: text('申请的劳动者', 60), claim: choice('申请先予执行的请求', PROVISIONAL_CLAIMS), amountFen: money('申请先予执行的金额', 1), reason: reasonText('申请的理由') }).strict(),
    permission: 'proceeding.act',
    citation: '《劳动争议调解仲裁法》第四十四条',
    guard: (p) => (provisionalPending(p) ? '已有先予执行申请尚未裁定，请先作出裁定' : null),
    check: (p, i) => dateProblems(p, 'date', i.date, '申请日期'),
    events: (i) => [{ kind: 'provisionalExecutionApplied', date: i.date }],
    summary: (i) => `${i.date} ${i.applicant}申请先予执行（${PROVISIONAL_CLAIMS[i.claim]}）：${i.reason}`,
  }),
  ruleProvisionalExecution: action({
    label: '作出先予执行裁定',
    from: [...UNDER_WAY, 'defaultAward'],
    to: sameStage,
    input: z
      .object({
        date: dateKey('裁定日期'),
        decision: choice('裁定', { granted: '准予先予执行', refused: '驳回先予执行申请' }),
        amountFen: money('准予先予执行的金额'),
        facts: reasonText('权利义务关系明确、不先予执行将严重影响申请人生活的理由'),
        court: optionalText('移送执行的人民法院', 100),
      })
      .strict(),
    permission: 'proceeding.act',
    documents: ['provisionalExecutionRuling'],
    citation: '《劳动争议调解仲裁法》第四十四条；《劳动人事争议仲裁办案规则》第五十一条',
    guard: (p) => (provisionalPending(p) ? null : '没有待裁定的先予执行申请'),
    offered: provisionalPending,
    check: (p, i) => {
      const dated = dateProblems(p, 'date', i.date, '裁定日期');
      if (dated) return dated;
      if (i.decision === 'granted' && i.amountFen <= 0) return { amountFen: '准予先予执行的，请写明先予执行的金额' };
      if (i.decision === 'granted' && !i.court) return { court: '准予先予执行的裁定移送人民法院执行，请写明人民法院（《劳动争议调解仲裁法》第四十四条）' };
      return null;
    },
    events: (i) => [{ kind: 'provisionalExecutionRuled', date: i.date }],
    summary: (i) => (i.decision === 'granted' ? `${i.date} 裁定先予执行，劳动者无需提供担保；移送${i.court}执行` : `${i.date} 裁定驳回先予执行申请：${i.facts}`),
  }),
  partialAward: action({
    label: '先行裁决',
    from: ['composed', 'defaultAward'],
    to: sameStage,
    input: z.object({ date: dateKey('裁决日期'), items: z.array(text('先行裁决的事项', 300), { error: '请列出先行裁决的事项' }).min(1, '请至少列出一项先行裁决的事项').max(20, '先行裁决的事项不能超过20项') }).strict(),
    permission: 'proceeding.act',
    citation: '《劳动争议调解仲裁法》第四十三条第二款；《劳动人事争议仲裁办案规则》第四十九条',
    check: (p, i) => dateProblems(p, 'date', i.date, '裁决日期'),
    // The rest is still to be awarded within the period: the award clock runs on.
    events: (i) => [{ kind: 'partialAwarded', date: i.date }],
    summary: (i) => `${i.date} 就事实已经清楚的部分先行裁决：${i.items.join('；')}；其余请求继续审理`,
  }),
};
