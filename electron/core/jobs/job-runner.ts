// Runs long work in worker threads, each with its own database connection, so dispatch never blocks:
// start → progress events → finished (succeeded, failed or cancelled). Start and outcome are audited.
import { Worker } from 'node:worker_threads';
import { workerScript } from '../kernel/worker-script';
import type { JobInfo } from '../../../shared/contract/jobs';
import { JOB_KIND_LABELS, type JOB_KINDS } from '../../../shared/contract/jobs';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import type { Clock, JobActor, Jobs, JobViewer } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { Logger } from '../kernel/logger';
import { tx } from '../kernel/tx';
import type { JobWorkerData, JobWorkerMessage } from './job-worker';

type JobKind = (typeof JOB_KINDS)[number];

interface Running {
  info: JobInfo;
  actor: JobActor;
  worker: Worker | null;
  cancelFlag: Int32Array;
  finished: Promise<void>;
  /** The worker has loaded its code and is about to open the database (until then it can be stopped with nothing to lose). */
  started: boolean;
}

/** What a finished job's audit row keeps of its result: a report is kept by its digest (its tables are a recount away). */
function auditedResult(info: JobInfo): JobInfo['result'] {
  if (info.kind !== 'statistics.report') return info.result;
  const r = info.result as { report?: { digest?: string; period?: unknown; unit?: unknown } | null } | null;
  return r?.report ? { digest: r.report.digest ?? null, period: (r.report.period ?? null) as JobInfo['result'], unit: (r.report.unit ?? null) as JobInfo['result'] } : null;
}

/** The word a job's count is in: papers, tables, rows. */
const COUNTED_IN: Partial<Record<JobKind, string>> = { 'documents.batch': '份', 'statistics.report': '步' };

export class JobRunner implements Jobs {
  private readonly jobs = new Map<string, Running>();

  constructor(
    private readonly opts: { db: Db; prepare: Prepare; dbFile: string; clock: Clock; logger: Logger; emit: (e: CoreEvent) => void; documentBodyFont?: string | null },
  ) {}

  private audit(actor: JobActor, channel: string, action: string, info: JobInfo): void {
    tx(
      { db: this.opts.db, prepare: this.opts.prepare, now: this.opts.clock.now(), actorStaffId: actor.staffId, sessionId: actor.sessionId, channel },
      (w) => w.audit({ action, entity: 'job', entityId: info.id, change: { kind: info.kind, status: info.status, done: info.done, total: info.total, result: auditedResult(info) } }),
    );
  }

  start(kind: JobKind, params: unknown, actor: JobActor): JobInfo {
    const id = newId(this.opts.clock.now());
    const info: JobInfo = {
      id,
      kind,
      status: 'running',
      done: 0,
      total: 0,
      message: `${JOB_KIND_LABELS[kind]}：正在启动`,
      startedAt: this.opts.clock.now(),
      finishedAt: null,
      result: null,
      error: null,
    };
    this.audit(actor, 'jobs.start', 'start', info);
    const cancelBuffer = new SharedArrayBuffer(4);
    const spec = workerScript(__dirname, 'job-worker');
    const data: JobWorkerData = {
      kind,
      params,
      dbFile: this.opts.dbFile,
      cancelFlag: cancelBuffer,
      actor,
      documentBodyFont: this.opts.documentBodyFont,
      clockOffsetMs: this.opts.clock.now() - Date.now(),
    };
    const worker = new Worker(spec.file, { workerData: data, execArgv: spec.execArgv });
    let settle!: () => void;
    const running: Running = { info, actor, worker, cancelFlag: new Int32Array(cancelBuffer), finished: new Promise((r) => (settle = r)), started: false };
    this.jobs.set(id, running);

    const finish = (status: JobInfo['status'], patch: Partial<JobInfo>) => {
      if (running.info.status !== 'running') return;
      running.info = { ...running.info, ...patch, status, finishedAt: this.opts.clock.now() };
      running.worker = null;
      try {
        this.audit(actor, 'jobs.finish', status, running.info);
      } catch (e) {
        this.opts.logger.error('job audit failed', { jobId: id, error: String(e) });
      }
      this.opts.emit({ type: 'job.finished', job: running.info });
      // A report changes nothing: no data.changed.
      if (kind !== 'statistics.report' && (status === 'succeeded' || (status === 'cancelled' && kind === 'documents.batch'))) {
        this.opts.emit({ type: 'data.changed', entity: kind === 'documents.batch' ? 'document' : kind === 'photos.thumbnails' ? 'caseFile' : 'search', id: null });
      }
      settle();
    };
    worker.on('message', (m: JobWorkerMessage) => {
      if (m.type === 'started') running.started = true;
      else if (m.type === 'progress') {
        running.info = { ...running.info, done: m.done, total: m.total, message: m.message };
        this.opts.emit({ type: 'job.progress', job: running.info });
      } else if (m.type === 'done') {
        const result = (m.result ?? null) as JobInfo['result'];
        const unit = COUNTED_IN[kind] ?? '条';
        if (m.cancelled) finish('cancelled', { result, message: `${JOB_KIND_LABELS[kind]}已取消，已处理 ${running.info.done} ${unit}` });
        else finish('succeeded', { result, done: running.info.total, message: `${JOB_KIND_LABELS[kind]}完成，共 ${running.info.total} ${unit}` });
      } else {
        finish('failed', { error: { code: 'INTERNAL', message: `${JOB_KIND_LABELS[kind]}失败：${m.message}`, fields: null }, message: '任务失败' });
      }
    });
    worker.on('error', (e) => {
      this.opts.logger.error('job worker error', { jobId: id, error: String(e) });
      finish('failed', { error: { code: 'INTERNAL', message: `${JOB_KIND_LABELS[kind]}失败：${e.message}`, fields: null }, message: '任务失败' });
    });
    worker.on('exit', (code) => {
      if (running.info.status === 'running') {
        finish(Atomics.load(running.cancelFlag, 0) === 1 ? 'cancelled' : 'failed', {
          message: code === 0 ? '任务已结束' : `任务进程异常退出（${code}）`,
        });
      }
    });
    return info;
  }

  /** A job is seen by the person who started it, or by whoever may run maintenance; to anyone else it does not exist. */
  private visible(id: string, caller: JobViewer): Running {
    const job = this.jobs.get(id);
    if (!job || (!caller.maintains && job.actor.staffId !== caller.staffId)) throw notFound('任务');
    return job;
  }

  get(id: string, caller: JobViewer = { staffId: null, maintains: true }): JobInfo {
    return this.visible(id, caller).info;
  }

  /** Asks the job to stop at its next batch; if it does not within 10 s, its thread is terminated. */
  cancel(id: string, caller: JobViewer = { staffId: null, maintains: true }): JobInfo {
    const job = this.visible(id, caller);
    if (job.info.status !== 'running') return job.info;
    Atomics.store(job.cancelFlag, 0, 1);
    const worker = job.worker;
    const timer = setTimeout(() => void worker?.terminate(), 10_000);
    void job.finished.then(() => clearTimeout(timer));
    job.info = { ...job.info, message: '正在取消…' };
    return job.info;
  }

  /** Waits for a job to finish (tests, shutdown). */
  async wait(id: string): Promise<JobInfo> {
    const job = this.jobs.get(id);
    if (!job) throw notFound('任务');
    await job.finished;
    return job.info;
  }

  async close(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.info.status === 'running');
    for (const j of running) Atomics.store(j.cancelFlag, 0, 1);
    // A worker still loading its code has opened nothing yet: it is stopped at once, not waited for (the flag it would
    // see only after loading). One that has started gets its chance to stop between batches.
    await Promise.all(running.filter((j) => !j.started).map((j) => j.worker?.terminate()));
    await Promise.all(running.map((j) => Promise.race([j.finished, new Promise((r) => setTimeout(r, 5_000))])));
    await Promise.all(running.map((j) => j.worker?.terminate()));
  }
}
