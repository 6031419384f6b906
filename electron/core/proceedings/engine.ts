// The proceedings engine: applies a step of a proceeding's definition (shared/domain/proceedings) in one
// transaction — its state and number, its clock events, its stored deadlines, its timeline line and its audit row —
// or nothing. A step that needs a leader's approval is recorded as a request; the leader's approval applies it.
// Who may act: the step's permission *and* a place on the file (its team, its 包案领导, or the head of the
// department that handles the kind).
import { HANDLED_BY } from '../../../shared/domain/handling';
import type { z } from 'zod';
import { availableActions, blockedBy, proceedingDefinition, stateAfter, type ActionDef, type AvailableAction, type ProceedingDefinition, type ProceedingView } from '../../../shared/domain/proceedings';
import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { deadlineBasis } from '../deadlines/deadline-basis';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { nextNumber } from '../kernel/numbering';
import { reindexFileIntakes } from '../intakes/search-index';
import { principalOf } from '../session/session.service';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { applyStepEffect } from './step-effects';
import { stepEventData } from './step-timeline';
import { settleCaseFile } from '../cases/file-closing';
import { HEARING_FINE_PARAMETER, parameterOrFallback } from '../../../shared/domain/parameters';
import { parameterLookup } from '../reference/parameters.service';
import { withMoney } from './view-money';
import { requireStepConsent } from '../arbitration/arbitration-consent';
import {
  decideApprovalRow,
  findApproval,
  findProceeding,
  insertApproval,
  insertClockEvent,
  isDepartmentHead,
  isHeadOf,
  moveProceeding,
  onTeam,
  touchProceeding,
  unitShortName,
  viewOf,
  type ProceedingRow,
} from './proceedings.data';

export { deadlineBasis };

/**
 * The counting calendar and settings a guard reads a clock with (the deadline table's own), and the province's
 * 较大数额 of a fine on the day asked (行政处罚法 Art. 63; a regional, dated parameter).
 */
export function viewBasis(core: CoreServices): NonNullable<ProceedingView['basis']> {
  const hearingFineThresholdFen = (date: string) => {
    const yuan = parameterOrFallback(HEARING_FINE_PARAMETER, parameterLookup(core, date)(HEARING_FINE_PARAMETER));
    return typeof yuan === 'number' ? yuan * 100 : null;
  };
  return { calendar: loadCalendar(core), settings: deadlineSettings(core), hearingFineThresholdFen };
}

/**
 * Whether the person stands on this file: its team, its 包案领导, the head of the department that took it (签收), or
 * the head of the department handling the kind.
 */
export function placeOnFile(core: CoreServices, staffId: string, p: Pick<ProceedingRow, 'caseFileId' | 'unitId' | 'kind' | 'leaderStaffId' | 'departmentId'>): boolean {
  return (
    p.leaderStaffId === staffId ||
    onTeam(core.prepare, p.caseFileId, staffId) ||
    (p.departmentId !== null && isHeadOf(core.prepare, staffId, p.departmentId)) ||
    isDepartmentHead(core.prepare, staffId, p.unitId, HANDLED_BY[p.kind])
  );
}

/** Why this person may not take this step on this file, or null. */
function accessProblem(core: CoreServices, principal: Principal, p: ProceedingRow, a: ActionDef): string | null {
  if (!can(principal.roles, a.permission)) return `您的角色不能办理“${a.label}”`;
  if (!placeOnFile(core, principal.staffId, p)) return `您不在本案办案组中，不能办理“${a.label}”；请包案领导或部门负责人将您加入办案组`;
  return null;
}

/** The steps the proceeding's state offers this person, each with why it is blocked. */
export function actionsFor(core: CoreServices, principal: Principal | null, p: ProceedingRow, view: ProceedingView): AvailableAction[] {
  const def = proceedingDefinition(p.kind);
  return availableActions(def, view).map((x) => ({
    ...x,
    blockedBy: x.blockedBy ?? (principal ? accessProblem(core, principal, p, def.actions[x.action]!) : '请先登录'),
  }));
}

function parseInput(a: ActionDef, raw: unknown): Record<string, unknown> {
  const parsed = a.input.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.') || 'input';
      fields[key] ??= issue.message;
    }
    throw invalid(fields);
  }
  return parsed.data as Record<string, unknown>;
}

function checkInput(a: ActionDef, view: ProceedingView, input: Record<string, unknown>): void {
  const problems = a.check?.(view, input as z.output<typeof a.input>);
  if (problems && Object.keys(problems).length > 0) throw invalid(problems);
}

function formatNumber(pattern: string, unitShort: string, year: number, n: number): string {
  return pattern.replaceAll('{unitShort}', unitShort).replaceAll('{year}', String(year)).replaceAll('{n}', String(n));
}

/** Applies a step whose checks have passed: state, number, events, deadlines, timeline, audit. */
function apply(call: CallContext, w: TxWriter, core: CoreServices, p: ProceedingRow, def: ProceedingDefinition, name: string, input: Record<string, unknown>, view: ProceedingView, expectedRowVersion: number, via: string | null): { number: string | null; status: string } {
  const a = def.actions[name]!;
  const to = stateAfter(a, view, input);
  let number = p.number;
  if (a.numbered && !number && def.numberSeries) {
    const date = typeof input.date === 'string' ? input.date : view.today;
    const year = Number(date.slice(0, 4));
    const inst = requireInstallation(core);
    const n = nextNumber(core.prepare, { unitId: p.unitId, installationId: inst.installationId }, def.numberSeries.series, year);
    number = formatNumber(def.numberSeries.pattern, unitShortName(core.prepare, p.unitId), year, n);
  }
  // 办案规则 Art. 63: a collective case's representatives change claims, withdraw or settle only with the workers' consent.
  if (p.kind === 'arbitration') requireStepConsent(core.prepare, p.id, name, typeof input.date === 'string' ? input.date : view.today, w.now);
  const closedAt = def.closed.includes(to) ? w.now : null;
  if (!moveProceeding(core.prepare, p.id, expectedRowVersion, { status: to, number, closedAt, now: w.now })) throw conflict(def.label);
  // A new 案号 is searchable from the file's intakes (search-index.ts).
  if (number !== p.number) reindexFileIntakes(core.prepare, p.caseFileId);
  // The event's source is '.' and the step: the proceeding's kind goes before it on read (clockEventSource).
  for (const e of a.events(input as z.output<typeof a.input>, view)) insertClockEvent(core.prepare, p.id, e, `.${name}`, w.now, w.actorStaffId);
  applyStepEffect(core.prepare, p, name, input, w.now, call, w.actorStaffId, w);
  const summary = a.summary(input as z.output<typeof a.input>, view) + (number && number !== p.number ? `，案号 ${number}` : '');
  // The timeline keeps the step's name (the desk's papers read it) and its approval; the kind, the states and the number are
  // the proceeding's and the audit row's just below (issue #15: not stored twice; migration 0060 strips older lines).
  w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'proceeding.step', summary, data: stepEventData(name, via) });
  w.audit({ action: 'proceedingStep', entity: 'proceeding', entityId: p.id, change: { kind: p.kind, action: name, from: p.status, to, number, input, approvalId: via } });
  storeProceedingDeadlines(core.prepare, w.now, p, deadlineBasis(core));
  settleCaseFile(call, w, p.caseFileId);
  w.changed('caseFile', p.caseFileId);
  return { number, status: to };
}

export interface ActRequest {
  proceedingId: string;
  action: string;
  input: unknown;
  expectedRowVersion: number;
}

export interface ActOutcome {
  status: string;
  number: string | null;
  /** The step waits for a leader's approval (nothing else changed). */
  approvalRequested: boolean;
}

/** proceedings.act: takes a step, or sends it for approval when the definition says a leader decides it. */
export function act(call: CallContext, req: ActRequest): ActOutcome {
  const core = call.core;
  const principal = call.principal ?? principalOf(core, call.session.staffId!);
  if (!principal) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return tx(writeContext(call), (w) => {
    const p = findProceeding(core.prepare, req.proceedingId);
    if (!p) throw notFound('该程序');
    if (p.rowVersion !== req.expectedRowVersion) throw conflict(proceedingDefinition(p.kind).label);
    const def = proceedingDefinition(p.kind);
    const a = def.actions[req.action];
    if (!a) throw new ServiceError('VALIDATION', `${def.label}没有“${req.action}”这一步骤`);
    const denied = accessProblem(core, principal, p, a);
    if (denied) throw new ServiceError('FORBIDDEN', denied);
    const view = withMoney(call, p, viewOf(core.prepare, p, dateKeyOf(w.now), viewBasis(core)));
    const blocked = blockedBy(def, view, req.action);
    if (blocked) throw new ServiceError('STEP_BLOCKED', blocked);
    const input = parseInput(a, req.input);
    checkInput(a, view, input);
    if (a.approval) {
      if (!touchProceeding(core.prepare, p.id, req.expectedRowVersion, w.now)) throw conflict(def.label);
      const approvalId = newId(w.now);
      insertApproval(core.prepare, { id: approvalId, proceedingId: p.id, caseFileId: p.caseFileId, action: req.action, input, requestedBy: principal.staffId, now: w.now });
      w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'approval.requested', summary: `提请领导审批：${a.label}`, data: { approvalId, action: req.action } });
      w.audit({ action: 'approvalRequested', entity: 'proceeding', entityId: p.id, change: { approvalId, kind: p.kind, action: req.action, input } });
      w.changed('caseFile', p.caseFileId);
      return { status: p.status, number: p.number, approvalRequested: true };
    }
    const { number, status } = apply(call, w, core, p, def, req.action, input, view, req.expectedRowVersion, null);
    return { status, number, approvalRequested: false };
  });
}

export interface ApprovalDecision {
  approvalId: string;
  decision: 'approve' | 'return';
  /** 审批意见: required to return. */
  opinion: string | null;
  /** The day the leader signed: an approved step takes effect on it. */
  date: string;
  expectedRowVersion: number;
}

/** Who may decide a file's approvals: its 包案领导; a file without one, any leader of the unit. */
export function approverProblem(principal: Principal, p: Pick<ProceedingRow, 'leaderStaffId'>): string | null {
  if (!can(principal.roles, 'proceeding.approve')) return '只有领导可以审批';
  if (p.leaderStaffId && p.leaderStaffId !== principal.staffId) return '本案已有包案领导，应由包案领导审批';
  return null;
}

/** proceedings.decide: the leader approves (the step is taken on the day signed) or returns it with an opinion. */
export function decide(call: CallContext, d: ApprovalDecision): ActOutcome {
  const core = call.core;
  const principal = call.principal ?? principalOf(core, call.session.staffId!);
  if (!principal) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return tx(writeContext(call), (w) => {
    const ap = findApproval(core.prepare, d.approvalId);
    if (!ap) throw notFound('该审批事项');
    if (ap.status !== 'pending' || ap.rowVersion !== d.expectedRowVersion) throw conflict('该审批事项');
    const p = findProceeding(core.prepare, ap.proceedingId)!;
    const def = proceedingDefinition(p.kind);
    const a = def.actions[ap.action]!;
    const denied = approverProblem(principal, p);
    if (denied) throw new ServiceError('FORBIDDEN', denied);
    const today = dateKeyOf(w.now);
    if (d.date > today) throw invalid({ date: `审批日期不能晚于今天（${today}）` });
    if (d.decision === 'return') {
      if (!d.opinion || d.opinion.trim().length < 4) throw invalid({ opinion: '退回须写明审批意见（至少4个字）' });
      decideApprovalRow(core.prepare, ap.id, d.expectedRowVersion, { status: 'returned', by: principal.staffId, now: w.now, opinion: d.opinion });
      if (!touchProceeding(core.prepare, p.id, p.rowVersion, w.now)) throw conflict(def.label);
      w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'approval.returned', summary: `领导退回“${a.label}”：${d.opinion}`, data: { approvalId: ap.id } });
      w.audit({ action: 'approvalReturned', entity: 'proceeding', entityId: p.id, change: { approvalId: ap.id, action: ap.action, opinion: d.opinion } });
      w.changed('caseFile', p.caseFileId);
      return { status: p.status, number: p.number, approvalRequested: false };
    }
    // The step takes effect on the day the leader signed (the 立案审批表's approval date is the 立案 date).
    const stored = JSON.parse(ap.input) as Record<string, unknown>;
    const input = parseInput(a, 'date' in stored ? { ...stored, date: d.date } : stored);
    if (!decideApprovalRow(core.prepare, ap.id, d.expectedRowVersion, { status: 'approved', by: principal.staffId, now: w.now, opinion: d.opinion })) throw conflict('该审批事项');
    const view = { ...withMoney(call, p, viewOf(core.prepare, p, today, viewBasis(core))), pendingApproval: null };
    const blocked = blockedBy(def, view, ap.action);
    if (blocked) throw new ServiceError('STEP_BLOCKED', `不能批准：${blocked}`);
    checkInput(a, view, input);
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'approval.approved', summary: `领导批准“${a.label}”${d.opinion ? `：${d.opinion}` : ''}`, data: { approvalId: ap.id } });
    w.audit({ action: 'approvalApproved', entity: 'proceeding', entityId: p.id, change: { approvalId: ap.id, action: ap.action, opinion: d.opinion, date: d.date } });
    const { number, status } = apply(call, w, core, p, def, ap.action, input, view, p.rowVersion, ap.id);
    return { status, number, approvalRequested: false };
  });
}

/**
 * A step taken inside the caller's transaction, by a caller who has already checked the person's place on the file
 * (the cases of a 系列案 accepted together): the step's guard and input checks hold as in act.
 */
export function stepInTx(call: CallContext, w: TxWriter, proceedingId: string, name: string, raw: Record<string, unknown>): ActOutcome {
  const core = call.core;
  const p = findProceeding(core.prepare, proceedingId);
  if (!p) throw notFound('该程序');
  const def = proceedingDefinition(p.kind);
  const a = def.actions[name];
  if (!a) throw new ServiceError('VALIDATION', `${def.label}没有“${name}”这一步骤`);
  const view = withMoney(call, p, viewOf(core.prepare, p, dateKeyOf(w.now), viewBasis(core)));
  const blocked = blockedBy(def, view, name);
  if (blocked) throw new ServiceError('STEP_BLOCKED', blocked);
  const input = parseInput(a, raw);
  checkInput(a, view, input);
  const { number, status } = apply(call, w, core, p, def, name, input, view, p.rowVersion, null);
  return { status, number, approvalRequested: false };
}

/**
 * A step the bureau's own clock takes, not a person (期满移出 on the day the list's term ends): applied as the system
 * — no session, no caller — in one transaction with its timeline line and audit row, or not at all. The step's guard
 * and input checks hold as for anyone; the row version read is the one moved, so a person acting meanwhile wins.
 */
export function systemStep(core: CoreServices, proceedingId: string, name: string, input: Record<string, unknown>, channel: string): ActOutcome {
  const session = { id: 'system', staffId: null, authenticatedAt: null, credentialVersion: null, locked: false, idleLockMs: 0 } as unknown as CallContext['session'];
  const call: CallContext = { core, session, channel: channel as CallContext['channel'], principal: null };
  return tx({ db: core.db, prepare: core.prepare, now: core.clock.now(), actorStaffId: null, sessionId: null, channel, emit: core.emit }, (w) => {
    const p = findProceeding(core.prepare, proceedingId);
    if (!p) throw notFound('该程序');
    const def = proceedingDefinition(p.kind);
    const a = def.actions[name];
    if (!a) throw new ServiceError('VALIDATION', `${def.label}没有“${name}”这一步骤`);
    const view = viewOf(core.prepare, p, dateKeyOf(w.now), viewBasis(core));
    const blocked = blockedBy(def, view, name);
    if (blocked) throw new ServiceError('STEP_BLOCKED', blocked);
    const parsed = parseInput(a, input);
    checkInput(a, view, parsed);
    const { number, status } = apply(call, w, core, p, def, name, parsed, view, p.rowVersion, null);
    return { status, number, approvalRequested: false };
  });
}
