// The core's durability duties while it runs: backups (scheduled, manual, before a restore), their rotation, the
// weekly full integrity check, the age warning every desk sees, and restore — from the settings screen by a signed-in
// administrator, or from the startup screen when the database is lost or damaged.
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { BackupOverview, BackupStatus, BackupSummary, RecoveryStatus } from '../../../shared/contract/maintenance';
import type { backupConfigureInput, backupRestoreInput, backupRunInput, backupVerifyInput, recoveryRestoreInput } from '../../../shared/contract/maintenance';
import type { CoreEvent } from '../../../shared/contract/events';
import type { CallContext, Clock, CoreServices, MaintenanceService } from '../kernel/context';
import type { DataDirPaths } from '../kernel/data-dir';
import { invalid, ServiceError } from '../kernel/errors';
import type { Logger } from '../kernel/logger';
import { tx, writeContext, type WriteContext } from '../kernel/tx';
import { BackupPasswordError } from './backup-crypto';
import { BACKUP_KIND_LABELS, BackupError, listBackups, rotateBackups, verifyBackup, writeBackup, type BackupKind, type BackupRef } from './backup';
import { backupFolderProblem, readBackupSettings, readBackupState, updateBackupState, writeBackupSettings } from './backup-settings';
import { checkInWorker } from './integrity';
import { isBackupAdministrator, restoreBackup, type RestoreResult } from './restore';

const DAY = 24 * 60 * 60 * 1000;
/** A scheduled backup is due a day after the last good one (less an hour, so a backup drifts no later each day). */
const BACKUP_INTERVAL_MS = DAY - 60 * 60 * 1000;
const FULL_CHECK_INTERVAL_MS = 7 * DAY;
/** Failed administrator checks on the startup screen before it waits (as sign-in does: 5 failures, 15 minutes). */
const RECOVERY_MAX_FAILURES = 5;
const RECOVERY_LOCK_MS = 15 * 60 * 1000;

export interface RecoveryState {
  kind: 'lost' | 'damaged';
  message: string;
  quarantinedTo: string | null;
  storedFiles: number;
}

/** What the maintenance controller needs from the core that owns it. */
export interface MaintenanceHost {
  paths: DataDirPaths;
  clock: Clock;
  logger: Logger;
  appVersion: string;
  migrationsDir: string;
  emit(e: CoreEvent): void;
  services(): CoreServices | null;
  recovery(): RecoveryState | null;
  /** Closes the database (jobs first), runs `swap`, then opens it again; every session is signed out. */
  reopenAround<T>(swap: () => T): Promise<T>;
  /** The database was found damaged while running. */
  damaged(problems: string[]): Promise<void>;
}

export function summarize(ref: BackupRef): BackupSummary {
  const m = ref.manifest;
  return {
    id: m.id,
    kind: m.kind,
    kindLabel: BACKUP_KIND_LABELS[m.kind],
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    encrypted: m.encryption !== null,
    files: m.files.length,
    auditRows: m.audit.count,
    bytes: m.db.bytes,
    note: m.note,
  };
}

export class Maintenance implements MaintenanceService {
  private running: Promise<unknown> | null = null;
  private restoring = false;
  private recoveryFailures = 0;
  private recoveryLockedUntil = 0;

  constructor(private readonly host: MaintenanceHost) {}

  get busyRestoring(): boolean {
    return this.restoring;
  }

  private get paths() {
    return this.host.paths;
  }

  private backups(folder: string | null): BackupRef[] {
    return folder ? listBackups(folder) : [];
  }

  private systemContext(core: CoreServices, channel: string): WriteContext {
    return { db: core.db, prepare: core.prepare, now: this.host.clock.now(), actorStaffId: null, sessionId: null, channel };
  }

  status(core: CoreServices): BackupStatus {
    const settings = readBackupSettings(this.paths);
    const state = readBackupState(this.paths);
    const now = this.host.clock.now();
    const limit = settings.warnAfterDays * DAY;
    const since = state.lastGood?.at ?? (core.prepare('SELECT created_at AS at FROM installation WHERE id = 1').get() as { at: number } | undefined)?.at ?? now;
    return { lastGoodAt: state.lastGood?.at ?? null, warnAfterDays: settings.warnAfterDays, warn: now - since > limit, folderChosen: settings.folder !== null };
  }

  overview(): BackupOverview {
    const settings = readBackupSettings(this.paths);
    const state = readBackupState(this.paths);
    const folderProblem = settings.folder ? backupFolderProblem(this.paths, settings.folder) : null;
    return {
      settings,
      lastGood: state.lastGood && { at: state.lastGood.at, id: state.lastGood.id },
      lastAttempt: state.lastAttempt,
      lastIntegrityCheck: state.lastIntegrityCheck,
      folderProblem,
      backups: folderProblem ? [] : this.backups(settings.folder).map(summarize),
      running: this.running !== null,
    };
  }

  configure(call: CallContext, input: z.output<typeof backupConfigureInput>): BackupOverview {
    const problem = backupFolderProblem(this.paths, input.folder);
    if (problem) throw invalid({ folder: problem });
    const before = readBackupSettings(this.paths);
    const next = { ...input };
    tx(writeContext(call), (w) => {
      w.audit({ action: 'configure', entity: 'backupSettings', entityId: null, change: { before, after: next } });
      writeBackupSettings(this.paths, next);
    });
    return this.overview();
  }

  /** One backup now. Only one runs at a time; a second request waits for none and is refused. */
  async run(core: CoreServices, kind: BackupKind, actor: WriteContext | null, opts: { password?: string | null; note?: string | null } = {}): Promise<BackupRef> {
    const settings = readBackupSettings(this.paths);
    if (!settings.folder) throw invalid({ folder: '尚未选择备份文件夹' }, '尚未选择备份文件夹：请先在“维护”中选择另一块磁盘或U盘上的文件夹');
    const problem = backupFolderProblem(this.paths, settings.folder);
    if (problem) throw invalid({ folder: problem }, problem);
    if (this.running) throw new ServiceError('CONFLICT', '另一份备份正在进行，请等它完成');
    const now = this.host.clock.now();
    let lastEmit = 0;
    const work = writeBackup({
      db: core.db,
      paths: this.paths,
      folder: settings.folder,
      kind,
      now,
      appVersion: this.host.appVersion,
      method: 'online',
      password: opts.password ?? null,
      note: opts.note ?? null,
      progress: (stage, done, total) => {
        const t = Date.now();
        if (done === total || t - lastEmit > 200) {
          lastEmit = t;
          this.host.emit({ type: 'backup.progress', stage, done, total });
        }
      },
    });
    this.running = work;
    const ctx = actor ?? this.systemContext(core, 'system.backup');
    try {
      const ref = await work;
      updateBackupState(this.paths, { lastGood: { at: now, id: ref.manifest.id, dir: ref.dir }, lastAttempt: { at: now, ok: true, message: '备份完成并已校验' } });
      const s = summarize(ref);
      tx({ ...ctx, now: this.host.clock.now() }, (w) =>
        w.audit({ action: 'backup', entity: 'backup', entityId: s.id, change: { kind, files: s.files, bytes: s.bytes, encrypted: s.encrypted, auditRows: s.auditRows, verifyMs: ref.manifest.verified.ms } }),
      );
      if (kind === 'daily') {
        const rotated = rotateBackups(settings.folder, settings.keep);
        if (rotated.removed.length) this.host.logger.info('backups rotated', rotated);
      }
      return ref;
    } catch (e) {
      const message = e instanceof BackupError ? e.message : '备份失败，详情已记入日志';
      this.host.logger.error('backup failed', { kind, error: e instanceof Error ? e.message : String(e) });
      updateBackupState(this.paths, { lastAttempt: { at: now, ok: false, message } });
      try {
        tx({ ...ctx, now: this.host.clock.now() }, (w) => w.audit({ action: 'backupFailed', entity: 'backup', entityId: null, change: { kind, message } }));
      } catch {
        // A full disk may refuse the audit row as well; the state file and the log still say what happened.
      }
      throw new ServiceError('INTERNAL', message);
    } finally {
      this.running = null;
    }
  }

  /** A manual backup by a signed-in administrator, summarised for the settings screen. */
  backUpNow(call: CallContext, input: z.output<typeof backupRunInput>): Promise<BackupSummary> {
    return this.run(call.core, 'manual', writeContext(call), input).then(summarize);
  }

  private find(folder: string | null, id: string): BackupRef {
    const ref = this.backups(folder).find((r) => r.manifest.id === id);
    if (!ref) throw new ServiceError('NOT_FOUND', '在备份文件夹中找不到这份备份');
    return ref;
  }

  verify(call: CallContext, input: z.output<typeof backupVerifyInput>): BackupSummary {
    const ref = this.find(readBackupSettings(this.paths).folder, input.id);
    try {
      verifyBackup(ref, join(this.paths.root, 'tmp', 'verify'), input.password);
    } catch (e) {
      const message = e instanceof BackupError || e instanceof BackupPasswordError ? e.message : '校验失败，详情已记入日志';
      tx(writeContext(call), (w) => w.audit({ action: 'verifyFailed', entity: 'backup', entityId: ref.manifest.id, change: { message } }));
      throw new ServiceError(e instanceof BackupPasswordError ? 'VALIDATION' : 'INTERNAL', `备份校验未通过：${message}`, e instanceof BackupPasswordError ? { password: message } : null);
    }
    tx(writeContext(call), (w) => w.audit({ action: 'verify', entity: 'backup', entityId: ref.manifest.id, change: { ok: true } }));
    return summarize(ref);
  }

  private restoreError(e: unknown): ServiceError {
    if (e instanceof BackupPasswordError) return new ServiceError('VALIDATION', e.message, { password: e.message });
    if (e instanceof BackupError) return new ServiceError('INTERNAL', `恢复未进行：${e.message}。当前数据未改动`);
    if (e instanceof ServiceError) return e;
    this.host.logger.error('restore failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return new ServiceError('INTERNAL', '恢复失败，当前数据已放回原处。详情已记入日志');
  }

  /** Restore by a signed-in administrator: a before-restore backup first, then the swap. */
  async restore(call: CallContext, input: z.output<typeof backupRestoreInput>): Promise<RestoreResult> {
    const settings = readBackupSettings(this.paths);
    const ref = this.find(settings.folder, input.id);
    try {
      verifyBackup(ref, join(this.paths.root, 'tmp', 'verify'), input.password);
    } catch (e) {
      throw this.restoreError(e);
    }
    await this.run(call.core, 'beforeRestore', { ...writeContext(call) }, { note: `恢复 ${ref.manifest.id} 之前` });
    const staffName = (call.core.prepare('SELECT name FROM staff WHERE id = ?').get(call.session.staffId) as { name: string } | undefined)?.name ?? null;
    return this.swapIn(ref, input, { staffId: null, name: staffName, sessionId: call.session.id, via: 'ui' });
  }

  private async swapIn(ref: BackupRef, input: { password: string | null; reason: string }, actor: Parameters<typeof restoreBackup>[0]['actor']): Promise<RestoreResult> {
    if (this.restoring) throw new ServiceError('CONFLICT', '正在恢复，请稍候');
    this.restoring = true;
    try {
      const result = await this.host.reopenAround(() =>
        restoreBackup({ from: ref, paths: this.paths, now: this.host.clock.now(), migrationsDir: this.host.migrationsDir, appVersion: this.host.appVersion, password: input.password, actor, reason: input.reason }),
      );
      updateBackupState(this.paths, { lastIntegrityCheck: { at: this.host.clock.now(), ok: true, kind: 'full' } });
      this.host.logger.warn('database restored from a backup', { backup: ref.manifest.id, movedAsideTo: result.movedAsideTo, ms: result.ms });
      this.host.emit({ type: 'core.reset', reason: 'restored' });
      return { ...result, movedAsideTo: result.movedAsideTo && relative(this.paths.root, result.movedAsideTo) };
    } catch (e) {
      throw this.restoreError(e);
    } finally {
      this.restoring = false;
    }
  }

  recoveryStatus(folder: string | null): RecoveryStatus {
    const rec = this.host.recovery();
    const settings = readBackupSettings(this.paths);
    const where = folder ?? settings.folder;
    if (!rec) return { state: 'ok', message: '数据库完好', quarantinedTo: null, storedFiles: 0, folder: where, backups: [] };
    return { state: rec.kind, message: rec.message, quarantinedTo: rec.quarantinedTo, storedFiles: rec.storedFiles, folder: where, backups: this.backups(where).map(summarize) };
  }

  async recoveryRestore(input: z.output<typeof recoveryRestoreInput>): Promise<RestoreResult> {
    if (!this.host.recovery()) throw new ServiceError('CONFLICT', '数据库完好，无需在启动界面恢复；如需恢复，请由管理员登录后在“设置 › 维护”中操作');
    const now = Date.now();
    if (now < this.recoveryLockedUntil) throw new ServiceError('ACCOUNT_LOCKED', '管理员姓名或密码多次填写错误，请 15 分钟后再试');
    const ref = this.find(input.folder ?? readBackupSettings(this.paths).folder, input.id);
    let allowed: boolean;
    try {
      allowed = await isBackupAdministrator(ref, join(this.paths.root, 'tmp', 'auth'), input.adminName, input.adminPassword, input.password);
    } catch (e) {
      throw this.restoreError(e);
    }
    if (!allowed) {
      if (++this.recoveryFailures >= RECOVERY_MAX_FAILURES) {
        this.recoveryFailures = 0;
        this.recoveryLockedUntil = now + RECOVERY_LOCK_MS;
      }
      this.host.logger.warn('recovery restore refused: not an administrator of the backup', { backup: ref.manifest.id });
      throw new ServiceError('UNAUTHENTICATED', '管理员姓名或密码不正确（以所选备份中的管理员账户为准）');
    }
    this.recoveryFailures = 0;
    return this.swapIn(ref, input, { staffId: null, name: input.adminName, sessionId: null, via: 'startup' });
  }

  /** The scheduler's tick: a daily backup when due, a full integrity check weekly. Never throws. */
  async tick(): Promise<void> {
    const core = this.host.services();
    if (!core || this.host.recovery() || this.restoring || this.running) return;
    const now = this.host.clock.now();
    const settings = readBackupSettings(this.paths);
    const state = readBackupState(this.paths);
    if (settings.folder && settings.schedule === 'daily' && (!state.lastGood || now - state.lastGood.at >= BACKUP_INTERVAL_MS)) {
      // A failed attempt is retried at the next tick, not in a loop: the state file records when it was tried.
      if (!state.lastAttempt || state.lastAttempt.ok || now - state.lastAttempt.at >= 60 * 60 * 1000) {
        await this.run(core, 'daily', null).catch(() => undefined);
      }
    }
    if (!state.lastIntegrityCheck || state.lastIntegrityCheck.kind !== 'full' || now - state.lastIntegrityCheck.at >= FULL_CHECK_INTERVAL_MS) {
      const verdict = await checkInWorker(this.paths.dbFile, 'full');
      // The core closed (or a restore swapped the file) while the worker read: the verdict is not this database's any
      // more, and its data dir may be gone — nothing is recorded.
      if (this.host.services() !== core) return;
      this.host.logger.info('weekly integrity check', { ok: verdict.ok, inconclusive: verdict.inconclusive ?? false, ms: verdict.ms });
      if (verdict.inconclusive) return;
      try {
        updateBackupState(this.paths, { lastIntegrityCheck: { at: now, ok: verdict.ok, kind: 'full' } });
      } catch (e) {
        this.host.logger.error('weekly integrity check: its state could not be recorded', { error: String(e) });
      }
      if (!verdict.ok) await this.host.damaged(verdict.problems);
    }
  }
}
