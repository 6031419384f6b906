// One program per data dir: the desktop app, the bureau server and the maintenance commands that must have the data
// dir to themselves (handover, adoption) take this lock before they open the database, and refuse with a Chinese
// message while another process holds it. SQLite in WAL mode would let two processes write the same file, but two
// cores would each keep their own sessions, number series caches and scheduled duties: the bureau's record would
// fork in all but name.
//
// The lock is an OS file lock (fcntl on Linux/macOS, LockFileEx on Windows) held by a tiny SQLite database in
// EXCLUSIVE locking mode: the operating system drops it when the process ends, however it ends, so a crash or a power
// cut never leaves a stale lock for someone to delete by hand. Who holds it is written beside it (xinan.lock.json) for
// the refusal message only; that note is never trusted to decide anything.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const LOCK_FILE_NAME = 'xinan.lock';
const HOLDER_FILE_NAME = 'xinan.lock.json';

export type LockHolderKind = 'desktop' | 'server' | 'handover' | 'adopt' | 'test';
const KIND_LABELS: Record<LockHolderKind, string> = { desktop: '薪安桌面版', server: '薪安服务器', handover: '移交命令（npm run handover）', adopt: '接收命令（adopt）', test: '测试' };

export interface LockHolder {
  kind: LockHolderKind;
  pid: number;
  host: string;
  since: number;
}

export interface InstanceLock {
  readonly holder: LockHolder;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    message: string,
    readonly holder: LockHolder | null,
  ) {
    super(message);
  }
}

function readHolder(root: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(join(root, HOLDER_FILE_NAME), 'utf8')) as LockHolder;
    return typeof h.pid === 'number' && typeof h.since === 'number' && h.kind in KIND_LABELS ? h : null;
  } catch {
    return null;
  }
}

function sinceText(t: number): string {
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The refusal: which program has the data dir (as far as its note says), and what to do. */
export function inUseMessage(root: string, holder: LockHolder | null): string {
  const who = holder ? `${KIND_LABELS[holder.kind]}（进程号 ${holder.pid}，自 ${sinceText(holder.since)} 起）` : '另一个薪安程序';
  return `数据目录 ${root} 正被${who}使用。同一数据目录不能同时由两个程序打开（桌面版与服务器也不能同时打开）：请先关闭那一个，再重试。`;
}

/**
 * Takes the data dir's lock for this process, or throws DataDirInUseError. The data dir must exist. Release it with
 * `release()` (idempotent); the operating system releases it anyway when the process ends.
 */
export function acquireInstanceLock(root: string, kind: LockHolderKind, now = Date.now()): InstanceLock {
  mkdirSync(root, { recursive: true });
  const db = new Database(join(root, LOCK_FILE_NAME), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // A write in EXCLUSIVE locking mode takes the file's exclusive lock and keeps it until the connection closes.
    db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), kind TEXT NOT NULL, pid INTEGER NOT NULL, since INTEGER NOT NULL)');
    db.prepare('INSERT OR REPLACE INTO holder (id, kind, pid, since) VALUES (1, ?, ?, ?)').run(kind, process.pid, now);
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      const holder = readHolder(root);
      throw new DataDirInUseError(inUseMessage(root, holder), holder);
    }
    throw e;
  }
  const holder: LockHolder = { kind, pid: process.pid, host: hostname(), since: now };
  try {
    writeFileSync(join(root, HOLDER_FILE_NAME), JSON.stringify(holder));
  } catch {
    // Only the refusal message's detail: the lock itself is held.
  }
  let held = true;
  return {
    holder,
    release() {
      if (!held) return;
      held = false;
      try {
        rmSync(join(root, HOLDER_FILE_NAME), { force: true });
      } finally {
        db.close();
      }
    },
  };
}
