// 仲裁调解书 from the stored case (调解仲裁法 Art. 42): the parties with the application's particulars, the claims as
// applied, the facts the 制作调解书 step found (else the application's 事实和理由), the agreed items, payment term and
// other terms the step recorded, the tribunal and clerk who sign it. One valid paper per file (a new version
// regenerates; after a party refused to sign and a new 调解书 is made, the old one is voided first).
import { causeOf } from '../../../shared/domain/arbitration-application';
import type { MediationPaperData } from '../../../shared/domain/documents/mediation-paper';
import { mediateInput, mediationItems } from '../../../shared/domain/proceedings/arbitration-mediation';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { tribunalOf } from '../hearings/hearings.data';
import { applicantsOf, appliedStepInputs, claimsOf, findApplication, issuedPaper, respondentsOf } from './arbitration.data';
import { committeeOf } from './arbitration-papers';

const paragraphs = (s: string | null): string[] =>
  (s ?? '')
    .split(/\n+/u)
    .map((x) => x.trim())
    .filter(Boolean);

export function mediationPaperData(call: CallContext, proceedingId: string, regenerating = false): { data: MediationPaperData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', '仲裁调解书是劳动人事争议仲裁案件的文书，该程序不是仲裁案件');
  const inputs = appliedStepInputs(core.prepare, p.id);
  const parsed = inputs.mediate ? mediateInput.safeParse(inputs.mediate) : null;
  if (!parsed?.success || !p.number || (p.status !== 'mediationPending' && p.status !== 'settled')) {
    throw new ServiceError('STEP_BLOCKED', '本案尚未制作调解书（或当事人已拒绝签收），不能制作仲裁调解书；请先在办案步骤中办理“制作调解书”');
  }
  const stored = findApplication(core.prepare, p.id);
  if (!stored) throw new ServiceError('CONFLICT', '本案尚未登记仲裁申请，不能制作仲裁调解书；请先在“仲裁申请”中登记申请的内容');
  if (!regenerating) {
    const issued = issuedPaper(core.prepare, p.caseFileId, 'mediationPaper');
    if (issued) throw new ServiceError('CONFLICT', `本案已制作仲裁调解书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  const m = parsed.data;
  const t = tribunalOf(core.prepare, p.id);
  if (!t) throw new ServiceError('STEP_BLOCKED', '本案尚未组成仲裁庭，不能制作仲裁调解书（调解书由仲裁员署名）');
  const chief = t.arbitrators.find((a) => a.presiding) ?? t.arbitrators[0];
  const applicants = applicantsOf(core.prepare, p.id);
  const claims = claimsOf(core.prepare, p.id);
  const nameOf = new Map(applicants.map((a) => [a.id, a.name]));
  const events = clockEvents(core.prepare, p.id);
  const accepted = String(inputs.accept?.date ?? events.find((e) => e.kind === 'accepted')?.date ?? m.date);
  const findings = paragraphs(m.findings);
  return {
    caseFileId: p.caseFileId,
    data: {
      committee: committeeOf(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      cause: causeOf(claims.map((x) => x.category)),
      applicants: applicants.map((a) => ({ name: a.name, sex: a.sex, birthDate: a.birthDate, idNumber: a.idNumber, address: a.address })),
      respondents: respondentsOf(core.prepare, p.id).map((r) => ({ name: r.name, address: r.address, legalRep: r.legalRepName ? { name: r.legalRepName, title: r.legalRepTitle ?? '' } : null })),
      applicationDate: events.filter((e) => e.kind === 'received' || e.kind === 'supplemented').at(-1)?.date ?? accepted,
      acceptedDate: accepted,
      tribunal: { chief: chief?.name ?? '', members: t.arbitrators.filter((a) => a !== chief).map((a) => a.name), clerk: t.clerk.name },
      claims: claims.map((x) => ({ text: `${applicants.length > 1 ? `${nameOf.get(x.applicantId) ?? ''}：` : ''}请求裁决被申请人${x.request}`, amountFen: x.amountFen })),
      facts: findings.length > 0 ? findings : paragraphs(stored.factsAndReasons),
      claimant: m.claimant,
      items: mediationItems(m),
      payBy: m.payBy,
      payMethod: m.payMethod,
      otherTerms: m.otherTerms,
      date: m.date,
    },
  };
}
