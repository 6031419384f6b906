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
