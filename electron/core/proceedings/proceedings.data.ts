// Every SQL statement of the proceedings engine: the proceeding as a guard sees it, its events, its state and number,
// and the approvals sent to leaders. No rules here (shared/domain/proceedings holds them).
import type { ActionEvent, ProceedingView, TeamMemberView } from '../../../shared/domain/proceedings';
import type { ProceedingEvent } from '../../../shared/domain/deadline-state';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { Prepare } from '../../../db/statements';
import { auditIdKey } from '../../../db/audit-rows';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';
import { attendanceOf, partyNames } from '../hearings/hearings.data';

export interface ProceedingRow {
  id: string;
  caseFileId: string;
  unitId: string;
  kind: ProceedingKind;
  status: string;
  number: string | null;
  rowVersion: number;
  collective: boolean;
  urgent: boolean;
  leaderStaffId: string | null;
  caseTitle: string;
  /** The department that took it (签收), null until one did. */
  departmentId: string | null;
}

export function findProceeding(prepare: Prepare, id: string): ProceedingRow | null {
  const r = prepare(
    `SELECT p.id, p.case_file_id, c.unit_id, p.kind, p.status, p.number, p.row_version, c.collective, c.urgent, c.leader_staff_id, c.title, p.department_id
     FROM proceedings p JOIN case_files c ON c.id = p.case_file_id WHERE p.id = ?`,
  ).get(id) as
    | { id: string; case_file_id: string; unit_id: string; kind: ProceedingKind; status: string; number: string | null; row_version: number; collective: number; urgent: number; leader_staff_id: string | null; title: string; department_id: string | null }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    caseFileId: r.case_file_id,
    unitId: r.unit_id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    rowVersion: r.row_version,
    collective: r.collective === 1,
    urgent: r.urgent === 1,
    leaderStaffId: r.leader_staff_id,
    caseTitle: r.title,
    departmentId: r.department_id,
  };
}

export function clockEvents(prepare: Prepare, proceedingId: string): ActionEvent[] {
  const rows = prepare(`SELECT kind, date, rule_id, party, party_role, award_finality FROM proceeding_events WHERE proceeding_id = ? AND ${COUNTED_EVENT} ORDER BY seq`).all(proceedingId) as {
    kind: ActionEvent['kind'];
    date: string;
    rule_id: string | null;
    party: string | null;
    party_role: ActionEvent['partyRole'] | null;
    award_finality: ActionEvent['awardFinality'] | null;
  }[];
  return rows.map((r) => ({
    kind: r.kind,
    date: r.date,
    ...(r.rule_id ? { rule: r.rule_id as ActionEvent['rule'] } : {}),
    ...(r.party ? { party: r.party } : {}),
    ...(r.party_role ? { partyRole: r.party_role } : {}),
    ...(r.award_finality ? { awardFinality: r.award_finality } : {}),
  }));
}

export function activeTeam(prepare: Prepare, caseFileId: string): TeamMemberView[] {
  const rows = prepare(
    `SELECT t.staff_id, t.role, s.enforcement_cert_expiry, s.arbitrator_cert_expiry, s.name, s.active
     FROM case_team t LEFT JOIN staff s ON s.id = t.staff_id WHERE t.case_file_id = ? AND t.removed_at IS NULL ORDER BY t.added_at, t.id`,
  ).all(caseFileId) as { staff_id: string | null; role: TeamMemberView['role']; enforcement_cert_expiry: string | null; arbitrator_cert_expiry: string | null; name: string | null; active: number | null }[];
  return rows.map((r) => ({
    staffId: r.staff_id,
    role: r.role,
    enforcementCertExpiry: r.enforcement_cert_expiry,
    arbitratorCertExpiry: r.arbitrator_cert_expiry,
    name: r.name,
    active: r.active === 1,
  }));
}

export interface ApprovalRow {
  id: string;
  proceedingId: string;
  caseFileId: string;
  action: string;
  input: string;
  requestedBy: string;
  requestedAt: number;
  status: 'pending' | 'approved' | 'returned' | 'withdrawn';
  rowVersion: number;
}

export function pendingApproval(prepare: Prepare, proceedingId: string): ApprovalRow | null {
  return (
    (prepare(
      `SELECT id, proceeding_id AS proceedingId, case_file_id AS caseFileId, action, input, requested_by AS requestedBy, requested_at AS requestedAt, status, row_version AS rowVersion
       FROM approvals WHERE proceeding_id = ? AND status = 'pending'`,
    ).get(proceedingId) as ApprovalRow | undefined) ?? null
  );
}

export function findApproval(prepare: Prepare, id: string): ApprovalRow | null {
  return (
    (prepare(
      `SELECT id, proceeding_id AS proceedingId, case_file_id AS caseFileId, action, input, requested_by AS requestedBy, requested_at AS requestedAt, status, row_version AS rowVersion
       FROM approvals WHERE id = ?`,
    ).get(id) as ApprovalRow | undefined) ?? null
  );
}

/**
 * Whether the proceeding waits for a department's 签收 (归口办理): its last routing is still awaiting, or was returned
 * to the desk. A proceeding never routed (opened before routing existed) waits for nobody.
 */
export function awaitingReceipt(prepare: Prepare, proceedingId: string): ProceedingView['awaitingReceipt'] {
  const r = prepare(
    `SELECT r.status, d.name AS department FROM routings r LEFT JOIN departments d ON d.id = r.department_id
     WHERE r.proceeding_id = ? ORDER BY r.seq DESC LIMIT 1`,
  ).get(proceedingId) as { status: string; department: string | null } | undefined;
  if (!r || (r.status !== 'awaiting' && r.status !== 'returned')) return null;
  return { department: r.department ?? '承办部门', returned: r.status === 'returned' };
}

export function viewOf(prepare: Prepare, p: ProceedingRow, today: string, basis?: ProceedingView['basis']): ProceedingView {
  const pending = pendingApproval(prepare, p.id);
  return {
    kind: p.kind,
    status: p.status,
    number: p.number,
    today,
    events: clockEvents(prepare, p.id),
    caseFile: { collective: p.collective, urgent: p.urgent, leaderStaffId: p.leaderStaffId },
    team: activeTeam(prepare, p.caseFileId),
    pendingApproval: pending ? { action: pending.action } : null,
    awaitingReceipt: awaitingReceipt(prepare, p.id),
    ...(basis ? { basis } : {}),
    ...(p.kind === 'arbitration' ? { lastHearing: attendanceOf(prepare, p.id), parties: partyNames(prepare, p.id) } : {}),
  };
}

/** Moves the proceeding on if nobody moved it meanwhile; false when its row version is no longer the one read. */
export function moveProceeding(prepare: Prepare, id: string, expectedRowVersion: number, to: { status: string; number: string | null; closedAt: number | null; now: number }): boolean {
  return (
    prepare(
      'UPDATE proceedings SET status = ?, number = ?, closed_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?',
    ).run(to.status, to.number, to.closedAt, to.now, id, expectedRowVersion).changes === 1
  );
}

/** Bumps the row version alone (an approval requested or returned changes what may be done next). */
export function touchProceeding(prepare: Prepare, id: string, expectedRowVersion: number, now: number): boolean {
  return prepare('UPDATE proceedings SET updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?').run(now, id, expectedRowVersion).changes === 1;
}

/**
 * A clock event's source as recorded: a step of the proceeding is stored as '.' and the step's name, its kind being the
 * proceeding's (issue #15: not repeated on every event); every other source ('intake', 'service.record' …) is stored whole.
 */
export function clockEventSource(stored: string, proceedingKind: string): string {
  return stored.startsWith('.') ? `${proceedingKind}${stored}` : stored;
}

/** The same in SQL, for a statement that joins the event `e` to its proceeding `p`. */
export const CLOCK_EVENT_SOURCE_SQL = "CASE WHEN substr(e.source, 1, 1) = '.' THEN p.kind || e.source ELSE e.source END";

export function insertClockEvent(
  prepare: Prepare,
  proceedingId: string,
  e: ActionEvent & Pick<ProceedingEvent, 'party' | 'partyRole' | 'awardFinality'>,
  source: string,
  now: number,
  by: string | null,
  serviceId: string | null = null,
  hearingId: string | null = null,
): void {
  prepare(
    'INSERT INTO proceeding_events (proceeding_id, kind, date, rule_id, party, party_role, award_finality, source, recorded_at, recorded_by, service_id, hearing_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(proceedingId, e.kind, e.date, e.rule ?? null, e.party ?? null, e.partyRole ?? null, e.awardFinality ?? null, source, now, by, serviceId, hearingId);
}

export function insertApproval(prepare: Prepare, a: { id: string; proceedingId: string; caseFileId: string; action: string; input: unknown; requestedBy: string; now: number }): void {
  prepare(
    "INSERT INTO approvals (id, proceeding_id, case_file_id, action, input, requested_by, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')",
  ).run(a.id, a.proceedingId, a.caseFileId, a.action, JSON.stringify(a.input), a.requestedBy, a.now);
}

export function decideApprovalRow(prepare: Prepare, id: string, expectedRowVersion: number, d: { status: 'approved' | 'returned' | 'withdrawn'; by: string; now: number; opinion: string | null }): boolean {
  return (
    prepare(
      "UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, opinion = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'pending'",
    ).run(d.status, d.by, d.now, d.opinion, id, expectedRowVersion).changes === 1
  );
}

/** Heads of the unit's departments with a capability (the department that handles a kind of proceeding). */
export function isDepartmentHead(prepare: Prepare, staffId: string, unitId: string, capability: string): boolean {
  return !!prepare('SELECT 1 FROM departments WHERE unit_id = ? AND capability = ? AND head_staff_id = ? AND active = 1').get(unitId, capability, staffId);
}

/** The head of this department (the one that took the file). */
export function isHeadOf(prepare: Prepare, staffId: string, departmentId: string): boolean {
  return !!prepare('SELECT 1 FROM departments WHERE id = ? AND head_staff_id = ? AND active = 1').get(departmentId, staffId);
}

export function onTeam(prepare: Prepare, caseFileId: string, staffId: string): boolean {
  return !!prepare('SELECT 1 FROM case_team WHERE case_file_id = ? AND staff_id = ? AND removed_at IS NULL').get(caseFileId, staffId);
}

export function unitShortName(prepare: Prepare, unitId: string): string {
  return (prepare('SELECT short_name FROM units WHERE id = ?').get(unitId) as { short_name: string }).short_name;
}

// ---------------------------------------------------------------------------------------------------------------
// What the inspection's papers read (inspection-papers.ts, inspection-approvals.ts)

export interface AppliedStep {
  action: string;
  input: Record<string, unknown>;
  /** The approval that applied it (a step a leader approved), or null. */
  approvalId: string | null;
}

/**
 * Every step applied to the proceeding, oldest first, with the input it was applied with: the audit chain's
 * proceedingStep rows, which the engine writes in the step's own transaction (engine.ts apply).
 */
export function appliedSteps(prepare: Prepare, proceedingId: string): AppliedStep[] {
  const rows = prepare("SELECT change FROM audit_log WHERE entity = 'proceeding' AND entity_key = ? AND action = 'proceedingStep' ORDER BY seq").all(auditIdKey(proceedingId)) as { change: string }[];
  return rows
    .map((r) => JSON.parse(r.change) as { action?: string; input?: Record<string, unknown>; approvalId?: string | null })
    .flatMap((c) => (c.action && c.input ? [{ action: c.action, input: c.input, approvalId: typeof c.approvalId === 'string' ? c.approvalId : null }] : []));
}

export interface DecidedApproval {
  requestedBy: string;
  requestedAt: number;
  /** The input as the handler put it forward (its date is the handler's; the engine applied the leader's). */
  input: string;
  decidedBy: string | null;
  decidedAt: number | null;
  opinion: string | null;
}

/** An approval as decided: who asked, who signed, and the leader's opinion. */
export function decidedApproval(prepare: Prepare, id: string): DecidedApproval | null {
  return (
    (prepare(
      `SELECT r.name AS requestedBy, a.requested_at AS requestedAt, a.input, d.name AS decidedBy, a.decided_at AS decidedAt, a.opinion
       FROM approvals a JOIN staff r ON r.id = a.requested_by LEFT JOIN staff d ON d.id = a.decided_by WHERE a.id = ? AND a.status = 'approved'`,
    ).get(id) as DecidedApproval | undefined) ?? null
  );
}

export interface PaperParty {
  role: string;
  kind: string;
  name: string;
  creditCode: string | null;
  address: string | null;
  legalRepName: string | null;
  legalRepTitle: string | null;
}

/** The proceeding's parties on the employer's side, the 用人单位 first (no personal numbers: none is printed). */
export function paperParties(prepare: Prepare, proceedingId: string): PaperParty[] {
  return prepare(
    `SELECT pp.role, pa.kind, pa.name, pa.credit_code AS creditCode, pa.address, pa.legal_rep_name AS legalRepName, pa.legal_rep_title AS legalRepTitle
     FROM proceeding_parties pp JOIN parties pa ON pa.id = pp.party_id
     WHERE pp.proceeding_id = ? ORDER BY CASE pp.role WHEN 'employer' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, pp.sort_order, pp.id`,
  ).all(proceedingId) as PaperParty[];
}

export interface CaseIntake {
  id: string;
  kind: string;
  channel: string;
  receivedDate: string;
  summary: string;
  workersCount: number;
  amountClaimedFen: number | null;
}

/** The intakes the case file grew from, oldest first: the case's source (案件来源). */
export function caseIntakes(prepare: Prepare, caseFileId: string): CaseIntake[] {
  return prepare(
    `SELECT id, kind, channel, received_date AS receivedDate, summary, workers_count AS workersCount, amount_claimed_fen AS amountClaimedFen
     FROM intakes WHERE case_file_id = ? ORDER BY received_at, seq`,
  ).all(caseFileId) as CaseIntake[];
}

/** The complainants of the file's 投诉 intakes (never a reporter: 监察条例 Art. 9 keeps them confidential), in order. */
export function caseComplainants(prepare: Prepare, caseFileId: string): { name: string; representative: boolean; address: string | null }[] {
  const rows = prepare(
    `SELECT p.name, ic.is_representative AS representative, ic.address FROM intakes i
     JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons p ON p.id = ic.person_id
     WHERE i.case_file_id = ? AND i.kind = 'complaint' ORDER BY i.received_at, i.seq, ic.sort_order`,
  ).all(caseFileId) as { name: string; representative: number; address: string | null }[];
  return rows.map((r) => ({ name: r.name, representative: r.representative === 1, address: r.address }));
}

/** The file's 承办人 on the team at an instant, with their 执法证 numbers (监察条例 Art. 16). */
export function handlersAt(prepare: Prepare, caseFileId: string, at: number): { name: string; certNo: string | null; certExpiry: string | null }[] {
  return prepare(
    `SELECT s.name, s.enforcement_cert_no AS certNo, s.enforcement_cert_expiry AS certExpiry FROM case_team t JOIN staff s ON s.id = t.staff_id
     WHERE t.case_file_id = ? AND t.role = 'handler' AND t.added_at <= ? AND (t.removed_at IS NULL OR t.removed_at > ?) ORDER BY t.added_at, t.id`,
  ).all(caseFileId, at, at) as { name: string; certNo: string | null; certExpiry: string | null }[];
}

/** The newest issued paper of a kind on the file (its number), or null. */
export function issuedPaper(prepare: Prepare, caseFileId: string, kind: string): { number: string | null } | null {
  return (prepare("SELECT number FROM documents WHERE case_file_id = ? AND kind = ? AND status = 'issued' ORDER BY created_at DESC LIMIT 1").get(caseFileId, kind) as { number: string | null } | undefined) ?? null;
}

/** The file's inspection (the oldest one): the papers of mediation, referral, listing and enforcement read its facts. */
export function inspectionOfFile(prepare: Prepare, caseFileId: string): ProceedingRow | null {
  const row = prepare("SELECT id FROM proceedings WHERE case_file_id = ? AND kind = 'inspection' ORDER BY opened_at, id LIMIT 1").get(caseFileId) as { id: string } | undefined;
  return row ? findProceeding(prepare, row.id) : null;
}

/** The last approval given to a step of the proceeding, with the approving leader's name. */
export function approvedStep(prepare: Prepare, proceedingId: string, action: string): { approver: string; decidedAt: number; opinion: string | null } | null {
  return (
    (prepare(
      `SELECT s.name AS approver, a.decided_at AS decidedAt, a.opinion FROM approvals a JOIN staff s ON s.id = a.decided_by
       WHERE a.proceeding_id = ? AND a.action = ? AND a.status = 'approved' ORDER BY a.decided_at DESC LIMIT 1`,
    ).get(proceedingId, action) as { approver: string; decidedAt: number; opinion: string | null } | undefined) ?? null
  );
}

/** The last day of a rule's clock as stored for the proceeding (the deadline engine's own count), or null. */
export function storedDue(prepare: Prepare, proceedingId: string, ruleId: string): string | null {
  const row = prepare('SELECT max(due_date) AS d FROM deadlines WHERE proceeding_id = ? AND rule_id = ?').get(proceedingId, ruleId) as { d: string | null };
  return row.d;
}

/** The issued paper's number of a kind on the file (the newest), or null. */
export function issuedNumber(prepare: Prepare, caseFileId: string, kind: string): string | null {
  const row = prepare("SELECT number FROM documents WHERE case_file_id = ? AND kind = ? AND status = 'issued' ORDER BY created_at DESC LIMIT 1").get(caseFileId, kind) as { number: string | null } | undefined;
  return row?.number ?? null;
}

/** The name of the file's 包案领导, or null. */
export function fileLeaderName(prepare: Prepare, caseFileId: string): string | null {
  const row = prepare('SELECT s.name FROM case_files c JOIN staff s ON s.id = c.leader_staff_id WHERE c.id = ?').get(caseFileId) as { name: string } | undefined;
  return row?.name ?? null;
}
