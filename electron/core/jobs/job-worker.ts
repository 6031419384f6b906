// Worker-thread entry for jobs: its own database connection, progress to the parent, cancel through a shared flag
// (checked between batches, so a synchronous loop can see it without yielding).
import { parentPort, workerData } from 'node:worker_threads';
import { dirname } from 'node:path';
import { openDatabase } from '../../../db/open';
import { runDocumentBatch, type BatchJobContext } from '../documents/documents-batch';
import { recomputeDeadlines, type RecomputeParams } from '../deadlines/recompute';
import { reclaimFreeSpace } from '../../../db/reclaim';
import { makeMissingThumbnails } from './photo-thumbnails';
import { rebuildSearch } from './search-rebuild';
import { runStatReportJob } from '../statistics/stats-job';

export interface JobWorkerData {
  kind: string;
  params: unknown;
  dbFile: string;
  cancelFlag: SharedArrayBuffer;
  actor: { staffId: string | null; sessionId: string | null };
  documentBodyFont: string | null | undefined;
  /** The core's clock minus the wall clock when the job started: the job's records are dated on the core's clock. */
  clockOffsetMs: number;
}

export type JobWorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; done: number; total: number; message: string }
  | { type: 'done'; result: unknown; cancelled: boolean }
  | { type: 'failed'; message: string };

type Job = (ctx: BatchJobContext, params: unknown) => { cancelled: boolean } | Promise<{ cancelled: boolean }>;

const JOBS: Record<string, Job> = {
  'search.rebuild': (ctx) => rebuildSearch(ctx),
  'documents.batch': runDocumentBatch,
  // The trace compaction at the end of a recompute frees pages: the file is made to shrink (db/reclaim.ts).
  'deadlines.recompute': (ctx, params) => {
    let last = { done: 0, total: 0 };
    const result = recomputeDeadlines({ ...ctx, progress: (done, total, message) => ctx.progress((last = { done, total }).done, total, message) }, params as RecomputeParams);
    if (result.cancelled) return result;
    ctx.progress(last.done, last.total, '正在整理数据库文件，归还空闲空间');
    const reclaimed = reclaimFreeSpace(ctx.db, ctx.db.name);
    ctx.progress(last.done, last.total, 'reason' in reclaimed ? `数据库文件未整理：${reclaimed.reason}` : `数据库文件已整理：${mb(reclaimed.bytesBefore)} → ${mb(reclaimed.bytesAfter)}`);
    return { ...result, reclaimed };
  },
  'photos.thumbnails': (ctx) => makeMissingThumbnails(ctx),
  // Read-only: it opens its own read-only connection on the same file.
  'statistics.report': runStatReportJob,
};

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function run(): Promise<void> {
  const data = workerData as JobWorkerData;
  const post = (m: JobWorkerMessage) => parentPort!.postMessage(m);
  const flag = new Int32Array(data.cancelFlag);
  const job = JOBS[data.kind];
  if (!job) {
    post({ type: 'failed', message: `未知的任务类型：${data.kind}` });
    return;
  }
  post({ type: 'started' });
  const db = openDatabase(data.dbFile);
  try {
    let lastPost = 0;
    const result = await job({
      db,
      actor: data.actor,
      dataDir: dirname(data.dbFile),
      documentBodyFont: data.documentBodyFont,
      now: () => Date.now() + data.clockOffsetMs,
      cancelled: () => Atomics.load(flag, 0) === 1,
      progress: (done, total, message) => {
        const now = Date.now();
        if (done === total || done === 0 || now - lastPost >= 100) {
          lastPost = now;
          post({ type: 'progress', done, total, message });
        }
      },
    }, data.params);
    post({ type: 'done', result, cancelled: result.cancelled });
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message });
  } finally {
    db.close();
  }
}

if (parentPort) void run();
