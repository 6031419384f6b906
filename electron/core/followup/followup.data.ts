// Every SQL statement of 告知 and call-backs (首问负责), and of the links between case files.
import type { Prepare } from '../../../db/statements';
import type { CallbackMethod, Satisfaction } from '../../../shared/domain/followup';
import type { CaseStatus, IntakeKind } from '../../../shared/domain/vocabulary';
import { newId } from '../kernel/ids';

export function insertNotice(prepare: Prepare, n: { intakeId: string; content: string | null; toldBy: string; toldAt: number; feedbackDue: string; answeredAt: number | null; now: number }): void {
  prepare('INSERT INTO intake_notices (intake_id, content, told_by, told_at, feedback_due, answered_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    n.intakeId, n.content, n.toldBy, n.toldAt, n.feedbackDue, n.answeredAt, n.now,
  );
}

export interface NoticeRow {
  intake_id: string;
  content: string | null;
  told_by: string;
  told_by_name: string;
  told_at: number;
  feedback_due: string;
  answered_at: number | null;
  kind: IntakeKind;
  reg_year: number;
  reg_no: number;
  received_date: string;
  received_at: number;
  case_file_id: string | null;
  unit_id: string;
}

const NOTICE_SELECT = `SELECT n.*, s.name AS told_by_name, i.kind, i.reg_year, i.reg_no, i.received_date, i.received_at, i.case_file_id, i.unit_id
  FROM intake_notices n JOIN intakes i ON i.id = n.intake_id JOIN staff s ON s.id = n.told_by`;

export function noticeOf(prepare: Prepare, intakeId: string): NoticeRow | undefined {
  return prepare(`${NOTICE_SELECT} WHERE n.intake_id = ?`).get(intakeId) as NoticeRow | undefined;
}

export function noticesOfFile(prepare: Prepare, caseFileId: string): NoticeRow[] {
  return prepare(`${NOTICE_SELECT} WHERE i.case_file_id = ? ORDER BY i.received_at, i.seq`).all(caseFileId) as NoticeRow[];
}

export function markAnswered(prepare: Prepare, intakeId: string, at: number): void {
  prepare('UPDATE intake_notices SET answered_at = ? WHERE intake_id = ? AND (answered_at IS NULL OR answered_at > ?)').run(at, intakeId, at);
}

export interface CallbackRow {
  id: string;
  intake_id: string;
  person_id: string | null;
  person_name: string | null;
  at: number;
  by_staff_id: string;
  by_name: string;
  method: CallbackMethod;
  reached: number;
  content: string;
  satisfaction: Satisfaction | null;
}

export function callbacksOf(prepare: Prepare, intakeIds: string[]): CallbackRow[] {
  if (intakeIds.length === 0) return [];
  return prepare(
    `SELECT c.*, s.name AS by_name, pe.name AS person_name FROM intake_callbacks c JOIN staff s ON s.id = c.by_staff_id
       LEFT JOIN persons pe ON pe.id = c.person_id
     WHERE c.intake_id IN (SELECT value FROM json_each(?)) ORDER BY c.at, c.id`,
  ).all(JSON.stringify(intakeIds)) as CallbackRow[];
}

export function insertCallback(
  prepare: Prepare,
  c: { intakeId: string; personId: string | null; at: number; byStaffId: string; method: CallbackMethod; reached: boolean; content: string; satisfaction: Satisfaction | null; recordedBy: string; now: number },
): string {
  const id = newId(c.now);
  prepare(
    `INSERT INTO intake_callbacks (id, intake_id, person_id, at, by_staff_id, method, reached, content, satisfaction, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, c.intakeId, c.personId, c.at, c.byStaffId, c.method, c.reached ? 1 : 0, c.content, c.satisfaction, c.recordedBy, c.now);
  return id;
}

export function complainantsOf(prepare: Prepare, intakeId: string): { id: string; name: string }[] {
  return prepare('SELECT pe.id, pe.name FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = ? ORDER BY ic.sort_order').all(intakeId) as { id: string; name: string }[];
}

export interface WaitingRow {
  intake_id: string;
  feedback_due: string;
  kind: IntakeKind;
  reg_year: number;
  reg_no: number;
  received_date: string;
  case_file_id: string | null;
  case_title: string | null;
  names: string | null;
  complainant_count: number;
  attempts: number;
}

/**
 * Complainants of this unit not yet answered whose date is on or before `until` (the partial index on feedback_due).
 * `+i.unit_id` keeps the start on the few unanswered notices: by the unit's intakes index the plan read every intake
 * of the unit (0.2–0.8 s at 100,000 intakes; issue #15).
 */
export function waitingRows(prepare: Prepare, unitId: string, until: string, limit: number): WaitingRow[] {
  return prepare(
    `SELECT n.intake_id, n.feedback_due, i.kind, i.reg_year, i.reg_no, i.received_date, i.case_file_id, cf.title AS case_title,
        (SELECT group_concat(name, '、') FROM (SELECT pe.name FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id
           WHERE ic.intake_id = n.intake_id ORDER BY ic.sort_order LIMIT 3)) AS names,
        (SELECT count(*) FROM intake_complainants ic WHERE ic.intake_id = n.intake_id) AS complainant_count,
        (SELECT count(*) FROM intake_callbacks c WHERE c.intake_id = n.intake_id) AS attempts
     FROM intake_notices n JOIN intakes i ON i.id = n.intake_id LEFT JOIN case_files cf ON cf.id = i.case_file_id
     WHERE n.answered_at IS NULL AND n.feedback_due <= ? AND +i.unit_id = ? AND i.anonymised_at IS NULL
     ORDER BY n.feedback_due, i.seq LIMIT ?`,
  ).all(until, unitId, limit) as WaitingRow[];
}

export function countWaiting(prepare: Prepare, unitId: string, from: string, until: string): number {
  return (prepare(
    `SELECT count(*) AS n FROM intake_notices n JOIN intakes i ON i.id = n.intake_id
     WHERE n.answered_at IS NULL AND n.feedback_due >= ? AND n.feedback_due <= ? AND +i.unit_id = ? AND i.anonymised_at IS NULL`,
  ).get(from, until, unitId) as { n: number }).n;
}

export function insertLink(prepare: Prepare, l: { a: string; b: string; reason: string; by: string; now: number }): void {
  const [first, second] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
  prepare('INSERT OR IGNORE INTO case_file_links (id, case_file_id, other_case_file_id, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    newId(l.now), first, second, l.reason, l.by, l.now,
  );
}

export interface LinkRow {
  other_id: string;
  title: string;
  status: CaseStatus;
  reason: string;
  created_by: string;
  created_by_name: string;
  created_at: number;
}

export function linksOf(prepare: Prepare, caseFileId: string): LinkRow[] {
  return prepare(
    `SELECT cf.id AS other_id, cf.title, cf.status, l.reason, l.created_by, s.name AS created_by_name, l.created_at
     FROM case_file_links l JOIN case_files cf ON cf.id = CASE WHEN l.case_file_id = ? THEN l.other_case_file_id ELSE l.case_file_id END
       JOIN staff s ON s.id = l.created_by
     WHERE l.case_file_id = ? OR l.other_case_file_id = ? ORDER BY l.created_at`,
  ).all(caseFileId, caseFileId, caseFileId) as LinkRow[];
}

export interface AttachTarget {
  id: string;
  unit_id: string;
  status: CaseStatus;
  title: string;
  proceeding_id: string | null;
}

export function attachTarget(prepare: Prepare, caseFileId: string): AttachTarget | undefined {
  return prepare(
    'SELECT cf.id, cf.unit_id, cf.status, cf.title, (SELECT p.id FROM proceedings p WHERE p.case_file_id = cf.id ORDER BY p.opened_at LIMIT 1) AS proceeding_id FROM case_files cf WHERE cf.id = ?',
  ).get(caseFileId) as AttachTarget | undefined;
}

/** Who already stands in the proceeding: persons and parties, to add only the new ones. */
export function standing(prepare: Prepare, proceedingId: string): { personIds: Set<string>; partyRoles: Set<string>; count: number } {
  const rows = prepare('SELECT person_id, party_id, role FROM proceeding_parties WHERE proceeding_id = ?').all(proceedingId) as { person_id: string | null; party_id: string | null; role: string }[];
  return {
    personIds: new Set(rows.flatMap((r) => (r.person_id ? [r.person_id] : []))),
    partyRoles: new Set(rows.flatMap((r) => (r.party_id ? [`${r.party_id}:${r.role}`] : []))),
    count: rows.length,
  };
}

export function addStanding(prepare: Prepare, proceedingId: string, s: { role: string; partyId: string | null; personId: string | null; sortOrder: number; now: number }): void {
  prepare('INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, person_id, sort_order) VALUES (?, ?, ?, ?, ?, ?)').run(newId(s.now), proceedingId, s.role, s.partyId, s.personId, s.sortOrder);
}

export function setIntakeFile(prepare: Prepare, intakeId: string, caseFileId: string): void {
  prepare('UPDATE intakes SET case_file_id = ? WHERE id = ?').run(caseFileId, intakeId);
}
