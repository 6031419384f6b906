// Worker-thread entry for an integrity check on its own read-only connection: the core answers reads and draws the
// first screen while SQLite walks the file, and only writes wait for the verdict (see durability/integrity.ts).
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export interface IntegrityWorkerData {
  dbFile: string;
  kind: 'quick' | 'full';
}

export type IntegrityWorkerMessage = { ok: boolean; inconclusive?: boolean; problems: string[]; ms: number };

function run(): IntegrityWorkerMessage {
  const data = workerData as IntegrityWorkerData;
  const started = Date.now();
  try {
    const db = new Database(data.dbFile, { readonly: true, fileMustExist: true });
    try {
      // Up to 20 messages: enough to describe the damage in the log, never a flood.
      const rows = db.pragma(`${data.kind === 'full' ? 'integrity_check' : 'quick_check'}(20)`) as Record<string, string>[];
      const problems = rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
      return { ok: problems.length === 0, problems, ms: Date.now() - started };
    } finally {
      db.close();
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const damage = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
    return { ok: false, inconclusive: !damage, problems: [(e as Error).message], ms: Date.now() - started };
  }
}

if (parentPort) parentPort.postMessage(run());
