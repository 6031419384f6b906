// Brings a database to the schema this build knows, or refuses. Order of work:
// refuse a newer database → back up → foreign keys off → apply pending migrations in one transaction →
// foreign_key_check → commit → foreign keys on. A failure rolls back; nothing is ever dropped or wiped.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseError } from './errors';
import type { Db } from './open';
import { registerAuditFunctions } from './audit-rows';

export interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

export interface MigrateOptions {
  migrationsDir: string;
  /** Where the pre-migration copy goes; required whenever the database already holds a schema. */
  backupDir: string;
  appVersion: string;
  now: () => number;
}

export interface MigrateResult {
  applied: string[];
  backupFile: string | null;
}

const LEDGER = 'schema_migrations';

export function readMigrations(migrationsDir: string): Migration[] {
  const journalFile = join(migrationsDir, 'meta', '_journal.json');
  if (!existsSync(journalFile)) {
    throw new DatabaseError('DB_MIGRATION_FAILED', `找不到数据库迁移目录：${migrationsDir}`);
  }
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string }[] };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const sql = readFileSync(join(migrationsDir, `${tag}.sql`), 'utf8');
      const statements = sql
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.replace(/^--.*$/gm, '').trim() !== '');
      return { tag, hash: createHash('sha256').update(sql).digest('hex'), statements };
    });
}

interface LedgerRow {
  tag: string;
  hash: string;
  app_version: string;
}

function ledger(db: Db): LedgerRow[] {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${LEDGER} (tag TEXT PRIMARY KEY, hash TEXT NOT NULL, applied_at INTEGER NOT NULL, app_version TEXT NOT NULL)`,
  );
  return db.prepare(`SELECT tag, hash, app_version FROM ${LEDGER} ORDER BY rowid`).all() as LedgerRow[];
}

/** Checks that the database's migrations are a prefix of ours, and unchanged; returns what is pending. */
export function pendingMigrations(db: Db, known: Migration[]): Migration[] {
  const applied = ledger(db);
  for (let i = 0; i < applied.length; i++) {
    const row = applied[i];
    const mine = known[i];
    if (!mine || mine.tag !== row.tag) {
      throw new DatabaseError(
        'DB_NEWER',
        `该数据库由更新版本的薪安（${row.app_version}）创建或升级过，当前版本无法安全打开。` +
          '请安装最新版本的薪安后再打开；数据库未作任何改动。',
      );
    }
    if (mine.hash !== row.hash) {
      throw new DatabaseError(
        'DB_MIGRATION_CHANGED',
        `数据库迁移 ${row.tag} 的内容与该数据库当初执行的版本不一致，已停止打开以免损坏数据。请联系技术支持。`,
      );
    }
  }
  return known.slice(applied.length);
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

export function migrate(db: Db, options: MigrateOptions): MigrateResult {
  const known = readMigrations(options.migrationsDir);
  const pending = pendingMigrations(db, known);
  if (pending.length === 0) return { applied: [], backupFile: null };

  const hasSchema = ledger(db).length > 0;
  let backupFile: string | null = null;
  if (hasSchema) {
    mkdirSync(options.backupDir, { recursive: true });
    backupFile = join(options.backupDir, `before-migrate-${stamp(options.now())}-${pending[0].tag}.sqlite3`);
    db.prepare('VACUUM INTO ?').run(backupFile);
  }

  // SQL functions a migration may call (0060: the audit rows' ids re-encoded).
  registerAuditFunctions(db);
  db.pragma('foreign_keys = OFF');
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const record = db.prepare(`INSERT INTO ${LEDGER} (tag, hash, applied_at, app_version) VALUES (?, ?, ?, ?)`);
      for (const m of pending) {
        for (const statement of m.statements) db.exec(statement);
        record.run(m.tag, m.hash, options.now(), options.appVersion);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new DatabaseError('DB_MIGRATION_FAILED', `数据库升级后发现 ${broken.length} 处外键不一致，已撤销本次升级。`);
      }
      db.pragma(`user_version = ${known.length}`);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      if (e instanceof DatabaseError) throw e;
      throw new DatabaseError(
        'DB_MIGRATION_FAILED',
        `数据库升级失败，已撤销，原数据未改动${backupFile ? '（升级前的副本在数据目录的 backups 文件夹中）' : ''}。详情已记入日志，请联系技术支持`,
        { cause: e },
      );
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { applied: pending.map((m) => m.tag), backupFile };
}
