// The statistics channels (shared/contract/statistics.ts): the page's reads, the files behind a figure a page at a time,
// and the acts (报送, 更正) with their refusals kept for the dialogs.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { AppError } from '../../../../shared/contract/result';
import type { statisticsChannels } from '../../../../shared/contract/statistics';
import type { Api } from '../../../../shared/contract/api';
import { callWith, toAppError, useApi } from '../../platform/api';
import { useChannelMutation } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

type Defs = typeof statisticsChannels;
export type StatChannel = keyof Defs;
export type StatInput<K extends StatChannel> = z.input<Defs[K]['input']>;
export type StatOutput<K extends StatChannel> = z.output<Defs[K]['output']>;

/** A report as counted by the core (what 报送 and 更正 are made from). */
export type ComputedReport = StatOutput<'statistics.compute'>;

/**
 * What the person looked at, sent with 报送 and 更正: the core recounts and refuses when the files changed since. The
 * contract's token for it is the only thing this knows (a merge that changes the token changes this line).
 */
export const lookedAt = (report: ComputedReport): Pick<StatInput<'statistics.submit'>, 'digest'> => ({ digest: report.digest });

/** Calls a statistics channel; resolves with its value or rejects with the core's refusal (AppErrorException). */
export function callStat<K extends StatChannel>(target: Api, channel: K, input: StatInput<K>): Promise<StatOutput<K>> {
  return callWith(target, channel, input as ChannelInput<K>) as Promise<StatOutput<K>>;
}

/** Reads a statistics channel, keyed [channel, input] like every other query (core events find it by channel). */
export function useStatQuery<K extends StatChannel>(
  channel: K,
  input: StatInput<K>,
  options: Omit<UseQueryOptions<StatOutput<K>>, 'queryKey' | 'queryFn'> = {},
) {
  const target = useApi();
  return useQuery<StatOutput<K>>({ queryKey: [channel, input], queryFn: () => callStat(target, channel, input), ...options });
}

/** The files behind one figure, a page at a time (the core's limit and offset; the list is small and bounded). */
export function useStatFiles(input: Omit<StatInput<'statistics.files'>, 'limit' | 'offset'>, page = 200) {
  const target = useApi();
  return useInfiniteQuery({
    queryKey: ['statistics.files', input],
    queryFn: ({ pageParam }) => callStat(target, 'statistics.files', { ...input, limit: page, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const shown = all.reduce((n, p) => n + p.items.length, 0);
      return shown < last.total && last.items.length > 0 ? shown : undefined;
    },
  });
}

export interface StatMutation<K extends StatChannel> {
  /** Sends the act; resolves with its value, or null after a refusal (kept in `error`). Never rejects. */
  run(input: StatInput<K>): Promise<StatOutput<K> | null>;
  busy: boolean;
  error: AppError | null;
  reset(): void;
}

/** An act on statistics (报送, 更正): busy while it runs, the core's refusal kept, the lists asked again when done. */
export function useStatMutation<K extends StatChannel>(channel: K, invalidates: readonly StatChannel[]): StatMutation<K> {
  const target = useApi();
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: (input: StatInput<K>) => callStat(target, channel, input) });
  const [error, setError] = useState<AppError | null>(null);
  return {
    async run(input) {
      setError(null);
      try {
        const value = await mutation.mutateAsync(input);
        await client.invalidateQueries({ predicate: (q) => invalidates.includes(q.queryKey[0] as StatChannel) });
        return value;
      } catch (e) {
        setError(toAppError(e));
        return null;
      }
    },
    busy: mutation.isPending,
    error,
    reset: () => setError(null),
  };
}

/** The installation's units: whether this one is a city whose counties' files are here (全市（含各区县）). */
export const useUnits = () => useChannelQuery('units.list', {});

/** The report as a workbook or printed tables: counted again by the core (refused if the figures changed since), or a submitted one as stored. */
export function useStatExport() {
  const target = useApi();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  return {
    busy,
    error,
    reset: () => setError(null),
    async run(input: ChannelInput<'statistics.export'>) {
      setError(null);
      setBusy(input.format);
      try {
        return await callWith(target, 'statistics.export', input);
      } catch (e) {
        setError(toAppError(e));
        return null;
      } finally {
        setBusy(null);
      }
    },
  };
}

/** Starts a long period's report as a job (statistics.computeJob); its progress and result come as the job's. */
export const useReportJobStart = () => useChannelMutation('statistics.computeJob');
