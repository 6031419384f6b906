// Every SQL statement of routing (归口办理): the departments that may take a route, the routing rows, a department's
// inbox with the stored 受理 clock, the awaiting-transfer list, and the intake's and proceeding's routing state.
// No rules here (routing.service.ts holds them).
import type { Prepare } from '../../../db/statements';
import type { Capability, IntakeKind, IntakeRoute, IntakeStatus, ProceedingKind, RoutingStatus, RoutingTarget } from '../../../shared/domain/vocabulary';

export interface DepartmentRow {
  id: string;
  unit_id: string;
  name: string;
  capability: Capability;
  active: number;
  head_staff_id: string | null;
}

export function findDepartment(prepare: Prepare, id: string): DepartmentRow | null {
  return (prepare('SELECT id, unit_id, name, capability, active, head_staff_id FROM departments WHERE id = ?').get(id) as DepartmentRow | undefined) ?? null;
}

/** The unit's active departments with one of the capabilities, in the order given, then the unit's own order. */
export function departmentsWith(prepare: Prepare, unitId: string, capabilities: readonly Capability[]): DepartmentRow[] {
  const rows = prepare(
    `SELECT id, unit_id, name, capability, active, head_staff_id FROM departments
     WHERE unit_id = ? AND active = 1 AND capability IN (SELECT value FROM json_each(?)) ORDER BY sort_order, name`,
  ).all(unitId, JSON.stringify(capabilities)) as DepartmentRow[];
  return rows.sort((a, b) => capabilities.indexOf(a.capability) - capabilities.indexOf(b.capability));
}

export function staffDepartmentId(prepare: Prepare, staffId: string): string | null {
  return (prepare('SELECT department_id FROM staff WHERE id = ?').get(staffId) as { department_id: string | null } | undefined)?.department_id ?? null;
}

export function unitExists(prepare: Prepare, id: string): { id: string; name: string; active: number } | null {
  return (prepare('SELECT id, name, active FROM units WHERE id = ?').get(id) as { id: string; name: string; active: number } | undefined) ?? null;
}

export interface NewRouting {
  id: string;
  intakeId: string;
  unitId: string;
  target: RoutingTarget;
  departmentId: string | null;
  otherBody: string | null;
  otherUnitId: string | null;
  caseFileId: string | null;
  proceedingId: string | null;
  status: RoutingStatus;
  note: string | null;
  now: number;
  by: string;
}

export function insertRouting(prepare: Prepare, r: NewRouting): void {
  prepare(
    `INSERT INTO routings (id, intake_id, unit_id, target, department_id, other_body, other_unit_id, case_file_id, proceeding_id, status, note, routed_at, routed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.intakeId, r.unitId, r.target, r.departmentId, r.otherBody, r.otherUnitId, r.caseFileId, r.proceedingId, r.status, r.note, r.now, r.by);
}

export interface RoutingRow {
  seq: number;
  id: string;
  intake_id: string;
  unit_id: string;
  target: RoutingTarget;
  department_id: string | null;
  department_name: string | null;
  other_body: string | null;
  other_unit_id: string | null;
  other_unit_name: string | null;
  case_file_id: string | null;
  proceeding_id: string | null;
  status: RoutingStatus;
  note: string | null;
  routed_at: number;
  routed_by: string;
  routed_by_name: string;
  decided_at: number | null;
  decided_by: string | null;
  decided_by_name: string | null;
  return_reason: string | null;
  row_version: number;
}

const ROUTING_SELECT = `SELECT r.seq, r.id, r.intake_id, r.unit_id, r.target, r.department_id, d.name AS department_name, r.other_body, r.other_unit_id,
    u.name AS other_unit_name, r.case_file_id, r.proceeding_id, r.status, r.note, r.routed_at, r.routed_by, rb.name AS routed_by_name,
    r.decided_at, r.decided_by, db.name AS decided_by_name, r.return_reason, r.row_version
  FROM routings r LEFT JOIN departments d ON d.id = r.department_id LEFT JOIN units u ON u.id = r.other_unit_id
  JOIN staff rb ON rb.id = r.routed_by LEFT JOIN staff db ON db.id = r.decided_by`;

export function findRouting(prepare: Prepare, id: string): RoutingRow | null {
  return (prepare(`${ROUTING_SELECT} WHERE r.id = ?`).get(id) as RoutingRow | undefined) ?? null;
}

export function routingsOfIntake(prepare: Prepare, intakeId: string): RoutingRow[] {
  return prepare(`${ROUTING_SELECT} WHERE r.intake_id = ? ORDER BY r.seq`).all(intakeId) as RoutingRow[];
}

/** The proceeding's last routing to a department: whether a department has taken it yet. */
export function lastRoutingOfProceeding(prepare: Prepare, proceedingId: string): { status: RoutingStatus; department_name: string | null } | null {
  return (
    (prepare(
      `SELECT r.status, d.name AS department_name FROM routings r LEFT JOIN departments d ON d.id = r.department_id
       WHERE r.proceeding_id = ? ORDER BY r.seq DESC LIMIT 1`,
    ).get(proceedingId) as { status: RoutingStatus; department_name: string | null } | undefined) ?? null
  );
}

/** 签收 or 退回, if nobody decided it meanwhile; false when its row version or status moved. */
export function decideRouting(prepare: Prepare, id: string, expectedRowVersion: number, d: { status: 'accepted' | 'returned' | 'superseded'; by: string | null; now: number; reason: string | null }): boolean {
  return (
    prepare(
      `UPDATE routings SET status = ?, decided_at = ?, decided_by = ?, return_reason = ?, row_version = row_version + 1
       WHERE id = ? AND row_version = ? AND status IN ('awaiting', 'returned', 'awaitingTransfer')`,
    ).run(d.status, d.now, d.by, d.reason, id, expectedRowVersion).changes === 1
  );
}

export function setProceedingDepartment(prepare: Prepare, proceedingId: string, departmentId: string, now: number): void {
  prepare('UPDATE proceedings SET department_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(departmentId, now, proceedingId);
}

/** Closes a proceeding no department took, when the desk sends the matter to a proceeding of another kind. */
export function closeProceedingAs(prepare: Prepare, proceedingId: string, status: string, now: number): void {
  prepare('UPDATE proceedings SET status = ?, closed_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(status, now, now, proceedingId);
}

export interface IntakeRoutingRow {
  id: string;
  unit_id: string;
  kind: IntakeKind;
  status: IntakeStatus;
  route: IntakeRoute | null;
  case_file_id: string | null;
  received_date: string;
  reg_year: number;
  reg_no: number;
  row_version: number;
}

export function intakeForRouting(prepare: Prepare, id: string): IntakeRoutingRow | null {
  return (
    (prepare('SELECT id, unit_id, kind, status, route, case_file_id, received_date, reg_year, reg_no, row_version FROM intakes WHERE id = ?').get(id) as IntakeRoutingRow | undefined) ??
    null
  );
}

export function setIntakeRouting(prepare: Prepare, id: string, to: { status: IntakeStatus; route: IntakeRoute | null; answer?: string | null; now: number }): void {
  prepare('UPDATE intakes SET status = ?, route = ?, answer = coalesce(?, answer), updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(to.status, to.route, to.answer ?? null, to.now, id);
}

/** The open proceeding of a file no department took yet (its first, opened from the intake). */
export function untakenProceeding(prepare: Prepare, caseFileId: string): { id: string; kind: ProceedingKind; status: string; row_version: number } | null {
  return (
    (prepare('SELECT id, kind, status, row_version FROM proceedings WHERE case_file_id = ? AND closed_at IS NULL ORDER BY opened_at DESC, id DESC LIMIT 1').get(caseFileId) as
      | { id: string; kind: ProceedingKind; status: string; row_version: number }
      | undefined) ?? null
  );
}

export interface InboxRow extends RoutingRow {
  reg_year: number;
  reg_no: number;
  received_date: string;
  intake_kind: IntakeKind;
  workers_count: number;
  case_title: string;
  collective: number;
  urgent: number;
  proceeding_kind: ProceedingKind;
  due_date: string | null;
  due_status: 'open' | 'paused' | 'met' | 'metLate' | 'extended' | null;
  due_nature: 'duty' | 'lapse' | 'wait' | null;
  /** The clock's key as JSON [rule_id, party, award_finality]: its label is derived (clockLabel), not stored. */
  due_clock: string | null;
}

export interface InboxQuery {
  departmentIds: string[];
  statuses: RoutingStatus[];
  /** The 受理 clock: due on or after / on or before these dates (overdue: until yesterday; due soon: today … the 3rd working day). */
  dueFrom: string | null;
  dueUntil: string | null;
  urgentOnly: boolean;
  after: { at: number; seq: number } | null;
  limit: number;
}

/**
 * A department's routings, oldest first (keyset on routed_at, seq), each with its file and the earliest open duty
 * of the proceeding from the stored `deadlines` (the 受理 clock while it waits), so the inbox shows what is urgent.
 */
export function inboxRows(prepare: Prepare, q: InboxQuery): InboxRow[] {
  return prepare(
    `SELECT * FROM (
       ${ROUTING_SELECT.replace('SELECT ', `SELECT i.reg_year, i.reg_no, i.received_date, i.kind AS intake_kind, i.workers_count, c.title AS case_title, c.collective, c.urgent,
         p.kind AS proceeding_kind,
         (SELECT dl.due_date FROM deadlines dl WHERE dl.proceeding_id = r.proceeding_id AND dl.status = 'open' AND dl.nature = 'duty' ORDER BY dl.due_date LIMIT 1) AS due_date,
         (SELECT dl.status FROM deadlines dl WHERE dl.proceeding_id = r.proceeding_id AND dl.status = 'open' AND dl.nature = 'duty' ORDER BY dl.due_date LIMIT 1) AS due_status,
         (SELECT dl.nature FROM deadlines dl WHERE dl.proceeding_id = r.proceeding_id AND dl.status = 'open' AND dl.nature = 'duty' ORDER BY dl.due_date LIMIT 1) AS due_nature,
         (SELECT json_array(dl.rule_id, dl.party, dl.award_finality) FROM deadlines dl WHERE dl.proceeding_id = r.proceeding_id AND dl.status = 'open' AND dl.nature = 'duty' ORDER BY dl.due_date LIMIT 1) AS due_clock, `)}
       JOIN intakes i ON i.id = r.intake_id JOIN case_files c ON c.id = r.case_file_id JOIN proceedings p ON p.id = r.proceeding_id
       WHERE r.department_id IN (SELECT value FROM json_each(@departments)) AND r.status IN (SELECT value FROM json_each(@statuses))
         AND (@urgent = 0 OR c.urgent = 1 OR c.collective = 1)
         AND (@afterAt IS NULL OR r.routed_at > @afterAt OR (r.routed_at = @afterAt AND r.seq > @afterSeq)))
     WHERE (@dueFrom IS NULL OR due_date >= @dueFrom) AND (@dueUntil IS NULL OR due_date <= @dueUntil)
     ORDER BY routed_at, seq LIMIT @limit`,
  ).all({
    departments: JSON.stringify(q.departmentIds),
    statuses: JSON.stringify(q.statuses),
    urgent: q.urgentOnly ? 1 : 0,
    afterAt: q.after?.at ?? null,
    afterSeq: q.after?.seq ?? 0,
    dueFrom: q.dueFrom,
    dueUntil: q.dueUntil,
    limit: q.limit,
  }) as InboxRow[];
}

export interface TransferRow extends RoutingRow {
  reg_year: number;
  reg_no: number;
  received_date: string;
  intake_kind: IntakeKind;
  summary: string;
  workers_count: number;
}

/** Intakes of the unit awaiting transfer to another unit, oldest first (keyset on routed_at, seq). */
export function transferRows(prepare: Prepare, unitId: string, after: { at: number; seq: number } | null, limit: number): TransferRow[] {
  return prepare(
    `${ROUTING_SELECT.replace('SELECT ', 'SELECT i.reg_year, i.reg_no, i.received_date, i.kind AS intake_kind, i.summary, i.workers_count, ')}
     JOIN intakes i ON i.id = r.intake_id
     WHERE r.unit_id = @unitId AND r.status = 'awaitingTransfer'
       AND (@afterAt IS NULL OR r.routed_at > @afterAt OR (r.routed_at = @afterAt AND r.seq > @afterSeq))
     ORDER BY r.routed_at, r.seq LIMIT @limit`,
  ).all({ unitId, afterAt: after?.at ?? null, afterSeq: after?.seq ?? 0, limit }) as TransferRow[];
}

/** Who stands in a proceeding, to stand in the one that replaces it. */
export function standingParties(prepare: Prepare, proceedingId: string): { role: string; party_id: string | null; person_id: string | null }[] {
  return prepare('SELECT role, party_id, person_id FROM proceeding_parties WHERE proceeding_id = ? ORDER BY sort_order').all(proceedingId) as {
    role: string;
    party_id: string | null;
    person_id: string | null;
  }[];
}

/** Closes a file none of whose proceedings is open any more (the desk answered or sent the matter elsewhere). */
export function closeFileIfDone(prepare: Prepare, caseFileId: string, now: number): boolean {
  return (
    prepare(
      `UPDATE case_files SET status = 'closed', closed_at = ?, updated_at = ?, row_version = row_version + 1
       WHERE id = ? AND status = 'open' AND NOT EXISTS (SELECT 1 FROM proceedings WHERE case_file_id = ? AND closed_at IS NULL)`,
    ).run(now, now, caseFileId, caseFileId).changes === 1
  );
}

/** The routing a proceeding waits on (awaiting 签收), if any. */
export function awaitingRoutingOf(prepare: Prepare, proceedingId: string): { id: string; row_version: number } | null {
  return (prepare("SELECT id, row_version FROM routings WHERE proceeding_id = ? AND status = 'awaiting' ORDER BY seq DESC LIMIT 1").get(proceedingId) as { id: string; row_version: number } | undefined) ?? null;
}
