// Integrity checks of the database file. `PRAGMA quick_check` (O(N), skips index-vs-table checks) runs at every
// start in a worker thread; the full `integrity_check` (O(N log N)) runs weekly and after a restore. Both use their
// own read-only connection, so the core keeps answering while they run (sqlite.org/pragma.html#pragma_quick_check).
import { Worker } from 'node:worker_threads';
import { workerScript } from '../kernel/worker-script';
import Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { IntegrityWorkerData, IntegrityWorkerMessage } from './integrity-worker';

export interface IntegrityVerdict {
  ok: boolean;
  /**
   * The check could not be run at all (its worker did not start, the file could not be opened for a reason that is
   * not damage): nothing is known about the file, and nothing may be done to it on this verdict.
   */
  inconclusive?: boolean;
  kind: 'quick' | 'full';
  /** SQLite's own descriptions of what is wrong (for the log; never shown to a user as such). */
  problems: string[];
  ms: number;
}

function isDamage(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** The check on this thread with its own read-only connection: the fallback when no worker can be started. */
export function checkFile(dbFile: string, kind: 'quick' | 'full'): IntegrityVerdict {
  const started = Date.now();
  let db: Db;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
  } catch (e) {
    return { ok: false, inconclusive: !isDamage(e), kind, problems: [(e as Error).message], ms: Date.now() - started };
  }
  try {
    return checkNow(db, kind);
  } finally {
    db.close();
  }
}

/**
 * Checks a database file off the calling thread. Never rejects. Only SQLite's own verdict fails a file: a worker that
 * cannot start (a bundle without the worker beside it) falls back to checking on this thread.
 */
export function checkInWorker(dbFile: string, kind: 'quick' | 'full'): Promise<IntegrityVerdict> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (v: IntegrityVerdict) => {
      if (!settled) {
        settled = true;
        resolve(v);
      }
    };
    let worker: Worker;
    try {
      const spec = workerScript(__dirname, 'integrity-worker');
      const data: IntegrityWorkerData = { dbFile, kind };
      worker = new Worker(spec.file, { workerData: data, execArgv: spec.execArgv });
    } catch {
      done(checkFile(dbFile, kind));
      return;
    }
    worker.on('message', (m: IntegrityWorkerMessage) => done({ kind, ...m }));
    // Only a worker that ended without its verdict is replaced by the check on this thread. Every worker exits after
    // answering, and a fallback evaluated before asking whether the answer had come ran the whole check a second time
    // on the core's own thread (50 s of quick_check at 1,000,000 intakes, the core frozen a minute after each start).
    const fallBack = () => {
      if (!settled) done(checkFile(dbFile, kind));
    };
    worker.on('error', fallBack);
    worker.on('exit', fallBack);
  });
}

/** The same check on an open connection, synchronously (before a migration, on a backup copy, in the CLI). */
export function checkNow(db: Db, kind: 'quick' | 'full'): IntegrityVerdict {
  const started = Date.now();
  try {
    const rows = db.pragma(`${kind === 'full' ? 'integrity_check' : 'quick_check'}(20)`) as Record<string, string>[];
    const problems = rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
    return { ok: problems.length === 0, kind, problems, ms: Date.now() - started };
  } catch (e) {
    // SQLITE_CORRUPT/NOTADB is a verdict; SQLITE_BUSY, an I/O error or an interrupted check says nothing of the file.
    return { ok: false, inconclusive: !isDamage(e), kind, problems: [(e as Error).message], ms: Date.now() - started };
  }
}
