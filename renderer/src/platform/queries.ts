// React Query over the contract: one query key per channel and input — [channel, input], so a core event can find
// every query of a channel it touches — and the hooks the features' queries.ts files build their reads from.
import { QueryClient, useInfiniteQuery, useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { Api } from '../../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { CoreEvent } from '../../../shared/contract/events';
import { AppErrorException } from '../../../shared/contract/result';
import { api, callWith, useApi } from './api';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}

/** A query's key: the channel first (what core events match on), then its input. */
export function channelKey<K extends ChannelName>(channel: K, input: ChannelInput<K>): readonly [K, ChannelInput<K>] {
  return [channel, input];
}

export type ChannelQueryOptions<K extends ChannelName> = Omit<UseQueryOptions<ChannelOutput<K>>, 'queryKey' | 'queryFn'>;

/** Reads a channel (features wrap it in their queries.ts: one hook per channel they read). */
export function useChannelQuery<K extends ChannelName>(channel: K, input: ChannelInput<K>, options: ChannelQueryOptions<K> = {}): UseQueryResult<ChannelOutput<K>> {
  const target = useApi();
  return keptWhileUnreached(useQuery<ChannelOutput<K>>({ queryKey: channelKey(channel, input), queryFn: () => callWith(target, channel, input), ...options }));
}

/**
 * A read asked again while the core cannot be reached (OFFLINE: the network or the bureau server is down) fails, and
 * React Query then reports the query as an error with its last answer still in `data`; a screen that checks isError
 * first would replace itself — its open dialogs and what was typed in them — with an error. Such a failure is shown
 * once, by the connection bar, so the query keeps its last answer as a success; it is asked again when the
 * connection is back (useRefreshOnReconnect). Any other failure (NOT_FOUND, a lost database …) is reported as before.
 */
export function keptWhileUnreached<T>(q: UseQueryResult<T>): UseQueryResult<T> {
  if (!q.isError || q.data === undefined || !(q.error instanceof AppErrorException) || q.error.error.code !== 'OFFLINE') return q;
  return { ...q, status: 'success', isSuccess: true, isError: false, isRefetchError: false, error: null } as UseQueryResult<T>;
}

/** The desk form's older name for useChannelQuery, until it moves to intakes/queries.ts. */
export const useCall = useChannelQuery;

type KeysetChannel = 'intakes.list' | 'cases.list' | 'audit.list' | 'deadlines.list' | 'routing.inbox' | 'routing.transfers';
type KeysetItem<K extends KeysetChannel> = ChannelOutput<K>['items'][number];

/** A list paged by keyset cursor (the core never uses OFFSET): pages accumulate as the person scrolls. */
export function useKeysetQuery<K extends KeysetChannel>(channel: K, input: Omit<ChannelInput<K>, 'cursor'>) {
  const target = useApi();
  const list = useInfiniteQuery({
    queryKey: [channel, input],
    queryFn: ({ pageParam }) => callWith(target, channel, { ...input, cursor: pageParam } as ChannelInput<K>) as Promise<ChannelOutput<K>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items: KeysetItem<K>[] = [];
  for (const page of list.data?.pages ?? []) items.push(...(page.items as KeysetItem<K>[]));
  return { list, items, more: { hasMore: !!list.hasNextPage, loading: list.isFetchingNextPage, onMore: () => void list.fetchNextPage(), shown: items.length } };
}

/**
 * A file's work panel, its incidents and supervision, the desks and the deadline lists: what a step, an approval, a
 * team change, an incident or a new file moves.
 */
const CASEWORK: ChannelName[] = ['casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'incidents.get', 'routing.inbox', 'routing.ofIntake', 'routing.transfers'];

const AFFECTS: Record<Extract<CoreEvent, { type: 'data.changed' }>['entity'], ChannelName[]> = {
  intake: ['intakes.list', 'intakes.get', 'cases.list', 'cases.get', ...CASEWORK],
  caseFile: ['cases.list', 'cases.get', 'intakes.list', 'intakes.get', ...CASEWORK],
  party: ['parties.search'],
  staff: ['staff.list', 'session.candidates', 'session.current', 'casework.get'],
  parameter: ['parameters.list', 'deadlines.rules', 'deadlines.compute', 'calendar.get'],
  unit: ['units.list'],
  search: ['intakes.list', 'cases.list', 'parties.search', 'projects.search'],
  calendar: ['calendar.get', 'deadlines.compute'],
  document: ['documents.list', 'cases.get'],
  idImage: ['idImages.list'],
  connection: ['connections.list'],
};

export type BackupProgressEvent = Extract<CoreEvent, { type: 'backup.progress' }>;
const backupListeners = new Set<(e: BackupProgressEvent) => void>();

/** A backup's progress as the core reports it (the maintenance screen draws it). */
export function onBackupProgress(listener: (e: BackupProgressEvent) => void): () => void {
  backupListeners.add(listener);
  return () => void backupListeners.delete(listener);
}

/** Asks again every query of these channels (after an act that changed them). */
export function invalidateChannels(client: QueryClient, channels: readonly ChannelName[]): Promise<void> {
  return client.invalidateQueries({ predicate: (q) => channels.includes(q.queryKey[0] as ChannelName) });
}

/** Keeps cached data fresh: whatever the core reports changed is refetched. */
export function connectCoreEvents(client: QueryClient, onJob: (e: CoreEvent) => void, source: Api = api): () => void {
  return source.subscribe((event) => {
    if (event.type === 'data.changed') {
      void invalidateChannels(client, AFFECTS[event.entity]);
    } else if (event.type === 'core.reset') {
      // A restore replaced the database, or it was found damaged: nothing cached is true any more.
      void client.invalidateQueries();
    } else if (event.type === 'backup.progress') {
      for (const l of backupListeners) l(event);
    } else onJob(event);
  });
}
