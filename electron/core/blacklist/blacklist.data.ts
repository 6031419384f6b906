// Every SQL statement of the blacklist's own duties: the listings whose three-year term has ended (from the stored
// deadlines, read by their status-and-due index) and the removals the leader's desk shows.
import type { Prepare } from '../../../db/statements';
import { CLOCK_EVENT_SOURCE_SQL } from '../proceedings/proceedings.data';

/**
 * Listings still on the list whose 'blacklist.term' clock ended on or before `today`, oldest first. Read from the
 * listed proceedings (a few per thousand files), each one's term clock by its key: run at every start and on every
 * tick, it must not walk every overdue clock of ten years' files (500 ms at 30,000 intakes, on the core's thread, when
 * the planner started from the deadlines' status-and-due index; 5 ms this way).
 */
export function listingsDue(prepare: Prepare, today: string): { proceedingId: string; dueDate: string }[] {
  return prepare(
    `SELECT d.proceeding_id AS proceedingId, d.due_date AS dueDate
       FROM proceedings p INDEXED BY proceedings_kind_status_idx
       CROSS JOIN deadlines d INDEXED BY deadlines_clock_uq ON d.proceeding_id = p.id AND d.rule_id = 'blacklist.term'
     WHERE p.kind = 'blacklisting' AND p.status = 'listed' AND d.status = 'open' AND d.due_date <= ?
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

/**
 * The unit's removals from the list recorded since `since` (epoch ms), newest first; `source` whole
 * ('blacklisting.removeEarly'). From the removed blacklistings closed since then (proceedings_blacklist_removed_idx, by
 * name: without statistics the planner takes the kind–status index), each one's file and 'delisted' event by key —
 * from the events it read every removal of the history (1,697 at 100,000 intakes, 30 ms).
 */
export function removalsSince(prepare: Prepare, unitId: string, since: number, limit: number): RemovalRow[] {
  return prepare(
    `SELECT p.id AS proceeding_id, c.id AS case_file_id, c.title AS case_title, e.date AS removed_on, ${CLOCK_EVENT_SOURCE_SQL} AS source, e.recorded_at, e.recorded_by, s.name AS recorded_by_name
     FROM proceedings p INDEXED BY proceedings_blacklist_removed_idx CROSS JOIN case_files c ON c.id = p.case_file_id
     CROSS JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'delisted'
     LEFT JOIN staff s ON s.id = e.recorded_by
     WHERE p.kind = 'blacklisting' AND p.status = 'removed' AND c.unit_id = ? AND p.closed_at >= ?
     ORDER BY e.recorded_at DESC, p.id LIMIT ?`,
  ).all(unitId, since, limit) as RemovalRow[];
}
