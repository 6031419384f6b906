// 仲裁裁决书 from the stored case (调解仲裁法 Art. 46: 仲裁请求、争议事实、裁决理由、裁决结果、裁决日期, signed by the
// arbitrators): the parties with the application's particulars, the claims as requested, the items and amounts the
// 登记裁决 step recorded with the final/non-final verdict it stored on each (Art. 47 — the paper follows it, never a
// recomputation), the tribunal and clerk, the last hearing held, the tribunal's findings and reasons when the step
// recorded them (else the application's 事实和理由 as the facts). One valid award per file (a new version regenerates).
import { AWARD_CATEGORY_OF, causeOf } from '../../../shared/domain/arbitration-application';
import { rejectedClaims } from '../../../shared/domain/award-basis';
import { AWARD_CATEGORY_LABEL } from '../../../shared/domain/final-award';
import type { ArbitrationCase, ClaimItem } from '../../../shared/domain/documents/model';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { hearingsOfProceeding, tribunalOf } from '../hearings/hearings.data';
import { awardItemsOf, awardOf, type StoredAwardItem } from './arbitration-closing.data';
import { applicantsOf, appliedStepInputs, claimsOf, findApplication, issuedPaper, respondentsOf } from './arbitration.data';
import { committeeOf } from './arbitration-papers';

/** 调解仲裁法 Art. 49: the set-aside route lies to the intermediate court where the committee sits, as the statute words it. */
const INTERMEDIATE_COURT = '中级人民法院';

/** What the award orders on one stored item, in the words of a 裁决主文 (the amount follows from the template). */
function itemText(x: StoredAwardItem): string {
  if (x.category === 'standards') return `被申请人依法为申请人${x.claimant}执行工作时间、休息休假、社会保险等方面的国家劳动标准`;
  const what = x.category === 'other' ? '其他款项' : AWARD_CATEGORY_LABEL[x.category];
  return `被申请人支付申请人${x.claimant}${what}`;
}

const paragraphs = (s: unknown): string[] =>
  typeof s === 'string'
    ? s
        .split(/\n+/u)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export function storedAwardCase(call: CallContext, proceedingId: string, regenerating = false): { c: ArbitrationCase; storedFinal: boolean[]; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', '仲裁裁决书是劳动人事争议仲裁案件的文书，该程序不是仲裁案件');
  const award = awardOf(core.prepare, p.id);
  const inputs = appliedStepInputs(core.prepare, p.id);
  if (!award || !inputs.award || !p.number) throw new ServiceError('CONFLICT', '本案尚未作出裁决，不能制作仲裁裁决书；请先在办案步骤中办理“登记裁决”');
  const stored = findApplication(core.prepare, p.id);
  if (!stored) throw new ServiceError('CONFLICT', '本案尚未登记仲裁申请，不能制作仲裁裁决书；请先在“仲裁申请”中登记申请的内容');
  if (!regenerating) {
    const issued = issuedPaper(core.prepare, p.caseFileId, 'award');
    if (issued) throw new ServiceError('CONFLICT', `本案已制作仲裁裁决书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  const items = awardItemsOf(core.prepare, p.id);
  const applicants = applicantsOf(core.prepare, p.id);
  const claims = claimsOf(core.prepare, p.id);
  const nameOf = new Map(applicants.map((a) => [a.id, a.name]));
  const claimItems: ClaimItem[] = claims.map((x) => ({
    text: `${applicants.length > 1 ? `${nameOf.get(x.applicantId) ?? ''}：` : ''}请求裁决被申请人${x.request}`,
    category: AWARD_CATEGORY_OF[x.category],
    amountFen: x.amountFen,
  }));
  const events = clockEvents(core.prepare, p.id);
  const accepted = inputs.accept;
  const t = tribunalOf(core.prepare, p.id);
  const chief = t?.arbitrators.find((a) => a.presiding) ?? t?.arbitrators[0];
  const held = hearingsOfProceeding(core.prepare, p.id)
    .filter((h) => h.status === 'held')
    .at(-1);
  const findings = paragraphs(inputs.award.findings);
  const c: ArbitrationCase = {
    committee: { name: committeeOf(getUnitSummary(core, inst.unitId).name), address: null, phone: null, intermediateCourt: INTERMEDIATE_COURT, court: null },
    caseNumber: p.number,
    cause: causeOf(claims.map((x) => x.category)),
    applicants: applicants.map((a) => ({ name: a.name, sex: a.sex, ethnicity: null, birthDate: a.birthDate, idNumber: a.idNumber, address: a.address, phone: a.phone })),
    respondents: respondentsOf(core.prepare, p.id).map((r) => ({ name: r.name, creditCode: null, address: r.address, legalRep: r.legalRepName ? { name: r.legalRepName, title: r.legalRepTitle ?? '' } : null, phone: r.phone })),
    applicationDate: events.filter((e) => e.kind === 'received' || e.kind === 'supplemented').at(-1)?.date ?? String(accepted?.date ?? award.awardedOn),
    acceptedDate: String(accepted?.date ?? award.awardedOn),
    applicationServedOn: null,
    evidenceDeadline: null,
    claims: claimItems,
    tribunal: { chief: chief?.name ?? '', members: t ? t.arbitrators.filter((a) => a !== chief).map((a) => a.name) : [], clerk: t?.clerk.name ?? '' },
    hearing: held ? { date: held.date, time: held.start, room: held.roomName, address: '' } : null,
    facts: findings.length > 0 ? findings : paragraphs(stored.factsAndReasons),
    reasons: paragraphs(inputs.award.reasons),
    award: {
      date: award.awardedOn,
      items: items.map((x) => ({ text: itemText(x), category: x.category, amountFen: x.amountFen, basis: x.basis })),
      // 驳回申请人的其他仲裁请求 only where a claim is not granted in whole or in part (award-basis.ts).
      rejectOthers: rejectedClaims(
        claims.map((x) => ({ applicant: nameOf.get(x.applicantId) ?? '', category: x.category, amountFen: x.amountFen })),
        items,
      ).length > 0,
      basis: [],
    },
    monthlyMinimumWageFen: null,
  };
  return { c, storedFinal: items.map((x) => x.final), caseFileId: p.caseFileId };
}
