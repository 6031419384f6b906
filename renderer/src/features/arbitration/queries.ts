// The arbitration application's query and act: reading it with what it lacks and the advice, saving it. A save
// refreshes the file, its timeline and its steps at once.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['arbitration.application', 'cases.get', 'casework.get'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];

export const useApplication = (proceedingId: string) => useChannelQuery('arbitration.application', { proceedingId }, { enabled: proceedingId !== '' });
export const useSaveApplication = (form?: FormBinding<'arbitration.saveApplication'>) =>
  useChannelMutation('arbitration.saveApplication', { ...form, invalidates: TOUCHED, staleOn: STALE });

// The parties' evidence on an arbitration file: the lists per party, and the acts — an item added (late ones marked),
// the other side's 质证意见, a party's 证据目录 printed. Each act refreshes the lists, the documents and the timeline.
const evidenceActs = { invalidates: ['arbitrationEvidence.list', 'documents.list', 'cases.get'] as readonly ChannelName[] };

export const useCaseEvidence = (caseFileId: string) => useChannelQuery('arbitrationEvidence.list', { caseFileId }, { enabled: caseFileId !== '' });
export const useAddEvidence = (form?: FormBinding<'arbitrationEvidence.add'>) => useChannelMutation('arbitrationEvidence.add', { ...form, ...evidenceActs });
export const useEvidenceOpinion = (form?: FormBinding<'arbitrationEvidence.opinion'>) => useChannelMutation('arbitrationEvidence.opinion', { ...form, ...evidenceActs });
export const usePrintCatalogue = () => useChannelMutation('arbitrationEvidence.print', evidenceActs);

// A group application's way on: the 系列案 (one case per worker) or the collective case's representatives and the
// represented workers' consents. Accepting a series opens new cases: the file and its steps are read again.
const GROUP_TOUCHED: readonly ChannelName[] = ['arbitration.group', ...TOUCHED];
export const useGroup = (proceedingId: string) => useChannelQuery('arbitration.group', { proceedingId }, { enabled: proceedingId !== '' });
export const useAcceptSeries = () => useChannelMutation('arbitration.acceptSeries', { fields: ['date'], invalidates: GROUP_TOUCHED, staleOn: STALE });
export const useSetRepresentatives = () => useChannelMutation('arbitration.setRepresentatives', { fields: ['date', 'proceedingPartyIds'], invalidates: GROUP_TOUCHED, staleOn: STALE });
export const useRecordConsent = () => useChannelMutation('arbitration.recordConsent', { fields: ['consentedOn', 'proceedingPartyIds', 'act', 'method'], invalidates: GROUP_TOUCHED, staleOn: STALE });
