// Where backups go and how often, kept in a small file in the data dir rather than in the database: when the
// database is lost or damaged, the core must still know where to find the backups it offers to restore.
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { DataDirPaths } from '../kernel/data-dir';

export const backupSettingsSchema = z.object({
  /** The folder the administrator chose (another disk, a USB drive, a share); null until chosen. */
  folder: z.string().nullable(),
  /** Scheduled backups: once a day (the default once a folder is chosen), or off. */
  schedule: z.enum(['daily', 'off']),
  /** Every desk is warned when the last good backup is older than this. */
  warnAfterDays: z.number().int().min(1).max(30),
  /** Rotation of scheduled backups: the newest N daily, one per week for W weeks, one per month for M months. */
  keep: z.object({ daily: z.number().int().min(1).max(60), weekly: z.number().int().min(0).max(52), monthly: z.number().int().min(0).max(120) }),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } };

export const backupStateSchema = z.object({
  lastGood: z.object({ at: z.number(), id: z.string(), dir: z.string() }).nullable(),
  lastAttempt: z.object({ at: z.number(), ok: z.boolean(), message: z.string() }).nullable(),
  lastIntegrityCheck: z.object({ at: z.number(), ok: z.boolean(), kind: z.enum(['quick', 'full']) }).nullable(),
});
export type BackupState = z.infer<typeof backupStateSchema>;
const EMPTY_STATE: BackupState = { lastGood: null, lastAttempt: null, lastIntegrityCheck: null };

const settingsFile = (paths: DataDirPaths) => join(paths.root, 'backup-settings.json');
const stateFile = (paths: DataDirPaths) => join(paths.root, 'backup-state.json');

function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
  if (!existsSync(file)) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
  renameSync(tmp, file);
}

export function readBackupSettings(paths: DataDirPaths): BackupSettings {
  return readJson(settingsFile(paths), backupSettingsSchema, DEFAULT_BACKUP_SETTINGS);
}

export function backupSettingsExist(paths: DataDirPaths): boolean {
  return existsSync(settingsFile(paths));
}

export function writeBackupSettings(paths: DataDirPaths, settings: BackupSettings): void {
  writeJson(settingsFile(paths), settings);
}

export function readBackupState(paths: DataDirPaths): BackupState {
  return readJson(stateFile(paths), backupStateSchema, EMPTY_STATE);
}

export function updateBackupState(paths: DataDirPaths, patch: Partial<BackupState>): BackupState {
  const next = { ...readBackupState(paths), ...patch };
  writeJson(stateFile(paths), next);
  return next;
}

/** Why a folder cannot take backups, or null. A backup inside the data dir dies with the data dir's disk. */
export function backupFolderProblem(paths: DataDirPaths, folder: string): string | null {
  if (!isAbsolute(folder)) return '备份文件夹须是完整路径（例如 E:\\薪安备份 或 /media/usb/薪安备份）';
  const abs = resolve(folder);
  const rel = relative(paths.root, abs);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return '备份文件夹不能在数据目录之内：数据目录所在的磁盘损坏时，备份会一起丢失。请选择另一块磁盘或U盘';
  const relBack = relative(abs, paths.root);
  if (relBack === '' || (!relBack.startsWith('..') && !isAbsolute(relBack))) return '备份文件夹不能包含数据目录，请选择另一块磁盘或U盘上的文件夹';
  try {
    mkdirSync(abs, { recursive: true });
    const probe = join(abs, `.xinan-probe-${process.pid}`);
    writeFileSync(probe, 'ok');
    renameSync(probe, `${probe}-done`);
    unlinkSync(`${probe}-done`);
  } catch {
    return '无法在该文件夹中写入文件：请检查磁盘是否已连接、是否有写入权限';
  }
  return null;
}
