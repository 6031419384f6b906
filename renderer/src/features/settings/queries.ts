// Settings: the administrator's acts, each refreshing what it changed.
import { useChannelMutation } from '../../platform/mutations';

export const useStartSearchRebuild = () => useChannelMutation('jobs.start');
