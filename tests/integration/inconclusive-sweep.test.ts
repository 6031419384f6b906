// A start whose integrity check could not run (the worker failed to give a verdict) moves no stored file: the sweep
// judges the store by the database's list, and a database nobody could check is no list to judge by. The next start
// whose check runs and passes sweeps as usual.
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type * as Integrity from '../../electron/core/durability/integrity';
import { filePath, putFile } from '../../electron/core/files/file-store';
import { silentLogger } from '../../electron/core/kernel/logger';
import { MIGRATIONS_DIR, testCore, TestClock } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';

const verdicts = vi.hoisted(() => ({ inconclusive: true }));
vi.mock('../../electron/core/durability/integrity', async (original) => {
  const real = await original<typeof Integrity>();
  return {
    ...real,
    checkInWorker: async (file: string, kind: 'quick' | 'full') =>
      verdicts.inconclusive ? { ok: false, inconclusive: true, kind, problems: ['检查进程未能启动'], ms: 0 } : real.checkInWorker(file, kind),
  };
});

const { createCore } = await import('../../electron/core/index');

function start(dataDir: string) {
  const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, clock: new TestClock(), logger: silentLogger, appVersion: '0.1.0-test', passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false, startupCheck: 'worker' });
  onTestFinished(() => core.close());
  return core;
}

describe('the orphan sweep at start', () => {
  it('moves nothing when the integrity check could not run, and sweeps once a check has passed', async () => {
    const t = await testCore();
    const root = t.core.services!.config.paths.files;
    const orphan = putFile(root, Buffer.from('a file the database does not list'));
    // Two hours old: past the in-flight window, so a passing start would move it (file-store.test.ts).
    const old = (Date.now() - 2 * 3_600_000) / 1000;
    utimesSync(filePath(root, orphan), old, old);
    await t.core.close();

    verdicts.inconclusive = true;
    const first = start(t.dataDir);
    // After a clean close writes go ahead before the verdict; the sweep waits for it either way.
    await first.checksSettled();
    expect(first.startupError).toBeNull();
    expect(existsSync(filePath(root, orphan))).toBe(true);
    await first.close();

    verdicts.inconclusive = false;
    const second = start(t.dataDir);
    await second.checksSettled();
    expect(existsSync(filePath(root, orphan))).toBe(false);
    expect(existsSync(join(t.dataDir, 'quarantine', 'files', orphan))).toBe(true);
  });
});
