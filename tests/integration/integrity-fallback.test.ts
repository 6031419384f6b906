// An integrity check whose worker cannot start (a bundle without the worker beside it) is run on the calling thread:
// only SQLite's own verdict may send a database to quarantine (the crash harness found a healthy file quarantined
// because the check's worker was missing from its bundle).
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { freshDataDir } from '../helpers/data-dir';
import { damageMiddlePages } from '../helpers/damage';

vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof WorkerThreads>();
  const { EventEmitter } = await import('node:events');
  class MissingWorker extends EventEmitter {
    constructor() {
      super();
      setImmediate(() => {
        this.emit('error', new Error("Cannot find module 'integrity-worker.js'"));
        this.emit('exit', 1);
      });
    }
  }
  return { ...real, Worker: MissingWorker };
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
});
