// Every SQL statement of the proceedings engine: the proceeding as a guard sees it, its events, its state and number,
// and the approvals sent to leaders. No rules here (shared/domain/proceedings holds them).
import type { ActionEvent, ProceedingView, TeamMemberView } from '../../../shared/domain/proceedings';
import type { ProceedingEvent } from '../../../shared/domain/deadline-state';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { Prepare } from '../../../db/statements';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';
import { attendanceOf } from '../hearings/hearings.data';

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
    ...(p.kind === 'arbitration' ? { lastHearing: attendanceOf(prepare, p.id) } : {}),
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
