// The core's side of a statistics request: it runs in a worker thread on its own read-only connection
// (./stats-worker.ts), like the integrity check (durability/integrity.ts); the core's thread answers other calls and
// its write connection is never held by a statistics query. One thread serves the requests in turn and ends after a
// minute idle (an idle thread never keeps the process alive). Where no worker can start (a bundle without the worker file), the
// request runs here on a separate read-only connection — still off the write connection.
import { Worker } from 'node:worker_threads';
import { workerScript } from '../kernel/worker-script';
import { ServiceError } from '../kernel/errors';
import { runStatRequest, withStatConnection, type StatRequest, type StatResponse } from './stats-engine';
import type { StatWorkerMessage, StatWorkerRequest } from './stats-worker';

/** A month over the bench's large database counts in well under this; a stuck thread is stopped and reported. */
const TIME_LIMIT_MS = 120_000;
const IDLE_MS = 60_000;

const failed = (message: string) => new ServiceError('INTERNAL', `统计时出错，未生成报表：${message}`);

/** The request on this thread with its own read-only connection (the fallback). */
export function runStatRequestHere(dbFile: string, request: StatRequest): StatResponse {
  return withStatConnection(dbFile, (db) => runStatRequest(db, request));
}

interface Pending {
  resolve: (r: StatResponse) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
let idleTimer: NodeJS.Timeout | null = null;
const pending = new Map<number, Pending>();

function stop(reason: string): void {
  const w = worker;
  worker = null;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    pending.delete(id);
    p.reject(failed(reason));
  }
  if (w) void w.terminate();
}

function started(): Worker {
  if (worker) return worker;
  const spec = workerScript(__dirname, 'stats-worker');
  const w = new Worker(spec.file, { execArgv: spec.execArgv });
  w.unref();
  w.on('message', (m: StatWorkerMessage) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.response);
    else p.reject(failed(m.message));
    if (pending.size === 0) w.unref();
    if (pending.size === 0) idleTimer = setTimeout(() => worker === w && stop('统计线程已空闲结束'), IDLE_MS).unref();
  });
  w.on('error', (e) => worker === w && stop(e.message));
  w.on('exit', () => worker === w && stop('统计线程意外退出'));
  worker = w;
  return w;
}

export function runStatRequestInWorker(dbFile: string, request: StatRequest): Promise<StatResponse> {
  let w: Worker;
  try {
    w = started();
  } catch {
    try {
      return Promise.resolve(runStatRequestHere(dbFile, request));
    } catch (e) {
      return Promise.reject(failed((e as Error).message));
    }
  }
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (!pending.has(id)) return;
      stop(`统计超时（超过 ${TIME_LIMIT_MS / 1000} 秒），已停止；请缩短统计期间后重试`);
    }, TIME_LIMIT_MS);
    timer.unref();
    pending.set(id, { resolve, reject, timer });
    // Held while it works (a script awaiting a figure must not exit), let go when idle.
    w.ref();
    const message: StatWorkerRequest = { id, dbFile, request };
    w.postMessage(message);
  });
}
