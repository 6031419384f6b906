// Every SQL statement of the blacklist's own duties: the listings whose three-year term has ended (from the stored
// deadlines, read by their status-and-due index) and the removals the leader's desk shows.
import type { Prepare } from '../../../db/statements';
import { CLOCK_EVENT_SOURCE_SQL } from '../proceedings/proceedings.data';

/**
 * Listings still on the list whose 'blacklist.term' clock ended on or before `today`, oldest first. Run at every start
 * and on every tick on the core's thread, it reads only the term clocks due: a range of the running term clocks' own
 * index (deadlines_blacklist_term_due_idx, partial: a removed listing's clock is met), each one's proceeding by its key.
 * Not every listed proceeding with its clock (95–241 ms at 1M intakes, at every start), nor every overdue clock of
 * ten years' files (500 ms at 30,000 intakes).
 */
export function listingsDue(prepare: Prepare, today: string): { proceedingId: string; dueDate: string }[] {
  return prepare(
    `SELECT d.proceeding_id AS proceedingId, d.due_date AS dueDate
       FROM deadlines d INDEXED BY deadlines_blacklist_term_due_idx
       CROSS JOIN proceedings p ON p.id = d.proceeding_id
     WHERE d.rule_id = 'blacklist.term' AND d.status = 'open' AND d.due_date <= ? AND p.kind = 'blacklisting' AND p.status = 'listed'
     ORDER BY d.due_date, d.proceeding_id`,
  ).all(today) as { proceedingId: string; dueDate: string }[];
}

export interface RemovalRow {
  proceeding_id: string;
  case_file_id: string;
  case_title: string;
  removed_on: string;
  source: string;
  recorded_at: number;
  recorded_by: string | null;
  recorded_by_name: string | null;
}

const REMOVALS_FROM = `FROM proceedings p INDEXED BY proceedings_blacklist_removed_idx CROSS JOIN case_files c ON c.id = p.case_file_id
     CROSS JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'delisted'
     LEFT JOIN staff s ON s.id = e.recorded_by
     WHERE p.kind = 'blacklisting' AND p.status = 'removed' AND c.unit_id = ? AND p.closed_at >= ?`;
const REMOVAL_COLUMNS = `p.id AS proceeding_id, c.id AS case_file_id, c.title AS case_title, e.date AS removed_on, ${CLOCK_EVENT_SOURCE_SQL} AS source, e.recorded_at, e.recorded_by, s.name AS recorded_by_name`;

/**
 * The unit's removals closed since `since`, every one of the window sorted: removalsSince's definition, and its
 * answer for a quiet window. From the removed blacklistings closed since then
 * (proceedings_blacklist_removed_idx, by name: without statistics the planner takes the kind–status index), each one's
 * file and 'delisted' event by key — from the events it read every removal of the history (1,697 at 100,000 intakes).
 */
export function allRemovalsSince(prepare: Prepare, unitId: string, since: number, limit: number): RemovalRow[] {
  return prepare(`SELECT ${REMOVAL_COLUMNS} ${REMOVALS_FROM} ORDER BY e.recorded_at DESC, p.id LIMIT ?`).all(unitId, since, limit) as RemovalRow[];
}

/**
 * The same page read from the 'delisted' events newest recorded first (proceeding_events_delisted_idx), each one's
 * proceeding and file by key, stopping at the page: the same rows in the same order (the same conditions; the
 * order's id is the event's proceeding), reading as many removals as the page plus any other unit's in between.
 */
export function newestRemovalsSince(prepare: Prepare, unitId: string, since: number, limit: number): RemovalRow[] {
  return prepare(
    `SELECT ${REMOVAL_COLUMNS}
     FROM proceeding_events e INDEXED BY proceeding_events_delisted_idx CROSS JOIN proceedings p ON p.id = e.proceeding_id
     CROSS JOIN case_files c ON c.id = p.case_file_id LEFT JOIN staff s ON s.id = e.recorded_by
     WHERE e.kind = 'delisted' AND p.kind = 'blacklisting' AND p.status = 'removed' AND c.unit_id = ? AND p.closed_at >= ?
     ORDER BY e.recorded_at DESC, e.proceeding_id LIMIT ?`,
  ).all(unitId, since, limit) as RemovalRow[];
}

/** Up to this many removals closed in the window (every unit's), the window is sorted whole; more, walked newest first. */
export const REMOVALS_SORTED_MAX = 200;

/**
 * The unit's removals from the list recorded since `since` (epoch ms), newest first; `source` whole
 * ('blacklisting.removeEarly'). A quiet window (a bureau's usual month) is read whole and sorted — reading the events
 * newest first would then walk the whole history of removals before giving up; a busy one (the seed's, growing with
 * the data: 936 at 100,000 intakes, 21 ms sorted) is read from the newest events as far as the page (issue #15).
 * Either way the same rows (tests/integration/list-shapes.test.ts).
 */
export function removalsSince(prepare: Prepare, unitId: string, since: number, limit: number): RemovalRow[] {
  const { n } = prepare(
    `SELECT count(*) AS n FROM (SELECT 1 FROM proceedings p INDEXED BY proceedings_blacklist_removed_idx
       WHERE p.kind = 'blacklisting' AND p.status = 'removed' AND p.closed_at >= ? LIMIT ?)`,
  ).get(since, REMOVALS_SORTED_MAX) as { n: number };
  return n < REMOVALS_SORTED_MAX ? allRemovalsSince(prepare, unitId, since, limit) : newestRemovalsSince(prepare, unitId, since, limit);
}
