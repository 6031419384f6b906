// Every SQL statement of the hearing calendar: the institute's rooms, a proceeding's tribunal, the hearings booked
// and their arbitrators. No rules here (shared/domain/hearings.ts holds them).
import type { Prepare } from '../../../db/statements';
import type { BookedHearing } from '../../../shared/domain/hearings';
import type { HearingAttendance, TeamMemberView } from '../../../shared/domain/proceedings';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';

export interface RoomRow {
  id: string;
  name: string;
  capacity: number;
  recording: boolean;
  active: boolean;
  rowVersion: number;
}

const roomOf = (r: { id: string; name: string; capacity: number; recording: number; active: number; row_version: number }): RoomRow => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  recording: r.recording === 1,
  active: r.active === 1,
  rowVersion: r.row_version,
});

export function unitRooms(prepare: Prepare, unitId: string): RoomRow[] {
  return (prepare('SELECT id, name, capacity, recording, active, row_version FROM hearing_rooms WHERE unit_id = ? ORDER BY active DESC, name').all(unitId) as Parameters<typeof roomOf>[0][]).map(roomOf);
}

export function findRoom(prepare: Prepare, id: string): (RoomRow & { unitId: string }) | null {
  const r = prepare('SELECT id, unit_id, name, capacity, recording, active, row_version FROM hearing_rooms WHERE id = ?').get(id) as (Parameters<typeof roomOf>[0] & { unit_id: string }) | undefined;
  return r ? { ...roomOf(r), unitId: r.unit_id } : null;
}

export function roomNamed(prepare: Prepare, unitId: string, name: string, exceptId: string | null): boolean {
  return !!prepare('SELECT 1 FROM hearing_rooms WHERE unit_id = ? AND name = ? AND id IS NOT ?').get(unitId, name, exceptId);
}

export function insertRoom(prepare: Prepare, r: { id: string; unitId: string; name: string; capacity: number; recording: boolean; now: number }): void {
  prepare('INSERT INTO hearing_rooms (id, unit_id, name, capacity, recording, active, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)').run(r.id, r.unitId, r.name, r.capacity, r.recording ? 1 : 0, r.now);
}

export function updateRoom(prepare: Prepare, r: { id: string; name: string; capacity: number; recording: boolean; active: boolean; expectedRowVersion: number; now: number }): boolean {
  return (
    prepare('UPDATE hearing_rooms SET name = ?, capacity = ?, recording = ?, active = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?').run(
      r.name,
      r.capacity,
      r.recording ? 1 : 0,
      r.active ? 1 : 0,
      r.now,
      r.id,
      r.expectedRowVersion,
    ).changes === 1
  );
}

export interface TribunalRow {
  form: 'panel' | 'sole';
  composedOn: string;
  clerk: { id: string; name: string };
  /** Presiding first. */
  arbitrators: { id: string; name: string; presiding: boolean }[];
}

/** Writes the tribunal, or its new composition after a recusal (the timeline keeps the old one). */
export function saveTribunal(prepare: Prepare, t: { proceedingId: string; form: 'panel' | 'sole'; clerkStaffId: string; composedOn: string; now: number; arbitratorIds: readonly string[] }): void {
  prepare(
    `INSERT INTO tribunals (proceeding_id, form, clerk_staff_id, composed_on, composed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (proceeding_id) DO UPDATE SET form = excluded.form, clerk_staff_id = excluded.clerk_staff_id, composed_on = excluded.composed_on, composed_at = excluded.composed_at`,
  ).run(t.proceedingId, t.form, t.clerkStaffId, t.composedOn, t.now);
  prepare('DELETE FROM tribunal_arbitrators WHERE proceeding_id = ?').run(t.proceedingId);
  const add = prepare('INSERT INTO tribunal_arbitrators (proceeding_id, staff_id, presiding) VALUES (?, ?, ?)');
  t.arbitratorIds.forEach((id, i) => add.run(t.proceedingId, id, i === 0 ? 1 : 0));
}

/** The proceeding's hearings still to be held, to sit with its new tribunal. */
export function scheduledHearingsOf(prepare: Prepare, proceedingId: string): HearingRow[] {
  return hearingsOfProceeding(prepare, proceedingId).filter((h) => h.status === 'scheduled');
}

/** A scheduled hearing sits with the tribunal as composed now. */
export function reseatHearing(prepare: Prepare, hearingId: string, clerkStaffId: string, arbitratorIds: readonly string[]): void {
  prepare('UPDATE hearings SET clerk_staff_id = ?, row_version = row_version + 1 WHERE id = ?').run(clerkStaffId, hearingId);
  prepare('DELETE FROM hearing_arbitrators WHERE hearing_id = ?').run(hearingId);
  const add = prepare('INSERT INTO hearing_arbitrators (hearing_id, staff_id, presiding) VALUES (?, ?, ?)');
  arbitratorIds.forEach((id, i) => add.run(hearingId, id, i === 0 ? 1 : 0));
}

export function tribunalOf(prepare: Prepare, proceedingId: string): TribunalRow | null {
  const t = prepare('SELECT t.form, t.composed_on, t.clerk_staff_id, s.name FROM tribunals t JOIN staff s ON s.id = t.clerk_staff_id WHERE t.proceeding_id = ?').get(proceedingId) as
    | { form: 'panel' | 'sole'; composed_on: string; clerk_staff_id: string; name: string }
    | undefined;
  if (!t) return null;
  const arbitrators = prepare('SELECT a.staff_id AS id, s.name, a.presiding FROM tribunal_arbitrators a JOIN staff s ON s.id = a.staff_id WHERE a.proceeding_id = ? ORDER BY a.presiding DESC, s.name').all(proceedingId) as {
    id: string;
    name: string;
    presiding: number;
  }[];
  return { form: t.form, composedOn: t.composed_on, clerk: { id: t.clerk_staff_id, name: t.name }, arbitrators: arbitrators.map((a) => ({ ...a, presiding: a.presiding === 1 })) };
}

export interface HearingRow {
  id: string;
  caseFileId: string;
  proceedingId: string;
  caseNumber: string | null;
  caseTitle: string;
  date: string;
  start: string;
  end: string;
  roomId: string;
  roomName: string;
  clerk: { staffId: string; name: string };
  arbitrators: { staffId: string; name: string; presiding: boolean }[];
  status: 'scheduled' | 'postponed' | 'held';
  shortNoticeAgreement: string | null;
  dayOffConfirmed: boolean;
  replacesId: string | null;
  sittingId: string | null;
  postponedBy: 'applicant' | 'respondent' | 'tribunal' | null;
  postponeRequestedOn: string | null;
  postponeReason: string | null;
  applicantAppeared: boolean | null;
  respondentAppeared: boolean | null;
  absentWithoutCause: boolean | null;
  heldNote: string | null;
  rowVersion: number;
}

interface RawHearing {
  id: string;
  case_file_id: string;
  proceeding_id: string;
  number: string | null;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  room_id: string;
  room_name: string;
  clerk_staff_id: string;
  clerk_name: string;
  status: HearingRow['status'];
  short_notice_agreement: string | null;
  day_off_confirmed: number;
  replaces_id: string | null;
  sitting_id: string | null;
  postponed_by: HearingRow['postponedBy'];
  postpone_requested_on: string | null;
  postpone_reason: string | null;
  applicant_appeared: number | null;
  respondent_appeared: number | null;
  absent_without_cause: number | null;
  held_note: string | null;
  row_version: number;
}

const SELECT_HEARING = `SELECT h.id, h.case_file_id, h.proceeding_id, p.number, c.title, h.date, h.start_time, h.end_time, h.room_id, r.name AS room_name,
  h.clerk_staff_id, cs.name AS clerk_name, h.status, h.short_notice_agreement, h.day_off_confirmed, h.replaces_id, h.sitting_id, h.postponed_by, h.postpone_requested_on,
  h.postpone_reason, h.applicant_appeared, h.respondent_appeared, h.absent_without_cause, h.held_note, h.row_version
  FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id JOIN case_files c ON c.id = h.case_file_id
  JOIN hearing_rooms r ON r.id = h.room_id JOIN staff cs ON cs.id = h.clerk_staff_id`;

const bool = (v: number | null) => (v === null ? null : v === 1);

/** The hearings' arbitrators, presiding first then by name: one statement for all the rows (a month's calendar is hundreds). */
function arbitratorsOf(prepare: Prepare, hearingIds: readonly string[]): Map<string, { staffId: string; name: string; presiding: boolean }[]> {
  const out = new Map<string, { staffId: string; name: string; presiding: boolean }[]>(hearingIds.map((id) => [id, []]));
  if (hearingIds.length === 0) return out;
  const rows = prepare(
    `SELECT a.hearing_id AS hearingId, a.staff_id AS staffId, s.name, a.presiding FROM hearing_arbitrators a JOIN staff s ON s.id = a.staff_id
     WHERE a.hearing_id IN (SELECT value FROM json_each(?)) ORDER BY a.hearing_id, a.presiding DESC, s.name`,
  ).all(JSON.stringify([...new Set(hearingIds)])) as { hearingId: string; staffId: string; name: string; presiding: number }[];
  for (const r of rows) out.get(r.hearingId)?.push({ staffId: r.staffId, name: r.name, presiding: r.presiding === 1 });
  return out;
}

function withArbitrators(prepare: Prepare, rows: RawHearing[]): HearingRow[] {
  const arbitrators = arbitratorsOf(prepare, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    caseFileId: r.case_file_id,
    proceedingId: r.proceeding_id,
    caseNumber: r.number,
    caseTitle: r.title,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    roomId: r.room_id,
    roomName: r.room_name,
    clerk: { staffId: r.clerk_staff_id, name: r.clerk_name },
    arbitrators: arbitrators.get(r.id) ?? [],
    status: r.status,
    shortNoticeAgreement: r.short_notice_agreement,
    dayOffConfirmed: r.day_off_confirmed === 1,
    replacesId: r.replaces_id,
    sittingId: r.sitting_id,
    postponedBy: r.postponed_by,
    postponeRequestedOn: r.postpone_requested_on,
    postponeReason: r.postpone_reason,
    applicantAppeared: bool(r.applicant_appeared),
    respondentAppeared: bool(r.respondent_appeared),
    absentWithoutCause: bool(r.absent_without_cause),
    heldNote: r.held_note,
    rowVersion: r.row_version,
  }));
}

export function findHearing(prepare: Prepare, id: string): HearingRow | null {
  return withArbitrators(prepare, prepare(`${SELECT_HEARING} WHERE h.id = ?`).all(id) as RawHearing[])[0] ?? null;
}

/** The unit's hearings between two days (inclusive), optionally one arbitrator's or clerk's, in time order. */
export function hearingsBetween(prepare: Prepare, unitId: string, from: string, to: string, staffId: string | null, includePostponed: boolean): HearingRow[] {
  const rows = prepare(
    `${SELECT_HEARING} WHERE h.unit_id = ? AND h.date BETWEEN ? AND ? AND (? = 1 OR h.status <> 'postponed')
     AND (? IS NULL OR h.clerk_staff_id = ? OR EXISTS (SELECT 1 FROM hearing_arbitrators a WHERE a.hearing_id = h.id AND a.staff_id = ?))
     ORDER BY h.date, h.start_time, r.name`,
  ).all(unitId, from, to, includePostponed ? 1 : 0, staffId, staffId, staffId) as RawHearing[];
  return withArbitrators(prepare, rows);
}

/** The hearings of a sitting (庭次), in 案号 order. */
export function hearingsOfSitting(prepare: Prepare, sittingId: string): HearingRow[] {
  return withArbitrators(prepare, prepare(`${SELECT_HEARING} WHERE h.sitting_id = ? ORDER BY p.number, h.id`).all(sittingId) as RawHearing[]);
}

/** The hearings of every case of the file (a 系列案's file holds several), in the order booked. */
export function hearingsOfFile(prepare: Prepare, caseFileId: string): HearingRow[] {
  return withArbitrators(prepare, prepare(`${SELECT_HEARING} WHERE h.case_file_id = ? ORDER BY h.scheduled_at, p.number, h.id`).all(caseFileId) as RawHearing[]);
}

export function hearingsOfProceeding(prepare: Prepare, proceedingId: string): HearingRow[] {
  return withArbitrators(prepare, prepare(`${SELECT_HEARING} WHERE h.proceeding_id = ? ORDER BY h.scheduled_at, h.id`).all(proceedingId) as RawHearing[]);
}

/** The bookings of a day that a new one could clash with (postponed hearings free their slot). */
export function bookedOn(prepare: Prepare, unitId: string, date: string): BookedHearing[] {
  const rows = hearingsBetween(prepare, unitId, date, date, null, false);
  // A sitting of several cases is one booking: each of its rows names the sitting, so its clashes read (and dedupe) as one.
  const sittingLabel = (sittingId: string) => {
    const cases = rows.filter((x) => x.sittingId === sittingId).map((x) => x.caseNumber ?? `“${x.caseTitle}”`).sort();
    return cases.length > 1 ? `${cases[0]}等${cases.length}件系列案件（合并开庭）` : null;
  };
  return rows.map((h) => ({
    id: h.id,
    caseLabel: (h.sittingId ? sittingLabel(h.sittingId) : null) ?? (h.caseNumber ? `${h.caseNumber}（${h.caseTitle}）` : `“${h.caseTitle}”`),
    date: h.date,
    start: h.start,
    end: h.end,
    roomId: h.roomId,
    roomName: h.roomName,
    arbitrators: h.arbitrators,
    clerk: h.clerk,
  }));
}

export function insertHearing(
  prepare: Prepare,
  h: {
    id: string;
    unitId: string;
    caseFileId: string;
    proceedingId: string;
    date: string;
    start: string;
    end: string;
    roomId: string;
    clerkStaffId: string;
    arbitrators: readonly { staffId: string; presiding: boolean }[];
    shortNoticeAgreement: string | null;
    dayOffConfirmed: boolean;
    replacesId: string | null;
    sittingId: string | null;
    by: string;
    now: number;
  },
): void {
  prepare(
    `INSERT INTO hearings (id, unit_id, case_file_id, proceeding_id, date, start_time, end_time, room_id, clerk_staff_id, status, short_notice_agreement, day_off_confirmed, replaces_id, sitting_id, scheduled_by, scheduled_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?, ?)`,
  ).run(h.id, h.unitId, h.caseFileId, h.proceedingId, h.date, h.start, h.end, h.roomId, h.clerkStaffId, h.shortNoticeAgreement, h.dayOffConfirmed ? 1 : 0, h.replacesId, h.sittingId, h.by, h.now);
  const add = prepare('INSERT INTO hearing_arbitrators (hearing_id, staff_id, presiding) VALUES (?, ?, ?)');
  for (const a of h.arbitrators) add.run(h.id, a.staffId, a.presiding ? 1 : 0);
}

export function markPostponed(prepare: Prepare, id: string, expectedRowVersion: number, p: { by: 'applicant' | 'respondent' | 'tribunal'; requestedOn: string | null; reason: string }): boolean {
  return (
    prepare(
      "UPDATE hearings SET status = 'postponed', postponed_by = ?, postpone_requested_on = ?, postpone_reason = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'scheduled'",
    ).run(p.by, p.requestedOn, p.reason, id, expectedRowVersion).changes === 1
  );
}

export function markHeld(prepare: Prepare, id: string, expectedRowVersion: number, a: { applicantAppeared: boolean; respondentAppeared: boolean; absentWithoutCause: boolean; note: string | null }): boolean {
  return (
    prepare(
      "UPDATE hearings SET status = 'held', applicant_appeared = ?, respondent_appeared = ?, absent_without_cause = ?, held_note = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'scheduled'",
    ).run(a.applicantAppeared ? 1 : 0, a.respondentAppeared ? 1 : 0, a.absentWithoutCause ? 1 : 0, a.note, id, expectedRowVersion).changes === 1
  );
}

/** The latest day the application's copy reached a respondent (the defence period runs from each party's own). */
export function applicationServedOn(prepare: Prepare, proceedingId: string, counted: string): string | null {
  const r = prepare(`SELECT max(date) AS d FROM proceeding_events WHERE proceeding_id = ? AND kind = 'applicationServed' AND ${counted}`).get(proceedingId) as { d: string | null };
  return r.d;
}

/** Active staff by id with their names, for the people a booking names. */
export function staffNames(prepare: Prepare, unitId: string, ids: readonly string[]): Map<string, { name: string; active: boolean }> {
  const q = prepare('SELECT name, active FROM staff WHERE id = ? AND unit_id = ?');
  const out = new Map<string, { name: string; active: boolean }>();
  for (const id of ids) {
    const r = q.get(id, unitId) as { name: string; active: number } | undefined;
    if (r) out.set(id, { name: r.name, active: r.active === 1 });
  }
  return out;
}

/** Parties of the proceeding by side, for the calendar's line: the workers apply, the employer's side responds. */
export function partyNames(prepare: Prepare, proceedingId: string): { applicants: string[]; respondents: string[] } {
  return partyNamesOf(prepare, [proceedingId]).get(proceedingId)!;
}

/** partyNames of many proceedings in one statement (a calendar's hearings), each in its parties' order. */
export function partyNamesOf(prepare: Prepare, proceedingIds: readonly string[]): Map<string, { applicants: string[]; respondents: string[] }> {
  const out = new Map<string, { applicants: string[]; respondents: string[] }>(proceedingIds.map((id) => [id, { applicants: [], respondents: [] }]));
  if (proceedingIds.length === 0) return out;
  const rows = prepare(
    `SELECT pp.proceeding_id AS proceedingId, pp.person_id IS NOT NULL AS worker, COALESCE(pe.name, pa.name) AS name FROM proceeding_parties pp
     LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id
     WHERE pp.proceeding_id IN (SELECT value FROM json_each(?)) ORDER BY pp.proceeding_id, pp.sort_order, pp.id`,
  ).all(JSON.stringify([...new Set(proceedingIds)])) as { proceedingId: string; worker: number; name: string | null }[];
  for (const r of rows) {
    const names = out.get(r.proceedingId);
    if (names && r.name) (r.worker === 1 ? names.applicants : names.respondents).push(r.name);
  }
  return out;
}

/** The file's arbitration proceeding (one per file), or null. */
export function arbitrationOfFile(prepare: Prepare, caseFileId: string): string | null {
  const r = prepare("SELECT id FROM proceedings WHERE case_file_id = ? AND kind = 'arbitration' ORDER BY created_at, id LIMIT 1").get(caseFileId) as { id: string } | undefined;
  return r?.id ?? null;
}

/** The staff among these team members, with their names and 仲裁员证 expiry, in the team's order. */
export function staffExpiries(prepare: Prepare, team: readonly TeamMemberView[]): { staffId: string; name: string; arbitratorCertExpiry: string | null }[] {
  const q = prepare('SELECT name, arbitrator_cert_expiry FROM staff WHERE id = ?');
  const out: { staffId: string; name: string; arbitratorCertExpiry: string | null }[] = [];
  for (const m of team) {
    if (!m.staffId || out.some((o) => o.staffId === m.staffId)) continue;
    const r = q.get(m.staffId) as { name: string; arbitrator_cert_expiry: string | null } | undefined;
    if (r) out.push({ staffId: m.staffId, name: r.name, arbitratorCertExpiry: r.arbitrator_cert_expiry });
  }
  return out;
}

/**
 * The hearing a 开庭通知书 served on this day is for: the proceeding's earliest hearing not postponed on or after that
 * day (a notice served after its hearing names none). Postponing that hearing takes the service out of the count.
 */
export function hearingNoticedOn(prepare: Prepare, proceedingId: string, servedOn: string): string | null {
  const r = prepare("SELECT id FROM hearings WHERE proceeding_id = ? AND status <> 'postponed' AND date >= ? ORDER BY date, start_time, id LIMIT 1").get(proceedingId, servedOn) as { id: string } | undefined;
  return r?.id ?? null;
}

/** The parties whose 开庭通知书 for a hearing on this day was served later than its clock allowed (stored deadlines). */
export function lateNotices(prepare: Prepare, proceedingId: string, date: string): { party: string; due: string; metOn: string }[] {
  return prepare(
    "SELECT party, due_date AS due, met_on AS metOn FROM deadlines WHERE proceeding_id = ? AND rule_id = 'arbitration.hearingNotice' AND start_date = ? AND status = 'metLate' ORDER BY due_date, party",
  ).all(proceedingId, date) as { party: string; due: string; metOn: string }[];
}

/**
 * The proceeding's last hearing held, who came, and the parties served its notice — a counted 'hearingNoticeServed'
 * of that hearing (a voided service, or an electronic one never confirmed, records or counts none). Null before any.
 */
export function attendanceOf(prepare: Prepare, proceedingId: string): HearingAttendance | null {
  const h = prepare(
    "SELECT id, date, scheduled_at, applicant_appeared, respondent_appeared, absent_without_cause FROM hearings WHERE proceeding_id = ? AND status = 'held' ORDER BY date DESC, start_time DESC LIMIT 1",
  ).get(proceedingId) as { id: string; date: string; scheduled_at: number; applicant_appeared: number; respondent_appeared: number; absent_without_cause: number } | undefined;
  if (!h) return null;
  // A service recorded before notices named their hearing (migration 0027; the log is append-only) counts for the
  // hearing booked before it was recorded and on or after the day served.
  const served = prepare(
    `SELECT party, min(date) AS date FROM proceeding_events WHERE proceeding_id = ? AND kind = 'hearingNoticeServed' AND party IS NOT NULL AND ${COUNTED_EVENT}
       AND (hearing_id = ? OR (hearing_id IS NULL AND date <= ? AND recorded_at >= ?)) GROUP BY party`,
  ).all(proceedingId, h.id, h.date, h.scheduled_at) as { party: string; date: string }[];
  return {
    date: h.date,
    applicantAppeared: h.applicant_appeared === 1,
    respondentAppeared: h.respondent_appeared === 1,
    absentWithoutCause: h.absent_without_cause === 1,
    ...partyNames(prepare, proceedingId),
    noticeServedOn: Object.fromEntries(served.map((x) => [x.party, x.date])),
  };
}
