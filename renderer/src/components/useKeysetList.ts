// A list paged by keyset cursor (the core never uses OFFSET): pages accumulate as the person scrolls.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { call } from '../platform/api';

type ListChannel = 'intakes.list' | 'cases.list' | 'audit.list' | 'deadlines.list';

export function useKeysetList<K extends ListChannel>(channel: K, input: Omit<ChannelInput<K>, 'cursor'>) {
  const list = useInfiniteQuery({
    queryKey: [channel, input],
    queryFn: ({ pageParam }) => call(channel, { ...input, cursor: pageParam } as ChannelInput<K>) as Promise<ChannelOutput<K>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items: ChannelOutput<K>['items'][number][] = [];
  for (const page of list.data?.pages ?? []) items.push(...(page.items as ChannelOutput<K>['items'][number][]));
  return { list, items, more: { hasMore: !!list.hasNextPage, loading: list.isFetchingNextPage, onMore: () => void list.fetchNextPage(), shown: items.length } };
}
