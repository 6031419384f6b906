// The referral and blacklist checklists of a case file, and the acts that change them — record a fact, propose. Each
// act refreshes the checklists, the file (a new proceeding, its timeline) and the desk at once.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const TOUCHED: readonly ChannelName[] = ['referrals.checklist', 'cases.get', 'casework.get', 'desk.summary'];
const STALE: readonly ErrorCode[] = ['CONFLICT'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export const useReferralChecklists = (caseFileId: string) => useChannelQuery('referrals.checklist', { caseFileId }, { enabled: caseFileId !== '' });
export const useRecordGround = (form?: FormBinding<'referrals.recordGround'>) => useChannelMutation('referrals.recordGround', { ...form, ...acts });
export const usePropose = () => useChannelMutation('referrals.propose', acts);
