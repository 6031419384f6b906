// A case file's evidence and its workers' amounts: the lists, and the acts that change them. Each act refreshes the
// file (its timeline) at once; the core's data.changed event does too, a moment later.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['evidence.list', 'caseWorkers.get', 'cases.get'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export const useCaseEvidence = (caseFileId: string) => useChannelQuery('evidence.list', { caseFileId }, { enabled: caseFileId !== '' });
export const useCaseWorkers = (caseFileId: string) => useChannelQuery('caseWorkers.get', { caseFileId }, { enabled: caseFileId !== '' });

export const useAddEvidence = (form?: FormBinding<'evidence.add'>) => useChannelMutation('evidence.add', { ...form, ...acts });
export const useWithdrawEvidence = (form?: FormBinding<'evidence.withdraw'>) => useChannelMutation('evidence.withdraw', { ...form, ...acts });
/** Opening a file writes a line on the audit trail, and changes nothing on screen. */
export const useEvidenceFile = () => useChannelMutation('evidence.file');
/** The 证据目录 as XLSX; the export is on the audit trail. */
export const useExportEvidence = () => useChannelMutation('evidence.export');
export const useCorrectOwed = (form?: FormBinding<'caseWorkers.correctOwed'>) => useChannelMutation('caseWorkers.correctOwed', { ...form, ...acts });
