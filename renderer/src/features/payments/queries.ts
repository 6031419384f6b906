// Wages paid on a case file (支付情况): the list, and the acts that change it — record a payment, a batch or a receipt
// against it, money held for a worker who cannot be found, an 应急周转金 recovery, a void; a receipt's scan. Each act
// refreshes the payments, the workers' table and the file's timeline at once.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['payments.list', 'caseWorkers.get', 'cases.get', 'desk.summary', 'mediation.instalments'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export const useFilePayments = (caseFileId: string) => useChannelQuery('payments.list', { caseFileId }, { enabled: caseFileId !== '' });

export const useRecordPayment = (form?: FormBinding<'payments.record'>) => useChannelMutation('payments.record', { ...form, ...acts });
export const useHoldWages = (form?: FormBinding<'payments.hold'>) => useChannelMutation('payments.hold', { ...form, ...acts });
export const useRecordRecovery = (form?: FormBinding<'payments.recover'>) => useChannelMutation('payments.recover', { ...form, ...acts });
export const useVoidPayment = (form?: FormBinding<'payments.void'>) => useChannelMutation('payments.void', { ...form, ...acts });
/** A receipt's scan; the view is on the audit trail, nothing on screen changes. */
export const usePaymentScan = () => useChannelMutation('payments.scan');
