// Every SQL statement of the arbitration table (劳动争议处理情况), over a read-only connection: the cases accepted up to
// the period's end and not closed before its start (carried over and accepted), the cases closed in the period, the
// awards made and the court actions filed or decided in it — one row per case (proceeding), the facts each indicator
// of shared/domain/statistics/arbitration.ts filters. The unit list travels as one JSON parameter (json_each).
import type { Db } from '../../../db/open';
import type { ClaimCategory } from '../../../shared/domain/arbitration-application';
import { instantOf } from '../../../shared/domain/time';
import { addDays } from '../../../shared/domain/statistics/period';
import { carriedOverSide, OPEN_PROCEEDING } from './carried-over.data';
import type { StatScope } from './table';

/** What every row names: the case the drill-down opens. */
export interface CaseFacts {
  proceedingId: string;
  caseFileId: string;
  number: string | null;
  title: string;
  unitId: string;
  unitName: string;
}

export interface AcceptedCase extends CaseFacts {
  /** The first 受理 event's day (a case accepted again after a correction is counted once, from its first). */
  acceptedOn: string;
  /** The closing record's day, null while open. */
  closedOn: string | null;
  /** The workers (persons) standing in the case: its applicants. */
  workers: number;
  categories: ClaimCategory[];
}

export interface ClosedCase extends CaseFacts {
  closedOn: string;
  acceptedOn: string | null;
  method: string;
  result: string;
  claimedFen: number;
  resolvedFen: number;
  /** The stored status of the 45-day award clock (调解仲裁法 Art. 43) and of its extension, if any. */
  awardClock: string | null;
  extendedClock: string | null;
  /** The 45 days' last day and the day the extended clock was met: an extended case met within the 45 is in time on either basis. */
  awardDue: string | null;
  extendedMetOn: string | null;
}

export interface AwardMade extends CaseFacts {
  awardedOn: string;
  finality: 'final' | 'nonFinal' | 'split';
}

export interface CourtAction extends CaseFacts {
  route: 'suit' | 'setAside';
  filedOn: string;
  result: 'upheld' | 'revoked' | 'amended' | null;
  resultOn: string | null;
}

const CASE_COLUMNS = `p.id AS proceedingId, f.id AS caseFileId, p.number AS number, f.title AS title, f.unit_id AS unitId, u.name AS unitName`;
const UNITS = `(SELECT value FROM json_each(@units))`;
const ACCEPTED_ON = `(SELECT MIN(e.date) FROM proceeding_events e WHERE e.proceeding_id = p.id AND e.kind = 'accepted')`;

function params(scope: StatScope) {
  return { units: JSON.stringify(scope.unitIds), from: scope.from, to: scope.to };
}

/**
 * The arbitration cases of the units accepted on or before the period's last day and not closed before its first:
 * those accepted before it are carried over, the others accepted in it. A case opened after the period's last day
 * cannot have been accepted in it (受理 follows receipt), which keeps the scan to the files opened by then.
 *
 * The statement starts from candidates, not every case of the unit's history, and tests each in full (so the rows are
 * the same whichever side): for a recent period ('since'), the cases open now and those closed since the period
 * began — a case it counts either has no 结案 record yet (then its status is neither 'closed', the 结案 step writing
 * the record as it closes the case, nor 'notAccepted', 不予受理 coming before any 受理: proceedings_open_idx holds it)
 * or one dated on or after the period's first day; for an old period ('before'), the cases accepted by its last day.
 */
const CANDIDATES = {
  since: `SELECT o.id FROM proceedings o WHERE o.kind = 'arbitration' AND ${OPEN_PROCEEDING}
         UNION
         SELECT k.proceeding_id FROM arbitration_closings k WHERE k.unit_id IN (SELECT id FROM units) AND k.closed_on >= @from`,
  // DISTINCT: a case accepted twice (again after a correction) is one case, as on the other side (UNION).
  before: `SELECT DISTINCT ke.proceeding_id FROM proceeding_events ke WHERE ke.kind = 'accepted' AND ke.date <= @to`,
  // Only the cases first accepted in the period (a report counted without its files: the carried over are counted).
  period: `SELECT DISTINCT ke.proceeding_id FROM proceeding_events ke WHERE ke.kind = 'accepted' AND ke.date BETWEEN @from AND @to`,
};

export function acceptedCases(db: Db, scope: StatScope, side: 'before' | 'since' | 'period' = carriedOverSide(db, scope.from)): AcceptedCase[] {
  const rows = db
    .prepare(
      `WITH candidates(id) AS (${CANDIDATES[side]})
       SELECT * FROM (
         SELECT ${CASE_COLUMNS}, ${ACCEPTED_ON} AS acceptedOn, c.closed_on AS closedOn,
                (SELECT COUNT(*) FROM proceeding_parties pp WHERE pp.proceeding_id = p.id AND pp.person_id IS NOT NULL) AS workers,
                (SELECT GROUP_CONCAT(DISTINCT cl.category) FROM arbitration_claims cl WHERE cl.proceeding_id = p.id) AS categories
         FROM candidates cand CROSS JOIN proceedings p ON p.id = cand.id
         JOIN case_files f ON f.id = p.case_file_id
         JOIN units u ON u.id = f.unit_id
         LEFT JOIN arbitration_closings c ON c.proceeding_id = p.id
         WHERE p.kind = 'arbitration' AND f.unit_id IN ${UNITS} AND p.opened_at < @openedBefore
           AND (c.closed_on IS NULL OR c.closed_on >= @from)
       ) WHERE acceptedOn IS NOT NULL AND acceptedOn <= @to${side === 'period' ? ' AND acceptedOn >= @from' : ''}
       ORDER BY acceptedOn, number, proceedingId`,
    )
    .all({ ...params(scope), openedBefore: instantOf(addDays(scope.to, 1)) }) as (Omit<AcceptedCase, 'categories'> & { categories: string | null })[];
  return rows.map((r) => ({ ...r, categories: (r.categories ? r.categories.split(',') : []) as ClaimCategory[] }));
}

/**
 * How many of acceptedCases' rows were accepted before the period (上期未结), without listing them: from the per-day
 * summary carried_over_days (kept by triggers with every 受理, 结案 record and move; db/schema/statistics-summaries.ts),
 * the cases with their first 受理 and their opening both before the period's first day and no 结案 before it — one
 * range per unit, the days of the history — and the few cases opened within the period after their 受理 day
 * (arbitration_late_openings, by the period's days).
 */
export function carriedOverCaseCount(db: Db, scope: StatScope): number {
  const r = db
    .prepare(
      `WITH units_in(id) AS (SELECT DISTINCT value FROM json_each(@units))
       SELECT (SELECT COALESCE(SUM(d.accepted - d.ended), 0) FROM units_in un CROSS JOIN carried_over_days d ON d.kind = 'arbitration' AND d.unit_id = un.id WHERE d.day < @from)
            + (SELECT COUNT(*) FROM units_in un CROSS JOIN arbitration_late_openings l ON l.unit_id = un.id
               WHERE l.opened_on BETWEEN @from AND @to AND l.accepted_on < @from AND (l.closed_on IS NULL OR l.closed_on >= @from)) AS n`,
    )
    .get(params(scope)) as { n: number };
  return r.n;
}

/** The cases of the units closed in the period (their closing records), with what the efficiency figures need. */
export function closedCases(db: Db, scope: StatScope): ClosedCase[] {
  return db
    .prepare(
      `SELECT ${CASE_COLUMNS}, c.closed_on AS closedOn, ${ACCEPTED_ON} AS acceptedOn, c.method, c.result,
              c.claimed_fen AS claimedFen, c.resolved_fen AS resolvedFen,
              (SELECT d.status FROM deadlines d WHERE d.proceeding_id = p.id AND d.rule_id = 'arbitration.award' AND d.party = '' AND d.award_finality = '') AS awardClock,
              (SELECT d.status FROM deadlines d WHERE d.proceeding_id = p.id AND d.rule_id = 'arbitration.award.extended' AND d.party = '' AND d.award_finality = '') AS extendedClock,
              (SELECT d.due_date FROM deadlines d WHERE d.proceeding_id = p.id AND d.rule_id = 'arbitration.award' AND d.party = '' AND d.award_finality = '') AS awardDue,
              (SELECT d.met_on FROM deadlines d WHERE d.proceeding_id = p.id AND d.rule_id = 'arbitration.award.extended' AND d.party = '' AND d.award_finality = '') AS extendedMetOn
       FROM arbitration_closings c
       JOIN proceedings p ON p.id = c.proceeding_id
       JOIN case_files f ON f.id = p.case_file_id
       JOIN units u ON u.id = f.unit_id
       WHERE c.unit_id IN ${UNITS} AND c.closed_on BETWEEN @from AND @to
       ORDER BY c.closed_on, number, proceedingId`,
    )
    .all(params(scope)) as ClosedCase[];
}

/** The awards the units made in the period (arbitration_awards_unit_idx). */
export function awardsMade(db: Db, scope: StatScope): AwardMade[] {
  return db
    .prepare(
      `SELECT ${CASE_COLUMNS}, a.awarded_on AS awardedOn, a.finality
       FROM arbitration_awards a
       JOIN proceedings p ON p.id = a.proceeding_id
       JOIN case_files f ON f.id = p.case_file_id
       JOIN units u ON u.id = f.unit_id
       WHERE a.unit_id IN ${UNITS} AND a.awarded_on BETWEEN @from AND @to
       ORDER BY a.awarded_on, number, proceedingId`,
    )
    .all(params(scope)) as AwardMade[];
}

/**
 * The suits and applications to set aside filed in the period, or whose court result came in it: by their filing and
 * result dates' indexes (CROSS JOIN: SQLite otherwise started at every file of the unit).
 */
export function courtActions(db: Db, scope: StatScope): CourtAction[] {
  return db
    .prepare(
      `SELECT ${CASE_COLUMNS}, ca.route, ca.filed_on AS filedOn, ca.result, ca.result_on AS resultOn
       FROM arbitration_court_actions ca
       CROSS JOIN proceedings p ON p.id = ca.proceeding_id
       JOIN case_files f ON f.id = p.case_file_id
       JOIN units u ON u.id = f.unit_id
       WHERE f.unit_id IN ${UNITS} AND ((ca.filed_on BETWEEN @from AND @to) OR (ca.result_on BETWEEN @from AND @to))
       ORDER BY ca.filed_on, number, proceedingId`,
    )
    .all(params(scope)) as CourtAction[];
}
