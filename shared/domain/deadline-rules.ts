// Every statutory time limit as data: what starts it, how long, in which unit, in which direction, what pauses
// or restarts it, what meets it, and the article it comes from. The engine (deadlines.ts) only counts.
// Confidence: 'statutory' (read in the statute), 'local' (local practice), 'unconfirmed' (to be checked); the
// latter two, and the unit of the short arbitration periods, are overridable by the bureau (DeadlineSettings).
import type { Confidence } from './vocabulary';

export type DayUnit = 'workingDay' | 'calendarDay' | 'month';

/** 终局裁决 (调解仲裁法 Art. 47) or 非终局裁决; a split award has a part of each. */
export type AwardFinality = 'final' | 'nonFinal';
/** The party's side in a labour dispute: the worker (劳动者) or the employer (用人单位). */
export type AwardPartyRole = 'worker' | 'employer';

/** Things that happen in a proceeding and start, pause, restart or meet a clock. */
export const DEADLINE_EVENTS = {
  received: '收到投诉或申请',
  supplementRequested: '一次性告知补正',
  supplemented: '补正材料',
  filed: '立案',
  accepted: '受理',
  rejected: '决定不予受理',
  /** The desk moved the matter to a proceeding of another kind before it was taken: this one's receipt duties end. */
  rerouted: '退回改由其他程序办理',
  settled: '调解结案',
  withdrawn: '撤回（或视为撤回）申请',
  applicationServed: '申请书副本送达被申请人',
  composed: '仲裁庭组成通知',
  defenceReceived: '收到答辩书',
  defenceCopyServed: '答辩书副本送达申请人',
  recusalApplied: '申请回避',
  recusalDecided: '回避决定',
  hearingScheduled: '开庭',
  hearingNoticeServed: '开庭通知送达',
  postponeRequested: '申请延期开庭',
  awarded: '作出裁决',
  mediationApplied: '申请调解',
  mediationEnded: '调解结束',
  agreementEffective: '调解协议生效',
  reviewApplied: '申请仲裁审查',
  awardServed: '裁决书送达该当事人',
  /** 调解仲裁法 Art. 42: the tribunal made the 调解书 on the parties' agreement; it binds nobody until each signs for it. */
  mediationPaperMade: '制作仲裁调解书',
  /** One party signed the 调解书's 送达回证 (its service recorded): the last signature makes it effective. */
  mediationSigned: '该当事人签收仲裁调解书',
  setAsideRulingServed: '收到撤销裁决的裁定书',
  decisionServed: '处理（处罚）决定书送达',
  penaltyIntended: '拟作出行政处罚',
  penaltyDecided: '作出行政处罚决定',
  penaltyAnnouncedAbsent: '宣告行政处罚决定（当事人不在场）',
  penaltyHearingScheduled: '举行听证',
  penaltyHearingNoticeServed: '听证通知送达',
  reconsiderationDecisionServed: '收到行政复议决定书',
  priorNoticeServed: '事先告知书送达',
  statementMade: '陈述申辩',
  hearingRequested: '要求听证',
  /** The prior notice told the party of its right to a hearing: the intended fine reached the province's 较大数额 (行政处罚法 Art. 63). */
  hearingRightNoticed: '告知听证权利',
  demandServed: '催告书送达',
  appealPeriodExpired: '复议、诉讼期限届满',
  referralApproved: '案件移送书经负责人批准',
  referralTransferred: '案件移送公安机关',
  listingNoticed: '列入失信名单事先告知书送达',
  listingStatementMade: '对拟列入失信名单陈述申辩',
  listed: '作出列入决定',
  delisted: '移出失信名单',
  /** The listed party's written 守信承诺, a precondition of early removal (办法). */
  pledgeMade: '作出书面守信承诺',
  enforcementApplied: '申请法院强制执行',
  investigationClosed: '调查终结',
  orderIssued: '作出限期改正（支付）指令书',
  orderServed: '限期改正（支付）指令书送达',
  legalReviewed: '法制审核',
  collectivelyDiscussed: '负责人集体讨论',
  penaltyHearingHeld: '听证结束',
  caseRevoked: '撤销立案',
  caseClosed: '结案',
  decisionMade: '作出处理决定',
  extended: '延长期限获批',
  paused: '中止（或公告送达）开始',
  resumed: '恢复',
  restarted: '重新计算期限的事由',
  /** The last day of the 举证期限 the tribunal set (办案规则 Art. 15): dated the day appointed, like a hearing. */
  evidencePeriodEnds: '举证期限届满',
  counterClaimAccepted: '受理反申请',
  counterClaimServed: '反申请书副本送达申请人',
  counterClaimDefenceReceived: '收到对反申请的答辩书',
  simplifiedHandling: '决定简易处理',
  provisionalExecutionApplied: '申请先予执行',
  provisionalExecutionRuled: '作出先予执行裁定',
  partialAwarded: '作出先行裁决',
  jurisdictionDecided: '对管辖异议作出决定',
  sued: '起诉',
  setAsideApplied: '申请撤销裁决',
  /** The court's judgment or ruling on a suit or an application to set aside, served (arbitration.recordCourtResult). */
  courtDecided: '人民法院裁判文书送达',
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
  /** Events whose date starts the count again (办案规则 Art. 46: a 补正 restarts receipt; an added party, changed claims … restart the award). */
  restartedBy?: readonly DeadlineEventKind[];
  /** Computed for a proceeding only once one of these events is in its log (the 90-day penalty limit of a case that intends a penalty). */
  onlyWith?: readonly DeadlineEventKind[];
  /**
   * Who may act after which award (调解仲裁法 Arts. 48–50): one clock per party, from that party's own service of
   * the award, for the finality and party roles listed. An award served without its finality or the party's role
   * recorded yields every candidate clock rather than a guess.
   */
  awardRoutes?: Partial<Record<AwardFinality, readonly AwardPartyRole[]>>;
  /**
   * A party's own period from its own service (调解仲裁法 Art. 30: each respondent answers within 10 days of receiving
   * the copy; 行政复议法 Art. 20, 行政诉讼法 Art. 46: from the day that party knew of the decision): one clock per party
   * named on the trigger events; a trigger naming no party gives the proceeding's one clock.
   */
  perParty?: boolean;
  /** Another limit counted from the same start that this one must not run past (行政处罚法 Art. 60 for the investigation). */
  cautionIfAfter?: { rule: string; text: string };
  /** Who and what the rule applies to, for the calculator: shown beside the rule. */
  note?: string;
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

/** 行政处罚法 Art. 60: a penalty is decided within 90 days of 立案 — an investigation that runs past it leaves no time to decide. */
const PENALTY_CAUTION = {
  rule: 'penalty.decide',
  text: '如本案拟作出行政处罚：《行政处罚法》第六十条要求自立案之日起九十日内作出处罚决定',
};

export const RULES = {
  'inspection.accept': {
    label: '投诉受理（并立案）', trigger: 'received', length: 5, unit: 'workingDay', direction: 'after', metBy: ['filed', 'rejected', 'rerouted'], actor: 'bureau', nature: 'duty',
    citation: '《关于实施〈劳动保障监察条例〉若干规定》第十八条', confidence: 'statutory', effectiveFrom: '2005-02-01',
    note: '投诉材料需要补正的，是否自补正之日起重新计算，规定未明：默认不重新计算（本机关的办理期限从早），可在设置中改为重新计算。',
  },
  // The investigation ends with 调查终结, or with the case itself: 撤销立案 (Art. 18(3)) or 结案 once paid in full.
  'inspection.investigate': {
    label: '调查终结', trigger: 'filed', length: 60, unit: 'workingDay', direction: 'after', metBy: ['investigationClosed', 'caseRevoked', 'caseClosed'], actor: 'bureau', nature: 'duty',
    citation: '《劳动保障监察条例》第十七条', confidence: 'statutory', effectiveFrom: '2004-12-01', cautionIfAfter: PENALTY_CAUTION,
  },
  'inspection.investigate.extended': {
    label: '调查终结（经批准延长30个工作日）', trigger: 'filed', length: 30, unit: 'workingDay', direction: 'after', extends: 'inspection.investigate',
    metBy: ['investigationClosed', 'caseRevoked', 'caseClosed'], actor: 'bureau', nature: 'duty', citation: '《劳动保障监察条例》第十七条', confidence: 'statutory', effectiveFrom: '2004-12-01',
    cautionIfAfter: PENALTY_CAUTION,
  },
  'inspection.decide': {
    label: '调查终结后作出处理决定', trigger: 'investigationClosed', length: 15, unit: 'workingDay', direction: 'after', metBy: ['decisionMade', 'penaltyDecided', 'caseRevoked', 'caseClosed'], actor: 'bureau', nature: 'duty',
    citation: '出处待核实（仅见概述页面）', confidence: 'unconfirmed', optional: true, effectiveFrom: '2004-12-01',
  },
  'inspection.serveDecision': {
    label: '行政处理决定送达', trigger: 'decisionMade', length: 7, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['decisionServed'], actor: 'bureau', nature: 'duty',
    citation: '出处待核实（仅见概述页面）', confidence: 'unconfirmed', optional: true, effectiveFrom: '2004-12-01',
    note: '责令支付等行政处理决定不是行政处罚，不适用《行政处罚法》第六十一条的送达期限；行政处罚决定书的送达见“行政处罚决定书送达”。',
  },
  'arbitration.supplementNotice': {
    label: '一次性告知需要补正的全部材料', trigger: 'received', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true,
    metBy: ['supplementRequested', 'accepted', 'rejected', 'rerouted'], actor: 'bureau', nature: 'duty',
    citation: '《劳动人事争议仲裁办案规则》第二十九条', confidence: 'statutory', effectiveFrom: '2017-07-01',
    note: '申请书不规范或者材料不齐备的，应当当场或者在五日内一次性告知申请人需要补正的全部材料；当场受理或者不予受理的，即已完成。',
  },
  'arbitration.accept': {
    label: '决定受理或不予受理', trigger: 'received', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['accepted', 'rejected', 'rerouted'], actor: 'bureau', nature: 'duty',
    restartedBy: ['supplemented'],
    citation: '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条、第四十六条', confidence: 'statutory', effectiveFrom: '2008-05-01',
    note: '申请人补正材料的，收到仲裁申请的时间自材料补正之日起重新计算（办案规则第四十六条第二项）：起算日期填补正之日。',
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
    label: '被申请人提交答辩书', trigger: 'applicationServed', length: 10, unit: 'workingDay', direction: 'after', unitConfigurable: true, perParty: true, metBy: ['defenceReceived'],
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
    label: '作出仲裁裁决', trigger: 'accepted', length: 45, unit: 'calendarDay', direction: 'after', pausable: true, restartedBy: ['restarted'], metBy: ['awarded', 'settled', 'withdrawn'], actor: 'bureau', nature: 'duty',
    citation: '《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条、第四十六条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.award.extended': {
    label: '作出仲裁裁决（经批准延长不超过15日）', trigger: 'accepted', length: 15, unit: 'calendarDay', direction: 'after', extends: 'arbitration.award', pausable: true,
    restartedBy: ['restarted'], metBy: ['awarded', 'settled', 'withdrawn'], actor: 'bureau', nature: 'duty',
    citation: '《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第四十五条', confidence: 'statutory', effectiveFrom: '2008-05-01',
    note: '延长期限不得超过十五日。默认自受理之日起连续计算（合计不超过六十日），第六十日遇节假日的才顺延；按顺延后的原届满日起算的理解可在设置中选用。',
  },
  'arbitration.hearingNotice': {
    // Owed to each party (Art. 35: 书面通知双方当事人): the booking records the hearing's day once per party, and each
    // party's own service of the notice meets its own clock.
    label: '开庭通知送达（开庭前）', trigger: 'hearingScheduled', length: 5, unit: 'workingDay', direction: 'before', unitConfigurable: true, perParty: true, metBy: ['hearingNoticeServed'],
    actor: 'bureau', nature: 'duty', citation: '《劳动争议调解仲裁法》第三十五条；《劳动人事争议仲裁办案规则》第三十八条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  'arbitration.postponeRequest': {
    label: '申请延期开庭（开庭前）', trigger: 'hearingScheduled', length: 3, unit: 'workingDay', direction: 'before', unitConfigurable: true, metBy: ['postponeRequested'],
    actor: 'party', nature: 'lapse', citation: '《劳动争议调解仲裁法》第三十五条', confidence: 'statutory', effectiveFrom: '2008-05-01',
  },
  // 办案规则 Art. 36: a counter-claim accepted is served and answered as an application is (调解仲裁法 Art. 30). The
  // rules' own wording was not obtained (DOMAIN.md §1.3 lists the article by its title only): lengths are settings.
  'arbitration.counterClaimServe': {
    label: '反申请书副本送达申请人', trigger: 'counterClaimAccepted', length: 5, unit: 'workingDay', direction: 'after', unitConfigurable: true, metBy: ['counterClaimServed'],
    actor: 'bureau', nature: 'duty', citation: '《劳动人事争议仲裁办案规则》第三十六条；参照《劳动争议调解仲裁法》第三十条', confidence: 'unconfirmed', effectiveFrom: '2017-07-01',
    note: '反申请的送达期限参照仲裁申请书副本的送达（五日）；办案规则第三十六条原文待核实，期限可在设置中调整。',
  },
  'arbitration.counterClaimDefence': {
    label: '申请人对反申请提交答辩书', trigger: 'counterClaimServed', length: 10, unit: 'workingDay', direction: 'after', unitConfigurable: true, perParty: true, metBy: ['counterClaimDefenceReceived'],
    actor: 'party', nature: 'lapse', citation: '《劳动人事争议仲裁办案规则》第三十六条；参照《劳动争议调解仲裁法》第三十条', confidence: 'unconfirmed', effectiveFrom: '2017-07-01',
    note: '申请人自收到反申请书副本之日起答辩，期限参照被申请人的答辩期（十日）；办案规则第三十六条原文待核实，期限可在设置中调整。',
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
    awardRoutes: { final: ['worker'], nonFinal: ['worker', 'employer'] },
    citation: '《劳动争议调解仲裁法》第四十八条、第五十条', confidence: 'statutory', effectiveFrom: '2008-05-01',
    note: '终局裁决：只有劳动者可以起诉（第四十八条）；非终局裁决：双方当事人均可起诉，期满不起诉的，裁决发生法律效力（第五十条）。期限自该当事人收到裁决书之日起，各自计算。',
  },
  'award.setAside': {
    label: '用人单位申请撤销终局裁决', trigger: 'awardServed', length: 30, unit: 'calendarDay', direction: 'after', metBy: ['setAsideApplied'], actor: 'party', nature: 'lapse',
    awardRoutes: { final: ['employer'] },
    citation: '《劳动争议调解仲裁法》第四十九条', confidence: 'statutory', effectiveFrom: '2008-05-01',
    note: '只适用于终局裁决，只有用人单位可以申请，向劳动争议仲裁委员会所在地的中级人民法院提出；非终局裁决没有这一途径。期限自用人单位收到裁决书之日起计算。',
  },
  'award.sueAfterSetAside': {
    label: '终局裁决被撤销后向人民法院起诉', trigger: 'setAsideRulingServed', length: 15, unit: 'calendarDay', direction: 'after', metBy: ['sued'], actor: 'party', nature: 'lapse',
    citation: '《劳动争议调解仲裁法》第四十九条第三款', confidence: 'statutory', effectiveFrom: '2008-05-01',
    note: '仲裁裁决被人民法院裁定撤销的，当事人可以自收到裁定书之日起十五日内就该劳动争议事项向人民法院提起诉讼。',
  },
  'decision.reconsideration': {
    label: '申请行政复议', trigger: 'decisionServed', length: 60, unit: 'calendarDay', direction: 'after', perParty: true, metBy: ['reconsiderationApplied'], actor: 'party', nature: 'lapse',
    citation: '《行政复议法》（2023年修订）第二十条', confidence: 'statutory', effectiveFrom: '2024-01-01',
  },
  'decision.litigation': {
    label: '提起行政诉讼', trigger: 'decisionServed', length: 6, unit: 'month', direction: 'after', perParty: true, metBy: ['litigationFiled'], actor: 'party', nature: 'lapse',
    citation: '《行政诉讼法》第四十六条', confidence: 'statutory', effectiveFrom: '2015-05-01',
  },
  'decision.litigationAfterReconsideration': {
    label: '不服复议决定提起行政诉讼', trigger: 'reconsiderationDecisionServed', length: 15, unit: 'calendarDay', direction: 'after', metBy: ['litigationFiled'],
    actor: 'party', nature: 'lapse', citation: '《行政诉讼法》第四十五条', confidence: 'statutory', effectiveFrom: '2015-05-01',
  },
  'penalty.decide': {
    label: '作出行政处罚决定', trigger: 'filed', length: 90, unit: 'calendarDay', direction: 'after', metBy: ['penaltyDecided'], actor: 'bureau', nature: 'duty',
    onlyWith: ['penaltyIntended'], citation: '《行政处罚法》第六十条', confidence: 'statutory', effectiveFrom: '2021-07-15',
    note: '行政处罚案件自立案之日起九十日内作出决定；只适用于行政处罚，不适用于责令支付等行政处理。',
  },
  'penalty.statement': {
    label: '陈述、申辩', trigger: 'priorNoticeServed', length: 3, unit: 'workingDay', direction: 'after', metBy: ['statementMade'], actor: 'party', nature: 'lapse',
    citation: '《行政处罚法》第四十四条、第四十五条（期限为地方做法）', confidence: 'local', effectiveFrom: '2021-07-15',
  },
  'penalty.hearingNotice': {
    label: '听证通知（听证七日前）', trigger: 'penaltyHearingScheduled', length: 7, unit: 'workingDay', direction: 'before', metBy: ['penaltyHearingNoticeServed'],
    actor: 'bureau', nature: 'duty', citation: '《行政处罚法》第六十四条第二项（第八十五条：“七日”指工作日）', confidence: 'statutory', effectiveFrom: '2021-07-15',
  },
  'penalty.serveDecision': {
    label: '行政处罚决定书送达（宣告时当事人不在场）', trigger: 'penaltyAnnouncedAbsent', length: 7, unit: 'workingDay', direction: 'after', metBy: ['decisionServed'],
    actor: 'bureau', nature: 'duty', citation: '《行政处罚法》第六十一条（第八十五条：“七日”指工作日）', confidence: 'statutory', effectiveFrom: '2021-07-15',
    note: '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内送达。',
  },
  'penalty.hearingRequest': {
    label: '要求听证', trigger: 'priorNoticeServed', length: 5, unit: 'workingDay', direction: 'after', metBy: ['hearingRequested'], actor: 'party', nature: 'lapse',
    // A hearing is a right against an intended penalty of a 较大数额 only (行政处罚法 Art. 63): a notice of a 处理决定
    // alone, or of a fine below the province's figure, opens none (the 事先告知 step records hearingRightNoticed).
    onlyWith: ['hearingRightNoticed'],
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
  // 国务院令第310号 (行政执法机关移送涉嫌犯罪案件的规定) Art. 8 as reported: transfer within 24 hours of approval — UNCONFIRMED.
  'referral.transfer': {
    label: '批准后移送公安机关（24小时）', trigger: 'referralApproved', length: 1, unit: 'calendarDay', direction: 'after', metBy: ['referralTransferred'], actor: 'bureau', nature: 'duty',
    citation: '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条（据报道，原文待核实）', confidence: 'unconfirmed', effectiveFrom: '2001-07-09',
    note: '批准移送的，应当在二十四小时内向同级公安机关移送，并抄送同级人民检察院。以日计，批准次日届满。',
  },
  // 国办发〔2020〕49号: prior notice and 陈述申辩 before any listing; the period is the bureau's (UNCONFIRMED).
  'blacklist.statement': {
    label: '对拟列入失信名单陈述申辩', trigger: 'listingNoticed', length: 5, unit: 'workingDay', direction: 'after', metBy: ['listingStatementMade'], actor: 'party', nature: 'lapse',
    citation: '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）；期限为本局做法，待核实', confidence: 'unconfirmed', effectiveFrom: '2022-01-01',
  },
  // 办法: three years on the list, then removed.
  'blacklist.term': {
    label: '失信名单期满移出', trigger: 'listed', length: 36, unit: 'month', direction: 'after', metBy: ['delisted'], actor: 'bureau', nature: 'wait',
    citation: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（列入期限三年）', confidence: 'statutory', effectiveFrom: '2022-01-01',
    note: '列入期满三年的，移出名单；期满之日起可以办理移出。',
  },
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

/** Which proceedings a rule belongs to, by its prefix: an arbitration log never yields an inspection deadline. */
const PROCEEDING_OF_PREFIX: Record<string, readonly string[]> = {
  inspection: ['inspection'],
  arbitration: ['arbitration'],
  award: ['arbitration'],
  mediation: ['jointMediation'],
  decision: ['inspection'],
  penalty: ['inspection'],
  enforcement: ['inspection'],
  referral: ['policeReferral'],
  blacklist: ['blacklisting'],
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
 * a last day is rolled forward (UNCONFIRMED; default: it does), and where an extension counts from (unsettled in
 * practice; default: from the start).
 */
export interface DeadlineSettings {
  units?: Partial<Record<RuleId, DayUnit>>;
  lengths?: Partial<Record<RuleId, number>>;
  enabledOptional?: readonly RuleId[];
  makeUpWorkdayStopsRollForward?: boolean;
  /**
   * Where an extension counts from (调解仲裁法 Art. 43, 办案规则 Art. 45: at most 15 days beyond the 45). 'start'
   * (default): the whole extended period runs from the start, so day 60 is rolled only if it is itself a day off —
   * the earlier date, as a bureau duty takes where the law is unclear. 'rolledDue': from the base period's last day
   * after it was rolled past a holiday.
   */
  extensionCountedFrom?: 'start' | 'rolledDue';
  /**
   * Whether a complainant's 补正 restarts the inspection's 5 working days to accept (若干规定 Art. 18 asks for the
   * 补正 but says nothing of the period; default: it does not — the earlier date for a bureau duty).
   */
  inspectionSupplementRestarts?: boolean;
  /**
   * Whether deciding a jurisdiction objection (办案规则 Art. 10) restarts the 45-day award clock. Art. 46's list as
   * reported names no such ground (DOMAIN.md §1.3): default no — the earlier date, as a bureau duty takes.
   */
  jurisdictionDecisionRestarts?: boolean;
  /**
   * Whether the regional days off (西藏自治区: 藏历新年, 雪顿节, entered per year) are non-working days for statutory
   * deadlines. Whether regional holidays move national statutory periods is UNCONFIRMED; default off — the earlier
   * date, as a bureau duty takes where the law is unclear.
   */
  regionalHolidays?: boolean;
}

const UNIT_ZH: Record<DayUnit, string> = { workingDay: '个工作日', calendarDay: '日', month: '个月' };

/** A rule in one line as the calculator shows it: '自受理起45日', '开庭前至少5个工作日', '自立案起60个工作日，经批准延长30个工作日'. */
export function ruleSummary(id: RuleId, settings: DeadlineSettings = {}): string {
  const r = effectiveRule(id, settings);
  const trigger = DEADLINE_EVENTS[r.trigger];
  if (r.direction === 'before') return `${trigger}前至少${r.length}${UNIT_ZH[r.unit]}`;
  if (r.extends) {
    const base = effectiveRule(r.extends as RuleId, settings);
    return `自${trigger}起${base.length}${UNIT_ZH[base.unit]}，经批准延长不超过${r.length}${UNIT_ZH[r.unit]}`;
  }
  return `自${trigger}起${r.length}${UNIT_ZH[r.unit]}`;
}

/** The unit and length in force for a rule under the settings. */
export function effectiveRule(id: RuleId, settings: DeadlineSettings = {}): RuleDef & { id: RuleId } {
  const def = ruleDef(id);
  const unit = def.unitConfigurable ? (settings.units?.[id] ?? def.unit) : def.unit;
  const length = def.confidence !== 'statutory' ? (settings.lengths?.[id] ?? def.length) : def.length;
  const restartedBy =
    id === 'inspection.accept' && settings.inspectionSupplementRestarts
      ? (['supplemented'] as const)
      : def.restartedBy?.includes('restarted') && settings.jurisdictionDecisionRestarts
        ? [...def.restartedBy, 'jurisdictionDecided' as const]
        : def.restartedBy;
  return { ...def, id, unit, length, restartedBy };
}
