// The desk's data: today's counts and lists, and the full list of open deadlines, keyset paged.
import { useKeysetList } from '../../components/useKeysetList';
import { useCall } from '../../platform/queries';

export type DueFilter = 'overdue' | 'dueSoon' | 'open';
export type ScopeFilter = 'mine' | 'unit';

export function useDeskSummary() {
  return useCall('desk.summary', {});
}

export function useDeadlineList(dueState: DueFilter, scope: ScopeFilter) {
  return useKeysetList('deadlines.list', { dueState, scope, limit: 50 });
}

/** The first open clocks of the person's own files (the desk shows those not already overdue or due soon). */
export function useMyOpenDeadlines() {
  return useCall('deadlines.list', { dueState: 'open', scope: 'mine', cursor: null, limit: 20 });
}
