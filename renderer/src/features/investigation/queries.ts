// The investigation's records on a case file (调查取证): the list, and the acts — a 询问通知书, a 询问笔录 created,
// saved as a draft, finalised, corrected, printed. Each act refreshes the panel, the documents and the timeline.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { InquiryRecordView } from '../../../../shared/contract/investigation';
import type { ErrorCode } from '../../../../shared/contract/result';
import { callWith, useApi } from '../../platform/api';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['investigation.list', 'documents.list', 'services.list', 'cases.get'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export const useFileInvestigation = (caseFileId: string, enabled = true) => useChannelQuery('investigation.list', { caseFileId }, { enabled: enabled && caseFileId !== '' });

export const useInquiryNotice = (form?: FormBinding<'investigation.notice'>) => useChannelMutation('investigation.notice', { ...form, ...acts });
export const useCreateRecord = (form?: FormBinding<'investigation.createRecord'>) => useChannelMutation('investigation.createRecord', { ...form, ...acts });
export const useSaveRecord = (form?: FormBinding<'investigation.saveRecord'>) => useChannelMutation('investigation.saveRecord', { ...form, ...acts });
export const useFinaliseRecord = () => useChannelMutation('investigation.finaliseRecord', acts);
export const useCorrectRecord = (form?: FormBinding<'investigation.correctRecord'>) => useChannelMutation('investigation.correctRecord', { ...form, ...acts });
export const usePrintRecord = () => useChannelMutation('investigation.printRecord', acts);
/** Makes a notice's paper again where it was not made (the notice stands; the document is what failed). */
export const useReissueNotice = () => useChannelMutation('documents.generate', acts);

// 现场检查: the list, and the acts — create, save, a photo added or taken off a draft, finalise, correct, print; and a
// photo's bytes to show it (audited). Each act refreshes the panel and the documents.
const siteActs = { invalidates: ['siteInspection.list', 'siteInspection.thumbnails', 'documents.list', 'cases.get'] as readonly ChannelName[], staleOn: STALE };

export const useFileSiteInspections = (caseFileId: string, enabled = true) => useChannelQuery('siteInspection.list', { caseFileId }, { enabled: enabled && caseFileId !== '' });
export const useCreateSiteInspection = (form?: FormBinding<'siteInspection.create'>) => useChannelMutation('siteInspection.create', { ...form, ...siteActs });
export const useSaveSiteInspection = (form?: FormBinding<'siteInspection.save'>) => useChannelMutation('siteInspection.save', { ...form, ...siteActs });
export const useAddSitePhoto = () => useChannelMutation('siteInspection.addPhoto', siteActs);
export const useRemoveSitePhoto = () => useChannelMutation('siteInspection.removePhoto', siteActs);
export const useSitePhoto = () => useChannelMutation('siteInspection.photo');
/** An inspection's thumbnails: one call per card; a photo's thumbnail never changes, so kept until an act invalidates it. */
export const useSiteThumbnails = (inspectionId: string) => useChannelQuery('siteInspection.thumbnails', { inspectionId }, { staleTime: Infinity });
export const useFinaliseSiteInspection = () => useChannelMutation('siteInspection.finalise', siteActs);
export const useCorrectSiteInspection = (form?: FormBinding<'siteInspection.correct'>) => useChannelMutation('siteInspection.correct', { ...form, ...siteActs });
export const usePrintSiteInspection = () => useChannelMutation('siteInspection.print', siteActs);

// 调取证据通知书: the list, the notice issued, its return recorded (the evidence list refreshes too).
const requestActs = { invalidates: ['evidenceRequest.list', 'evidence.list', 'documents.list', 'services.list', 'cases.get'] as readonly ChannelName[], staleOn: STALE };
export const useFileEvidenceRequests = (caseFileId: string, enabled = true) => useChannelQuery('evidenceRequest.list', { caseFileId }, { enabled: enabled && caseFileId !== '' });
export const useIssueEvidenceRequest = (form?: FormBinding<'evidenceRequest.issue'>) => useChannelMutation('evidenceRequest.issue', { ...form, ...requestActs });
export const useRecordEvidenceReturn = (form?: FormBinding<'evidenceRequest.recordReturn'>) => useChannelMutation('evidenceRequest.recordReturn', { ...form, ...requestActs });

/** Reads a 询问笔录 as it now stands (the conflict screen's "what the other person saved"); null when it is gone. */
export function useReadRecord() {
  const target = useApi();
  return async (caseFileId: string, id: string): Promise<InquiryRecordView | null> =>
    (await callWith(target, 'investigation.list', { caseFileId })).records.find((r) => r.id === id) ?? null;
}
