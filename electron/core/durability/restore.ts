// Restore: verify the backup first, move the current database aside (never delete it), put the backup's database in
// its place, bring back any stored file the restored rows name that the file store lacks (from the backup, or from
// the quarantine folder), upgrade it if it is older, check it in full, and record the restore on its audit trail.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../../../db/audit-chain';
import { migrate } from '../../../db/migrate';
import { openDatabase } from '../../../db/open';
import { statementCache } from '../../../db/statements';
import { verifyPassword } from '../accounts/passwords';
import type { DataDirPaths } from '../kernel/data-dir';
import { filePath, putFile, sha256 } from '../files/file-store';
import { tx } from '../kernel/tx';
import { unlockKey } from './backup-crypto';
import { BackupError, backupFileBytes, extractDatabase, verifyBackup, type BackupRef } from './backup';
import { checkNow } from './integrity';
import { quarantineDatabase, quarantinedFilesDir } from './quarantine';

export interface RestoreOptions {
  from: BackupRef;
  paths: DataDirPaths;
  now: number;
  migrationsDir: string;
  appVersion: string;
  password?: string | null;
  /** Who restored and why, for the restored database's audit trail. */
  actor: { staffId: string | null; name: string | null; sessionId: string | null; via: 'ui' | 'startup' | 'cli' };
  reason: string;
}

export interface RestoreResult {
  backupId: string;
  /** Where the database that was replaced now is (null when there was none). */
  movedAsideTo: string | null;
  filesRestored: number;
  integrityMs: number;
  ms: number;
}

/**
 * Whether `name`/`password` is an administrator account of the backup's own database: restoring from the startup
 * screen (no one can sign in to a lost or damaged database) needs the credentials that were valid in the backup.
 */
export async function isBackupAdministrator(ref: BackupRef, scratch: string, name: string, password: string, backupPassword?: string | null): Promise<boolean> {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `auth-${randomUUID()}.sqlite3`);
  extractDatabase(ref, file, backupPassword);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare(
          `SELECT a.password_hash AS hash FROM staff s JOIN accounts a ON a.staff_id = s.id
           JOIN staff_roles r ON r.staff_id = s.id AND r.role = 'admin' WHERE s.name = ? AND s.active = 1`,
        )
        .all(name) as { hash: string }[];
      for (const r of rows) if (await verifyPassword(r.hash, password)) return true;
      return false;
    } finally {
      db.close();
    }
  } finally {
    rmSync(file, { force: true });
  }
}

export function restoreBackup(o: RestoreOptions): RestoreResult {
  const started = Date.now();
  const scratch = join(o.paths.root, 'tmp', `restore-${randomUUID()}`);
  mkdirSync(scratch, { recursive: true });
  try {
    verifyBackup(o.from, scratch, o.password);
    const key = o.from.manifest.encryption ? unlockKey(o.password ?? '', o.from.manifest.encryption) : null;
    const incoming = join(scratch, 'incoming.sqlite3');
    extractDatabase(o.from, incoming, o.password);

    const hadDb = existsSync(o.paths.dbFile);
    const movedAsideTo = hadDb ? quarantineDatabase(o.paths, 'replaced', o.now) : null;
    renameSync(incoming, o.paths.dbFile);
    try {
      const filesRestored = restoreFiles(o, key);
      return finish(o, { movedAsideTo, filesRestored, started });
    } catch (e) {
      // The restored copy failed after it took the database's place: put it aside and the previous database back.
      quarantineDatabase(o.paths, 'failed-restore', o.now);
      if (movedAsideTo) for (const suffix of ['', '-wal', '-shm']) {
        const moved = join(movedAsideTo, basename(o.paths.dbFile) + suffix);
        if (existsSync(moved)) renameSync(moved, o.paths.dbFile + suffix);
      }
      throw e;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function restoreFiles(o: RestoreOptions, key: Buffer | null): number {
  {
    // Stored files the restored rows name: keep an intact copy, else take it from the backup or the quarantine.
    let filesRestored = 0;
    const quarantined = quarantinedFilesDir(o.paths);
    for (const f of o.from.manifest.files) {
      const path = filePath(o.paths.files, f.sha256);
      if (existsSync(path) && sha256(readFileSync(path)) === f.sha256) continue;
      const q = join(quarantined, f.sha256);
      const bytes = existsSync(q) && sha256(readFileSync(q)) === f.sha256 ? readFileSync(q) : backupFileBytes(o.from, f.sha256, key);
      putFile(o.paths.files, bytes);
      filesRestored++;
    }
    return filesRestored;
  }
}

function finish(o: RestoreOptions, r: { movedAsideTo: string | null; filesRestored: number; started: number }): RestoreResult {
  const { movedAsideTo, filesRestored, started } = r;
  {
    const db = openDatabase(o.paths.dbFile);
    try {
      migrate(db, { migrationsDir: o.migrationsDir, backupDir: o.paths.backups, appVersion: o.appVersion, now: () => o.now });
      const check = checkNow(db, 'full');
      if (!check.ok) throw new BackupError('恢复后的数据库未通过完整性检查，请换一份备份');
      const prepare = statementCache(db);
      tx({ db, prepare, now: o.now, actorStaffId: o.actor.staffId, sessionId: o.actor.sessionId, channel: 'maintenance.restore' }, (w) => {
        w.audit({
          action: 'restore',
          entity: 'backup',
          entityId: o.from.manifest.id,
          change: {
            backupCreatedAt: o.from.manifest.createdAt,
            backupKind: o.from.manifest.kind,
            auditHeadSeq: o.from.manifest.audit.headSeq,
            by: o.actor.name,
            via: o.actor.via,
            reason: o.reason,
            movedAside: movedAsideTo ? movedAsideTo.slice(o.paths.root.length + 1) : null,
            filesRestored,
          },
        });
      });
      const chain = verifyAuditChain(db);
      if (!chain.intact) throw new BackupError(`恢复后的审计记录链不完整：${chain.message}`);
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { backupId: o.from.manifest.id, movedAsideTo, filesRestored, integrityMs: check.ms, ms: Date.now() - started };
    } finally {
      db.close();
    }
  }
}
