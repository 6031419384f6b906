// Integrity checks of the database file. `PRAGMA quick_check` (O(N), skips index-vs-table checks) runs at every
// start in a worker thread; the full `integrity_check` (O(N log N)) runs weekly and after a restore. Both use their
// own read-only connection, so the core keeps answering while they run (sqlite.org/pragma.html#pragma_quick_check).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../../db/open';
import type { IntegrityWorkerData, IntegrityWorkerMessage } from './integrity-worker';

export interface IntegrityVerdict {
  ok: boolean;
  kind: 'quick' | 'full';
  /** SQLite's own descriptions of what is wrong (for the log; never shown to a user as such). */
  problems: string[];
  ms: number;
}

function workerSpec(): { file: string; execArgv: string[] } {
  const built = join(__dirname, 'integrity-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  return { file: join(__dirname, 'integrity-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/** Checks a database file off the calling thread. Never rejects: a failure to check is a failed check. */
export function checkInWorker(dbFile: string, kind: 'quick' | 'full'): Promise<IntegrityVerdict> {
  return new Promise((resolve) => {
    const spec = workerSpec();
    const data: IntegrityWorkerData = { dbFile, kind };
    let settled = false;
    const done = (v: IntegrityVerdict) => {
      if (!settled) {
        settled = true;
        resolve(v);
      }
    };
    const started = Date.now();
    const worker = new Worker(spec.file, { workerData: data, execArgv: spec.execArgv });
    worker.on('message', (m: IntegrityWorkerMessage) => done({ kind, ...m }));
    worker.on('error', (e) => done({ ok: false, kind, problems: [e.message], ms: Date.now() - started }));
    worker.on('exit', (code) => done({ ok: false, kind, problems: [`检查进程退出（${code}）`], ms: Date.now() - started }));
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
    return { ok: false, kind, problems: [(e as Error).message], ms: Date.now() - started };
  }
}
