// What the application's papers read: the stored application (parties, claims, evidence), the proceeding's steps as
// the engine applied them (the 补正 items, the reasons for 不予受理 — from the audit chain, never from a request), and
// the day acceptance is due as the deadline engine counts it on the bureau's calendar. One valid paper of each kind
// per file (a new version regenerates it).
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import { claimLine } from '../../../shared/domain/arbitration-application';
import type { ApplicationPaperData } from '../../../shared/domain/documents/arbitration-application-papers';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { applicantsOf, appliedStepInputs, claimsOf, findApplication, issuedPaper, respondentsOf } from './arbitration.data';

const WHAT = { applicationReceipt: '收件回执', supplementNotice: '补正通知书', rejectionNotice: '不予受理通知书' } as const;
export type ApplicationPaperKind = keyof typeof WHAT;

/** The committee of the bureau's city or county: 日喀则市人力资源和社会保障局 → 日喀则市劳动人事争议仲裁委员会. */
export function committeeOf(organ: string): string {
  const m = /^(.+?)(人力资源和社会保障局|人力资源社会保障局|人社局)$/u.exec(organ);
  return `${m ? m[1] : organ}劳动人事争议仲裁委员会`;
}

export function applicationPaperData(call: CallContext, kind: ApplicationPaperKind, proceedingId: string, regenerating = false): { data: ApplicationPaperData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', `${WHAT[kind]}是劳动人事争议仲裁案件的文书，该程序不是仲裁案件`);
  const stored = findApplication(core.prepare, p.id);
  if (!stored) throw new ServiceError('CONFLICT', `本案尚未登记仲裁申请，不能制作${WHAT[kind]}；请先在“仲裁申请”中登记申请的内容`);
  if (!regenerating) {
    const issued = issuedPaper(core.prepare, p.caseFileId, kind);
    if (issued) throw new ServiceError('CONFLICT', `本案已制作${WHAT[kind]}（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  const inputs = appliedStepInputs(core.prepare, p.id);
  const events = clockEvents(core.prepare, p.id);
  const received = events.filter((e) => e.kind === 'received' || e.kind === 'supplemented').at(-1)?.date ?? dateKeyOf(core.clock.now());
  const today = dateKeyOf(core.clock.now());
  const due = deadlinesFromEvents(events, { today, calendar: loadCalendar(core), settings: deadlineSettings(core), rules: ['arbitration.accept'] });
  const s = inputs.requestSupplement;
  const r = inputs.reject;
  return {
    caseFileId: p.caseFileId,
    data: {
      committee: committeeOf(getUnitSummary(core, inst.unitId).name),
      caseTitle: p.caseTitle,
      applicants: applicantsOf(core.prepare, p.id).map((a) => a.name),
      respondents: respondentsOf(core.prepare, p.id).map((x) => x.name),
      receivedOn: received,
      claims: claimsOf(core.prepare, p.id).map(claimLine),
      evidence: stored.evidence,
      decideBy: due.at(-1)?.due ?? null,
      supplement: s ? { date: String(s.date), items: (s.items as string[]) ?? [] } : null,
      rejection: r ? { date: String(r.date), reason: String(r.reason) } : null,
    },
  };
}
