// Opens a SQLite database with the settings every connection uses.
import Database from 'better-sqlite3';
import { DatabaseError } from './errors';
import { registerAuditFunctions } from './audit-rows';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds a writer waits for another writer before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * WAL (readers never block the writer), synchronous=FULL (better-sqlite3 defaults WAL to NORMAL, which can
 * lose the last commits on power loss), foreign keys on, and a busy timeout for the jobs' second connection.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    // The user reads what to do; the file and SQLite's own words go to the log with the cause.
    throw new DatabaseError('DB_UNAVAILABLE', '无法打开数据目录中的数据库文件（xinan.sqlite3）：请检查磁盘是否可用、文件是否被其他程序占用或权限是否足够。详情已记入日志', { cause: e });
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // A new file is made able to give freed pages back without a rewrite (db/reclaim.ts); only before its first table.
    if (!options.readonly && Number(db.pragma('page_count', { simple: true })) === 0) db.pragma('auto_vacuum = INCREMENTAL');
    if (!options.readonly) {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (String(mode).toLowerCase() !== 'wal') {
        throw new DatabaseError(
          'DB_UNAVAILABLE',
          `数据库无法启用预写日志（WAL）模式。数据目录可能位于网络共享或只读介质上，请改用本机磁盘。`,
          { cause: new Error(`journal_mode is ${String(mode)}`) },
        );
      }
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The audit trail's SQL functions (db/audit-rows.ts: an id's stored form, for filters on the entity index).
    registerAuditFunctions(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
