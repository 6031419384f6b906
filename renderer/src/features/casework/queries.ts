// The case file's work panel and the acts that change it: a step, a leader's decision, the team. Each act refreshes
// what it touches at once (the core's data.changed event does too, a moment later) — and so does a refusal saying
// the panel was stale (another person acted meanwhile).
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

/**
 * What a step, an approval or a team change alters: the file, its work panel, every desk and deadline list — and the
 * tribunal and hearings a 组庭 or a 回避 decision reseats.
 */
export const CASEWORK_CHANNELS: readonly ChannelName[] = ['casework.get', 'cases.get', 'cases.list', 'desk.summary', 'deadlines.list', 'deadlines.trace', 'mediation.instalments', 'hearings.ofCase', 'hearings.list'];
/** Refusals that mean the panel showed an older state of the file. */
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const casework = { invalidates: CASEWORK_CHANNELS, staleOn: STALE };

export function useCaseWork(caseFileId: string) {
  return useChannelQuery('casework.get', { caseFileId }, { enabled: caseFileId !== '' });
}

/** A clock's computation (计算过程), asked for when the user opens it: the core recomputes it with the same engine. */
export function useDeadlineTrace(deadlineId: string) {
  return useChannelQuery('deadlines.trace', { deadlineId });
}

/** Active staff of the unit, for picking a team member. */
export function useStaffList() {
  return useChannelQuery('staff.list', { includeInactive: false });
}

export const useTakeStep = (form?: FormBinding<'proceedings.act'>) => useChannelMutation('proceedings.act', { ...form, ...casework });
export const useDecide = (form?: FormBinding<'approvals.decide'>) => useChannelMutation('approvals.decide', { ...form, ...casework });
export const useAddMember = (form?: FormBinding<'team.add'>) => useChannelMutation('team.add', { ...form, ...casework });
export const useRemoveMember = (form?: FormBinding<'team.remove'>) => useChannelMutation('team.remove', { ...form, ...casework });
export const useConfirmLeader = () => useChannelMutation('team.confirmLeader', casework);
