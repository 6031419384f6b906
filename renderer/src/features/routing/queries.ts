// Routing's data and acts: the desk's choices of department and unit, a department's inbox (keyset paged), an
// intake's routings, the leader's awaiting-transfer list; 签收, 退回 and 重新分办.
import type { ChannelName } from '../../../../shared/contract/channels';
import type { InboxView } from '../../../../shared/contract/routing';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery, useKeysetQuery } from '../../platform/queries';

/** What 签收, 退回 or 重新分办 moves: the inboxes, the intake and its routings, the file and its steps, the desks. */
const TOUCHED: readonly ChannelName[] = ['routing.inbox', 'routing.ofIntake', 'routing.transfers', 'intakes.list', 'intakes.get', 'cases.get', 'cases.list', 'casework.get', 'desk.summary'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export type InboxDue = 'overdue' | 'dueSoon' | null;

export function useInbox(departmentId: string | null, view: InboxView, due: InboxDue, urgentOnly: boolean) {
  return useKeysetQuery('routing.inbox', { departmentId, view, due, urgentOnly, limit: 50 });
}

export function useRoutingOptions() {
  return useChannelQuery('routing.options', {});
}

export function useIntakeRoutings(intakeId: string) {
  return useChannelQuery('routing.ofIntake', { intakeId }, { enabled: intakeId !== '' });
}

export function useTransfers() {
  return useKeysetQuery('routing.transfers', { limit: 50 });
}

export const useAcceptRouting = () => useChannelMutation('routing.accept', acts);
export const useReturnRouting = (form?: FormBinding<'routing.return'>) => useChannelMutation('routing.return', { ...form, ...acts });
export const useReroute = (form?: FormBinding<'routing.reroute'>) => useChannelMutation('routing.reroute', { ...form, ...acts });
