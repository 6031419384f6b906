// What the 回避决定书, 应诉通知书 and 举证通知书 read from the store: the steps as the engine applied them (the audit
// chain's proceedingStep rows — the latest recusal decision and the application it answers, the 举证期限 the
// 指定举证期限 step set), the parties with whether each is an organisation, the stored claims and the tribunal as
// composed (none while a granted recusal waits for the new composition). The builders are pure
// (shared/domain/documents/arbitration-notices.ts).
import { claimLine } from '../../../shared/domain/arbitration-application';
import type { EvidenceNoticeData, PaperRecipient, RecusalDecisionData, RespondentNoticeData } from '../../../shared/domain/documents/arbitration-notices';
import { RECUSAL_DECIDERS, RECUSAL_SEATS, type RecusalDecider } from '../../../shared/domain/proceedings/arbitration-recusal';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { loadStepCase, type Loaded } from '../proceedings/arbitration-papers';
import { clockEvents } from '../proceedings/proceedings.data';
import { applicantsOf, claimsOf, findApplication, issuedPaper, respondentsOf } from './arbitration.data';
import { staffNamesOf } from './recusal.data';
import { seatOf } from './recusal.service';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

type Made<D> = { data: D[]; caseFileId: string };

export function recusalDecisionData(call: CallContext, proceedingId: string): { data: RecusalDecisionData; caseFileId: string } {
  const l = loadStepCase(call, proceedingId, '回避决定书');
  const at = l.steps.findLastIndex((s) => s.action === 'refuseRecusal' || s.action === 'grantRecusal');
  if (at < 0) throw new ServiceError('CONFLICT', '本案没有作出回避决定，不能制作回避决定书；请先在办案步骤中办理“决定回避”或“驳回回避申请”');
  const decision = l.steps[at]!;
  const applied = l.steps.slice(0, at).filter((s) => s.action === 'applyRecusal').at(-1);
  if (!applied) throw new ServiceError('CONFLICT', '未找到该回避决定所对应的回避申请');
  const seat = seatOf(applied);
  // A decision stored before the decider was asked names none: the paper would lack who decided (办案规则 Art. 11).
  const decider = str(decision.input.decider) as RecusalDecider;
  if (!(decider in RECUSAL_DECIDERS) || !str(decision.input.deciderName)) throw new ServiceError('CONFLICT', '该回避决定没有登记决定人，不能制作回避决定书');
  return {
    caseFileId: l.p.caseFileId,
    data: {
      ...l.base,
      applicant: str(applied.input.applicant),
      person: str(applied.input.person),
      seatLabel: RECUSAL_SEATS[seat],
      // The replacement named with the decision, by name (“另行指定书记员德吉”); else the seat alone.
      replacementSeat: `${seat === 'clerk' ? '书记员' : '仲裁员'}${str(decision.input.replacementStaffId) ? staffNamesOf(call.core.prepare, [str(decision.input.replacementStaffId)])[0] : ''}`,
      appliedOn: str(applied.input.date),
      grounds: str(applied.input.reason),
      granted: decision.action === 'grantRecusal',
      reason: str(decision.input.reason),
      deciderLabel: RECUSAL_DECIDERS[decider],
      deciderName: str(decision.input.deciderName),
      byCommittee: decider === 'committee',
      date: str(decision.input.date),
    },
  };
}

/** The case as the two notices print it: the tribunal left out while a granted recusal waits for the new one. */
function noticeBase(l: Loaded): Loaded['base'] {
  return l.p.status === 'recusalGranted' ? { ...l.base, tribunal: null } : l.base;
}

/** The 举证期限 the tribunal set last (its step's day and the period's last day), or null. */
function evidencePeriod(l: Loaded): { setOn: string; until: string } | null {
  const s = l.steps.filter((x) => x.action === 'setEvidencePeriod').at(-1);
  return s ? { setOn: str(s.input.date), until: str(s.input.until) } : null;
}

/** One 应诉通知书 per respondent, with the stored claims (调解仲裁法 Art. 30); one valid set per file. */
export function respondentNoticeData(call: CallContext, proceedingId: string, regenerating = false): Made<RespondentNoticeData> {
  const l = loadStepCase(call, proceedingId, '应诉通知书');
  const prepare = call.core.prepare;
  if (!findApplication(prepare, l.p.id)) throw new ServiceError('CONFLICT', '本案尚未登记仲裁申请，不能制作应诉通知书（应随仲裁申请书副本送达）；请先在“仲裁申请”中登记申请的内容');
  if (!regenerating) {
    const issued = issuedPaper(prepare, l.p.caseFileId, 'respondentNotice');
    if (issued) throw new ServiceError('CONFLICT', `本案已制作应诉通知书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  const events = clockEvents(prepare, l.p.id);
  const applicationDate = events.filter((e) => e.kind === 'received' || e.kind === 'supplemented').at(-1)?.date ?? l.base.acceptedOn;
  const claims = claimsOf(prepare, l.p.id).map(claimLine);
  const period = evidencePeriod(l);
  const today = dateKeyOf(call.core.clock.now());
  const respondents = respondentsOf(prepare, l.p.id);
  if (respondents.length === 0) throw new ServiceError('CONFLICT', '本案没有登记被申请人，不能制作应诉通知书');
  return {
    caseFileId: l.p.caseFileId,
    data: respondents.map((r) => ({
      ...noticeBase(l),
      recipient: { name: r.name, side: 'respondent', organisation: r.organisation },
      applicationDate,
      claims,
      evidenceDeadline: period?.until ?? null,
      date: today,
    })),
  };
}

/** One 举证通知书 per party — the applicants first, then the respondents — for the 举证期限 last set (办案规则 Art. 15). */
export function evidenceNoticeData(call: CallContext, proceedingId: string): Made<EvidenceNoticeData> {
  const l = loadStepCase(call, proceedingId, '举证通知书');
  const period = evidencePeriod(l);
  if (!period) throw new ServiceError('CONFLICT', '本案尚未指定举证期限，不能制作举证通知书；请先在办案步骤中办理“指定举证期限”');
  const prepare = call.core.prepare;
  const recipients: PaperRecipient[] = [
    ...applicantsOf(prepare, l.p.id).map((a) => ({ name: a.name, side: 'applicant' as const, organisation: false })),
    ...respondentsOf(prepare, l.p.id).map((r) => ({ name: r.name, side: 'respondent' as const, organisation: r.organisation })),
  ];
  const today = dateKeyOf(call.core.clock.now());
  return { caseFileId: l.p.caseFileId, data: recipients.map((recipient) => ({ ...noticeBase(l), recipient, setOn: period.setOn, evidenceDeadline: period.until, date: today })) };
}
