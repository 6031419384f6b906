// 庭审笔录 on a case file: the held hearings with their records, and the acts — start, save (while typing), 定稿,
// correct, print. Each act refreshes the list, the documents and the timeline.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const acts = { invalidates: ['hearingTranscript.list', 'documents.list', 'cases.get'] as readonly ChannelName[], staleOn: ['CONFLICT', 'STEP_BLOCKED'] as readonly ErrorCode[] };

export const useCaseTranscripts = (caseFileId: string) => useChannelQuery('hearingTranscript.list', { caseFileId }, { enabled: caseFileId !== '' });
export const useCreateTranscript = () => useChannelMutation('hearingTranscript.create', acts);
// Saved while typing: the list is not asked again on each save (the dialog keeps the answer's version).
export const useSaveTranscript = (form?: FormBinding<'hearingTranscript.save'>) => useChannelMutation('hearingTranscript.save', { ...form, staleOn: ['CONFLICT'] });
export const useFinaliseTranscript = () => useChannelMutation('hearingTranscript.finalise', acts);
export const useCorrectTranscript = (form?: FormBinding<'hearingTranscript.correct'>) => useChannelMutation('hearingTranscript.correct', { ...form, ...acts });
export const usePrintTranscript = () => useChannelMutation('hearingTranscript.print', acts);
