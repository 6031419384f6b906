// Every SQL statement about a file's team.
import type { Prepare } from '../../../db/statements';
import { newId } from '../kernel/ids';

export interface TeamRow {
  id: string;
  case_file_id: string;
  role: 'leader' | 'handler' | 'participant';
  staff_id: string | null;
  staff_name: string | null;
  name: string | null;
  organisation: string | null;
  phone: string | null;
  employment: 'fullTime' | 'partTime';
  enforcement_cert_expiry: string | null;
  arbitrator_cert_expiry: string | null;
  added_at: number;
  add_reason: string | null;
  confirmed_at: number | null;
}

export function insertTeamMember(
  prepare: Prepare,
  m: {
    caseFileId: string;
    role: TeamRow['role'];
    staffId: string | null;
    name?: string | null;
    organisation?: string | null;
    phone?: string | null;
    employment?: TeamRow['employment'];
    now: number;
    by: string | null;
    reason: string;
    /** A 包案领导 only proposed (by the desk at intake) is stored unconfirmed. */
    proposed?: boolean;
  },
): string {
  const id = newId(m.now);
  const confirmed = m.role === 'leader' && !m.proposed;
  prepare(
    'INSERT INTO case_team (id, case_file_id, role, staff_id, name, organisation, phone, employment, added_at, added_by, add_reason, confirmed_at, confirmed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, m.caseFileId, m.role, m.staffId, m.name ?? null, m.organisation ?? null, m.phone ?? null, m.employment ?? 'fullTime', m.now, m.by, m.reason, confirmed ? m.now : null, confirmed ? m.by : null);
  return id;
}

export function teamRows(prepare: Prepare, caseFileId: string): TeamRow[] {
  return prepare(
    `SELECT t.id, t.case_file_id, t.role, t.staff_id, s.name AS staff_name, t.name, t.organisation, t.phone, t.employment, s.enforcement_cert_expiry, s.arbitrator_cert_expiry, t.added_at, t.add_reason, t.confirmed_at
     FROM case_team t LEFT JOIN staff s ON s.id = t.staff_id
     WHERE t.case_file_id = ? AND t.removed_at IS NULL
     ORDER BY CASE t.role WHEN 'leader' THEN 0 WHEN 'handler' THEN 1 ELSE 2 END, t.added_at, t.id`,
  ).all(caseFileId) as TeamRow[];
}

export function findTeamMember(prepare: Prepare, id: string): (TeamRow & { removed_at: number | null }) | null {
  return (
    (prepare(
      `SELECT t.id, t.case_file_id, t.role, t.staff_id, s.name AS staff_name, t.name, t.organisation, t.phone, t.employment, s.enforcement_cert_expiry, s.arbitrator_cert_expiry, t.added_at, t.add_reason, t.confirmed_at, t.removed_at
       FROM case_team t LEFT JOIN staff s ON s.id = t.staff_id WHERE t.id = ?`,
    ).get(id) as (TeamRow & { removed_at: number | null }) | undefined) ?? null
  );
}

export function removeTeamMember(prepare: Prepare, id: string, now: number, by: string | null, reason: string): boolean {
  return prepare('UPDATE case_team SET removed_at = ?, removed_by = ?, remove_reason = ? WHERE id = ? AND removed_at IS NULL').run(now, by, reason, id).changes === 1;
}

export function setFileLeader(prepare: Prepare, caseFileId: string, staffId: string | null, now: number): void {
  prepare('UPDATE case_files SET leader_staff_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(staffId, now, caseFileId);
}

export function caseFileBasics(prepare: Prepare, caseFileId: string): { id: string; unit_id: string; leader_staff_id: string | null; kinds: string } | null {
  return (
    (prepare(
      `SELECT c.id, c.unit_id, c.leader_staff_id, (SELECT json_group_array(kind) FROM proceedings p WHERE p.case_file_id = c.id) AS kinds FROM case_files c WHERE c.id = ?`,
    ).get(caseFileId) as { id: string; unit_id: string; leader_staff_id: string | null; kinds: string } | undefined) ?? null
  );
}

/** Whether the person heads a department that took one of the file's proceedings (签收, 归口办理). */
export function headsTakingDepartment(prepare: Prepare, caseFileId: string, staffId: string): boolean {
  return !!prepare(
    'SELECT 1 FROM proceedings p JOIN departments d ON d.id = p.department_id WHERE p.case_file_id = ? AND d.head_staff_id = ? AND d.active = 1',
  ).get(caseFileId, staffId);
}

/** Records the department head's confirmation of a proposed 包案领导; false when it was confirmed already or left. */
export function confirmLeaderRow(prepare: Prepare, id: string, now: number, by: string): boolean {
  return prepare("UPDATE case_team SET confirmed_at = ?, confirmed_by = ? WHERE id = ? AND role = 'leader' AND removed_at IS NULL AND confirmed_at IS NULL").run(now, by, id).changes === 1;
}

/** Whether a department has taken one of the file's proceedings (签收). */
export function fileTakenByDepartment(prepare: Prepare, caseFileId: string): boolean {
  return !!prepare('SELECT 1 FROM proceedings WHERE case_file_id = ? AND department_id IS NOT NULL').get(caseFileId);
}

/** Whether the person heads any active department of the unit. */
export function headsAnyDepartment(prepare: Prepare, unitId: string, staffId: string): boolean {
  return !!prepare('SELECT 1 FROM departments WHERE unit_id = ? AND head_staff_id = ? AND active = 1').get(unitId, staffId);
}

export interface PendingLeaderRow {
  member_id: string;
  case_file_id: string;
  case_title: string;
  staff_id: string;
  staff_name: string;
  added_at: number;
}

// The proposed 包案领导 a person may confirm: on files their department took, or on files no department has taken
// yet when they head a department of the unit; open files only. It starts from the proposals still waiting
// (case_team_pending_leader_idx, in the desk's order: a handful of rows), each file then by its key: from the unit's open
// files it read every one of them (4,693 files, 68 ms at 100,000 intakes; by closed_at alone, every file of the unit).
export const PENDING_LEADERS = `FROM case_team t CROSS JOIN case_files c ON c.id = t.case_file_id JOIN staff s ON s.id = t.staff_id
  WHERE t.role = 'leader' AND t.removed_at IS NULL AND t.confirmed_at IS NULL AND c.unit_id = @unitId AND c.status = 'open' AND c.closed_at IS NULL AND t.staff_id <> @me
    AND (EXISTS (SELECT 1 FROM proceedings p JOIN departments d ON d.id = p.department_id WHERE p.case_file_id = c.id AND d.head_staff_id = @me AND d.active = 1)
      OR (NOT EXISTS (SELECT 1 FROM proceedings p WHERE p.case_file_id = c.id AND p.department_id IS NOT NULL)
        AND EXISTS (SELECT 1 FROM departments d WHERE d.unit_id = @unitId AND d.head_staff_id = @me AND d.active = 1)))`;

export function pendingLeaders(prepare: Prepare, unitId: string, me: string, limit: number): PendingLeaderRow[] {
  return prepare(
    `SELECT t.id AS member_id, c.id AS case_file_id, c.title AS case_title, t.staff_id, s.name AS staff_name, t.added_at ${PENDING_LEADERS} ORDER BY t.added_at, t.id LIMIT @limit`,
  ).all({ unitId, me, limit }) as PendingLeaderRow[];
}

export function countPendingLeaders(prepare: Prepare, unitId: string, me: string): number {
  return (prepare(`SELECT count(*) AS n ${PENDING_LEADERS}`).get({ unitId, me }) as { n: number }).n;
}
