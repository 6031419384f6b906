// A group application's two ways on. 系列案: the application of N workers becomes N cases, one per worker — each
// worker, their particulars and their claims moved to a case of their own with the respondents and the facts copied —
// all accepted in one transaction, so their 案号 are consecutive and no other case's number falls between them, and
// linked as one series. Collective case (调解仲裁法 Art. 7; 办案规则 Arts. 62–63): one case, 3–5 representatives
// elected among its workers, a change of them and their acts on the claims, withdrawal and settlement recorded with
// the represented workers' consent. Each with its timeline line and audit row, or nothing.
import type { z } from 'zod';
import type { acceptSeriesInput, ArbitrationGroup, consentInput, representativesInput } from '../../../shared/contract/arbitration-groups';
import { collectiveProblem, CONSENT_ACT, CONSENT_METHOD, representativesProblem, seriesLabel, seriesProblem } from '../../../shared/domain/arbitration-group';
import { can } from '../../../shared/domain/permissions';
import { proceedingDefinition } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { openProceeding } from '../cases/case-opening';
import { placeOnFile, stepInTx } from '../proceedings/engine';
import { awaitingReceipt, clockEvents, findProceeding, pendingApproval, touchProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { principalOf } from '../session/session.service';
import { applicantsOf, findApplication } from './arbitration.data';
import { consentCheck, representedWorkers } from './arbitration-consent';
import { claimApplicantIds, consentsOf, copyApplication, insertConsent, insertSeries, moveApplicant, replaceRepresentatives, representativesOf, seriesOf, useConsent } from './arbitration-groups.data';

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

/** Why this person may not act on the file now, or null. */
function accessProblem(core: CoreServices, principal: Principal, p: ProceedingRow, what: string): string | null {
  if (!can(principal.roles, 'proceeding.act')) return `您的角色不能${what}`;
  if (!placeOnFile(core, principal.staffId, p)) return `您不在本案办案组中，不能${what}；请包案领导或部门负责人将您加入办案组`;
  const waiting = awaitingReceipt(core.prepare, p.id);
  if (waiting) return `本案尚待${waiting.department}签收，签收之后才能${what}`;
  if (pendingApproval(core.prepare, p.id)) return '本案有步骤正在等待领导审批，审批或退回之前不能办理';
  return null;
}

function refuse(message: string): never {
  throw new ServiceError(message.startsWith('您') ? 'FORBIDDEN' : 'STEP_BLOCKED', message);
}

const CLOSED = new Set(proceedingDefinition('arbitration').closed as readonly string[]);

function seriesBlocked(core: CoreServices, principal: Principal, p: ProceedingRow): string | null {
  const applicants = applicantsOf(core.prepare, p.id);
  return (
    accessProblem(core, principal, p, '作为系列案受理') ??
    seriesProblem({
      status: p.status,
      applicants,
      claimApplicantIds: claimApplicantIds(core.prepare, p.id),
      hasRepresentatives: representativesOf(core.prepare, p.id).length > 0,
      saved: findApplication(core.prepare, p.id) !== null,
    })
  );
}

function representativesBlocked(core: CoreServices, principal: Principal, p: ProceedingRow): string | null {
  if (seriesOf(core.prepare, p.id)) return '本案是系列案中的一件，不推举代表人';
  if (CLOSED.has(p.status)) return '本案已经结束，不能再推举或者变更代表人';
  return accessProblem(core, principal, p, '推举代表人') ?? collectiveProblem(applicantsOf(core.prepare, p.id).length);
}

function viewOf(core: CoreServices, principal: Principal, p: ProceedingRow): ArbitrationGroup {
  const states = proceedingDefinition('arbitration').states as Record<string, string>;
  const series = seriesOf(core.prepare, p.id);
  return {
    proceedingId: p.id,
    caseFileId: p.caseFileId,
    collective: p.collective,
    applicants: applicantsOf(core.prepare, p.id).map((a) => ({ id: a.id, name: a.name })),
    series: series ? { id: series.id, label: series.label, cases: series.cases.map((c) => ({ proceedingId: c.proceedingId, number: c.number, applicant: c.applicant, statusLabel: states[c.status] ?? c.status })) } : null,
    representatives: representativesOf(core.prepare, p.id),
    consents: consentsOf(core.prepare, p.id).map((c) => ({
      id: c.id,
      act: c.act,
      actLabel: CONSENT_ACT[c.act],
      consentedOn: c.consentedOn,
      methodLabel: CONSENT_METHOD[c.method],
      note: c.note,
      workers: c.workers,
      used: c.usedAt !== null,
    })),
    seriesBlockedBy: series ? '本案已作为系列案受理' : seriesBlocked(core, principal, p),
    representativesBlockedBy: representativesBlocked(core, principal, p),
    rowVersion: p.rowVersion,
  };
}

export function getGroup(call: CallContext, proceedingId: string): ArbitrationGroup {
  return viewOf(call.core, callerOf(call), arbitrationProceeding(call.core, proceedingId));
}

/** The day the application counts as received: the last 收件 or 补正 (办案规则 Art. 46(2)); the split cases keep it. */
function receivedOn(core: CoreServices, p: ProceedingRow): string {
  const e = clockEvents(core.prepare, p.id).filter((x) => x.kind === 'received' || x.kind === 'supplemented');
  return e.at(-1)?.date ?? dateKeyOf(core.clock.now());
}

/** arbitration.acceptSeries: one case per worker, accepted with consecutive 案号 in one transaction, as one series. */
export function acceptSeries(call: CallContext, i: z.output<typeof acceptSeriesInput>): ArbitrationGroup {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const p = arbitrationProceeding(core, i.proceedingId);
    if (p.rowVersion !== i.expectedRowVersion) throw conflict('该仲裁案件');
    const blocked = seriesBlocked(core, principal, p);
    if (blocked) refuse(blocked);
    const applicants = applicantsOf(core.prepare, p.id);
    const received = receivedOn(core, p);
    const ids = () => newId(w.now);
    // The first worker stays on the group's case; each other worker gets a case of their own.
    const proceedingIds = [p.id];
    for (const a of applicants.slice(1)) {
      const id = openProceeding(w, core, { caseFileId: p.caseFileId, unitId: p.unitId, kind: 'arbitration', receivedDate: received, parties: [] });
      copyApplication(core.prepare, p.id, id, p.departmentId, ids);
      moveApplicant(core.prepare, a.id, id);
      proceedingIds.push(id);
    }
    // One transaction (BEGIN IMMEDIATE): no other writer takes a number between these.
    const numbers = proceedingIds.map((id) => stepInTx(call, w, id, 'accept', { date: i.date }).number ?? '');
    const label = seriesLabel(numbers);
    const seriesId = newId(w.now);
    insertSeries(core.prepare, { id: seriesId, unitId: p.unitId, caseFileId: p.caseFileId, label, acceptedOn: i.date, by: principal.staffId, now: w.now, proceedingIds });
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'arbitration.series',
      summary: `${i.date} ${applicants.length}名劳动者的仲裁申请作为系列案受理，每人一案：${label}`,
      data: { seriesId, proceedingIds, numbers },
    });
    w.audit({ action: 'arbitrationSeriesAccepted', entity: 'proceeding', entityId: p.id, change: { seriesId, label, date: i.date, cases: proceedingIds.map((id, k) => ({ proceedingId: id, number: numbers[k], applicant: applicants[k]!.name })) } });
    w.changed('caseFile', p.caseFileId);
    return viewOf(core, principal, findProceeding(core.prepare, p.id)!);
  });
}

/**
 * arbitration.setRepresentatives: the first election, or a change — which needs the represented workers' consent
 * recorded on or before its day (办案规则 Art. 63).
 */
export function setRepresentatives(call: CallContext, i: z.output<typeof representativesInput>): ArbitrationGroup {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const p = arbitrationProceeding(core, i.proceedingId);
    const blocked = representativesBlocked(core, principal, p);
    if (blocked) refuse(blocked);
    const today = dateKeyOf(w.now);
    if (i.date > today) throw invalid({ date: `推举日期不能晚于今天（${today}）` });
    const applicants = applicantsOf(core.prepare, p.id);
    const chosen = [...new Set(i.proceedingPartyIds)];
    const names = new Map(applicants.map((a) => [a.id, a.name]));
    if (chosen.some((id) => !names.has(id))) throw invalid({ proceedingPartyIds: '代表人应当从本案的申请人（劳动者）中推举' });
    const count = representativesProblem(chosen.length, applicants.length);
    if (count) throw invalid({ proceedingPartyIds: count });
    const before = representativesOf(core.prepare, p.id);
    let consentId: string | null = null;
    if (before.length > 0) {
      const c = consentCheck(core.prepare, p.id, 'representatives', i.date);
      if (c.problem) refuse(c.problem);
      consentId = c.consentId;
      if (consentId) useConsent(core.prepare, consentId, w.now);
    }
    replaceRepresentatives(core.prepare, p.id, i.date, chosen, principal.staffId, w.now, () => newId(w.now));
    if (!touchProceeding(core.prepare, p.id, p.rowVersion, w.now)) throw conflict('该仲裁案件');
    const who = chosen.map((id) => names.get(id)).join('、');
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'arbitration.representatives', summary: `${i.date} ${before.length > 0 ? '经被代表的劳动者同意，变更代表人为' : '劳动者推举代表人：'}${who}` });
    w.audit({ action: before.length > 0 ? 'representativesChanged' : 'representativesElected', entity: 'proceeding', entityId: p.id, change: { before: before.map((r) => r.name), after: chosen.map((id) => names.get(id)), date: i.date, consentId } });
    w.changed('caseFile', p.caseFileId);
    return viewOf(core, principal, findProceeding(core.prepare, p.id)!);
  });
}

/** arbitration.recordConsent: which represented workers consented to which act, on what day and how. */
export function recordConsent(call: CallContext, i: z.output<typeof consentInput>): ArbitrationGroup {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const p = arbitrationProceeding(core, i.proceedingId);
    const blocked = accessProblem(core, principal, p, '登记劳动者的同意');
    if (blocked) refuse(blocked);
    const reps = representativesOf(core.prepare, p.id);
    if (reps.length === 0) refuse('本案没有推举代表人，无须登记被代表劳动者的同意');
    const today = dateKeyOf(w.now);
    if (i.consentedOn > today) throw invalid({ consentedOn: `同意日期不能晚于今天（${today}）` });
    const represented = representedWorkers(core.prepare, p.id, reps.map((r) => r.id));
    const allowed = new Set(represented.map((r) => r.id));
    const chosen = [...new Set(i.proceedingPartyIds)];
    if (chosen.some((id) => !allowed.has(id))) throw invalid({ proceedingPartyIds: '表示同意的应当是本案被代表的劳动者（代表人以外的申请人）' });
    const id = newId(w.now);
    insertConsent(core.prepare, { id, proceedingId: p.id, act: i.act, consentedOn: i.consentedOn, method: i.method, note: i.note, by: principal.staffId, now: w.now, rowIds: chosen });
    if (!touchProceeding(core.prepare, p.id, p.rowVersion, w.now)) throw conflict('该仲裁案件');
    const names = represented.filter((r) => chosen.includes(r.id)).map((r) => r.name);
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'arbitration.consent',
      summary: `${i.consentedOn} ${names.length}名被代表的劳动者以${CONSENT_METHOD[i.method]}方式同意代表人${CONSENT_ACT[i.act]}（共${represented.length}名被代表劳动者）`,
    });
    w.audit({ action: 'representedConsentRecorded', entity: 'proceeding', entityId: p.id, change: { consentId: id, act: i.act, consentedOn: i.consentedOn, method: i.method, note: i.note, workers: names } });
    w.changed('caseFile', p.caseFileId);
    return viewOf(core, principal, findProceeding(core.prepare, p.id)!);
  });
}
