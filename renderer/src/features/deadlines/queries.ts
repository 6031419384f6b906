// The deadline calculator: the rules, and one computed deadline with its trace.
import type { ChannelInput } from '../../../../shared/contract/channels';
import { useChannelQuery } from '../../platform/queries';

export const useDeadlineRules = () => useChannelQuery('deadlines.rules', {});
export const useDeadline = (input: ChannelInput<'deadlines.compute'>) => useChannelQuery('deadlines.compute', input, { enabled: !!input.start });
