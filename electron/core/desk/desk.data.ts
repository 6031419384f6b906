// Every SQL statement of the desks: a person's files, their open clocks by due date, the approvals waiting for them.
import type { Prepare } from '../../../db/statements';
import { clockCitation, clockLabel } from '../../../shared/domain/deadline-state';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';

export interface DeadlineRow {
  id: string;
  proceeding_id: string;
  case_file_id: string;
  rule_id: string;
  /** Not stored: resolved from the rule table by the clock's key (clockLabel). */
  label: string;
  party: string;
  award_finality: '' | 'final' | 'nonFinal';
  start_date: string;
  due_date: string;
  status: 'open' | 'paused' | 'met' | 'metLate' | 'extended';
  met_on: string | null;
  provisional: number;
  actor: 'bureau' | 'party';
  nature: 'duty' | 'lapse' | 'wait';
  /** Not stored: the rule table's citation for rule_id (clockCitation). */
  citation: string;
  /** Kept only where it cannot be recomputed (stored-deadlines.ts); else null. */
  trace: string | null;
  warnings: string;
  calendar_version: string;
}

export interface DeskDeadlineRow extends DeadlineRow {
  case_title: string;
  proceeding_kind: ProceedingKind;
  proceeding_number: string | null;
  urgent: number;
  collective: number;
}

// The clock's file is its proceeding's (deadlines keeps no case_file_id): every statement reading these joins proceedings p.
const DEADLINE_COLUMNS = `d.id, d.proceeding_id, p.case_file_id, d.rule_id, d.party, d.award_finality, d.start_date, d.due_date, d.status, d.met_on, d.provisional,
  d.actor, d.nature, d.trace, d.warnings, d.calendar_version`;

/** A stored clock with its label and citation, which the row does not repeat (derived from rule_id, party and award part). */
function named<T extends Omit<DeadlineRow, 'label' | 'citation'>>(r: T): T & Pick<DeadlineRow, 'label' | 'citation'> {
  return Object.assign(r, { label: clockLabel(r.rule_id, r.party, r.award_finality), citation: clockCitation(r.rule_id) });
}

export function deadlinesOfProceeding(prepare: Prepare, proceedingId: string): DeadlineRow[] {
  return (prepare(`SELECT ${DEADLINE_COLUMNS} FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE d.proceeding_id = ? ORDER BY d.due_date, d.rule_id, d.party`).all(proceedingId) as Omit<DeadlineRow, 'label' | 'citation'>[]).map(named);
}

/**
 * Files a person answers for or works on — their 包案领导 or a place on the team — found from the person (two index
 * lookups), never by walking every file: a person's desk stays one page of work however large the unit's files grow.
 */
export const MY_FILE_IDS = `(SELECT id FROM case_files WHERE leader_staff_id = @me
  UNION SELECT case_file_id FROM case_team WHERE staff_id = @me AND removed_at IS NULL)`;

export interface DeadlineQuery {
  me: string;
  unitId: string;
  scope: 'mine' | 'unit';
  /** Open bureau duties due on or before `until` (and from `from`): overdue, due soon, or every open one. */
  from: string | null;
  until: string | null;
  after: { due: string; id: string } | null;
  limit: number;
  /** Only the proceedings of these kinds (a department's); null for every kind. */
  kinds?: readonly string[] | null;
}

/**
 * Where a scope's open duties are read, in due-date order: the whole unit from the open-duties index; "mine" from
 * the person's own range of staff_open_duties (kept by triggers, migration 0076) — the open duties of the files they
 * lead or are on the team of, however many files they had and however many duties the unit has open. Before, a
 * person with many files had each of the unit's open duties tested by its file's keys (5–20 ms a statement at
 * 100,000 intakes, growing with the unit's open work; issue #15).
 */
function dutySource(scope: 'mine' | 'unit'): { from: string; key: { due: string; id: string }; where: string } {
  return scope === 'unit'
    ? { from: 'deadlines d', key: { due: 'd.due_date', id: 'd.id' }, where: "d.status = 'open' AND d.nature = 'duty' AND d.unit_id = @unitId" }
    : {
        from: 'staff_open_duties m CROSS JOIN deadlines d ON d.id = m.deadline_id',
        key: { due: 'm.due_date', id: 'm.deadline_id' },
        where: "m.staff_id = @me AND m.unit_id = @unitId AND d.status = 'open' AND d.nature = 'duty'",
      };
}

/** Open duties of the bureau by due date (keyset on due_date, id). */
export function openDuties(prepare: Prepare, q: DeadlineQuery): DeskDeadlineRow[] {
  const { from, key, where } = dutySource(q.scope);
  return (prepare(
    `SELECT ${DEADLINE_COLUMNS}, c.title AS case_title, p.kind AS proceeding_kind, p.number AS proceeding_number, c.urgent, c.collective
     FROM ${from} JOIN proceedings p ON p.id = d.proceeding_id JOIN case_files c ON c.id = p.case_file_id
     WHERE ${where}
       AND (@from IS NULL OR ${key.due} >= @from) AND (@until IS NULL OR ${key.due} <= @until)
       AND (@afterDue IS NULL OR ${key.due} > @afterDue OR (${key.due} = @afterDue AND ${key.id} > @afterId))
       AND (@kinds IS NULL OR p.kind IN (SELECT value FROM json_each(@kinds)))
     ORDER BY ${key.due}, ${key.id} LIMIT @limit`,
  ).all({
    ...(q.scope === 'mine' ? { me: q.me } : {}),
    unitId: q.unitId,
    from: q.from,
    until: q.until,
    afterDue: q.after?.due ?? null,
    afterId: q.after?.id ?? '',
    limit: q.limit,
    kinds: q.kinds ? JSON.stringify(q.kinds) : null,
  }) as Omit<DeskDeadlineRow, 'label' | 'citation'>[]).map(named);
}

/** The scope's open duties in the range: the unit's from the open-duties index, the person's on their range alone. */
export function countOpenDuties(prepare: Prepare, q: Omit<DeadlineQuery, 'after' | 'limit'>): number {
  const sql =
    q.scope === 'unit'
      ? `SELECT count(*) AS n FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id JOIN case_files c ON c.id = p.case_file_id
           WHERE d.status = 'open' AND d.nature = 'duty' AND d.unit_id = @unitId
           AND (@from IS NULL OR d.due_date >= @from) AND (@until IS NULL OR d.due_date <= @until)`
      : `SELECT count(*) AS n FROM staff_open_duties m WHERE m.staff_id = @me AND m.unit_id = @unitId
           AND (@from IS NULL OR m.due_date >= @from) AND (@until IS NULL OR m.due_date <= @until)`;
  return (prepare(sql).get({ ...(q.scope === 'mine' ? { me: q.me } : {}), unitId: q.unitId, from: q.from, until: q.until }) as { n: number }).n;
}

/**
 * The person's open files — led or on the team — counted on their own range of staff_open_files (kept by triggers,
 * migration 0071): one entry per open file of theirs, however many files they had and the unit has open.
 */
export function countMyFiles(prepare: Prepare, me: string): number {
  return (prepare('SELECT count(*) AS n FROM staff_open_files WHERE staff_id = ?').get(me) as { n: number }).n;
}

export interface DeskFileRow {
  id: string;
  title: string;
  urgent: number;
  collective: number;
  opened_at: number;
  leader_staff_id: string | null;
  leader_name: string | null;
}

/** Open urgent and collective files (every leader sees them, mine or not: a crowd concerns the whole bureau). */
export function urgentFiles(prepare: Prepare, unitId: string, limit: number): DeskFileRow[] {
  return prepare(
    `SELECT c.id, c.title, c.urgent, c.collective, c.opened_at, c.leader_staff_id, s.name AS leader_name
     FROM case_files c LEFT JOIN staff s ON s.id = c.leader_staff_id
     WHERE c.status = 'open' AND c.unit_id = ? AND (c.urgent = 1 OR c.collective = 1)
     ORDER BY c.urgent DESC, c.opened_at DESC, c.id LIMIT ?`,
  ).all(unitId, limit) as DeskFileRow[];
}

export function countUrgentFiles(prepare: Prepare, unitId: string): number {
  return (prepare(`SELECT count(*) AS n FROM case_files c WHERE c.status = 'open' AND c.unit_id = ? AND (c.urgent = 1 OR c.collective = 1)`).get(unitId) as { n: number }).n;
}

export interface ApprovalDeskRow {
  id: string;
  case_file_id: string;
  case_title: string;
  proceeding_kind: ProceedingKind;
  action: string;
  requested_by: string;
  requested_by_name: string;
  requested_at: number;
}

/** Approvals a leader may decide: on the files they lead, and on files that have no 包案领导 yet. */
export function approvalsFor(prepare: Prepare, me: string, unitId: string): ApprovalDeskRow[] {
  return prepare(
    `SELECT a.id, a.case_file_id, c.title AS case_title, p.kind AS proceeding_kind, a.action, a.requested_by, s.name AS requested_by_name, a.requested_at
     FROM approvals a JOIN case_files c ON c.id = a.case_file_id JOIN proceedings p ON p.id = a.proceeding_id JOIN staff s ON s.id = a.requested_by
     WHERE a.status = 'pending' AND c.unit_id = ? AND (c.leader_staff_id = ? OR c.leader_staff_id IS NULL)
     ORDER BY a.requested_at, a.id`,
  ).all(unitId, me) as ApprovalDeskRow[];
}

/**
 * The steps a proceeding has taken, from its timeline's step lines: read by the file's timeline index (the file's
 * few lines), never by proceeding_id, which no index of the timeline has (a scan of every file's lines; issue #15).
 */
export const STEPS_TAKEN_SQL = "SELECT DISTINCT json_extract(data, '$.action') AS action FROM case_events WHERE case_file_id = ? AND proceeding_id = ? AND kind = 'proceeding.step'";

export function stepsTaken(prepare: Prepare, caseFileId: string, proceedingId: string): Set<string | null> {
  return new Set((prepare(STEPS_TAKEN_SQL).all(caseFileId, proceedingId) as { action: string | null }[]).map((r) => r.action));
}
