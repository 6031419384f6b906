// The desk's data: today's counts and lists, and the full list of open deadlines, keyset paged.
import { useChannelQuery, useKeysetQuery } from '../../platform/queries';

export type DueFilter = 'overdue' | 'dueSoon' | 'open';
export type ScopeFilter = 'mine' | 'unit';

export function useDeskSummary() {
  return useChannelQuery('desk.summary', {});
}

export function useDeadlineList(dueState: DueFilter, scope: ScopeFilter, departmentId: string | null = null) {
  return useKeysetQuery('deadlines.list', { dueState, scope, departmentId, limit: 50 });
}

/** The leader's desk in figures: open files by stage, counts by department, complaints per week. */
export function useDeskCharts() {
  return useChannelQuery('desk.charts', {});
}

/** The first open clocks of the person's own files (the desk shows those not already overdue or due soon). */
export function useMyOpenDeadlines() {
  return useChannelQuery('deadlines.list', { dueState: 'open', scope: 'mine', cursor: null, limit: 20 });
}
