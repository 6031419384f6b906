// Service (送达) of a case file's documents: what each document still owes to whom, and the acts — record a service,
// void one, see a proof. Each act refreshes the documents panel, the file's timeline and its deadlines at once.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

/** What a service moves: the documents panel, the file's timeline, its clocks on every desk and its hearings (a late notice). */
const TOUCHED: readonly ChannelName[] = ['services.list', 'documents.list', 'cases.get', 'casework.get', 'deadlines.list', 'desk.summary', 'hearings.ofCase', 'hearings.list'];
const STALE: readonly ErrorCode[] = ['CONFLICT'];

export const useFileServices = (caseFileId: string, enabled = true) => useChannelQuery('services.list', { caseFileId }, { enabled });

/** Active staff of the unit, for who served it. */
export const useServers = () => useChannelQuery('staff.list', { includeInactive: false });

export const useRecordService = (form?: FormBinding<'services.record'>) => useChannelMutation('services.record', { ...form, invalidates: TOUCHED, staleOn: STALE });
export const useVoidService = (form?: FormBinding<'services.void'>) => useChannelMutation('services.void', { ...form, invalidates: TOUCHED, staleOn: STALE });
/** The 送达回证 of a document for a recipient, issued as a document of the file (then printed from the panel). */
export const useServiceReceipt = (form?: FormBinding<'services.receipt'>) => useChannelMutation('services.receipt', { ...form, invalidates: TOUCHED });
/** A proof's file, its view on the audit trail. */
export const useServiceProof = () => useChannelMutation('services.proof');
/** One act of service for several documents (批量登记送达): all recorded, or none. */
export const useRecordServiceBatch = (form?: FormBinding<'services.recordBatch'>) => useChannelMutation('services.recordBatch', { ...form, invalidates: TOUCHED, staleOn: STALE });
