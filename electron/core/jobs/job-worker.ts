// Worker-thread entry for jobs: its own database connection, progress to the parent, cancel through a shared flag
// (checked between batches, so a synchronous loop can see it without yielding).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../../db/open';
import { rebuildSearch } from './search-rebuild';

export interface JobWorkerData {
  kind: string;
  params: unknown;
  dbFile: string;
  cancelFlag: SharedArrayBuffer;
}

export type JobWorkerMessage =
  | { type: 'progress'; done: number; total: number; message: string }
  | { type: 'done'; result: unknown; cancelled: boolean }
  | { type: 'failed'; message: string };

const JOBS: Record<string, typeof rebuildSearch> = {
  'search.rebuild': rebuildSearch,
};

function run(): void {
  const data = workerData as JobWorkerData;
  const post = (m: JobWorkerMessage) => parentPort!.postMessage(m);
  const flag = new Int32Array(data.cancelFlag);
  const job = JOBS[data.kind];
  if (!job) {
    post({ type: 'failed', message: `未知的任务类型：${data.kind}` });
    return;
  }
  const db = openDatabase(data.dbFile);
  try {
    let lastPost = 0;
    const result = job({
      db,
      cancelled: () => Atomics.load(flag, 0) === 1,
      progress: (done, total, message) => {
        const now = Date.now();
        if (done === total || done === 0 || now - lastPost >= 100) {
          lastPost = now;
          post({ type: 'progress', done, total, message });
        }
      },
    });
    post({ type: 'done', result, cancelled: result.cancelled });
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message });
  } finally {
    db.close();
  }
}

if (parentPort) run();
