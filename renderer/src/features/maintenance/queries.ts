// Backups and restore: how old the last good backup is, the administrator's overview and acts, and the startup
// screen's restore when no one can sign in.
import type { ChannelName } from '../../../../shared/contract/channels';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

const BACKUPS_CHANGED: readonly ChannelName[] = ['backup.overview', 'backup.status'];

/** On every desk; asked rarely: a backup is daily at most. */
export const useBackupStatus = () => useChannelQuery('backup.status', {}, { staleTime: 10 * 60 * 1000, refetchInterval: 30 * 60 * 1000 });
export const useBackupOverview = () => useChannelQuery('backup.overview', {});
export const useRecoveryStatus = (folder: string | null) => useChannelQuery('recovery.status', { folder });

export const useConfigureBackup = (form?: FormBinding<'backup.configure'>) => useChannelMutation('backup.configure', { ...form, invalidates: BACKUPS_CHANGED });
export const useRunBackup = (form?: FormBinding<'backup.run'>) => useChannelMutation('backup.run', { ...form, invalidates: BACKUPS_CHANGED });
export const useVerifyBackup = () => useChannelMutation('backup.verify', { invalidates: BACKUPS_CHANGED });
/** A restore replaces the database: the core's core.reset event has everything asked again. */
export const useRestoreBackup = (form?: FormBinding<'backup.restore'>) => useChannelMutation('backup.restore', { ...form, invalidates: BACKUPS_CHANGED });
export const useRecoveryRestore = (form?: FormBinding<'recovery.restore'>) => useChannelMutation('recovery.restore', form);
