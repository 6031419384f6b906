// Every SQL statement of the desk table (统一咨询接待情况), read-only: what arrived, where it went, whether it was
// answered in time, repeats and group incidents. An intake is in the scope by its unit (the unit that registered it:
// a matter awaiting transfer to another unit stays this unit's, counted once, here).
import type { Db } from '../../../db/open';
import { instantOf } from '../../../shared/domain/time';
import type { StatFileRow, StatScope } from './table';

const DAY_MS = 86_400_000;
const params = (scope: StatScope) => ({ units: JSON.stringify(scope.unitIds), from: scope.from, to: scope.to, fromAt: instantOf(scope.from) - DAY_MS, toAt: instantOf(scope.to) + 2 * DAY_MS });
const UNITS = 'i.unit_id IN (SELECT value FROM json_each(@units))';
/**
 * The intakes received in the period: received_date is the Beijing day of received_at, so the instant range (a day
 * wider each side, the date test deciding) lets intakes_unit_received_idx read the period's intakes, not the unit's all.
 */
const RECEIVED_IN_PERIOD = `i.received_at >= @fromAt AND i.received_at < @toAt AND i.received_date BETWEEN @from AND @to`;
/** Beijing's calendar day of an instant (no daylight saving: UTC+8 all year). */
const DAY_OF = (col: string) => `date(${col} / 1000, 'unixepoch', '+8 hours')`;

export interface IntakeRow {
  id: string;
  regYear: number;
  regNo: number;
  summary: string;
  unitName: string;
  date: string;
  kind: string;
  channel: string;
  route: string | null;
  workers: number;
}

const INTAKE_COLUMNS = `i.id AS id, i.reg_year AS regYear, i.reg_no AS regNo, i.summary AS summary, u.name AS unitName, i.received_date AS date,
  i.kind AS kind, i.channel AS channel, i.route AS route, i.workers_count AS workers`;

/** The intakes registered in the period, in the order received. */
export function intakesReceived(db: Db, scope: StatScope): IntakeRow[] {
  return db
    .prepare(
      `SELECT ${INTAKE_COLUMNS} FROM intakes i JOIN units u ON u.id = i.unit_id
       WHERE ${UNITS} AND ${RECEIVED_IN_PERIOD} ORDER BY i.received_at, i.seq`,
    )
    .all(params(scope)) as IntakeRow[];
}

/**
 * The feedback (告知) due in the period, each with whether the complainant was reached on or before the due day: by
 * intake_notices_due_idx (CROSS JOIN: SQLite otherwise started at every intake of the unit).
 */
export function feedbackDue(db: Db, scope: StatScope): (IntakeRow & { inTime: number })[] {
  return db
    .prepare(
      `SELECT ${INTAKE_COLUMNS.replace('i.received_date AS date', 'n.feedback_due AS date')},
              (n.answered_at IS NOT NULL AND ${DAY_OF('n.answered_at')} <= n.feedback_due) AS inTime
       FROM intake_notices n CROSS JOIN intakes i ON i.id = n.intake_id JOIN units u ON u.id = i.unit_id
       WHERE ${UNITS} AND n.feedback_due BETWEEN @from AND @to ORDER BY n.feedback_due, i.seq`,
    )
    .all(params(scope)) as (IntakeRow & { inTime: number })[];
}

/**
 * The intakes registered in the period one of whose complainants had an earlier intake (of any unit) received within
 * `days` days before it: a repeat as the desk's own check defines it (followup/repeats), by the person's record.
 */
export function repeatIntakes(db: Db, scope: StatScope, days: number): IntakeRow[] {
  return db
    .prepare(
      `SELECT ${INTAKE_COLUMNS} FROM intakes i JOIN units u ON u.id = i.unit_id
       WHERE ${UNITS} AND ${RECEIVED_IN_PERIOD}
         AND EXISTS (SELECT 1 FROM intake_complainants c JOIN intake_complainants c2 ON c2.person_id = c.person_id AND c2.intake_id <> c.intake_id
                       JOIN intakes j ON j.id = c2.intake_id
                     WHERE c.intake_id = i.id AND (j.received_at < i.received_at OR (j.received_at = i.received_at AND j.seq < i.seq))
                       AND j.received_date >= date(i.received_date, @back))
       ORDER BY i.received_at, i.seq`,
    )
    .all({ ...params(scope), back: `-${days} days` }) as IntakeRow[];
}

export interface IncidentRow extends StatFileRow {
  people: number;
}

/**
 * The group incidents that began in the period, on the files of the scope's units, one row each: the instant range (a
 * day wider each side, the Beijing day deciding) reads incidents_unit_started_idx for the period.
 */
export function incidentsStarted(db: Db, scope: StatScope): IncidentRow[] {
  return db
    .prepare(
      `SELECT cf.id AS caseFileId, (SELECT number FROM proceedings p WHERE p.case_file_id = cf.id AND p.number IS NOT NULL ORDER BY p.opened_at LIMIT 1) AS number,
              si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName, ${DAY_OF('i.started_at')} AS date, i.people_count AS people
       FROM incidents i JOIN case_files cf ON cf.id = i.case_file_id JOIN units u ON u.id = i.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id
       WHERE ${UNITS} AND i.started_at >= @fromAt AND i.started_at < @toAt AND ${DAY_OF('i.started_at')} BETWEEN @from AND @to ORDER BY i.started_at, i.id`,
    )
    .all(params(scope)) as IncidentRow[];
}
