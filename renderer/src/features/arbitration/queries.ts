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
