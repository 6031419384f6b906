// React Query over the contract: one query key per channel and input; core events invalidate what they touch.
import { QueryClient, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { CoreEvent } from '../../../shared/contract/events';
import { api, call } from './api';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}

export function useCall<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
  options: Omit<UseQueryOptions<ChannelOutput<K>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<K>>({ queryKey: [channel, input], queryFn: () => call(channel, input), ...options });
}

/**
 * A file's work panel, its incidents and supervision, the desks and the deadline lists: what a step, an approval, a
 * team change, an incident or a new file moves.
 */
const CASEWORK: ChannelName[] = ['casework.get', 'desk.summary', 'deadlines.list', 'incidents.get'];

const AFFECTS: Record<Extract<CoreEvent, { type: 'data.changed' }>['entity'], ChannelName[]> = {
  intake: ['intakes.list', 'intakes.get', 'cases.list', 'cases.get', ...CASEWORK],
  caseFile: ['cases.list', 'cases.get', 'intakes.list', 'intakes.get', ...CASEWORK],
  party: ['parties.search'],
  staff: ['staff.list', 'session.candidates', 'session.current', 'casework.get'],
  parameter: ['parameters.list', 'deadlines.rules', 'deadlines.compute'],
  unit: ['units.list'],
  search: ['intakes.list', 'cases.list', 'parties.search', 'projects.search'],
  calendar: ['calendar.get', 'deadlines.compute'],
  document: ['documents.list', 'cases.get'],
  idImage: ['idImages.list'],
};

export type BackupProgressEvent = Extract<CoreEvent, { type: 'backup.progress' }>;
const backupListeners = new Set<(e: BackupProgressEvent) => void>();

/** A backup's progress as the core reports it (the maintenance screen draws it). */
export function onBackupProgress(listener: (e: BackupProgressEvent) => void): () => void {
  backupListeners.add(listener);
  return () => void backupListeners.delete(listener);
}

/** Keeps cached data fresh: whatever the core reports changed is refetched. */
export function connectCoreEvents(client: QueryClient, onJob: (e: CoreEvent) => void): () => void {
  return api.subscribe((event) => {
    if (event.type === 'data.changed') {
      const channels = AFFECTS[event.entity];
      void client.invalidateQueries({ predicate: (q) => channels.includes(q.queryKey[0] as ChannelName) });
    } else if (event.type === 'core.reset') {
      // A restore replaced the database, or it was found damaged: nothing cached is true any more.
      void client.invalidateQueries();
    } else if (event.type === 'backup.progress') {
      for (const l of backupListeners) l(event);
    } else onJob(event);
  });
}
