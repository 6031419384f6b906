// The shell's own channels: who is signed in (read and changed outside any one screen, so plain calls), and the
// jobs any screen may start and follow.
import type { ChannelInput } from '../../../shared/contract/channels';
import type { SessionInfo } from '../../../shared/contract/session';
import { call } from '../platform/api';
import { useChannelMutation } from '../platform/mutations';
import { channelKey, useChannelQuery } from '../platform/queries';

export const SESSION_KEY = channelKey('session.current', {});

export const readSession = (): Promise<SessionInfo | null> => call('session.current', {});
/** "Still at work": keeps the core's idle lock in step with input it never saw. */
export const touchSession = () => call('session.touch', {});
export const lockSession = (idle: boolean) => call('session.lock', { idle });
export const endSession = () => call('session.end', {});

/** A running job asked for now and then, in case a pushed event was missed. */
export function useJobPoll(jobId: string | null, enabled: boolean) {
  return useChannelQuery('jobs.get', { jobId: jobId ?? '' } satisfies ChannelInput<'jobs.get'>, {
    enabled: jobId !== null && enabled,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 2000),
    retry: false,
  });
}

export const useCancelJob = () => useChannelMutation('jobs.cancel');
