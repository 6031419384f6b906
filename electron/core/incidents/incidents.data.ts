// Every SQL statement about 群体性事件: the incident, its reports and the people sent to the scene, the open ones for
// the desks, and what the file says about itself (urgent, a construction matter).
import type { Prepare } from '../../../db/statements';
import type { IncidentAct, IncidentOutcome, IncidentPlace, IncidentRecipient, ReportMethod } from '../../../shared/domain/vocabulary';
import { newId } from '../kernel/ids';

export interface IncidentRow {
  id: string;
  case_file_id: string;
  unit_id: string;
  started_at: number;
  learned_at: number;
  place_kind: IncidentPlace;
  place: string | null;
  acts: string;
  description: string;
  people_count: number;
  leaders: string | null;
  up_due_at: number | null;
  police_due_at: number | null;
  housing_due_at: number | null;
  status: 'open' | 'closed';
  outcome: IncidentOutcome | null;
  outcome_note: string | null;
  ended_at: number | null;
  opened_by: string;
  opened_by_name: string;
  opened_at: number;
  closed_by: string | null;
  closed_by_name: string | null;
  closed_at: number | null;
  row_version: number;
}

const INCIDENT_SELECT = `SELECT i.*, o.name AS opened_by_name, cl.name AS closed_by_name
  FROM incidents i JOIN staff o ON o.id = i.opened_by LEFT JOIN staff cl ON cl.id = i.closed_by`;

export interface NewIncident {
  caseFileId: string;
  unitId: string;
  startedAt: number;
  learnedAt: number;
  placeKind: IncidentPlace;
  place: string | null;
  acts: IncidentAct[];
  description: string;
  peopleCount: number;
  leaders: string | null;
  dueAt: { up: number | null; police: number | null; housing: number | null };
  by: string;
  now: number;
}

export function insertIncident(prepare: Prepare, i: NewIncident): string {
  const id = newId(i.now);
  prepare(
    `INSERT INTO incidents (id, case_file_id, unit_id, started_at, learned_at, place_kind, place, acts, description, people_count, leaders,
       up_due_at, police_due_at, housing_due_at, status, opened_by, opened_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(id, i.caseFileId, i.unitId, i.startedAt, i.learnedAt, i.placeKind, i.place, JSON.stringify(i.acts), i.description, i.peopleCount, i.leaders, i.dueAt.up, i.dueAt.police, i.dueAt.housing, i.by, i.now);
  return id;
}

export function findIncident(prepare: Prepare, id: string): IncidentRow | null {
  return (prepare(`${INCIDENT_SELECT} WHERE i.id = ?`).get(id) as IncidentRow | undefined) ?? null;
}

export function incidentsOfFile(prepare: Prepare, caseFileId: string): IncidentRow[] {
  return prepare(`${INCIDENT_SELECT} WHERE i.case_file_id = ? ORDER BY i.status = 'closed', i.started_at DESC, i.id`).all(caseFileId) as IncidentRow[];
}

/** The unit's open incidents, newest first (the desks: a crowd concerns the whole bureau). */
export function openIncidents(prepare: Prepare, unitId: string, limit: number): (IncidentRow & { case_title: string })[] {
  return prepare(
    `SELECT i.*, o.name AS opened_by_name, NULL AS closed_by_name, c.title AS case_title
     FROM incidents i JOIN staff o ON o.id = i.opened_by JOIN case_files c ON c.id = i.case_file_id
     WHERE i.status = 'open' AND i.unit_id = ? ORDER BY i.started_at DESC, i.id LIMIT ?`,
  ).all(unitId, limit) as (IncidentRow & { case_title: string })[];
}

export function countOpenIncidents(prepare: Prepare, unitId: string): number {
  return (prepare(`SELECT count(*) AS n FROM incidents WHERE status = 'open' AND unit_id = ?`).get(unitId) as { n: number }).n;
}

/** Closes an incident if nobody changed it meanwhile; false when its row version is no longer the one read. */
export function closeIncident(prepare: Prepare, id: string, expectedRowVersion: number, c: { outcome: IncidentOutcome; note: string | null; endedAt: number; by: string; now: number }): boolean {
  return (
    prepare(
      `UPDATE incidents SET status = 'closed', outcome = ?, outcome_note = ?, ended_at = ?, closed_by = ?, closed_at = ?, row_version = row_version + 1
       WHERE id = ? AND row_version = ? AND status = 'open'`,
    ).run(c.outcome, c.note, c.endedAt, c.by, c.now, id, expectedRowVersion).changes === 1
  );
}

export interface ReportRow {
  id: string;
  incident_id: string;
  recipient: IncidentRecipient;
  addressee: string;
  reported_at: number;
  reported_by: string;
  reported_by_name: string;
  method: ReportMethod;
  summary: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

export function insertReport(
  prepare: Prepare,
  r: { incidentId: string; recipient: IncidentRecipient; addressee: string; reportedAt: number; reportedBy: string; method: ReportMethod; summary: string; by: string; now: number },
): string {
  const id = newId(r.now);
  prepare(
    `INSERT INTO incident_reports (id, incident_id, recipient, addressee, reported_at, reported_by, method, summary, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, r.incidentId, r.recipient, r.addressee, r.reportedAt, r.reportedBy, r.method, r.summary, r.by, r.now);
  return id;
}

/** The reports of some incidents, oldest first. */
export function reportsOf(prepare: Prepare, incidentIds: string[]): ReportRow[] {
  return prepare(
    `SELECT r.*, rb.name AS reported_by_name, cb.name AS recorded_by_name
     FROM incident_reports r JOIN staff rb ON rb.id = r.reported_by JOIN staff cb ON cb.id = r.recorded_by
     WHERE r.incident_id IN (SELECT value FROM json_each(?)) ORDER BY r.reported_at, r.id`,
  ).all(JSON.stringify(incidentIds)) as ReportRow[];
}

export interface DispatchRow {
  id: string;
  incident_id: string;
  staff_id: string | null;
  staff_name: string | null;
  name: string | null;
  organisation: string | null;
  sent_at: number;
  task: string | null;
}

export function insertDispatch(prepare: Prepare, d: { incidentId: string; staffId: string | null; name: string | null; organisation: string | null; sentAt: number; task: string | null; by: string; now: number }): string {
  const id = newId(d.now);
  prepare(
    `INSERT INTO incident_dispatches (id, incident_id, staff_id, name, organisation, sent_at, task, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, d.incidentId, d.staffId, d.name, d.organisation, d.sentAt, d.task, d.by, d.now);
  return id;
}

export function dispatchesOf(prepare: Prepare, incidentIds: string[]): DispatchRow[] {
  return prepare(
    `SELECT d.id, d.incident_id, d.staff_id, s.name AS staff_name, d.name, d.organisation, d.sent_at, d.task
     FROM incident_dispatches d LEFT JOIN staff s ON s.id = d.staff_id
     WHERE d.incident_id IN (SELECT value FROM json_each(?)) ORDER BY d.sent_at, d.id`,
  ).all(JSON.stringify(incidentIds)) as DispatchRow[];
}

export interface FileRow {
  id: string;
  unit_id: string;
  title: string;
  urgent: number;
  status: 'open' | 'closed';
  leader_staff_id: string | null;
}

export function caseFileOf(prepare: Prepare, caseFileId: string): FileRow | null {
  return (prepare('SELECT id, unit_id, title, urgent, status, leader_staff_id FROM case_files WHERE id = ?').get(caseFileId) as FileRow | undefined) ?? null;
}

/** Opening an incident makes the file urgent (监察条例 Art. 14: handled at once). */
export function markUrgent(prepare: Prepare, caseFileId: string, now: number): void {
  prepare('UPDATE case_files SET urgent = 1, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(now, caseFileId);
}

/**
 * A construction matter — an intake names a project, or a party stands in the construction chain — whose incidents
 * are also reported to 住建 (保障工资条例 Arts. 7, 29).
 */
export function isConstructionFile(prepare: Prepare, caseFileId: string): boolean {
  return (
    prepare(
      `SELECT 1 FROM intakes WHERE case_file_id = @id AND project_id IS NOT NULL
       UNION ALL
       SELECT 1 FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id
       WHERE p.case_file_id = @id AND pp.role IN ('generalContractor', 'subcontractor', 'laborTeam', 'projectOwner')
       LIMIT 1`,
    ).get({ id: caseFileId }) !== undefined
  );
}

/** Active case workers of the unit among these ids, with their names (the administrator and the auditor do no casework). */
export function activeCaseworkers(prepare: Prepare, unitId: string, ids: string[]): { id: string; name: string }[] {
  return prepare(
    `SELECT s.id, s.name FROM staff s WHERE s.active = 1 AND s.unit_id = ? AND s.id IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id AND r.role NOT IN ('admin', 'auditor'))`,
  ).all(unitId, JSON.stringify(ids)) as { id: string; name: string }[];
}
