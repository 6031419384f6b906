// Start-up at scale (issue #15 item 5): after a clean close, a large database's quick_check no longer holds the first
// save — it still runs at every start, and a failed check still stops writing (durability/clean-close.ts).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { tx } from '../../electron/core/kernel/tx';
import { CLEAN_CLOSE_FILE, recordCleanClose, takeCleanClose } from '../../electron/core/durability/clean-close';
import { ADMIN, clientFor, MIGRATIONS_DIR, testCore, TestClock } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { damageMiddlePages } from '../helpers/damage';
import { emptyDataDir } from '../helpers/data-dir';

function start(dataDir: string, extra: Partial<CoreOptions> = {}): Core {
  const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, clock: new TestClock(), logger: silentLogger, appVersion: '0.1.0-test', passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false, startupCheck: 'worker', ...extra });
  onTestFinished(() => core.close());
  return core;
}

/** Whether writes may go ahead now: a settled promise's reaction runs before the next macrotask, a pending one's not. */
async function writesGoAhead(core: Core): Promise<boolean> {
  return Promise.race([core.writesReady.then(() => true), new Promise<boolean>((r) => setImmediate(() => r(false)))]);
}

/** Audit filler so the middle of the file is data that no start reads (as in durability.test.ts). */
function fill(core: Core): void {
  const s = core.services!;
  tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
    for (let i = 0; i < 2000; i++) w.audit({ action: 'test', entity: 'filler', entityId: String(i), change: { filler: 'x'.repeat(1000) } });
  });
}

const mark = (dataDir: string) => join(dataDir, CLEAN_CLOSE_FILE);

describe('the clean-close mark', () => {
  it('is written by a clean close, taken by the next start, and trusted only while the file is as it was left', () => {
    const dir = emptyDataDir();
    const db = join(dir, 'xinan.sqlite3');
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'noMark' });
    writeFileSync(db, Buffer.alloc(8192, 1));
    expect(recordCleanClose(dir, db, 1)).toBe(true);
    expect(takeCleanClose(dir, db)).toEqual({ trusted: true });
    expect(existsSync(mark(dir))).toBe(false);
    // Taken once: a second start without a close is not clean.
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'noMark' });

    recordCleanClose(dir, db, 2);
    writeFileSync(db, Buffer.alloc(12288, 1));
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'changed' });

    recordCleanClose(dir, db, 3);
    writeFileSync(`${db}-wal`, 'frames written after the mark');
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'wal' });
    rmSync(`${db}-wal`);

    writeFileSync(mark(dir), '{"v":1,"size":');
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'unreadable' });
    expect(existsSync(mark(dir))).toBe(false);

    recordCleanClose(dir, db, 4);
    rmSync(db);
    expect(takeCleanClose(dir, db)).toEqual({ trusted: false, reason: 'noFile' });
  });
});

describe('start-up after a clean close', () => {
  it('lets writes go ahead while the check runs in the background, and the check still runs and sweeps', async () => {
    const t = await testCore();
    await t.core.close();
    expect(existsSync(mark(t.dataDir))).toBe(true);

    const core = start(t.dataDir);
    expect(core.startupError).toBeNull();
    expect(existsSync(mark(t.dataDir))).toBe(false);
    expect(core.startup.quickCheck).toBe('background');
    expect(await writesGoAhead(core)).toBe(true);
    const admin = clientFor(core);
    const signIn = await admin.invoke('session.login', { staffId: t.staff[ADMIN.name], password: ADMIN.password } as never);
    expect(signIn.ok).toBe(true);
    await core.checksSettled();
    expect(core.startup.afterCheck.quickCheckInWorker).toBeGreaterThanOrEqual(0);
    expect(core.startup.afterCheck.sweepFiles).toBeGreaterThanOrEqual(0);
    // The work that writes at start ran before the verdict.
    expect(core.startup.afterCheck.calendar).toBeGreaterThanOrEqual(0);
  });

  it('without the mark (a crash, a power cut) writes wait for the verdict', async () => {
    const t = await testCore();
    await t.core.close();
    rmSync(mark(t.dataDir));
    const core = start(t.dataDir);
    expect(core.startup.quickCheck).toBe('worker');
    expect(await writesGoAhead(core)).toBe(false);
    await core.writesReady;
    expect(core.startupError).toBeNull();
  });

  it('a file changed after the close (its size or time) waits for the verdict, which quarantines it if damaged', async () => {
    const t = await testCore();
    fill(t.core);
    await t.core.close();
    const before = statSync(join(t.dataDir, 'xinan.sqlite3'));
    // Another program appends to the file: its size no longer matches the mark.
    writeFileSync(join(t.dataDir, 'xinan.sqlite3'), Buffer.concat([readFileSync(join(t.dataDir, 'xinan.sqlite3')), Buffer.alloc(4096, 0xa5)]));
    expect(statSync(join(t.dataDir, 'xinan.sqlite3')).size).toBe(before.size + 4096);
    const core = start(t.dataDir);
    expect(core.startup.quickCheck).toBe('worker');
    expect(await writesGoAhead(core)).toBe(false);
    await core.checksSettled();
  });

  it('a disk that fails while the app is closed (the file’s size and time unchanged) is still caught: writes stop, the file is quarantined', async () => {
    const t = await testCore();
    fill(t.core);
    await t.core.close();
    const file = join(t.dataDir, 'xinan.sqlite3');
    damageMiddlePages(file);
    // Bit rot changes neither: the mark is made to match the damaged file, as it would.
    recordCleanClose(t.dataDir, file, 0);
    const core = start(t.dataDir);
    expect(core.startup.quickCheck).toBe('background');
    expect(await writesGoAhead(core)).toBe(true);
    await core.checksSettled();
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    expect(readdirSync(join(t.dataDir, 'quarantine'))[0]).toMatch(/^damaged-/);
    const write = await clientFor(core).invoke('drafts.save', { formKey: 'intake.desk', data: {} } as never);
    expect(write.ok || write.error.code).toBe('DB_CORRUPT');
    // A damaged file is not closed cleanly: nothing vouches for what replaces it.
    await core.close();
    expect(existsSync(mark(t.dataDir))).toBe(false);
  });
});
