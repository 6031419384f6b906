// An integrity check whose worker cannot start (a bundle without the worker beside it) is run on the calling thread:
// only SQLite's own verdict may send a database to quarantine (the crash harness found a healthy file quarantined
// because the check's worker was missing from its bundle). A worker that answers is not followed by the same check on
// the calling thread (it was, each time the worker exited: the core's thread blocked for the whole check again).
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type * as BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { freshDataDir } from '../helpers/data-dir';
import { damageMiddlePages } from '../helpers/damage';

/** How the stand-in worker behaves, and how many connections this thread opened (the fallback opens one). */
const world = vi.hoisted(() => ({ worker: 'missing' as 'missing' | 'answers', opened: 0 }));

vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof WorkerThreads>();
  const { EventEmitter } = await import('node:events');
  class StandInWorker extends EventEmitter {
    constructor() {
      super();
      setImmediate(() => {
        if (world.worker === 'answers') {
          // A worker that checked the file: its verdict, then its exit, as a real one ends.
          this.emit('message', { ok: true, problems: [], ms: 7 });
          this.emit('exit', 0);
          return;
        }
        this.emit('error', new Error("Cannot find module 'integrity-worker.js'"));
        this.emit('exit', 1);
      });
    }
  }
  return { ...real, Worker: StandInWorker };
});

vi.mock('better-sqlite3', async (original) => {
  const Real = (await original<{ default: typeof BetterSqlite3 }>()).default as unknown as new (...a: unknown[]) => object;
  class Counted extends Real {
    constructor(...args: unknown[]) {
      super(...args);
      world.opened++;
    }
  }
  return { default: Counted };
});

const { checkInWorker } = await import('../../electron/core/durability/integrity');

describe('an integrity check without its worker', () => {
  it('checks on this thread instead: a whole file passes, a damaged one still fails', async () => {
    const file = join(freshDataDir(), 'xinan.sqlite3');
    expect(await checkInWorker(file, 'quick')).toMatchObject({ ok: true });
    damageMiddlePages(file, 40);
    const damaged = await checkInWorker(file, 'full');
    expect(damaged.ok).toBe(false);
    expect(damaged.inconclusive ?? false).toBe(false);
  });

  it('a file that cannot be opened for a reason other than damage gives no verdict', async () => {
    const v = await checkInWorker(join(freshDataDir(), 'absent.sqlite3'), 'quick');
    expect(v).toMatchObject({ ok: false, inconclusive: true });
  });

  it('a worker that answers is the verdict: the file is not checked again on this thread when the worker exits', async () => {
    const file = join(freshDataDir(), 'xinan.sqlite3');
    world.worker = 'answers';
    world.opened = 0;
    try {
      expect(await checkInWorker(file, 'quick')).toEqual({ kind: 'quick', ok: true, problems: [], ms: 7 });
      // Give the exit's handler its turn, then count: nothing was opened on this thread.
      await new Promise((r) => setImmediate(r));
      expect(world.opened).toBe(0);
    } finally {
      world.worker = 'missing';
    }
  });
});
