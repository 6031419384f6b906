// 申请劳动仲裁 from a missed instalment of the file's 调解协议 (the way back of 监察联调). The draft: the workers still
// owed under the agreement (agreed less counted payments, 条例 Arts. 11, 31) with their particulars, the employer and
// the agreement's obligors that are parties, a 工资 claim per worker citing the agreement (and 调解仲裁法 Art. 16 where
// the 支付令 path is open too). Nothing is written until the user confirms the edited application: then, in one
// transaction, the arbitration proceeding opens on the same file — received the day the application was handed in —
// with the application and its claims, routed to the 仲裁院 to 签收 as the desk's routing does, on the timeline and
// the audit trail. Refused, in Chinese, with no instalment missed, nobody owed, or an arbitration of the same workers
// already open on the file (named).
import type { z } from 'zod';
import type { ArbitrationDraft, openArbitrationInput } from '../../../shared/contract/mediation-arbitration';
import { instalmentStanding } from '../../../shared/domain/mediation-agreement';
import {
  AGREEMENT_EVIDENCE,
  agreementFacts,
  NO_MISSED_INSTALMENT,
  NOBODY_OWED,
  owedUnderAgreement,
  wageClaimBasis,
  wageClaimRequest,
} from '../../../shared/domain/mediation-arbitration';
import { maskIdNumber, maskPhone } from '../../../shared/domain/permissions';
import { proceedingDefinition, proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import { ID_TYPE, PARTY_ROLE, type PartyRole } from '../../../shared/domain/vocabulary';
import { formatYuan } from '../../../shared/domain/money';
import { openProceeding } from '../cases/case-opening';
import { caseWorkers } from '../evidence/workers.service';
import { fileOfUnit, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { tx, writeContext } from '../kernel/tx';
import { issuedNumber } from '../proceedings/proceedings.data';
import { insertApplication, replaceClaims, saveParticulars } from '../arbitration/arbitration.data';
import { insertRouting } from '../routing/routing.data';
import { departmentForRoute, ROUTING_EVENT } from '../routing/routing.service';
import { countedByInstalment } from './mediation-agreement.service';
import { agreementsOfFile, instalmentsOfFile, linkedPaymentsOfFile, type AgreementRow } from './mediation.data';
import { arbitrationsOfFile, partiesStandingIn, personParticulars, sourceIntakeOf, standingRowsOf } from './mediation-arbitration.data';

const WHAT = '申请劳动仲裁';

interface Prefill {
  agreement: AgreementRow;
  agreementNumber: string | null;
  instalmentCount: number;
  missedSeqs: number[];
  firstMissedDue: string;
  owed: ReturnType<typeof owedUnderAgreement>;
  names: Map<string, string>;
}

/** The agreement to apply on (the one named, or the latest with a missed instalment) and who it still owes — or the refusal. */
function prefillOf(call: CallContext, caseFileId: string, today: string, agreementId: string | null): Prefill {
  const prepare = call.core.prepare;
  const agreements = agreementsOfFile(prepare, caseFileId);
  if (agreements.length === 0) throw new ServiceError('STEP_BLOCKED', `本案卷没有登记调解协议，不能据此${WHAT}`);
  const counted = countedByInstalment(linkedPaymentsOfFile(prepare, caseFileId));
  const all = instalmentsOfFile(prepare, caseFileId).map((i) => ({ i, s: instalmentStanding({ dueOn: i.due_on, amountFen: i.amount_fen }, counted.get(i.id) ?? 0, today) }));
  const withMissed = agreements.filter((a) => all.some((x) => x.i.agreement_id === a.id && x.s.state === 'missed'));
  const agreement = agreementId ? agreements.find((a) => a.id === agreementId) : withMissed.at(-1);
  if (agreementId && !agreement) throw invalid({ agreementId: '所选调解协议不是本案卷的调解协议' });
  if (!agreement || !withMissed.includes(agreement)) throw new ServiceError('STEP_BLOCKED', NO_MISSED_INSTALMENT);
  const plan = all.filter((x) => x.i.agreement_id === agreement.id);
  const missed = plan.filter((x) => x.s.state === 'missed');
  const workers = caseWorkers(call, caseFileId).workers;
  const owed = owedUnderAgreement(
    plan.map((x) => ({ seq: x.i.seq, personId: x.i.person_id, leftFen: x.s.leftFen, missed: x.s.state === 'missed' })),
    workers.map((w) => ({ personId: w.personId, outstandingFen: w.outstandingFen })),
  );
  if (owed.perWorker.length === 0) throw new ServiceError('STEP_BLOCKED', NOBODY_OWED);
  const names = new Map(workers.map((w) => [w.personId, w.name]));
  const open = openArbitrationOf(call, caseFileId, new Set(owed.perWorker.map((w) => w.personId)));
  if (open) throw new ServiceError('STEP_BLOCKED', open);
  return {
    agreement,
    agreementNumber: issuedNumber(prepare, caseFileId, 'mediationAgreement') ?? null,
    instalmentCount: plan.length,
    missedSeqs: missed.map((x) => x.i.seq),
    firstMissedDue: missed.map((x) => x.i.due_on).sort()[0]!,
    owed,
    names,
  };
}

/** The refusal naming an open arbitration on the file in which one of these workers already applies, or null. */
function openArbitrationOf(call: CallContext, caseFileId: string, personIds: ReadonlySet<string>): string | null {
  const closed = proceedingDefinition('arbitration').closed as readonly string[];
  const same = arbitrationsOfFile(call.core.prepare, caseFileId).filter(
    (a) => !closed.includes(a.status) && (a.person_ids ?? '').split(',').some((id) => personIds.has(id)),
  );
  if (same.length === 0) return null;
  const named = same.map((a) => `${a.number ?? '尚未受理的仲裁申请'}（${proceedingStatusLabel('arbitration', a.status)}；申请人：${a.names ?? '—'}）`).join('；');
  return `本案卷已有就同一欠薪事实办理中的劳动人事争议仲裁案件：${named}。请在该仲裁案件中继续办理，不能重复申请`;
}

/** The employer and the agreement's obligors that are parties of the file, from the mediation's standing parties. */
function respondentsOf(call: CallContext, a: AgreementRow): ArbitrationDraft['respondents'] {
  const payers = new Set(instalmentsOfFile(call.core.prepare, a.case_file_id).filter((i) => i.agreement_id === a.id).map((i) => i.payer_name));
  const seen = new Set<string>();
  const out: ArbitrationDraft['respondents'] = [];
  for (const p of partiesStandingIn(call.core.prepare, a.proceeding_id)) {
    const obligor = payers.has(p.name);
    if (seen.has(p.party_id) || (p.role !== 'employer' && !obligor)) continue;
    seen.add(p.party_id);
    const why = p.role === 'employer' ? (obligor ? '用人单位，调解协议的支付义务人' : '用人单位') : '调解协议的支付义务人';
    out.push({ partyId: p.party_id, name: p.name, roleLabel: PARTY_ROLE.label(p.role as PartyRole), address: p.address, phone: p.phone, why });
  }
  return out;
}

export function arbitrationDraft(call: CallContext, caseFileId: string): ArbitrationDraft {
  const file = fileOfUnit(call, caseFileId);
  requireOpenFile(file, WHAT);
  requirePlaceOnFile(call, file.id, WHAT);
  const prepare = call.core.prepare;
  const today = dateKeyOf(call.core.clock.now());
  const f = prefillOf(call, file.id, today, null);
  const ref = { number: f.agreementNumber, signedOn: f.agreement.signed_on };
  const ids = f.owed.perWorker.map((w) => w.personId);
  const particulars = personParticulars(prepare, ids);
  const addresses = addressesFor(call, file.id, ids);
  const respondents = respondentsOf(call, f.agreement);
  const parties = new Set(respondents.map((r) => r.name));
  const payers = [...new Set(instalmentsOfFile(prepare, file.id).filter((i) => i.agreement_id === f.agreement.id).map((i) => i.payer_name))];
  const owedTotal = f.owed.perWorker.reduce((s, w) => s + w.owedFen, 0);
  const d = departmentForRoute(call.core, file.unit_id, 'arbitration', null);
  return {
    caseFileId: file.id,
    agreementId: f.agreement.id,
    agreementNumber: f.agreementNumber,
    signedOn: f.agreement.signed_on,
    missedSeqs: f.missedSeqs,
    receivedOn: today,
    applicants: f.owed.perWorker.map((w) => {
      const p = particulars.get(w.personId);
      return {
        personId: w.personId,
        name: f.names.get(w.personId) ?? '',
        idNumber: maskIdNumber(p?.id_number ?? null),
        idTypeLabel: p && p.id_type !== 'none' ? ID_TYPE.label(p.id_type) : null,
        registeredPhone: p?.phone ? maskPhone(p.phone) : null,
        address: addresses.get(w.personId) ?? null,
        owedFen: w.owedFen,
        paymentOrderOpen: w.paymentOrderOpen,
      };
    }),
    respondents,
    claims: f.owed.perWorker.map((w) => ({
      personId: w.personId,
      category: 'wages' as const,
      request: wageClaimRequest(w.owedFen),
      amountFen: w.owedFen,
      basis: wageClaimBasis(ref, f.missedSeqs, w.paymentOrderOpen),
    })),
    factsAndReasons: agreementFacts({ ...ref, totalFen: f.agreement.total_fen, instalmentCount: f.instalmentCount }, f.missedSeqs, today, owedTotal),
    evidence: AGREEMENT_EVIDENCE,
    unattributedFen: f.owed.unattributedFen,
    obligorsNotParties: payers.filter((n) => !parties.has(n)),
    department: { id: d.id, name: d.name },
  };
}

/** Each worker's address as the intakes of the file recorded it (the application's 住所 default). */
function addressesFor(call: CallContext, caseFileId: string, personIds: readonly string[]): Map<string, string | null> {
  const rows = call.core.prepare(
    `SELECT ic.person_id, ic.address FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id
     WHERE i.case_file_id = ? AND ic.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.received_at, i.seq`,
  ).all(caseFileId, JSON.stringify(personIds)) as { person_id: string; address: string | null }[];
  const out = new Map<string, string | null>();
  for (const r of rows) if (r.address || !out.has(r.person_id)) out.set(r.person_id, r.address);
  return out;
}

type OpenInput = z.output<typeof openArbitrationInput>;

/** Field problems only the stored file can reveal. */
function inputProblems(i: OpenInput, f: Prefill, respondentIds: ReadonlySet<string>, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (i.receivedOn > today) out.receivedOn = `收到仲裁申请的日期不能晚于今天（${today}）`;
  else if (i.receivedOn <= f.firstMissedDue) out.receivedOn = `收到仲裁申请的日期应在分期逾期之后（最早逾期的一期到期日为${f.firstMissedDue}）`;
  const owed = new Set(f.owed.perWorker.map((w) => w.personId));
  const chosen = new Set<string>();
  i.applicants.forEach((a, k) => {
    if (!owed.has(a.personId)) out[`applicants.${k}.personId`] = '该劳动者在调解协议下没有尚欠的工资，不能作为申请人';
    else if (chosen.has(a.personId)) out[`applicants.${k}.personId`] = '申请人重复';
    chosen.add(a.personId);
  });
  i.respondents.forEach((r, k) => {
    if (!respondentIds.has(r.partyId)) out[`respondents.${k}.partyId`] = '被申请人应为本案卷的用人单位或调解协议中的支付义务人';
  });
  i.claims.forEach((c, k) => {
    if (!chosen.has(c.personId)) out[`claims.${k}.personId`] = '请选择本次申请的申请人';
  });
  for (const a of i.applicants) {
    if (!i.claims.some((c) => c.personId === a.personId)) out[`applicants.${i.applicants.indexOf(a)}.personId`] ??= `申请人${f.names.get(a.personId) ?? ''}没有仲裁请求，请填写请求或取消该申请人`;
  }
  return out;
}

/** mediation.openArbitration: the confirmed application opens the proceeding, routed to the 仲裁院 for 签收. */
export function openArbitrationFromAgreement(call: CallContext, i: OpenInput): { caseFileId: string; proceedingId: string; departmentName: string } {
  const core = call.core;
  return tx(writeContext(call), (w) => {
    const file = fileOfUnit(call, i.caseFileId);
    requireOpenFile(file, WHAT);
    requirePlaceOnFile(call, file.id, WHAT);
    const today = dateKeyOf(w.now);
    const f = prefillOf(call, file.id, today, i.agreementId);
    const respondents = respondentsOf(call, f.agreement);
    const problems = inputProblems(i, f, new Set(respondents.map((r) => r.partyId)), today);
    if (Object.keys(problems).length > 0) throw invalid(problems);
    const intakeId = sourceIntakeOf(core.prepare, file.id);
    if (!intakeId) throw new ServiceError('STEP_BLOCKED', `本案卷没有接待登记，不能转仲裁院签收；请由接待窗口登记劳动者的仲裁申请`);
    const d = departmentForRoute(core, file.unit_id, 'arbitration', null);
    const roles = new Map(partiesStandingIn(core.prepare, f.agreement.proceeding_id).map((p) => [p.party_id, p.role as PartyRole]));
    const proceedingId = openProceeding(w, core, {
      caseFileId: file.id,
      unitId: file.unit_id,
      kind: 'arbitration',
      receivedDate: i.receivedOn,
      parties: [
        ...i.applicants.map((a) => ({ role: 'complainant' as const, partyId: null, personId: a.personId })),
        ...i.respondents.map((r) => ({ role: roles.get(r.partyId) ?? ('employer' as const), partyId: r.partyId, personId: null })),
      ],
    });
    const rows = standingRowsOf(core.prepare, proceedingId);
    const rowOfPerson = new Map(rows.filter((r) => r.person_id).map((r) => [r.person_id!, r.id]));
    const rowOfParty = new Map(rows.filter((r) => r.party_id).map((r) => [r.party_id!, r.id]));
    const facts = { form: i.form, factsAndReasons: i.factsAndReasons, evidence: i.evidence, witnesses: null, knownOn: null, employmentEndedOn: null };
    insertApplication(core.prepare, proceedingId, facts, w.actorStaffId, w.now);
    for (const a of i.applicants) saveParticulars(core.prepare, proceedingId, { id: rowOfPerson.get(a.personId)!, address: a.address, mailingAddress: a.mailingAddress, phone: a.phone });
    for (const r of i.respondents) saveParticulars(core.prepare, proceedingId, { id: rowOfParty.get(r.partyId)!, address: r.address, mailingAddress: r.mailingAddress, phone: r.phone });
    const claims = i.claims.map((c) => ({ id: newId(w.now), applicantId: rowOfPerson.get(c.personId)!, category: c.category, request: c.request, amountFen: c.amountFen, basis: c.basis }));
    replaceClaims(core.prepare, proceedingId, claims);
    const routingId = newId(w.now);
    insertRouting(core.prepare, { id: routingId, intakeId, unitId: file.unit_id, target: 'department', departmentId: d.id, otherBody: null, otherUnitId: null, caseFileId: file.id, proceedingId, status: 'awaiting', note: '调解协议逾期未履行，劳动者申请仲裁', now: w.now, by: w.actorStaffId! });
    const total = claims.reduce((s, c) => s + (c.amountFen ?? 0), 0);
    const names = i.applicants.map((a) => f.names.get(a.personId) ?? '').join('、');
    w.caseEvent({
      caseFileId: file.id,
      proceedingId,
      kind: 'mediation.arbitrationApplied',
      summary: `调解协议第${f.missedSeqs.join('、')}期逾期未履行，${names}申请劳动仲裁（${i.receivedOn}收到申请，${claims.length}项请求，合计${formatYuan(total)}）`,
      data: { agreementId: f.agreement.id, routingId },
    });
    w.caseEvent({ caseFileId: file.id, proceedingId, kind: ROUTING_EVENT.routed, summary: `转至${d.name}，待签收：调解协议逾期未履行，劳动者申请仲裁`, data: { routingId, departmentId: d.id } });
    w.audit({
      action: 'arbitrationFromAgreement',
      entity: 'arbitrationApplication',
      entityId: proceedingId,
      change: { caseFileId: file.id, agreementId: f.agreement.id, missedSeqs: f.missedSeqs, receivedOn: i.receivedOn, departmentId: d.id, routingId, ...facts, applicants: i.applicants, respondents: i.respondents, claims },
    });
    w.changed('caseFile', file.id);
    return { caseFileId: file.id, proceedingId, departmentName: d.name };
  });
}
