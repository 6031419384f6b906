// Repeat detection at the desk, a file's 告知 and call-backs, and the leader's list of complainants waiting for an
// answer. A call-back refreshes the file, its timeline and every desk at once (the core's data.changed event does
// too, a moment later).
import { keepPreviousData } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['followup.get', 'followup.waiting', 'cases.get', 'desk.summary'];

/**
 * The matters the form may repeat; asked only when there is something to look up (repeat-input.ts). While the next
 * check runs the last answer stays on screen, so the list does not blink as the clerk types.
 */
export function useRepeatCheck(input: ChannelInput<'repeats.check'>, enabled: boolean) {
  return useChannelQuery('repeats.check', input, { enabled, staleTime: 30_000, placeholderData: keepPreviousData });
}

/** A file's intakes, or one intake without a file. */
export function useFollowup(of: { caseFileId: string } | { intakeId: string }) {
  const input = 'caseFileId' in of ? { caseFileId: of.caseFileId, intakeId: null } : { caseFileId: null, intakeId: of.intakeId };
  return useChannelQuery('followup.get', input, { enabled: (input.caseFileId ?? input.intakeId) !== '' });
}

export function useWaitingComplainants() {
  return useChannelQuery('followup.waiting', {});
}

export const useLogCallback = (form?: FormBinding<'followup.callback'>) => useChannelMutation('followup.callback', { ...form, invalidates: TOUCHED, staleOn: ['CONFLICT'] });
