// Where the carried-over figures (上期结转: the files accepted before the period and not closed before it) start
// reading. Either side gives the same files; each statement then tests every candidate in full.
import type { Db } from '../../../db/open';
import { daysBetween } from '../../../shared/domain/statistics/period';

/**
 * The predicate of proceedings_open_idx (db/schema/case-files.ts) for a proceeding aliased `o`, written as there so
 * SQLite uses the partial index: the proceedings neither closed (结案) nor refused (不予受理, which comes before any 受理).
 */
export const OPEN_PROCEEDING = `o.status NOT IN ('closed', 'notAccepted')`;

/**
 * 'since': the open work and the files closed on or after the period's first day — small for a recent period, the
 * usual monthly report; 'before': the acceptances before it — small for an old one. Chosen by where the day falls
 * between the first and the last 受理 of the database (two seeks of proceeding_events_kind_date_idx).
 */
export function carriedOverSide(db: Db, from: string): 'before' | 'since' {
  const r = db
    .prepare(
      `SELECT (SELECT MIN(date) FROM proceeding_events WHERE kind = 'accepted') AS first,
              (SELECT MAX(date) FROM proceeding_events WHERE kind = 'accepted') AS last`,
    )
    .get() as { first: string | null; last: string | null };
  if (r.first === null || r.last === null || from <= r.first) return 'before';
  if (from > r.last) return 'since';
  return daysBetween(r.first, from) < daysBetween(from, r.last) ? 'before' : 'since';
}
