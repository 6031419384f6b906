// 仲裁申请: read with what it still lacks (办案规则 Art. 29), the limitation advice (调解仲裁法 Art. 27) and any earlier
// case on the same matter deemed withdrawn; saved — only before 受理 / 不予受理, by someone on the file — with its
// timeline line and its audit row (before and after) together, or nothing.
import type { z } from 'zod';
import type { ArbitrationApplication, applicationSaveInput } from '../../../shared/contract/arbitration';
import {
  APPLICATION_EDITABLE_STATES,
  deemedWithdrawnBar,
  limitationAdvices,
  missingItems,
  sameMatter,
  type ApplicationData,
  type ApplicationFacts,
} from '../../../shared/domain/arbitration-application';
import { can } from '../../../shared/domain/permissions';
import { proceedingDefinition } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { placeOnFile } from '../proceedings/engine';
import { awaitingReceipt, clockEvents, findProceeding, pendingApproval, type ProceedingRow } from '../proceedings/proceedings.data';
import { principalOf } from '../session/session.service';
import { applicantsOf, claimsOf, deemedWithdrawnBetween, findApplication, insertApplication, replaceClaims, respondentsOf, saveParticulars, updateApplication } from './arbitration.data';

const BLANK: ApplicationFacts = { form: 'written', factsAndReasons: null, evidence: null, witnesses: null, knownOn: null, employmentEndedOn: null };

function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

function arbitrationProceeding(core: CoreServices, proceedingId: string): ProceedingRow {
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== requireInstallation(core).unitId || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  return p;
}

/** The day the application counts as received: the last 收件 or 补正 (办案规则 Art. 46(2)). */
function receivedOn(core: CoreServices, p: ProceedingRow): string {
  const e = clockEvents(core.prepare, p.id).filter((x) => x.kind === 'received' || x.kind === 'supplemented');
  return e.at(-1)?.date ?? dateKeyOf(core.clock.now());
}

/** Why this person may not enter or change the application now, or null. */
function editProblem(core: CoreServices, principal: Principal, p: ProceedingRow): string | null {
  if (!can(principal.roles, 'proceeding.act')) return '您的角色不能登记仲裁申请';
  if (!placeOnFile(core, principal.staffId, p)) return '您不在本案办案组中，不能登记仲裁申请；请包案领导或部门负责人将您加入办案组';
  const waiting = awaitingReceipt(core.prepare, p.id);
  if (waiting) return `本案尚待${waiting.department}签收，签收之后才能登记仲裁申请`;
  if (!(APPLICATION_EDITABLE_STATES as readonly string[]).includes(p.status)) {
    const label = (proceedingDefinition('arbitration').states as Record<string, string>)[p.status] ?? p.status;
    return `本案当前为“${label}”，仲裁申请只能在受理或者不予受理之前登记和修改；受理后增加或者变更仲裁请求，应当在举证期限届满前另行提出（《劳动人事争议仲裁办案规则》第四十四条）`;
  }
  if (pendingApproval(core.prepare, p.id)) return '本案有步骤正在等待领导审批，审批或退回之前不能修改仲裁申请';
  return null;
}

function dataOf(core: CoreServices, p: ProceedingRow, facts: ApplicationFacts, claims = claimsOf(core.prepare, p.id)): ApplicationData & { claims: typeof claims } {
  return { ...facts, applicants: applicantsOf(core.prepare, p.id), respondents: respondentsOf(core.prepare, p.id), claims };
}

/** The bar an earlier deemed withdrawal puts on this application, or null (same parties, a claim of the same category). */
function barOf(core: CoreServices, p: ProceedingRow, a: ApplicationData): string | null {
  const now = { applicantPersonIds: a.applicants.map((x) => x.personId), respondentPartyIds: a.respondents.map((x) => x.partyId), categories: a.claims.map((c) => c.category) };
  const earlier = deemedWithdrawnBetween(core.prepare, p.id, now.applicantPersonIds, now.respondentPartyIds).find((e) => sameMatter(now, e));
  return earlier ? deemedWithdrawnBar(earlier) : null;
}

function viewOf(core: CoreServices, principal: Principal, p: ProceedingRow): ArbitrationApplication {
  const stored = findApplication(core.prepare, p.id);
  const a = dataOf(core, p, stored ?? BLANK);
  const on = receivedOn(core, p);
  const states = proceedingDefinition('arbitration').states as Record<string, string>;
  return {
    proceedingId: p.id,
    caseFileId: p.caseFileId,
    caseNumber: p.number,
    status: p.status,
    statusLabel: states[p.status] ?? p.status,
    receivedOn: on,
    rowVersion: stored?.rowVersion ?? null,
    form: a.form,
    factsAndReasons: a.factsAndReasons,
    evidence: a.evidence,
    witnesses: a.witnesses,
    knownOn: a.knownOn,
    employmentEndedOn: a.employmentEndedOn,
    applicants: [...a.applicants],
    respondents: [...a.respondents],
    claims: a.claims,
    missing: missingItems(a),
    limitation: limitationAdvices(a, on),
    deemedWithdrawnBar: barOf(core, p, a),
    editBlockedBy: editProblem(core, principal, p),
  };
}

export function getApplication(call: CallContext, proceedingId: string): ArbitrationApplication {
  return viewOf(call.core, callerOf(call), arbitrationProceeding(call.core, proceedingId));
}

type SaveInput = z.output<typeof applicationSaveInput>;

/** Field problems only the stored proceeding can reveal: a party or applicant not on it, a date after today. */
function inputProblems(a: ApplicationData, i: SaveInput, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  const partyIds = new Set([...a.applicants.map((x) => x.id), ...a.respondents.map((x) => x.id)]);
  i.parties.forEach((x, k) => {
    if (!partyIds.has(x.id)) out[`parties.${k}.id`] = '该当事人不是本案的申请人或被申请人';
  });
  const applicantIds = new Set(a.applicants.map((x) => x.id));
  i.claims.forEach((c, k) => {
    if (!applicantIds.has(c.applicantId)) out[`claims.${k}.applicantId`] = '请选择本案的申请人';
  });
  if (i.knownOn && i.knownOn > today) out.knownOn = `知道或者应当知道权利被侵害之日不能晚于今天（${today}）`;
  if (i.employmentEndedOn && i.employmentEndedOn > today) out.employmentEndedOn = `劳动关系终止之日不能晚于今天（${today}）`;
  return out;
}

export function saveApplication(call: CallContext, i: SaveInput): ArbitrationApplication {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const p = arbitrationProceeding(core, i.proceedingId);
    const blocked = editProblem(core, principal, p);
    if (blocked) throw new ServiceError(blocked.startsWith('您') ? 'FORBIDDEN' : 'STEP_BLOCKED', blocked);
    const stored = findApplication(core.prepare, p.id);
    if ((stored?.rowVersion ?? null) !== i.expectedRowVersion) throw conflict('该仲裁申请');
    const before = dataOf(core, p, stored ?? BLANK);
    const problems = inputProblems(before, i, dateKeyOf(w.now));
    if (Object.keys(problems).length > 0) throw invalid(problems);
    const facts: ApplicationFacts = { form: i.form, factsAndReasons: i.factsAndReasons, evidence: i.evidence, witnesses: i.witnesses, knownOn: i.knownOn, employmentEndedOn: i.employmentEndedOn };
    const claims = i.claims.map((c) => ({ id: newId(w.now), applicantId: c.applicantId, category: c.category, request: c.request, amountFen: c.amountFen, basis: c.basis }));
    // 调解仲裁法 Art. 36 ¶1: a deemed withdrawal bars a new application on the same matter — refused here, with the case.
    const bar = barOf(core, p, { ...before, claims });
    if (bar) throw new ServiceError('STEP_BLOCKED', bar);
    if (stored) {
      if (!updateApplication(core.prepare, p.id, stored.rowVersion, facts, principal.staffId, w.now)) throw conflict('该仲裁申请');
    } else {
      insertApplication(core.prepare, p.id, facts, principal.staffId, w.now);
    }
    for (const x of i.parties) saveParticulars(core.prepare, p.id, x);
    replaceClaims(core.prepare, p.id, claims);
    const after = dataOf(core, p, facts);
    const missing = missingItems(after);
    const what = `${after.applicants.length}名申请人、${claims.length}项仲裁请求${missing.length > 0 ? `；尚缺${missing.length}项材料` : '；申请材料齐全'}`;
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'arbitration.application', summary: `${stored ? '修改' : '登记'}仲裁申请：${what}` });
    w.audit({
      action: stored ? 'arbitrationApplicationEdited' : 'arbitrationApplicationEntered',
      entity: 'arbitrationApplication',
      entityId: p.id,
      change: { before: stored ? { ...stored, claims: before.claims } : null, after: { ...facts, parties: i.parties, claims } },
    });
    w.changed('caseFile', p.caseFileId);
    return viewOf(core, principal, p);
  });
}
