// Every SQL statement of the inspection table (劳动保障监察案件办理情况), read-only. Each returns the files behind a
// figure, one row per case file (or per file and payer), so a figure and its drill-down are the same rows. A file is
// in the scope by its unit (case_files.unit_id); an event puts it in the period by the first time the file reached
// that step (a file sent back and routed again, or transferred between departments, is counted once).
import type { Db } from '../../../db/open';
import { carriedOverSide, OPEN_PROCEEDING } from './carried-over.data';
import type { StatFileRow, StatScope } from './table';

/** A file of the inspection table (its 案号 null before 立案). */
export type FileRow = StatFileRow;

const UNITS = 'cf.unit_id IN (SELECT value FROM json_each(@units))';
const FILE_COLUMNS = `cf.id AS caseFileId, p.number AS number, si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName`;
const FILE_JOINS = `JOIN case_files cf ON cf.id = p.case_file_id JOIN units u ON u.id = cf.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id`;

const params = (scope: StatScope) => ({ units: JSON.stringify(scope.unitIds), from: scope.from, to: scope.to });

/**
 * The proceedings of `kind` whose first clock event of `eventKind` falls in the period: one row per case file, dated
 * by that event. The clock events are the steps as done (proceeding_events, append-only). `listed` false (a report
 * counted without its files) leaves out the columns only a drill-down shows (案号, 登记号, title, unit): the file's
 * source intake, one more seek into the largest table per row, is then not read.
 */
export function firstEventFiles(db: Db, scope: StatScope, kind: string, eventKind: string, listed = true): (FileRow & { proceedingId: string; status: string })[] {
  // The period's events by the (kind, date) index; an earlier one of the file (by its proceedings, CROSS JOIN and `+`
  // keeping SQLite on the file's proceedings, then each one's events of the kind up to the day by the (proceeding,
  // kind, date) index — one seek, not its every event) means the file reached the step before and is not counted again.
  const columns = listed ? FILE_COLUMNS : 'cf.id AS caseFileId, NULL AS number, NULL AS regYear, NULL AS regNo, NULL AS title, NULL AS unitName';
  const joins = listed ? FILE_JOINS : 'JOIN case_files cf ON cf.id = p.case_file_id';
  return db
    .prepare(
      `SELECT ${columns}, p.id AS proceedingId, p.status AS status, e.date AS date
       FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id ${joins}
       WHERE e.kind = @event AND e.date BETWEEN @from AND @to AND p.kind = @kind AND ${UNITS}
         AND NOT EXISTS (SELECT 1 FROM proceedings p2 CROSS JOIN proceeding_events e2 ON e2.proceeding_id = p2.id
                         WHERE p2.case_file_id = cf.id AND +p2.kind = @kind AND e2.kind = @event AND e2.date <= e.date AND (e2.date < e.date OR e2.seq < e.seq))
       ORDER BY e.date, cf.seq`,
    )
    .all({ ...params(scope), kind, event: eventKind }) as (FileRow & { proceedingId: string; status: string })[];
}

/**
 * Inspection files accepted before the period and not closed before it (上期结转未结). The statement starts from
 * candidate files, not every 受理 of the history, and tests each in full (so the rows are the same whichever side): for
 * a recent period ('since'), the open work and the files closed since the period began — a file it counts either has
 * no 结案 yet (then its accepted proceeding is neither 'closed', 结案 recording caseClosed as it closes, nor
 * 'notAccepted', 不予受理 coming before any 受理: proceedings_open_idx holds it) or its first caseClosed is dated on or
 * after the period's first day; for an old period ('before'), the files accepted before it. `+` keeps SQLite on the
 * file's own proceedings and events, not the kind indexes, which made it quadratic.
 */
const CARRIED_CANDIDATES = {
  since: `SELECT o.case_file_id FROM proceedings o WHERE o.kind = 'inspection' AND ${OPEN_PROCEEDING}
         UNION
         SELECT kp.case_file_id FROM proceeding_events ke JOIN proceedings kp ON kp.id = ke.proceeding_id
         WHERE ke.kind = 'caseClosed' AND ke.date >= @from AND +kp.kind = 'inspection'`,
  before: `SELECT kp.case_file_id FROM proceeding_events ke JOIN proceedings kp ON kp.id = ke.proceeding_id
         WHERE ke.kind = 'accepted' AND ke.date < @from AND +kp.kind = 'inspection'`,
};

export function carriedOverFiles(db: Db, scope: StatScope, side: 'before' | 'since' = carriedOverSide(db, scope.from)): FileRow[] {
  return db
    .prepare(
      `WITH candidates(id) AS (${CARRIED_CANDIDATES[side]})
       SELECT ${FILE_COLUMNS}, MIN(e.date) AS date
       FROM candidates cand CROSS JOIN case_files cf ON cf.id = cand.id CROSS JOIN proceedings p ON p.case_file_id = cf.id
         CROSS JOIN proceeding_events e ON e.proceeding_id = p.id JOIN units u ON u.id = cf.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id
       WHERE e.kind = 'accepted' AND e.date < @from AND +p.kind = 'inspection' AND ${UNITS}
         AND NOT EXISTS (SELECT 1 FROM proceedings cp JOIN proceeding_events c ON c.proceeding_id = cp.id
                         WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND +c.kind = 'caseClosed' AND c.date < @from)
       GROUP BY cf.id ORDER BY date, cf.seq`,
    )
    .all(params(scope)) as FileRow[];
}

/**
 * How many files carriedOverFiles lists, without listing them (a report counted without its files): the per-day
 * summary carried_over_days (db/schema/statistics-summaries.ts, kept by triggers with every 受理, caseClosed and move)
 * holds, per unit and day, the files first accepted and those ended (the later of the first 受理 and the first
 * 结案); the files accepted before the period's first day and not closed before it are their difference summed over the
 * scope's days before it — one range of the summary per unit, the days of the history, not its open files.
 */
export function carriedOverCount(db: Db, scope: StatScope): number {
  const r = db
    .prepare(
      `SELECT COALESCE(SUM(d.accepted - d.ended), 0) AS n
       FROM (SELECT DISTINCT value AS id FROM json_each(@units)) un CROSS JOIN carried_over_days d ON d.kind = 'inspection' AND d.unit_id = un.id
       WHERE d.day < @from`,
    )
    .get({ units: JSON.stringify(scope.unitIds), from: scope.from }) as { n: number };
  return r.n;
}

/** The workers the file's intakes name (投诉登记的涉及人数), per file: the intakes attached to it, repeats included. */
export function workersOfFiles(db: Db, caseFileIds: readonly string[]): Map<string, number> {
  const rows = db
    .prepare(`SELECT case_file_id AS id, SUM(workers_count) AS n FROM intakes WHERE case_file_id IN (SELECT value FROM json_each(?)) GROUP BY case_file_id`)
    .all(JSON.stringify(caseFileIds)) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Of these inspections, those whose investigation (监察条例 Art. 17: 60 working days from 立案) ended in time, as the
 * stored clocks hold it: the 60-day clock met; or, extended on approval, the extended clock met — within its 30 more
 * days when `extendedCounts`, else only if that was still within the 60. By the clock index from the ids (`+b.status`
 * keeps SQLite off the status index, which read every met or extended clock of the history).
 */
export function investigatedInTime(db: Db, proceedingIds: readonly string[], extendedCounts: boolean): Set<string> {
  const rows = db
    .prepare(
      `SELECT b.proceeding_id AS id FROM deadlines b
       LEFT JOIN deadlines x ON x.proceeding_id = b.proceeding_id AND x.rule_id = 'inspection.investigate.extended' AND x.party = b.party
       WHERE b.proceeding_id IN (SELECT value FROM json_each(@ids)) AND b.rule_id = 'inspection.investigate'
         AND (+b.status = 'met' OR (+b.status = 'extended' AND (CASE WHEN @extended THEN x.status = 'met' ELSE x.status IN ('met', 'metLate') AND x.met_on <= b.due_date END)))`,
    )
    .all({ ids: JSON.stringify(proceedingIds), extended: extendedCounts ? 1 : 0 }) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

// 保障农民工工资支付条例 Arts. 11, 31 (shared/domain/payments.ts countsForWorker): a valid payment to the worker with the
// worker's own transfer reference or signed/thumbprinted receipt. A batch handed to a 包工头 never counts by itself (its
// workers' receipts do); an 应急周转金 advance counts once, as the fund's, and what the fund later recovers from the
// employer (advance_recoveries) is not a payment to a worker, so it is never added again.
const COUNTED_PAYMENT = `wp.kind = 'worker' AND wp.status = 'valid' AND wp.amount_fen > 0
  AND ((wp.method = 'transfer' AND COALESCE(wp.bank_reference, '') <> '') OR (wp.method = 'cash' AND wp.receipt_mark IS NOT NULL))`;
// The file's own proceedings (case_file index): `+ip.kind` keeps SQLite off the kind index, which would walk every
// inspection in the database for each file (7 s a month at 15,000 intakes; docs/statistics-tables.md).
const ON_INSPECTION = `EXISTS (SELECT 1 FROM proceedings ip WHERE ip.case_file_id = cf.id AND +ip.kind = 'inspection')`;
// The period's payments by wage_payments_unit_paid_idx, over every unit that recorded one (a payment's unit_id is the
// recording unit, which need not be the file's: the scope is the file's unit, checked after); CROSS JOIN keeps SQLite
// from starting at the unit's files instead, which read every file of the unit's history.
const PAID_IN_PERIOD = `wp.unit_id IN (SELECT id FROM units) AND wp.paid_on BETWEEN @from AND @to`;

/** Counted payments in the period on inspection files, per file and payer: the sum and the last day paid. */
export function paymentsByPayer(db: Db, scope: StatScope): (FileRow & { payerKind: string; fen: number })[] {
  return db
    .prepare(
      `SELECT cf.id AS caseFileId, (SELECT number FROM proceedings ip WHERE ip.case_file_id = cf.id AND ip.kind = 'inspection' ORDER BY ip.opened_at LIMIT 1) AS number,
              si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName,
              wp.payer_kind AS payerKind, SUM(wp.amount_fen) AS fen, MAX(wp.paid_on) AS date
       FROM wage_payments wp CROSS JOIN case_files cf ON cf.id = wp.case_file_id JOIN units u ON u.id = cf.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id
       WHERE ${PAID_IN_PERIOD} AND ${COUNTED_PAYMENT} AND ${UNITS} AND ${ON_INSPECTION}
       GROUP BY cf.id, wp.payer_kind ORDER BY date, cf.seq, wp.payer_kind`,
    )
    .all(params(scope)) as (FileRow & { payerKind: string; fen: number })[];
}

/** The workers paid in the period on each inspection file (a worker paid twice, or by two payers, once). */
export function workersPaid(db: Db, scope: StatScope): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT cf.id AS id, COUNT(DISTINCT wp.person_id) AS n
       FROM wage_payments wp CROSS JOIN case_files cf ON cf.id = wp.case_file_id
       WHERE ${PAID_IN_PERIOD} AND ${COUNTED_PAYMENT} AND ${UNITS} AND ${ON_INSPECTION}
       GROUP BY cf.id`,
    )
    .all(params(scope)) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * The input of each proceeding's last applied `action`, as the audit chain holds it (the step's own record: the papers
 * read theirs from the same rows, electron/core/proceedings/paper-case.ts), by proceeding id. Per proceeding, its audit
 * rows are read through the entity index backwards from its last (the index holds them in seq order) and the first
 * matching step taken: a 结案 is usually its proceeding's last step, so one or two rows are read instead of every step
 * ever recorded for it (each a row of its own in the audit trail, away from the others). `+action`: the action index
 * would read every step ever taken. A step recorded without an input gives null, as JSON.parse of its absence did.
 */
export function stepInputs(db: Db, proceedingIds: readonly string[], action: string): Map<string, Record<string, unknown>> {
  const rows = db
    .prepare(
      `SELECT j.value AS id,
              (SELECT coalesce(json_extract(l.change, '$.input'), 'null') FROM audit_log l
               WHERE l.entity = 'proceeding' AND l.entity_key = audit_id_bytes(j.value) AND +l.action = 'proceedingStep' AND json_extract(l.change, '$.action') = @action
               ORDER BY l.seq DESC LIMIT 1) AS input
       FROM json_each(@ids) j`,
    )
    .all({ ids: JSON.stringify(proceedingIds), action }) as { id: string; input: string | null }[];
  return new Map(rows.filter((r) => r.input !== null).map((r) => [r.id, JSON.parse(r.input!) as Record<string, unknown>]));
}

/**
 * The employers of these inspections (accepted in the period), each with its files of the scope first accepted in the
 * period (as its employer, on or before the period's last day) and the number first accepted before it (此前N件). It
 * reads the employer summary (employer_acceptances: each employer's inspection files by the day first accepted with it
 * as employer, kept by triggers with every 受理 and standing), by its key (party, unit, first day, file), and its
 * per-month counts (employer_acceptance_months, kept by triggers on the summary). Per employer and unit of the scope:
 * its first file is the first row of its range (one seek); the files before the period are its months wholly before
 * the period's first day, summed, and its rows of that day's month before it (a short range, empty for a month or a
 * quarter) — the months of its history, not its files; the period's own rows are a range bounded on both sides. The
 * period's rows come back with their columns, the file's 案号 that of the proceeding first accepted with the employer
 * (the first recorded on a tie), and the employers in the order of their first file (date, then file id) — the order a
 * list of all their files would give.
 */
export function employerAcceptances(db: Db, scope: StatScope, proceedingIds: readonly string[]): (FileRow & { partyId: string; partyName: string; partyBefore: number })[] {
  // CROSS JOIN from the employers and the scope's units: each (employer, unit) is one seek of the month counts (and its
  // months up to the period's end); only the pairs holding files seek the summary itself.
  const pair = `ea.party_id = pr.partyId AND ea.unit_id = pr.unitId`;
  return db
    .prepare(
      `WITH employers AS (SELECT DISTINCT party_id FROM proceeding_parties WHERE proceeding_id IN (SELECT value FROM json_each(@ids)) AND role = 'employer' AND party_id IS NOT NULL),
       units_in(id) AS (SELECT DISTINCT value FROM json_each(@units)),
       pairs AS MATERIALIZED (
         SELECT m.party_id AS partyId, m.unit_id AS unitId, SUM(CASE WHEN m.month < substr(@from, 1, 7) THEN m.files ELSE 0 END) AS monthsBefore
         FROM employers em CROSS JOIN units_in un CROSS JOIN employer_acceptance_months m ON m.party_id = em.party_id AND m.unit_id = un.id
         WHERE m.month <= substr(@to, 1, 7) GROUP BY m.party_id, m.unit_id),
       employer_units AS (
         SELECT pr.partyId,
                (SELECT ea.first_date || ' ' || ea.case_file_id FROM employer_acceptances ea WHERE ${pair} AND ea.first_date <= @to ORDER BY ea.first_date, ea.case_file_id LIMIT 1) AS firstKey,
                pr.monthsBefore + (CASE WHEN substr(@from, 9, 2) = '01' THEN 0
                  ELSE (SELECT COUNT(*) FROM employer_acceptances ea WHERE ${pair} AND ea.first_date >= substr(@from, 1, 7) || '-01' AND ea.first_date < @from) END) AS before
         FROM pairs pr),
       employer_files AS MATERIALIZED (SELECT partyId, MIN(firstKey) AS firstKey, SUM(before) AS before FROM employer_units GROUP BY partyId),
       period AS MATERIALIZED (
         SELECT ea.party_id AS partyId, ea.case_file_id AS caseFileId, ea.first_date AS date
         FROM employers em CROSS JOIN units_in un CROSS JOIN employer_acceptances ea ON ea.party_id = em.party_id AND ea.unit_id = un.id WHERE ea.first_date BETWEEN @from AND @to)
       SELECT s.caseFileId,
              (SELECT p.number FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
               WHERE p.case_file_id = s.caseFileId AND +p.kind = 'inspection' AND +pp.party_id = s.partyId AND +pp.role = 'employer' AND e.kind = 'accepted' AND e.date = s.date
               ORDER BY e.seq LIMIT 1) AS number,
              si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName, s.partyId, pa.name AS partyName, s.date, ef.before AS partyBefore
       FROM period s JOIN employer_files ef ON ef.partyId = s.partyId JOIN case_files cf ON cf.id = s.caseFileId JOIN units u ON u.id = cf.unit_id
         LEFT JOIN intakes si ON si.id = cf.source_intake_id JOIN parties pa ON pa.id = s.partyId
       ORDER BY ef.firstKey, s.date, s.caseFileId`,
    )
    .all({ ...params(scope), ids: JSON.stringify(proceedingIds) }) as (FileRow & { partyId: string; partyName: string; partyBefore: number })[];
}
