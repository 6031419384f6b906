// Ending an arbitration case and what follows the award (裁审衔接): the award recorded with its items (the 调解书 and
// its effect are arbitration-mediation.ts), the withdrawal, a party's suit or its application to set
// the award aside, the court's result, whether the award was paid, and 结案 with the method, result and 案由 the
// statistics count. The clocks these steps start and meet are the rules' own (deadline-rules.ts award.*).
import { z } from 'zod';
import { deadlinesFromEvents, type DeadlineState, type ProceedingEvent } from '../deadline-state';
import type { AwardFinality, AwardPartyRole, RuleId } from '../deadline-rules';
import { choice, dateKey, money, nameText, optionalText, text } from '../fields';
import { formatYuan } from '../money';
import { actionsOf, dateProblems, type ActionEvent, type FieldProblems, type ProceedingView } from './definition';
import { reasonText } from './inputs';
import { awardBasisShape, basisProblems, BASIS_FIELD_OF } from '../award-basis';

export const CLOSING_STATES = {
  awarded: '已作出裁决',
  /** 调解仲裁法 Art. 42: the 调解书 took effect when the last party signed its receipt. */
  settled: '调解书已生效',
  withdrawn: '申请人撤回仲裁申请',
  closed: '已结案',
} as const;

type S = 'received' | 'supplementRequested' | 'accepted' | 'composed' | 'recusalGranted' | 'deemedWithdrawn' | 'defaultAward' | 'notAccepted' | 'rerouted' | keyof typeof CLOSING_STATES;
const action = actionsOf<S>();

const ART = {
  award: '《劳动争议调解仲裁法》第四十三条、第四十六条、第四十七条',
  withdraw: '《劳动争议调解仲裁法》第四十一条',
  sue: '《劳动争议调解仲裁法》第四十八条、第五十条',
  setAside: '《劳动争议调解仲裁法》第四十九条',
  pay: '《劳动争议调解仲裁法》第五十一条',
} as const;

export const PARTY_SIDE = { worker: '劳动者', employer: '用人单位' } as const satisfies Record<AwardPartyRole, string>;
export const COURT_ROUTE = { suit: '起诉', setAside: '申请撤销裁决' } as const;
export const COURT_RESULT = { upheld: '维持', revoked: '撤销', amended: '改判' } as const;
export const PAYMENT_STATUS = { paid: '已全部履行', partlyPaid: '部分履行', unpaid: '未履行' } as const;
/** 结案方式 as the yearbook counts them. */
export const CLOSE_METHOD = { mediation: '调解', award: '裁决', withdrawal: '撤回', deemedWithdrawal: '视为撤回', notAccepted: '不予受理', other: '其他' } as const;
/** 结案结果: who won, for the cases decided or settled on their merits; the others have none. */
export const CLOSE_RESULT = { workerWon: '劳动者胜诉', employerWon: '用人单位胜诉', partlyEach: '双方部分胜诉', none: '不适用（未经裁决或调解）' } as const;
/** 案由 as the statistical yearbook groups them. */
export const CLOSE_CAUSE = { wages: '劳动报酬', socialInsurance: '社会保险', termination: '解除、终止劳动合同', other: '其他' } as const;
export type CloseMethod = keyof typeof CLOSE_METHOD;

/** The awarded amounts per item, as the award form takes them (0: nothing awarded on that item). */
export const AWARD_AMOUNT_FIELDS = {
  wagesFen: 'wages',
  injuryMedicalFen: 'injuryMedical',
  compensationFen: 'compensation',
  damagesFen: 'damages',
  otherFen: 'other',
} as const;

export const awardInput = z
  .object({
    date: dateKey('裁决日期'),
    claimant: nameText('获得裁决支持的申请人', 60),
    wagesFen: money('裁决支付的劳动报酬'),
    injuryMedicalFen: money('裁决支付的工伤医疗费'),
    compensationFen: money('裁决支付的经济补偿'),
    damagesFen: money('裁决支付的赔偿金'),
    otherFen: money('裁决支付的其他款项'),
    standards: choice('是否裁决执行国家劳动标准的事项', { no: '没有此项', yes: '有（工作时间、休息休假、社会保险等）' }),
    note: optionalText('裁决主文摘要', 500),
    // 调解仲裁法 Art. 46: the award states the facts and its reasons; printed as 经审理查明 / 本委认为 in the 裁决书.
    // Optional: without them the paper prints the application's 事实和理由 as the facts, and no reasons of its own.
    findings: optionalText('本委查明的事实', 4000).optional(),
    reasons: optionalText('本委认为（裁决理由）', 4000).optional(),
    // Art. 46: each item's legal basis, printed in the reasoning (award-basis.ts).
    ...awardBasisShape,
  })
  .strict();
export type AwardInput = z.output<typeof awardInput>;

export interface AwardedItem {
  category: 'wages' | 'injuryMedical' | 'compensation' | 'damages' | 'standards' | 'other';
  amountFen: number | null;
  claimant: string;
  /** The statute the item rests on, as the step recorded it (null: none recorded). */
  basis: string | null;
}

/** The items of an award as entered: each amount above zero, and the labour-standards item when ticked. */
export function awardedItems(i: AwardInput): AwardedItem[] {
  const items: AwardedItem[] = [];
  const basis = (c: AwardedItem['category']) => i[BASIS_FIELD_OF[c]] ?? null;
  for (const [field, category] of Object.entries(AWARD_AMOUNT_FIELDS) as [keyof typeof AWARD_AMOUNT_FIELDS, AwardedItem['category']][]) {
    if (i[field] > 0) items.push({ category, amountFen: i[field], claimant: i.claimant, basis: basis(category) });
  }
  if (i.standards === 'yes') items.push({ category: 'standards', amountFen: null, claimant: i.claimant, basis: basis('standards') });
  return items;
}

const has = (p: ProceedingView, kind: ActionEvent['kind']) => p.events.some((e) => e.kind === kind);
const count = (p: ProceedingView, kind: ActionEvent['kind']) => p.events.filter((e) => e.kind === kind).length;

/** The award's service on this party, as the services feature recorded it (the latest). */
function servedOn(p: ProceedingView, party: string): ActionEvent | undefined {
  return p.events.filter((e) => e.kind === 'awardServed' && e.party === party).at(-1);
}

/** The court matters filed and not yet decided: suits and applications to set aside, less the results recorded. */
export function courtMattersPending(p: ProceedingView): number {
  return count(p, 'sued') + count(p, 'setAsideApplied') - count(p, 'courtDecided');
}

function eventsOf(p: ProceedingView): ProceedingEvent[] {
  return p.events.map((e) => ({ ...e }));
}

/** The award's routes per party (award.sue, award.setAside …) as the deadline engine computes them now. */
export function awardRoutes(p: ProceedingView, rules: readonly RuleId[] = ['award.sue', 'award.setAside', 'award.sueAfterSetAside']): DeadlineState[] {
  return deadlinesFromEvents(eventsOf(p), { today: p.today, calendar: p.basis?.calendar, settings: p.basis?.settings, rules });
}

const OPEN = new Set(['running', 'dueSoon', 'paused']);

/** Why the case cannot close yet, or null: the award on both sides, no court matter undecided, every route ended. */
export function closeProblem(p: ProceedingView): string | null {
  if (p.status !== 'awarded') return null;
  const served = p.events.filter((e) => e.kind === 'awardServed');
  if (!served.some((e) => e.partyRole === 'worker') || !served.some((e) => e.partyRole === 'employer')) {
    return '裁决书尚未向劳动者和用人单位双方送达（送达回证），不能结案';
  }
  if (courtMattersPending(p) > 0) return '当事人已起诉或申请撤销裁决，人民法院的结果登记之前不能结案';
  // A suit brings the whole dispute before the court (Art. 50: a non-final award then never takes effect): once the
  // court has decided, the other party's unused window no longer changes how the case ended.
  if (has(p, 'sued')) return null;
  const open = awardRoutes(p).filter((d) => OPEN.has(d.status));
  if (open.length > 0) {
    const last = open.reduce((m, d) => (d.due > m.due ? d : m));
    return `${last.label}至${last.due}届满，期满（或当事人起诉、申请撤销并经法院处理）之后才能结案`;
  }
  return null;
}

export interface PartyEffect {
  party: string;
  side: AwardPartyRole | null;
  finality: AwardFinality | null;
  servedOn: string;
  /** The day the award binds this party, or null while its own period runs or after a suit. */
  effectiveOn: string | null;
  text: string;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The award's effect per party, from that party's own service: a final award binds from the day it was made (Art. 47);
 * a non-final one from the day after the party's own 15 days end without a suit (Art. 50) — a suit by either party
 * keeps it from taking effect (the court hears the dispute anew).
 */
export function awardEffects(p: ProceedingView): PartyEffect[] {
  const awardedOn = p.events.find((e) => e.kind === 'awarded')?.date;
  if (!awardedOn) return [];
  const suits = p.events.filter((e) => e.kind === 'sued');
  const routes = awardRoutes(p, ['award.sue']);
  const latestServed = new Map<string, ActionEvent>();
  for (const e of p.events) if (e.kind === 'awardServed' && e.party) latestServed.set(`${e.party}|${e.awardFinality ?? ''}`, e);
  return [...latestServed.values()].map((e) => {
    const base = { party: e.party!, side: e.partyRole ?? null, finality: e.awardFinality ?? null, servedOn: e.date };
    if (e.awardFinality === 'final') {
      return { ...base, effectiveOn: awardedOn, text: `终局裁决，自作出之日（${awardedOn}）起发生法律效力（《劳动争议调解仲裁法》第四十七条）` };
    }
    if (!e.awardFinality) return { ...base, effectiveOn: null, text: '送达时未记录裁决是否终局，无法确定生效日期，请补记' };
    if (suits.length > 0) {
      return { ...base, effectiveOn: null, text: `${suits.map((s) => s.party ?? '当事人').join('、')}已向人民法院起诉，非终局裁决不发生法律效力（《劳动争议调解仲裁法》第五十条）` };
    }
    const own = routes.find((d) => d.party === e.party && d.awardFinality === 'nonFinal');
    if (!own) return { ...base, effectiveOn: null, text: '起诉期限无法计算' };
    if (p.today <= own.due) return { ...base, effectiveOn: null, text: `起诉期限至${own.due}届满；期满不起诉的，裁决自${nextDay(own.due)}起对其发生法律效力（第五十条）` };
    return { ...base, effectiveOn: nextDay(own.due), text: `起诉期限已于${own.due}届满未起诉，裁决自${nextDay(own.due)}起发生法律效力（《劳动争议调解仲裁法》第五十条）` };
  });
}

/** 调解仲裁法 Art. 43: the award (or its extension) is late — the parties may take the dispute to court. */
export function overdueAwardNotice(p: ProceedingView): string | null {
  const late = deadlinesFromEvents(eventsOf(p), { today: p.today, calendar: p.basis?.calendar, settings: p.basis?.settings, rules: ['arbitration.award', 'arbitration.award.extended'] }).find(
    (d) => d.status === 'overdue',
  );
  if (!late) return null;
  return `仲裁委员会逾期（${late.due}届满）未作出仲裁裁决：当事人可以就该劳动争议事项向人民法院提起诉讼（《劳动争议调解仲裁法》第四十三条第一款）；本案按逾期案件处理（《劳动人事争议仲裁办案规则》第四十八条）`;
}

const sideInput = choice('当事人身份', PARTY_SIDE);

/** A party of the award: it must have been served the award (its routes run from that service). */
function servedProblem(p: ProceedingView, party: string, field: string): FieldProblems | null {
  return servedOn(p, party) ? null : { [field]: `${party}尚未登记收到裁决书（送达回证），不能登记其起诉或申请撤销` };
}

export const CLOSING_ACTIONS = {
  award: action({
    label: '登记裁决',
    from: ['composed', 'defaultAward'],
    to: 'awarded',
    input: awardInput,
    permission: 'proceeding.act',
    citation: ART.award,
    documents: ['award'],
    check: (p, i) => {
      const items = awardedItems(i);
      if (items.length === 0) return { wagesFen: '请至少填写一项裁决支付的金额，或选择裁决执行国家劳动标准的事项' };
      const bases = basisProblems(i, items.map((x) => x.category));
      if (bases) return bases;
      return dateProblems(p, 'date', i.date, '裁决日期');
    },
    events: (i) => [{ kind: 'awarded', date: i.date }],
    summary: (i) => {
      const items = awardedItems(i).map((x) => (x.amountFen === null ? '执行国家劳动标准事项' : `${x.category === 'wages' ? '劳动报酬' : x.category === 'injuryMedical' ? '工伤医疗费' : x.category === 'compensation' ? '经济补偿' : x.category === 'damages' ? '赔偿金' : '其他款项'}${formatYuan(x.amountFen)}`));
      return `${i.date} 作出裁决：${i.claimant}——${items.join('，')}${i.note ? `；${i.note}` : ''}`;
    },
  }),
  withdraw: action({
    label: '申请人撤回仲裁申请',
    from: ['accepted', 'composed', 'recusalGranted', 'defaultAward'],
    to: 'withdrawn',
    input: z.object({ date: dateKey('撤回日期'), reason: reasonText('撤回的理由（如庭外和解）') }).strict(),
    permission: 'proceeding.act',
    citation: ART.withdraw,
    check: (p, i) => dateProblems(p, 'date', i.date, '撤回日期'),
    events: (i) => [{ kind: 'withdrawn', date: i.date }],
    summary: (i) => `${i.date} 申请人撤回仲裁申请：${i.reason}`,
  }),
  recordSuit: action({
    label: '登记当事人起诉',
    from: ['awarded'],
    to: 'awarded',
    input: z
      .object({ date: dateKey('起诉日期'), party: nameText('起诉的当事人', 60), side: sideInput, court: nameText('受理的人民法院', 60), courtCaseNumber: text('法院案号', 60) })
      .strict(),
    permission: 'proceeding.act',
    citation: `${ART.sue}；《劳动争议调解仲裁法》第四十九条第三款`,
    check: (p, i) => {
      const served = servedProblem(p, i.party, 'party');
      if (served) return served;
      const own = servedOn(p, i.party)!;
      // Art. 48: against a final award only the worker sues; the employer may sue only once a court set it aside (Art. 49(3)).
      if (i.side === 'employer' && own.awardFinality === 'final' && !has(p, 'setAsideRulingServed')) {
        return { side: '终局裁决，用人单位不能起诉，只能向中级人民法院申请撤销裁决（《劳动争议调解仲裁法》第四十八条、第四十九条）' };
      }
      if (own.partyRole && own.partyRole !== i.side) return { side: `${i.party}在送达记录中为${PARTY_SIDE[own.partyRole]}` };
      if (i.date < own.date) return { date: `起诉日期不能早于其收到裁决书的日期（${own.date}）` };
      return i.date > p.today ? { date: `起诉日期不能晚于今天（${p.today}）` } : null;
    },
    events: (i) => [{ kind: 'sued', date: i.date, party: i.party, partyRole: i.side }],
    summary: (i) => `${i.date} ${i.party}（${PARTY_SIDE[i.side]}）不服裁决，向${i.court}起诉，案号 ${i.courtCaseNumber}`,
  }),
  applySetAside: action({
    label: '登记申请撤销裁决',
    from: ['awarded'],
    to: 'awarded',
    input: z.object({ date: dateKey('申请日期'), party: nameText('申请撤销的用人单位', 60), court: nameText('受理的中级人民法院', 60), courtCaseNumber: text('法院案号', 60) }).strict(),
    permission: 'proceeding.act',
    citation: ART.setAside,
    guard: (p) => (p.events.some((e) => e.kind === 'awardServed' && e.awardFinality === 'final') ? null : '只有终局裁决可以申请撤销；本案没有已送达的终局裁决（《劳动争议调解仲裁法》第四十九条）'),
    check: (p, i) => {
      const served = servedProblem(p, i.party, 'party');
      if (served) return served;
      const own = p.events.filter((e) => e.kind === 'awardServed' && e.party === i.party && e.awardFinality === 'final').at(-1);
      if (!own) return { party: `${i.party}没有收到终局裁决的记录，不能申请撤销` };
      if (own.partyRole !== 'employer') return { party: '只有用人单位可以申请撤销终局裁决（《劳动争议调解仲裁法》第四十九条）' };
      if (!i.court.includes('中级人民法院')) return { court: '申请撤销裁决应向仲裁委员会所在地的中级人民法院提出' };
      if (i.date < own.date) return { date: `申请日期不能早于其收到裁决书的日期（${own.date}）` };
      return i.date > p.today ? { date: `申请日期不能晚于今天（${p.today}）` } : null;
    },
    events: (i) => [{ kind: 'setAsideApplied', date: i.date, party: i.party, partyRole: 'employer', awardFinality: 'final' }],
    summary: (i) => `${i.date} ${i.party}向${i.court}申请撤销终局裁决，案号 ${i.courtCaseNumber}`,
  }),
  recordCourtResult: action({
    label: '登记法院处理结果',
    from: ['awarded'],
    to: 'awarded',
    input: z
      .object({
        date: dateKey('裁判文书送达日期'),
        route: choice('法院处理的事项', COURT_ROUTE),
        courtCaseNumber: text('法院案号', 60),
        result: choice('法院的处理结果', COURT_RESULT),
        note: optionalText('说明', 500),
      })
      .strict(),
    permission: 'proceeding.act',
    citation: `${ART.sue}；${ART.setAside}`,
    guard: (p) => (courtMattersPending(p) > 0 ? null : '没有尚待法院处理的起诉或撤销裁决申请'),
    check: (p, i): FieldProblems | null => {
      if (i.route === 'setAside' && i.result === 'amended') return { result: '撤销裁决的申请，法院只能裁定撤销或者驳回申请（维持），不能改判' };
      return i.date > p.today ? { date: `日期不能晚于今天（${p.today}）` } : null;
    },
    // Art. 49(3): a final award set aside — each party may sue within 15 days of the ruling's service.
    events: (i) => [{ kind: 'courtDecided', date: i.date }, ...(i.route === 'setAside' && i.result === 'revoked' ? [{ kind: 'setAsideRulingServed' as const, date: i.date }] : [])],
    summary: (i) => `${i.date} 人民法院（案号 ${i.courtCaseNumber}）对${COURT_ROUTE[i.route]}的处理结果：${COURT_RESULT[i.result]}${i.note ? `；${i.note}` : ''}`,
  }),
  recordPayment: action({
    label: '登记裁决履行情况',
    from: ['awarded'],
    to: 'awarded',
    input: z.object({ date: dateKey('登记日期'), status: choice('履行情况', PAYMENT_STATUS), paidFen: money('已支付的金额'), note: optionalText('说明', 500) }).strict(),
    permission: 'proceeding.act',
    citation: ART.pay,
    check: (p, i): FieldProblems | null => {
      if (i.status === 'unpaid' && i.paidFen > 0) return { paidFen: '未履行的，已支付的金额应为0' };
      if (i.status !== 'unpaid' && i.paidFen === 0) return { paidFen: '请填写已支付的金额' };
      return i.date > p.today ? { date: `登记日期不能晚于今天（${p.today}）` } : null;
    },
    events: () => [],
    summary: (i) => `${i.date} 登记裁决履行情况：${PAYMENT_STATUS[i.status]}${i.paidFen > 0 ? `，已支付${formatYuan(i.paidFen)}` : ''}${i.note ? `；${i.note}` : ''}`,
  }),
  close: action({
    label: '结案',
    from: ['awarded', 'settled', 'withdrawn', 'deemedWithdrawn', 'notAccepted'],
    to: 'closed',
    input: z
      .object({
        date: dateKey('结案日期'),
        method: choice('结案方式', CLOSE_METHOD),
        result: choice('结案结果', CLOSE_RESULT),
        cause: choice('案由（统计年鉴分类）', CLOSE_CAUSE),
        claimedFen: money('仲裁请求金额'),
        resolvedFen: money('裁决或调解确定的金额'),
        note: optionalText('结案说明', 500),
      })
      .strict(),
    permission: 'proceeding.act',
    approval: 'leader',
    // 归档: the file's cover and index, made once the case is closed.
    documents: ['fileCover', 'fileIndex'],
    citation: '《劳动人事争议仲裁办案规则》第七十八条（结案审批）',
    guard: closeProblem,
    check: (p, i) => closeInputProblems(p, i),
    events: (i) => [{ kind: 'caseClosed', date: i.date }],
    summary: (i) =>
      `${i.date} 结案（${CLOSE_METHOD[i.method]}；${CLOSE_RESULT[i.result]}；案由：${CLOSE_CAUSE[i.cause]}）：请求金额${formatYuan(i.claimedFen)}，确定金额${formatYuan(i.resolvedFen)}${i.note ? `；${i.note}` : ''}`,
  }),
};

/** The method each state closes by (其他 needs its note). */
const METHOD_OF: Partial<Record<S, CloseMethod>> = { awarded: 'award', settled: 'mediation', withdrawn: 'withdrawal', deemedWithdrawn: 'deemedWithdrawal', notAccepted: 'notAccepted' };

interface CloseFields {
  date: string;
  method: CloseMethod;
  result: keyof typeof CLOSE_RESULT;
  claimedFen: number;
  resolvedFen: number;
  note: string | null;
}

export function closeInputProblems(p: ProceedingView, i: CloseFields): FieldProblems | null {
  const expected = METHOD_OF[p.status as S];
  if (i.method === 'other') {
    if (!i.note) return { note: '以“其他”方式结案的，请在结案说明中写明情形' };
  } else if (expected && i.method !== expected) {
    return { method: `本案${CLOSING_STATES[p.status as keyof typeof CLOSING_STATES] ?? '当前状态'}，结案方式应为“${CLOSE_METHOD[expected]}”` };
  }
  const merits = i.method === 'award' || i.method === 'mediation';
  if (merits && i.result === 'none') return { result: '经裁决或调解结案的，请选择结案结果' };
  if (!merits && i.method !== 'other' && i.result !== 'none') return { result: `以“${CLOSE_METHOD[i.method]}”结案的，结案结果应为“不适用”` };
  if (!merits && i.method !== 'other' && i.resolvedFen > 0) return { resolvedFen: '未经裁决或调解结案的，确定金额应为0' };
  if (i.result === 'employerWon' && i.resolvedFen > 0) return { resolvedFen: '用人单位胜诉的，确定金额应为0' };
  if ((i.result === 'workerWon' || i.result === 'partlyEach') && i.resolvedFen === 0) return { resolvedFen: '劳动者胜诉或双方部分胜诉的，请填写裁决或调解确定的金额' };
  return dateProblems(p, 'date', i.date, '结案日期');
}
