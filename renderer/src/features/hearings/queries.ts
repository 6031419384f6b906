// The hearing calendar's queries and acts: a case's tribunal and hearings, the week's bookings, the review of a slot
// before it is booked, and the acts — book, postpone, record held, keep the rooms. Each act refreshes the file, its
// timeline and the calendar at once.
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels';
import type { TranscriptView } from '../../../../shared/contract/hearing-transcripts';
import type { ErrorCode } from '../../../../shared/contract/result';
import { callWith, useApi } from '../../platform/api';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['hearings.ofCase', 'hearings.list', 'cases.get', 'casework.get', 'desk.summary'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];

export const useCaseHearings = (caseFileId: string) => useChannelQuery('hearings.ofCase', { caseFileId }, { enabled: caseFileId !== '' });
export const useHearingList = (input: ChannelInput<'hearings.list'>, enabled = true) => useChannelQuery('hearings.list', input, { enabled });
/** Per arbitrator: awards made and changed or set aside by a court (the institute's head). */
export const useArbitratorRates = (input: ChannelInput<'arbitration.arbitratorRates'>) => useChannelQuery('arbitration.arbitratorRates', input);
export const useRooms = () => useChannelQuery('hearings.rooms', {});
/** The notice day, the defence period, the day and the clashes of the slot as it is being chosen. */
export const useSlotReview = (input: ChannelInput<'hearings.review'>, enabled: boolean) => useChannelQuery('hearings.review', input, { enabled, retry: false });

export const useSchedule = (form?: FormBinding<'hearings.schedule'>) => useChannelMutation('hearings.schedule', { ...form, invalidates: TOUCHED, staleOn: STALE });
export const usePostpone = (form?: FormBinding<'hearings.postpone'>) => useChannelMutation('hearings.postpone', { ...form, invalidates: TOUCHED, staleOn: STALE });
export const useRecordHeld = (form?: FormBinding<'hearings.recordHeld'>) => useChannelMutation('hearings.recordHeld', { ...form, invalidates: TOUCHED, staleOn: STALE });
/** The 开庭通知书 the hearings of a period still owe, for one batch. */
export const useNoticeRequests = (input: ChannelInput<'hearings.noticeRequests'>) => useChannelQuery('hearings.noticeRequests', input, { staleTime: 0 });
export const usePostponementNoticeRequests = (input: ChannelInput<'hearings.postponementNoticeRequests'>) =>
  useChannelQuery('hearings.postponementNoticeRequests', input, { staleTime: 0 });
export const useUnavailability = (input: ChannelInput<'hearings.unavailability'>) => useChannelQuery('hearings.unavailability', input);
export const useAddUnavailability = (form?: FormBinding<'hearings.addUnavailability'>) =>
  useChannelMutation('hearings.addUnavailability', { ...form, invalidates: ['hearings.unavailability', 'hearings.review'] });
export const useWithdrawUnavailability = () => useChannelMutation('hearings.withdrawUnavailability', { invalidates: ['hearings.unavailability', 'hearings.review'] });
export const useSaveRoom = (form?: FormBinding<'hearings.saveRoom'>) => useChannelMutation('hearings.saveRoom', { ...form, invalidates: ['hearings.rooms', 'hearings.list'] });

/** Active arbitrators and clerks of the unit, for the calendar's filter. */
export function useSittingStaff() {
  const staff = useChannelQuery('staff.list', { includeInactive: false });
  return (staff.data ?? []).filter((s) => s.roles.includes('arbitrator') || s.roles.includes('clerk'));
}

// 庭审笔录 on a case file: the held hearings with their records, and the acts — start, save (while typing), 定稿,
// correct, print. Each act refreshes the list, the documents and the timeline.
const transcriptActs = { invalidates: ['hearingTranscript.list', 'documents.list', 'cases.get'] as readonly ChannelName[], staleOn: ['CONFLICT', 'STEP_BLOCKED'] as readonly ErrorCode[] };

export const useCaseTranscripts = (caseFileId: string) => useChannelQuery('hearingTranscript.list', { caseFileId }, { enabled: caseFileId !== '' });
export const useCreateTranscript = () => useChannelMutation('hearingTranscript.create', transcriptActs);
// Saved while typing: the list is not asked again on each save (the dialog keeps the answer's version).
export const useSaveTranscript = (form?: FormBinding<'hearingTranscript.save'>) => useChannelMutation('hearingTranscript.save', { ...form, staleOn: ['CONFLICT'] });
export const useFinaliseTranscript = () => useChannelMutation('hearingTranscript.finalise', transcriptActs);
export const useCorrectTranscript = (form?: FormBinding<'hearingTranscript.correct'>) => useChannelMutation('hearingTranscript.correct', { ...form, ...transcriptActs });
export const usePrintTranscript = () => useChannelMutation('hearingTranscript.print', transcriptActs);

/** Reads a 庭审笔录 as it now stands (the conflict screen's "what the other person saved"); null when it is gone. */
export function useReadTranscript() {
  const target = useApi();
  return async (caseFileId: string, id: string): Promise<TranscriptView | null> =>
    (await callWith(target, 'hearingTranscript.list', { caseFileId })).hearings.find((h) => h.transcript?.id === id)?.transcript ?? null;
}
