// Opens a SQLite database with the settings every connection uses.
import Database from 'better-sqlite3';
import { DatabaseError } from './errors';

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
    throw new DatabaseError('DB_UNAVAILABLE', `无法打开数据库文件：${file}（${(e as Error).message}）`, { cause: e });
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (!options.readonly) {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (String(mode).toLowerCase() !== 'wal') {
        throw new DatabaseError(
          'DB_UNAVAILABLE',
          `数据库无法启用 WAL 日志模式（当前为 ${mode}）。数据目录可能位于网络共享或只读介质上，请改用本机磁盘。`,
        );
      }
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
