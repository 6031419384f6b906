// Documents: the lists of an intake's or a case file's documents, previews and stored versions, and the acts —
// issue, regenerate, void, a batch, a file handed out — each refreshing the lists it changes.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelName } from '../../../../shared/contract/channels';
import type { DocumentRequest } from '../../../../shared/contract/documents';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { invalidateChannels, useChannelQuery } from '../../platform/queries';

/** What issuing, regenerating or voiding a document changes (the core's data.changed event follows a moment later). */
// A document issued, regenerated or voided changes what is still owed to whom (services.list) as well as the lists.
const DOCUMENTS_CHANGED: readonly ChannelName[] = ['documents.list', 'cases.get', 'services.list'];

export type DocumentsOf = { intakeId: string; caseFileId?: undefined } | { caseFileId: string; intakeId?: undefined };

export const useDocumentList = (of: DocumentsOf, enabled = true) =>
  useChannelQuery('documents.list', { intakeId: of.intakeId ?? null, caseFileId: of.caseFileId ?? null }, { enabled });

/** A preview is built afresh each time it is opened: it must show the registration as it is now. Masked. */
export const useDocumentPreview = (request: DocumentRequest) =>
  useChannelQuery('documents.preview', { request, revealReason: null }, { staleTime: 0, gcTime: 0 });

/** A stored version's model; each opening is one recorded view, never refetched behind the person's back. */
export const useVersionModel = (versionId: string) => useChannelQuery('documents.model', { versionId }, { staleTime: Infinity, gcTime: 0 });

/** The preview with full numbers: an unmasking, recorded with its reason. */
export const useRevealPreview = (form?: FormBinding<'documents.preview'>) => useChannelMutation('documents.preview', form);

export const useGenerateDocument = () => useChannelMutation('documents.generate', { invalidates: DOCUMENTS_CHANGED });
export const useRegenerateDocument = () => useChannelMutation('documents.regenerate', { invalidates: DOCUMENTS_CHANGED });
export const useVoidDocument = (form?: FormBinding<'documents.void'>) => useChannelMutation('documents.void', { ...form, invalidates: DOCUMENTS_CHANGED });
export const useDocumentBatch = () => useChannelMutation('documents.batch');
/** A file handed out (recorded with its purpose: a download or a print goes on the case timeline). */
export const useDocumentFile = () => useChannelMutation('documents.file');

/** After a batch has run: the lists are asked again at once. */
export function useRefreshDocuments(): () => void {
  const client = useQueryClient();
  return useCallback(() => void invalidateChannels(client, DOCUMENTS_CHANGED), [client]);
}
