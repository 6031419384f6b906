// The case file's work panel and the calls that change it: a step, a leader's decision, the team. Each change
// refreshes what it touches at once (the core's data.changed event does too, a moment later).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels';
import { call } from '../../platform/api';
import { useCall } from '../../platform/queries';

/** What a step, an approval or a team change alters: the file, its work panel, every desk and deadline list. */
export const CASEWORK_CHANNELS: ChannelName[] = ['casework.get', 'cases.get', 'cases.list', 'desk.summary', 'deadlines.list'];

export function useCaseWork(caseFileId: string) {
  return useCall('casework.get', { caseFileId }, { enabled: caseFileId !== '' });
}

/** Active staff of the unit, for picking a team member. */
export function useStaffList() {
  return useCall('staff.list', { includeInactive: false });
}

export function useCaseworkCalls() {
  const client = useQueryClient();
  const refresh = useCallback(
    () => client.invalidateQueries({ predicate: (q) => CASEWORK_CHANNELS.includes(q.queryKey[0] as ChannelName) }),
    [client],
  );
  return useMemo(() => {
    const after = async <T>(p: Promise<T>): Promise<T> => {
      const value = await p;
      void refresh();
      return value;
    };
    return {
      act: (input: ChannelInput<'proceedings.act'>) => after(call('proceedings.act', input)),
      decide: (input: ChannelInput<'approvals.decide'>) => after(call('approvals.decide', input)),
      addMember: (input: ChannelInput<'team.add'>) => after(call('team.add', input)),
      removeMember: (input: ChannelInput<'team.remove'>) => after(call('team.remove', input)),
      /** After a refusal that may mean the panel was stale (another person acted meanwhile). */
      refresh,
    };
  }, [refresh]);
}
