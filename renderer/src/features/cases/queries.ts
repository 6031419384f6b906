// Case files: the list (keyset paged), one file, and the leaders to filter by.
import type { CaseListInput } from '../../../../shared/contract/cases';
import { useChannelQuery, useKeysetQuery } from '../../platform/queries';

export const useCaseList = (input: Omit<CaseListInput, 'cursor'>) => useKeysetQuery('cases.list', input);
export const useCaseFile = (id: string) => useChannelQuery('cases.get', { id }, { enabled: id !== '' });
/** Inactive leaders stay in the filter: the files they led are still theirs. */
export const useCaseLeaders = () =>
  useChannelQuery('staff.list', { includeInactive: true }, { select: (staff) => staff.filter((s) => s.roles.includes('leader')) });
/** Every department of every unit (the case list names the one it is filtered by). */
export function useDepartments() {
  const units = useChannelQuery('units.list', {});
  return units.data?.flatMap((u) => u.departments) ?? [];
}
