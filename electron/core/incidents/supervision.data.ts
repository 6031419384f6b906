// Every SQL statement about 督办 and the 包案领导's meetings: a supervision, its reports, the open ones for the desks;
// a meeting and who attended.
import type { Prepare } from '../../../db/statements';
import type { MeetingKind, SupervisionLevel } from '../../../shared/domain/vocabulary';
import { MY_FILE_IDS } from '../desk/desk.data';
import { newId } from '../kernel/ids';

export interface SupervisionRow {
  id: string;
  case_file_id: string;
  unit_id: string;
  level: SupervisionLevel;
  issuer: string | null;
  demands: string;
  report_by: string;
  status: 'open' | 'closed';
  conclusion: string | null;
  closed_on: string | null;
  opened_by: string;
  opened_by_name: string;
  opened_at: number;
  closed_by: string | null;
  closed_by_name: string | null;
  closed_at: number | null;
  row_version: number;
  /** The date of its first report, if any. */
  first_report: string | null;
}

const SUPERVISION_SELECT = `SELECT v.*, o.name AS opened_by_name, cl.name AS closed_by_name,
    (SELECT min(r.date) FROM supervision_reports r WHERE r.supervision_id = v.id) AS first_report
  FROM supervisions v JOIN staff o ON o.id = v.opened_by LEFT JOIN staff cl ON cl.id = v.closed_by`;

export function insertSupervision(
  prepare: Prepare,
  s: { caseFileId: string; unitId: string; level: SupervisionLevel; issuer: string | null; demands: string; reportBy: string; by: string; now: number },
): string {
  const id = newId(s.now);
  prepare(
    `INSERT INTO supervisions (id, case_file_id, unit_id, level, issuer, demands, report_by, status, opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(id, s.caseFileId, s.unitId, s.level, s.issuer, s.demands, s.reportBy, s.by, s.now);
  return id;
}

export function findSupervision(prepare: Prepare, id: string): SupervisionRow | null {
  return (prepare(`${SUPERVISION_SELECT} WHERE v.id = ?`).get(id) as SupervisionRow | undefined) ?? null;
}

export function supervisionsOfFile(prepare: Prepare, caseFileId: string): SupervisionRow[] {
  return prepare(`${SUPERVISION_SELECT} WHERE v.case_file_id = ? ORDER BY v.status = 'closed', v.opened_at DESC, v.id`).all(caseFileId) as SupervisionRow[];
}

export function closeSupervision(prepare: Prepare, id: string, expectedRowVersion: number, c: { conclusion: string; date: string; by: string; now: number }): boolean {
  return (
    prepare(
      `UPDATE supervisions SET status = 'closed', conclusion = ?, closed_on = ?, closed_by = ?, closed_at = ?, row_version = row_version + 1
       WHERE id = ? AND row_version = ? AND status = 'open'`,
    ).run(c.conclusion, c.date, c.by, c.now, id, expectedRowVersion).changes === 1
  );
}

/** Open supervisions by report-by date: the whole unit's (a leader's desk) or those of one's own files. */
export function openSupervisions(prepare: Prepare, q: { unitId: string; me: string; all: boolean; limit: number }): (SupervisionRow & { case_title: string })[] {
  return prepare(
    `SELECT v.*, o.name AS opened_by_name, NULL AS closed_by_name, c.title AS case_title,
       (SELECT min(r.date) FROM supervision_reports r WHERE r.supervision_id = v.id) AS first_report
     FROM supervisions v JOIN staff o ON o.id = v.opened_by JOIN case_files c ON c.id = v.case_file_id
     WHERE v.status = 'open' AND v.unit_id = @unitId AND (@all = 1 OR v.case_file_id IN ${MY_FILE_IDS})
     ORDER BY v.report_by, v.id LIMIT @limit`,
  ).all({ unitId: q.unitId, me: q.me, all: q.all ? 1 : 0, limit: q.limit }) as (SupervisionRow & { case_title: string })[];
}

export function countOpenSupervisions(prepare: Prepare, q: { unitId: string; me: string; all: boolean }): number {
  return (
    prepare(
      `SELECT count(*) AS n FROM supervisions v JOIN case_files c ON c.id = v.case_file_id
       WHERE v.status = 'open' AND v.unit_id = @unitId AND (@all = 1 OR v.case_file_id IN ${MY_FILE_IDS})`,
    ).get({ unitId: q.unitId, me: q.me, all: q.all ? 1 : 0 }) as { n: number }
  ).n;
}

export interface SupervisionReportRow {
  id: string;
  supervision_id: string;
  date: string;
  content: string;
  reported_by: string;
  reported_by_name: string;
  recorded_at: number;
}

export function insertSupervisionReport(prepare: Prepare, r: { supervisionId: string; date: string; content: string; by: string; now: number }): string {
  const id = newId(r.now);
  prepare('INSERT INTO supervision_reports (id, supervision_id, date, content, reported_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, r.supervisionId, r.date, r.content, r.by, r.now);
  return id;
}

export function supervisionReportsOf(prepare: Prepare, ids: string[]): SupervisionReportRow[] {
  return prepare(
    `SELECT r.id, r.supervision_id, r.date, r.content, r.reported_by, s.name AS reported_by_name, r.recorded_at
     FROM supervision_reports r JOIN staff s ON s.id = r.reported_by
     WHERE r.supervision_id IN (SELECT value FROM json_each(?)) ORDER BY r.date, r.recorded_at, r.id`,
  ).all(JSON.stringify(ids)) as SupervisionReportRow[];
}

export interface MeetingRow {
  id: string;
  case_file_id: string;
  kind: MeetingKind;
  date: string;
  place: string | null;
  purpose: string | null;
  outcome: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

export function insertMeeting(
  prepare: Prepare,
  m: { caseFileId: string; kind: MeetingKind; date: string; place: string | null; purpose: string | null; outcome: string; by: string; now: number },
): string {
  const id = newId(m.now);
  prepare('INSERT INTO meetings (id, case_file_id, kind, date, place, purpose, outcome, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    m.caseFileId,
    m.kind,
    m.date,
    m.place,
    m.purpose,
    m.outcome,
    m.by,
    m.now,
  );
  return id;
}

export function insertAttendee(prepare: Prepare, a: { meetingId: string; partyId: string | null; name: string | null; organisation: string | null; commitment: string | null; sortOrder: number; now: number }): void {
  prepare('INSERT INTO meeting_attendees (id, meeting_id, party_id, name, organisation, commitment, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    newId(a.now), a.meetingId, a.partyId, a.name, a.organisation, a.commitment, a.sortOrder,
  );
}

export function meetingsOfFile(prepare: Prepare, caseFileId: string): MeetingRow[] {
  return prepare(
    `SELECT m.*, s.name AS recorded_by_name FROM meetings m JOIN staff s ON s.id = m.recorded_by WHERE m.case_file_id = ? ORDER BY m.date DESC, m.recorded_at DESC, m.id`,
  ).all(caseFileId) as MeetingRow[];
}

export function findMeeting(prepare: Prepare, id: string): MeetingRow | null {
  return (prepare('SELECT m.*, s.name AS recorded_by_name FROM meetings m JOIN staff s ON s.id = m.recorded_by WHERE m.id = ?').get(id) as MeetingRow | undefined) ?? null;
}

export interface AttendeeRow {
  meeting_id: string;
  party_id: string | null;
  party_name: string | null;
  name: string | null;
  organisation: string | null;
  commitment: string | null;
}

export function attendeesOf(prepare: Prepare, meetingIds: string[]): AttendeeRow[] {
  return prepare(
    `SELECT a.meeting_id, a.party_id, p.name AS party_name, a.name, a.organisation, a.commitment FROM meeting_attendees a LEFT JOIN parties p ON p.id = a.party_id
     WHERE a.meeting_id IN (SELECT value FROM json_each(?)) ORDER BY a.meeting_id, a.sort_order`,
  ).all(JSON.stringify(meetingIds)) as AttendeeRow[];
}

/** The parties standing in the file's proceedings (employer, 总包, 建设单位 …), by id and name. */
export function partiesOfFile(prepare: Prepare, caseFileId: string): { id: string; name: string }[] {
  return prepare(
    `SELECT DISTINCT pa.id, pa.name FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id JOIN parties pa ON pa.id = pp.party_id
     WHERE p.case_file_id = ?`,
  ).all(caseFileId) as { id: string; name: string }[];
}

export function staffName(prepare: Prepare, staffId: string): string {
  return (prepare('SELECT name FROM staff WHERE id = ?').get(staffId) as { name: string } | undefined)?.name ?? '';
}
