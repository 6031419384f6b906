// 回避 in an arbitration: the application (调解仲裁法 Art. 33; 办案规则 Art. 11: before the hearing starts, with reasons),
// and its decision within 3 days by the person the rules name (办案规则 Art. 11 per DOMAIN.md §1.3: the committee's
// chair, or the head of the 仲裁院 he designates, decides on arbitrators and clerks; the committee decides when the
// chair himself sits). Whether the chair has designated the 仲裁院's head is the committee's own arrangement — a
// setting (RECUSAL_DELEGATION_PARAMETER). Granted, the tribunal is composed again without the person (Art. 34).
// Spread into arbitration's actions; the core's step effects check the decider against the stored application.
import { z } from 'zod';
import { choice, dateKey, teamMember, text } from '../fields';
import { actionsOf, dateProblems, type FieldProblems, type ProceedingView } from './definition';
import { reasonText } from './inputs';
import type { ArbitrationState } from './arbitration';

const action = actionsOf<ArbitrationState>();

/** Who the challenged person is on the case: the decider depends on it (办案规则 Art. 11). */
export const RECUSAL_SEATS = {
  arbitrator: '仲裁员',
  clerk: '书记员',
  chairArbitrator: '仲裁员（仲裁委员会主任）',
} as const;
export type RecusalSeat = keyof typeof RECUSAL_SEATS;

/** Who decides (办案规则 Art. 11). */
export const RECUSAL_DECIDERS = {
  chair: '仲裁委员会主任',
  instituteHead: '仲裁院负责人（受主任指定）',
  committee: '仲裁委员会',
} as const;
export type RecusalDecider = keyof typeof RECUSAL_DECIDERS;

/** Whether the chair has designated the 仲裁院's head to decide on arbitrators and clerks (办案规则 Art. 11; UNCONFIRMED). */
export const RECUSAL_DELEGATION_PARAMETER = 'arbitration.recusalByInstituteHead';

const RULE11 = '《劳动人事争议仲裁办案规则》第十一条';

/** What leaving the replacement unnamed means: the tribunal is composed again afterwards (组成仲裁庭). */
export const REPLACEMENT_LATER = '暂不指定（之后重新组成仲裁庭）';

/**
 * Why this decider may not decide on this person, or null (办案规则 Art. 11): the chair sitting as arbitrator is
 * decided on by the committee; anyone else by the chair, or by the 仲裁院's head only where the chair has designated
 * him (`delegated`, the committee's setting); nobody decides on himself.
 */
export function deciderProblem(seat: RecusalSeat, person: string, decider: RecusalDecider, deciderName: string, delegated: boolean): FieldProblems | null {
  if (deciderName.trim() === person.trim()) return { deciderName: `被申请回避的${person}不能决定自己是否回避，请由${seat === 'chairArbitrator' ? '仲裁委员会' : '仲裁委员会主任'}决定（${RULE11}）` };
  if (seat === 'chairArbitrator' && decider !== 'committee') return { decider: `仲裁委员会主任担任本案仲裁员的，其是否回避由仲裁委员会决定（${RULE11}）` };
  if (seat !== 'chairArbitrator' && decider === 'committee') return { decider: `${RECUSAL_SEATS[seat]}是否回避，由仲裁委员会主任或者其指定的仲裁院负责人决定（${RULE11}）` };
  if (decider === 'instituteHead' && !delegated) {
    return { decider: `本委未登记仲裁委员会主任指定仲裁院负责人决定回避（设置 → 参数“回避由仲裁院负责人决定”），请由仲裁委员会主任决定（${RULE11}）` };
  }
  return null;
}

/** An application for recusal not yet decided: more applications than decisions in the log. */
export function recusalPending(p: ProceedingView): boolean {
  return p.events.filter((e) => e.kind === 'recusalApplied').length > p.events.filter((e) => e.kind === 'recusalDecided').length;
}

/** The person challenged stands on the file's team (the tribunal and its clerk are chosen from it). */
function personProblem(p: ProceedingView, person: string): FieldProblems | null {
  return p.team.some((m) => m.name === person.trim()) ? null : { person: `${person.trim()}不是本案办案组成员：请填写被申请回避的仲裁员或书记员的姓名` };
}

const decisionInput = (reasonLabel: string) =>
  z
    .object({
      date: dateKey('决定日期'),
      decider: choice('决定人的职务', RECUSAL_DECIDERS),
      deciderName: text('决定人姓名', 40),
      reason: reasonText(reasonLabel),
    })
    .strict();

const decidedBy = (i: { decider: RecusalDecider; deciderName: string }) => (i.decider === 'committee' ? `仲裁委员会（${i.deciderName}）` : `${RECUSAL_DECIDERS[i.decider]}${i.deciderName}`);

const decisionCheck = (p: ProceedingView, i: { date: string }) => dateProblems(p, 'date', i.date, '决定日期');

export const RECUSAL_ACTIONS = {
  applyRecusal: action({
    label: '登记回避申请',
    from: ['composed'],
    to: 'composed',
    input: z
      .object({
        date: dateKey('申请日期'),
        applicant: text('申请回避的当事人', 60),
        person: text('被申请回避的人员', 40),
        seat: choice('被申请回避人员的身份', RECUSAL_SEATS),
        reason: reasonText('申请回避的理由'),
      })
      .strict(),
    permission: 'proceeding.act',
    citation: `《劳动争议调解仲裁法》第三十三条；${RULE11}`,
    guard: (p) => (recusalPending(p) ? '已有回避申请尚未决定，请先作出回避决定' : null),
    check: (p, i) => dateProblems(p, 'date', i.date, '申请日期') ?? personProblem(p, i.person),
    events: (i) => [{ kind: 'recusalApplied', date: i.date }],
    summary: (i) => `${i.date} ${i.applicant}申请${RECUSAL_SEATS[i.seat]}${i.person}回避：${i.reason}`,
  }),
  refuseRecusal: action({
    label: '驳回回避申请',
    from: ['composed'],
    to: 'composed',
    input: decisionInput('驳回的理由'),
    permission: 'proceeding.act',
    documents: ['recusalDecision'],
    // arbitration.recusal: decided within 3 days of the application (the unit is the bureau's setting).
    citation: `《劳动争议调解仲裁法》第三十四条；${RULE11}`,
    guard: (p) => (recusalPending(p) ? null : '没有待决定的回避申请'),
    check: decisionCheck,
    events: (i) => [{ kind: 'recusalDecided', date: i.date }],
    summary: (i) => `${i.date} ${decidedBy(i)}决定驳回回避申请：${i.reason}`,
  }),
  grantRecusal: action({
    label: '决定回避',
    from: ['composed'],
    // The replacement named with the decision takes the seat at once (the core checks him as 组庭 does); else later.
    to: (_p, i) => (i.replacementStaffId ? 'composed' : 'recusalGranted'),
    input: decisionInput('回避的理由').extend({ replacementStaffId: teamMember('另行指定的人员', REPLACEMENT_LATER) }),
    permission: 'proceeding.act',
    documents: ['recusalDecision'],
    citation: `《劳动争议调解仲裁法》第三十三条、第三十四条；${RULE11}`,
    guard: (p) => (recusalPending(p) ? null : '没有待决定的回避申请'),
    check: decisionCheck,
    // Named at once, the tribunal stands composed again that day (its new 仲裁庭组成通知书 is owed to the parties).
    events: (i) => [{ kind: 'recusalDecided', date: i.date }, ...(i.replacementStaffId ? [{ kind: 'composed' as const, date: i.date }] : [])],
    summary: (i, p) => {
      const named = i.replacementStaffId ? p.team.find((t) => t.staffId === i.replacementStaffId)?.name : null;
      return `${i.date} ${decidedBy(i)}决定回避：${i.reason}；${named ? `另行指定${named}接替，仲裁庭重新组成` : '另行指定人员，重新组成仲裁庭'}`;
    },
  }),
};
