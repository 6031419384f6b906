// Worker-thread entry for statistics requests: each on its own read-only connection, so a long period counted over a
// large database never holds the core's thread or its write connection (issue #14 §5). The thread stays up between
// requests (./stats-thread.ts ends it when idle) and answers them one at a time, in order.
import { parentPort } from 'node:worker_threads';
import { runStatRequest, withStatConnection, type StatRequest, type StatResponse } from './stats-engine';

export interface StatWorkerRequest {
  id: number;
  dbFile: string;
  request: StatRequest;
}

export type StatWorkerMessage = { id: number; ok: true; response: StatResponse; ms: number } | { id: number; ok: false; message: string };

function answer(m: StatWorkerRequest): StatWorkerMessage {
  const started = Date.now();
  try {
    const response = withStatConnection(m.dbFile, (db) => runStatRequest(db, m.request));
    return { id: m.id, ok: true, response, ms: Date.now() - started };
  } catch (e) {
    return { id: m.id, ok: false, message: (e as Error).message };
  }
}

if (parentPort) parentPort.on('message', (m: StatWorkerRequest) => parentPort!.postMessage(answer(m)));
