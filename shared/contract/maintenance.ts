// Backups, restore and the recovery screen: what the administrator and the startup screen exchange with the core.
import { z } from 'zod';
import { empty, instant, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const BACKUP_KIND_VALUES = ['daily', 'manual', 'beforeMigrate', 'beforeRestore'] as const;

export const backupSummary = z.object({
  id: z.string(),
  kind: z.enum(BACKUP_KIND_VALUES),
  kindLabel: z.string(),
  createdAt: instant,
  appVersion: z.string(),
  encrypted: z.boolean(),
  files: z.number().int(),
  auditRows: z.number().int(),
  /** The database copy's size in bytes. */
  bytes: z.number().int(),
  note: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof backupSummary>;

export const backupSettings = z.object({
  folder: z.string().nullable(),
  schedule: z.enum(['daily', 'off']),
  warnAfterDays: z.number().int(),
  keep: z.object({ daily: z.number().int(), weekly: z.number().int(), monthly: z.number().int() }),
});

const lastGood = z.object({ at: instant, id: z.string() }).nullable();

/** What every desk needs: is there a recent good backup? */
export const backupStatus = z.object({
  lastGoodAt: instant.nullable(),
  warnAfterDays: z.number().int(),
  /** Older than the warning age, or none at all on an installation older than it. */
  warn: z.boolean(),
  folderChosen: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupOverview = z.object({
  settings: backupSettings,
  lastGood,
  lastAttempt: z.object({ at: instant, ok: z.boolean(), message: z.string() }).nullable(),
  lastIntegrityCheck: z.object({ at: instant, ok: z.boolean(), kind: z.enum(['quick', 'full']) }).nullable(),
  /** Why the chosen folder cannot be used right now (a USB drive not plugged in …), or null. */
  folderProblem: z.string().nullable(),
  backups: z.array(backupSummary),
  running: z.boolean(),
});
export type BackupOverview = z.infer<typeof backupOverview>;

export const backupConfigureInput = z.object({
  folder: text('备份文件夹', 500),
  schedule: z.enum(['daily', 'off']),
  warnAfterDays: z.number({ error: '请填写提醒天数' }).int('提醒天数须为整数').min(1, '提醒天数至少 1 天').max(30, '提醒天数最多 30 天'),
  keep: z.object({
    daily: z.number().int().min(1, '至少保留 1 份每日备份').max(60, '每日备份最多保留 60 份'),
    weekly: z.number().int().min(0).max(52, '每周备份最多保留 52 份'),
    monthly: z.number().int().min(0).max(120, '每月备份最多保留 120 份'),
  }),
});

const backupPassword = z
  .string()
  .min(8, '备份密码至少 8 位')
  .max(128, '备份密码不能超过 128 位')
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const backupRunInput = z.object({
  /** Encrypts the backup (for one that leaves the PC); it cannot be restored without this password. */
  password: backupPassword,
  note: optionalText('备注', 200),
});

export const backupRef = z.object({ id: z.string().min(1).max(100).regex(/^[0-9TZ]+-[A-Za-z-]+$/, '备份编号无效') });

export const backupRestoreInput = backupRef.extend({
  password: z.string().max(128).nullable().optional().transform((v) => v ?? null),
  reason: text('恢复理由', 500),
});

export const backupVerifyInput = backupRef.extend({ password: z.string().max(128).nullable().optional().transform((v) => v ?? null) });

export const restoreResult = z.object({
  backupId: z.string(),
  movedAsideTo: z.string().nullable(),
  filesRestored: z.number().int(),
  ms: z.number(),
});

/** The startup screen when the database is lost or damaged. */
export const recoveryStatus = z.object({
  state: z.enum(['ok', 'lost', 'damaged']),
  message: z.string(),
  /** The damaged or replaced database's new place, relative to the data dir. */
  quarantinedTo: z.string().nullable(),
  storedFiles: z.number().int(),
  folder: z.string().nullable(),
  backups: z.array(backupSummary),
});
export type RecoveryStatus = z.infer<typeof recoveryStatus>;

export const recoveryStatusInput = z.object({ folder: z.string().max(500).nullable().optional().transform((v) => v ?? null) });

export const recoveryRestoreInput = backupRestoreInput.extend({
  folder: z.string().max(500).nullable().optional().transform((v) => v ?? null),
  /** An administrator of the backup's own database. */
  adminName: text('管理员姓名', 50),
  adminPassword: z.string().min(1, '请填写管理员密码').max(256),
});

/** Backups and restore, on the settings screen and on the startup screen. */
export const maintenanceChannels = {
  /** Every desk: how old the last good backup is. */
  'backup.status': q(empty, backupStatus, 'signedIn'),
  'backup.overview': q(empty, backupOverview, 'maintenance.run'),
  'backup.configure': m(backupConfigureInput, backupOverview, 'maintenance.run'),
  'backup.run': m(backupRunInput, backupSummary, 'maintenance.run'),
  'backup.verify': m(backupVerifyInput, backupSummary, 'maintenance.run'),
  'backup.restore': m(backupRestoreInput, restoreResult, 'maintenance.run'),
  /** The startup screen: a lost or damaged database, and the backups that can replace it. */
  'recovery.status': q(recoveryStatusInput, recoveryStatus, 'public'),
  /** Restore while no one can sign in: the credentials are an administrator's in the backup itself. */
  'recovery.restore': m(recoveryRestoreInput, restoreResult, 'public'),
} as const satisfies ChannelTable;
