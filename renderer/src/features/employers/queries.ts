// The employer view's two queries: the search page's hits (asked when the person presses 查找, not at each key — a
// number search is on the record and counted), and one employer's page.
import type { EmployerSubject } from '../../../../shared/contract/employers';
import { useChannelQuery } from '../../platform/queries';

export function useEmployerSearch(query: string) {
  return useChannelQuery('employers.search', { query }, { enabled: query.trim() !== '', staleTime: 60_000, retry: false });
}

export function useEmployerView(subject: EmployerSubject) {
  return useChannelQuery('employers.get', subject, { enabled: subject.id !== '' });
}

/** Where an employer's (or a project's) page is. */
export const employerPath = (s: EmployerSubject) => `/employers/${s.type}/${s.id}`;
