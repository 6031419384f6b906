// The parties' evidence on an arbitration file: the lists per party, and the acts — an item added (late ones marked),
// the other side's 质证意见, a party's 证据目录 printed. Each act refreshes the lists, the documents and the timeline.
import type { ChannelName } from '../../../../shared/contract/channels';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const acts = { invalidates: ['arbitrationEvidence.list', 'documents.list', 'cases.get'] as readonly ChannelName[] };

export const useCaseEvidence = (caseFileId: string) => useChannelQuery('arbitrationEvidence.list', { caseFileId }, { enabled: caseFileId !== '' });
export const useAddEvidence = (form?: FormBinding<'arbitrationEvidence.add'>) => useChannelMutation('arbitrationEvidence.add', { ...form, ...acts });
export const useEvidenceOpinion = (form?: FormBinding<'arbitrationEvidence.opinion'>) => useChannelMutation('arbitrationEvidence.opinion', { ...form, ...acts });
export const usePrintCatalogue = () => useChannelMutation('arbitrationEvidence.print', acts);
