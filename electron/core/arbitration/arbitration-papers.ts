// What the application's papers read: the stored application (parties, claims, evidence), the proceeding's steps as
// the engine applied them (the 补正 items, the reasons for 不予受理 — from the audit chain, never from a request), and
// the day acceptance is due as the deadline engine counts it on the bureau's calendar. One valid paper of each kind
// per file (a new version regenerates it).
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import { AWARD_CATEGORY_OF, causeOf, claimLine } from '../../../shared/domain/arbitration-application';
import type { ArbitrationCase } from '../../../shared/domain/documents/model';
import type { ApplicationPaperData } from '../../../shared/domain/documents/arbitration-application-papers';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { tribunalOf } from '../hearings/hearings.data';
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

/**
 * The accepted case as the 受理通知书 reads it, from the store: the number the 受理 step took, its date, the applicants
 * and respondents with the application's particulars, the claims, and the tribunal once composed (调解仲裁法 Art. 32:
 * otherwise the notice says its composition follows in writing). The 举证期限 is the committee's, set as it issues it.
 */
export function storedAcceptanceCase(call: CallContext, proceedingId: string, evidenceDeadline: string | null, regenerating = false): { c: ArbitrationCase; tribunalLater: boolean; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', '受理通知书是劳动人事争议仲裁案件的文书，该程序不是仲裁案件');
  const inputs = appliedStepInputs(core.prepare, p.id);
  const accepted = inputs.accept;
  if (!accepted || !p.number) throw new ServiceError('CONFLICT', '本案尚未受理，不能制作受理通知书；请先在办案步骤中办理“受理”');
  const stored = findApplication(core.prepare, p.id);
  if (!stored) throw new ServiceError('CONFLICT', '本案尚未登记仲裁申请，不能制作受理通知书；请先在“仲裁申请”中登记申请的内容');
  if (!regenerating) {
    const issued = issuedPaper(core.prepare, p.caseFileId, 'acceptanceNotice');
    if (issued) throw new ServiceError('CONFLICT', `本案已制作受理通知书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  // 办案规则 Arts. 15, 44: one 举证期限 per case — the one the tribunal set (指定举证期限) is what the 应诉 and 举证
  // notices print too, so the 受理通知书 may not print another.
  const set = typeof inputs.setEvidencePeriod?.until === 'string' ? inputs.setEvidencePeriod.until : null;
  if (set && evidenceDeadline && evidenceDeadline !== set) {
    throw invalid({ evidenceDeadline: `本案已指定举证期限至 ${set}，受理通知书应写同一日期；需要改变的，请先在办案步骤中重新“指定举证期限”` });
  }
  const claims = claimsOf(core.prepare, p.id);
  const events = clockEvents(core.prepare, p.id);
  const t = tribunalOf(core.prepare, p.id);
  const chief = t?.arbitrators.find((a) => a.presiding) ?? t?.arbitrators[0];
  const c: ArbitrationCase = {
    committee: { name: committeeOf(getUnitSummary(core, inst.unitId).name), address: null, phone: null, intermediateCourt: '', court: null },
    caseNumber: p.number,
    cause: causeOf(claims.map((x) => x.category)),
    applicants: applicantsOf(core.prepare, p.id).map((a) => ({ name: a.name, sex: a.sex, ethnicity: null, birthDate: a.birthDate, idNumber: a.idNumber, address: a.address, phone: a.phone })),
    respondents: respondentsOf(core.prepare, p.id).map((r) => ({ name: r.name, creditCode: null, address: r.address, legalRep: r.legalRepName ? { name: r.legalRepName, title: r.legalRepTitle ?? '' } : null, phone: r.phone })),
    applicationDate: events.filter((e) => e.kind === 'received' || e.kind === 'supplemented').at(-1)?.date ?? String(accepted.date),
    acceptedDate: String(accepted.date),
    applicationServedOn: null,
    evidenceDeadline: evidenceDeadline ?? set,
    claims: claims.map((x) => ({ text: claimLine(x), category: AWARD_CATEGORY_OF[x.category], amountFen: x.amountFen })),
    tribunal: { chief: chief?.name ?? '', members: t ? t.arbitrators.filter((a) => a !== chief).map((a) => a.name) : [], clerk: t?.clerk.name ?? '' },
    hearing: null,
    facts: [],
    reasons: [],
    award: null,
    monthlyMinimumWageFen: null,
  };
  return { c, tribunalLater: t === null, caseFileId: p.caseFileId };
}
