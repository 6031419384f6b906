// Every statutory time limit as data: what starts it, how long, in which unit, in which direction, what pauses
// or restarts it, what meets it, and the article it comes from. The engine (deadlines.ts) only counts.
// Confidence: 'statutory' (read in the statute), 'local' (local practice), 'unconfirmed' (to be checked); the
// latter two, and the unit of the short arbitration periods, are overridable by the bureau (DeadlineSettings).
import type { Confidence } from './vocabulary';

export type DayUnit = 'workingDay' | 'calendarDay' | 'month';

/** Things that happen in a proceeding and start, pause, restart or meet a clock. */
export const DEADLINE_EVENTS = {
  received: '收到投诉或申请',
  filed: '立案',
  accepted: '受理',
  rejected: '决定不予受理',
  settled: '调解结案',
  withdrawn: '撤回（或视为撤回）申请',
  applicationServed: '申请书副本送达被申请人',
  composed: '仲裁庭组成通知',
  defenceReceived: '收到答辩书',
  defenceCopyServed: '答辩书副本送达申请人',
  recusalApplied: '申请回避',
  recusalDecided: '回避决定',
  hearingSet: '开庭日期确定',
  hearingNoticeServed: '开庭通知送达',
  postponeRequested: '申请延期开庭',
  awarded: '作出裁决',
  mediationApplied: '申请调解',
  mediationEnded: '调解结束',
  agreementEffective: '调解协议生效',
  reviewApplied: '申请仲裁审查',
  awardServed: '裁决书送达',
  decisionServed: '处理（处罚）决定书送达',
  priorNoticeServed: '事先告知书送达',
  statementMade: '陈述申辩',
  hearingRequested: '要求听证',
  demandServed: '催告书送达',
  appealPeriodExpired: '复议、诉讼期限届满',
  enforcementApplied: '申请法院强制执行',
  investigationClosed: '调查终结',
  decisionMade: '作出处理决定',
  extended: '延长期限获批',
  paused: '中止（或公告送达）开始',
  resumed: '恢复',
  restarted: '重新计算期限的事由',
  sued: '起诉',
  setAsideApplied: '申请撤销裁决',
  reconsiderationApplied: '申请行政复议',
  litigationFiled: '提起行政诉讼',
} as const;
export type DeadlineEventKind = keyof typeof DEADLINE_EVENTS;

export interface RuleDef {
  label: string;
  /** The event whose date starts the clock (for 'before' rules: the event the act must precede). */
  trigger: DeadlineEventKind;
  length: number;
  unit: DayUnit;
  direction: 'after' | 'before';
  /** A unit the bureau may set (the short arbitration periods; DOMAIN.md §5.4). */
  unitConfigurable?: boolean;
  /** An extension counts on from the due date of this rule (a RuleId), once an `extended` event names it. */
  extends?: string;
  /** Events whose dates are not counted between a 'paused' and a 'resumed' (办案规则 Art. 46). */
  pausable?: boolean;
  /** Restart events start the count again from their date (办案规则 Art. 46). */
  restartable?: boolean;
  /** The events that satisfy the deadline. */
  metBy: DeadlineEventKind[];
  /** Who must act: the bureau (a duty) or a party (a right that lapses). */
  actor: 'bureau' | 'party';
  /**
   * duty: the bureau must act by the date (overdue after it); lapse: a party's right ends at the date; wait: nothing
   * may be done before the date (e.g. 催告 — only after it may the court be asked to enforce).
   */
  nature: 'duty' | 'lapse' | 'wait';
  citation: string;
  confidence: Confidence;
  /** Optional rules are computed only when the bureau switches them on (local practice, UNCONFIRMED). */
  optional?: boolean;
  effectiveFrom: string;
}

export const RULES = {
  'inspection.accept': {
    label: '投诉受理（并立案）', trigger: 'received', length: 5, unit: 'workingDay', direction: 'after', metBy: ['filed', 'rejected'], actor: 'bureau', nature: 'duty',
    citation: '《关于实施〈劳动保障监察条例〉若干规定》第十八条', confidence: 'statutory', effectiveFrom: '2005-02-01',
  },
  'inspection.investigate': {
    label: '调查终结', trigger: 'filed', length: 60, unit: 'workingDay', direction: 'after', metBy: ['investigationClosed'], actor: 'bureau', nature: 'duty',
    citation: '《劳动保障监察条例》第十七条', confidence: 'statutory', effectiveFrom: '2004-12-01',
  },
  'inspection.investigate.extended': {
    label: '调查终结（经批准延长30个工作日）', trigger: 'filed', length: 30, unit: 'workingDay', direction: 'after', extends: 'inspection.investigate',
    metBy: ['investigationClosed'], actor: 'bureau', nature: 'duty', citation: '《劳动保障监察条例》第十七条', confidence: 'statutory', effectiveFrom: '2004-12-01',
  },
  'inspection.decide': {
    label: '调查终结后作出处理决定', trigger: 'investigationClosed', length: 15, unit: 'workingDay', direction: 'after', metBy: ['decisionMade'], actor: 'bureau', nature: 'duty',
    citation: '出处待核实（仅见概述页面）', confidence: 'unconfirmed', optional: true, effectiveFrom: '2004-12-01',
  },
  'inspection.serveDecision': {
    label: '处理决定送达', trigger: 'decisionMade', length: 7, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['decisionServed'], actor: 'bureau', nature: 'duty',
    citation: '出处待核实（仅见概述页面；参照《行政处罚法》第六十一条，第八十五条规定“七日”指工作日）', confidence: 'unconfirmed', optional: true, effectiveFrom: '2004-12-01',
  },
  'arbitration.accept': {
    label: '决定受理或不予受理', trigger: 'received', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['accepted', 'rejected'], actor: 'bureau', nature: 'duty',
    citation: '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.serve': {
    label: '申请书副本送达被申请人', trigger: 'accepted', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['applicationServed'],
    actor: 'bureau', nature: 'duty', citation: '《劳动争议调解仲裁法》第三十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.compose': {
    label: '仲裁庭组成书面通知', trigger: 'accepted', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['composed'], actor: 'bureau', nature: 'duty',
    citation: '《劳动争议调解仲裁法》第三十二条；《劳动人事争议仲裁办案规则》第三十七条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.defence': {
    label: '被申请人提交答辩书', trigger: 'applicationServed', length: 10, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['defenceReceived'],
    actor: 'party', nature: 'lapse', citation: '《劳动争议调解仲裁法》第三十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.defenceCopy': {
    label: '答辩书副本送达申请人', trigger: 'defenceReceived', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['defenceCopyServed'],
    actor: 'bureau', nature: 'duty', citation: '《劳动争议调解仲裁法》第三十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.recusal': {
    label: '作出回避决定', trigger: 'recusalApplied', length: 3, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['recusalDecided'], actor: 'bureau', nature: 'duty',
    citation: '《劳动人事争议仲裁办案规则》第十一条', confidence: 'unconfirmed', effectiveFrom: '2017-07-01',
  },
  'arbitration.award': {
    label: '作出仲裁裁决', trigger: 'accepted', length: 45, unit: 'calendarDay', direction: 'after', pausable: true, restartable: true, metBy: ['awarded', 'settled', 'withdrawn'], actor: 'bureau', nature: 'duty',
    citation: '《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条、第四十六条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.award.extended': {
    label: '作出仲裁裁决（经批准延长不超过15日）', trigger: 'accepted', length: 15, unit: 'calendarDay', direction: 'after', extends: 'arbitration.award', pausable: true,
    restartable: true, metBy: ['awarded', 'settled', 'withdrawn'], actor: 'bureau', nature: 'duty', citation: '《劳动争议调解仲裁法》第四十三条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.hearingNotice': {
    label: '开庭通知送达（开庭前）', trigger: 'hearingSet', length: 5, unit: 'workingDay', direction: 'before', unitConfigurable: true, metBy: ['hearingNoticeServed'],
    actor: 'bureau', nature: 'duty', citation: '《劳动争议调解仲裁法》第三十五条；《劳动人事争议仲裁办案规则》第三十八条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.postponeRequest': {
    label: '申请延期开庭（开庭前）', trigger: 'hearingSet', length: 3, unit: 'workingDay', direction: 'before', unitConfigurable: true, metBy: ['postponeRequested'],
    actor: 'party', nature: 'lapse', citation: '《劳动争议调解仲裁法》第三十五条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'mediation.noAgreement': {
    label: '调解期满（未达成协议的，当事人可申请仲裁）', trigger: 'mediationApplied', length: 15, unit: 'calendarDay', direction: 'after', metBy: ['agreementEffective', 'mediationEnded'],
    actor: 'party', nature: 'wait', citation: '《劳动争议调解仲裁法》第十四条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'mediation.arbReview': {
    label: '共同申请仲裁审查调解协议', trigger: 'agreementEffective', length: 15, unit: 'calendarDay', direction: 'after', metBy: ['reviewApplied'], actor: 'party', nature: 'lapse',
    citation: '《劳动人事争议仲裁办案规则》第七十四条', confidence: 'unconfirmed', effectiveFrom: '2017-07-01',
  },
  'award.sue': {
    label: '不服裁决向人民法院起诉', trigger: 'awardServed', length: 15, unit: 'calendarDay', direction: 'after', metBy: ['sued'], actor: 'party', nature: 'lapse',
    citation: '《劳动争议调解仲裁法》第四十八条、第五十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'award.setAside': {
    label: '用人单位申请撤销终局裁决', trigger: 'awardServed', length: 30, unit: 'calendarDay', direction: 'after', metBy: ['setAsideApplied'], actor: 'party', nature: 'lapse',
    citation: '《劳动争议调解仲裁法》第四十九条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'decision.reconsideration': {
    label: '申请行政复议', trigger: 'decisionServed', length: 60, unit: 'calendarDay', direction: 'after', metBy: ['reconsiderationApplied'], actor: 'party', nature: 'lapse',
    citation: '《行政复议法》（2023年修订）第二十条', confidence: 'statutory', effectiveFrom: '2024-01-01',
  },
  'decision.litigation': {
    label: '提起行政诉讼', trigger: 'decisionServed', length: 6, unit: 'month', direction: 'after', metBy: ['litigationFiled'], actor: 'party', nature: 'lapse',
    citation: '《行政诉讼法》第四十六条', confidence: 'statutory', effectiveFrom: '2015-05-01',
  },
  'penalty.statement': {
    label: '陈述、申辩', trigger: 'priorNoticeServed', length: 3, unit: 'workingDay', direction: 'after', metBy: ['statementMade'], actor: 'party', nature: 'lapse',
    citation: '《行政处罚法》第四十四条、第四十五条（期限为地方做法）', confidence: 'local', effectiveFrom: '2021-07-15',
  },
  'penalty.hearingRequest': {
    label: '要求听证', trigger: 'priorNoticeServed', length: 5, unit: 'workingDay', direction: 'after', metBy: ['hearingRequested'], actor: 'party', nature: 'lapse',
    citation: '《行政处罚法》第六十四条（第八十五条：“五日”指工作日）', confidence: 'statutory', effectiveFrom: '2021-07-15',
  },
  'enforcement.demand': {
    label: '催告期满（期满仍未履行的，方可申请法院强制执行）', trigger: 'demandServed', length: 10, unit: 'workingDay', direction: 'after', metBy: [], actor: 'bureau', nature: 'wait',
    citation: '《行政强制法》第五十四条（第六十九条：十日以内期限指工作日）', confidence: 'statutory', effectiveFrom: '2012-01-01',
  },
  'enforcement.court': {
    label: '申请人民法院强制执行', trigger: 'appealPeriodExpired', length: 3, unit: 'month', direction: 'after', metBy: ['enforcementApplied'], actor: 'bureau', nature: 'duty',
    citation: '《行政强制法》第五十三条', confidence: 'statutory', effectiveFrom: '2012-01-01',
  },
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

/** Which proceedings a rule belongs to, by its prefix: an arbitration log never yields an inspection deadline. */
const PROCEEDING_OF_PREFIX: Record<string, readonly string[]> = {
  inspection: ['inspection'],
  arbitration: ['arbitration'],
  award: ['arbitration'],
  mediation: ['mediation'],
  decision: ['inspection'],
  penalty: ['inspection'],
  enforcement: ['inspection'],
};

export function ruleAppliesTo(id: string, proceedingKind: string): boolean {
  return (PROCEEDING_OF_PREFIX[id.split('.')[0]] ?? []).includes(proceedingKind);
}
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function ruleDef(id: RuleId): RuleDef {
  return RULES[id] as RuleDef;
}

/**
 * What the bureau may set: the unit of the short arbitration periods (reported to be working days under the 2017
 * 办案规则's supplementary provisions — UNCONFIRMED, DOMAIN.md §5.4), the length of local and unconfirmed rules,
 * which optional rules run, and whether a make-up working day that falls on a weekend counts as a working day when
 * a last day is rolled forward (UNCONFIRMED; default: it does).
 */
export interface DeadlineSettings {
  units?: Partial<Record<RuleId, DayUnit>>;
  lengths?: Partial<Record<RuleId, number>>;
  enabledOptional?: readonly RuleId[];
  makeUpWorkdayStopsRollForward?: boolean;
}

/** The unit and length in force for a rule under the settings. */
export function effectiveRule(id: RuleId, settings: DeadlineSettings = {}): RuleDef & { id: RuleId } {
  const def = ruleDef(id);
  const unit = def.unitConfigurable ? (settings.units?.[id] ?? def.unit) : def.unit;
  const length = def.confidence !== 'statutory' ? (settings.lengths?.[id] ?? def.length) : def.length;
  return { ...def, id, unit, length };
}
