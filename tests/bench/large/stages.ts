// The stages a proceeding passes through in the large database, each with the clock events the workflow records
// (shared/domain/deadline-rules.ts), the timeline line, and the paper issued at it. A file stops at some stage (the
// older the file, the further it went) and may end in one of its kind's closing states. The days keep within every
// limit the engine knows (tests/integration/seed-lawful.test.ts): each stage before the bureau's time for it runs out
// (投诉受理 and 立案 within 5 working days, 仲裁受理 within 5, the tribunal within 5 of acceptance, the award within
// 45 days, the referral transferred the day after its approval, the hearing notice served 7 working days before).
import type { DeadlineEventKind } from '../../../shared/domain/deadline-rules';
import type { DocumentKind, ProceedingKind } from '../../../shared/domain/vocabulary';

export interface Stage {
  /** The proceeding's status once this stage is reached. */
  status: string;
  action: string;
  summary: string;
  /** Days after the file opened. */
  day: number;
  /** `offset`: calendar days from the stage's day; `workingDaysBefore`: that many working days before it, on the bureau's calendar. */
  events: readonly { kind: DeadlineEventKind; offset?: number; workingDaysBefore?: number; partyRole?: 'worker' | 'employer'; awardFinality?: 'final' | 'nonFinal' }[];
  /** The number is issued at this stage (受理/立案). */
  numbered?: boolean;
  paper?: DocumentKind;
  /** Writes a hearing (arbitration) or an award, or is where payments are made. */
  effect?: 'tribunal' | 'hearing' | 'award' | 'paid';
}

export interface Ending {
  status: string;
  action: string;
  summary: string;
  events: readonly { kind: DeadlineEventKind; offset?: number }[];
  /** The furthest stage index after which this ending may come. */
  after: number;
  /** The soonest day after the file opened the ending may come (a younger file cannot end so), and its day then. */
  earliest?: number;
  weight: number;
  paper?: DocumentKind;
  /**
   * Arbitration: the 结案 the ending leads to (办案规则 Art. 78), by the method its state closes by — recorded as the
   * app's 结案 step records it (status closed, caseClosed, an arbitration_closings row). An ending that is itself the
   * 结案 (after the award) records its row at once; a settlement or withdrawal is closed some days later, once that
   * day has come.
   */
  closing?: 'mediation' | 'withdrawal' | 'award';
}

export interface KindPlan {
  path: readonly Stage[];
  endings: readonly Ending[];
  /** Weight, against the endings', of a finished proceeding resting at its last stage (listed, awaiting the court). */
  rests?: number;
}

export const PLANS: Record<Exclude<ProceedingKind, 'enforcement'>, KindPlan> = {
  inspection: {
    path: [
      { status: 'accepted', action: 'accept', summary: '受理投诉', day: 2, events: [{ kind: 'accepted' }], paper: 'complaintAcceptanceNotice' },
      { status: 'filed', action: 'file', summary: '立案', day: 4, events: [{ kind: 'filed' }], numbered: true, paper: 'filingApproval' },
      { status: 'filed', action: 'issueOrder', summary: '作出限期改正（支付）指令书并送达', day: 10, events: [{ kind: 'orderIssued' }, { kind: 'orderServed', offset: 1 }], paper: 'orderToPay', effect: 'paid' },
      { status: 'investigationClosed', action: 'closeInvestigation', summary: '调查终结', day: 32, events: [{ kind: 'investigationClosed' }] },
      { status: 'noticed', action: 'serveNotice', summary: '事先告知书送达', day: 36, events: [{ kind: 'priorNoticeServed' }], paper: 'priorNotice' },
      { status: 'decided', action: 'decide', summary: '作出行政处理决定并送达', day: 46, events: [{ kind: 'decisionMade' }, { kind: 'decisionServed', offset: 2 }], paper: 'handlingDecision' },
      { status: 'effective', action: 'appealPeriodEnds', summary: '复议、诉讼期限届满', day: 110, events: [{ kind: 'appealPeriodExpired' }] },
      { status: 'demanded', action: 'demand', summary: '催告书送达', day: 112, events: [{ kind: 'demandServed' }], paper: 'demandNotice' },
      { status: 'enforcementApplied', action: 'applyEnforcement', summary: '申请人民法院强制执行', day: 125, events: [{ kind: 'enforcementApplied' }] },
    ],
    endings: [
      { status: 'notAccepted', action: 'reject', summary: '决定不予受理', events: [{ kind: 'rejected' }], after: -1, weight: 8, paper: 'complaintRejectionNotice' },
      { status: 'closed', action: 'close', summary: '结案（用人单位已支付）', events: [{ kind: 'caseClosed' }], after: 2, weight: 60, paper: 'closingApproval' },
      { status: 'closed', action: 'close', summary: '结案', events: [{ kind: 'caseClosed' }], after: 5, weight: 20, paper: 'closingApproval' },
      { status: 'closed', action: 'close', summary: '结案（强制执行终结）', events: [{ kind: 'caseClosed' }], after: 8, weight: 4, paper: 'closingApproval' },
    ],
    rests: 2,
  },
  arbitration: {
    path: [
      { status: 'accepted', action: 'accept', summary: '受理仲裁申请', day: 4, events: [{ kind: 'accepted' }, { kind: 'applicationServed', offset: 3 }], numbered: true, paper: 'acceptanceNotice' },
      { status: 'composed', action: 'compose', summary: '组成仲裁庭', day: 9, events: [{ kind: 'composed' }], effect: 'tribunal' },
      { status: 'composed', action: 'scheduleHearing', summary: '开庭通知送达，开庭审理', day: 28, events: [{ kind: 'hearingNoticeServed', workingDaysBefore: 7 }, { kind: 'hearingScheduled' }], paper: 'hearingNotice', effect: 'hearing' },
      { status: 'awarded', action: 'award', summary: '作出裁决并送达', day: 40, events: [{ kind: 'awarded' }, { kind: 'awardServed', offset: 3, partyRole: 'worker', awardFinality: 'final' }, { kind: 'awardServed', offset: 4, partyRole: 'employer', awardFinality: 'final' }], paper: 'award', effect: 'award' },
    ],
    endings: [
      { status: 'notAccepted', action: 'reject', summary: '决定不予受理', events: [{ kind: 'rejected' }], after: -1, weight: 6 },
      { status: 'settled', action: 'settle', summary: '调解书已生效', events: [{ kind: 'settled' }], after: 2, weight: 30, paper: 'mediationAgreement', closing: 'mediation' },
      { status: 'withdrawn', action: 'withdraw', summary: '申请人撤回仲裁申请', events: [{ kind: 'withdrawn' }], after: 1, weight: 8, closing: 'withdrawal' },
      { status: 'closed', action: 'close', summary: '结案（裁决）', events: [{ kind: 'caseClosed' }], after: 3, weight: 56, closing: 'award' },
    ],
  },
  jointMediation: {
    path: [{ status: 'mediating', action: 'accept', summary: '受理调解申请', day: 2, events: [{ kind: 'mediationApplied' }] }],
    endings: [
      { status: 'agreed', action: 'agree', summary: '达成调解协议', events: [{ kind: 'agreementEffective' }], after: 0, weight: 65, paper: 'mediationAgreement' },
      { status: 'failed', action: 'fail', summary: '调解不成，告知申请仲裁', events: [{ kind: 'mediationEnded' }], after: 0, weight: 35 },
    ],
  },
  policeReferral: {
    path: [
      { status: 'approved', action: 'approve', summary: '案件移送书经负责人批准', day: 3, events: [{ kind: 'referralApproved' }] },
      { status: 'referred', action: 'transfer', summary: '移送公安机关', day: 4, events: [{ kind: 'referralTransferred' }], paper: 'referralLetter' },
    ],
    endings: [
      { status: 'policeFiled', action: 'policeFiled', summary: '公安机关已立案', events: [], after: 1, weight: 70 },
      { status: 'policeDeclined', action: 'policeDeclined', summary: '公安机关不予立案', events: [], after: 1, weight: 30 },
    ],
  },
  blacklisting: {
    path: [
      { status: 'noticed', action: 'notice', summary: '列入失信名单事先告知书送达', day: 5, events: [{ kind: 'listingNoticed' }] },
      { status: 'listed', action: 'list', summary: '作出列入失信联合惩戒名单决定', day: 20, events: [{ kind: 'listed' }] },
    ],
    endings: [
      { status: 'notListed', action: 'decline', summary: '决定不列入', events: [], after: 0, weight: 15 },
      // 提前移出: six months at least after the arrears were paid (the listing's day at the soonest), a 守信承诺 first.
      { status: 'removed', action: 'removeEarly', summary: '提前移出失信名单', events: [{ kind: 'pledgeMade', offset: -20 }, { kind: 'delisted' }], after: 1, weight: 25, earliest: 20 + 190 },
    ],
    rests: 60,
  },
};
