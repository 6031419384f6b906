// One program per data dir (issue #16 Deliver 7, "same machine"): the desktop app and the bureau server run the same
// core on the same kind of data dir, and must never have one open at the same time — across processes, and without a
// stale lock after a crash (kernel/instance-lock.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { makeHandover } from '../../electron/core/durability/handover';
import { clientFor, MIGRATIONS_DIR, testCore, TestClock } from '../helpers/core';
import { freshDataDir } from '../helpers/data-dir';
import { helperProcessArgs } from '../helpers/helper-process';

const REPO = join(__dirname, '..', '..');

function start(dataDir: string): Core {
  const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, clock: new TestClock(), logger: silentLogger, appVersion: '0.1.0-test', scheduler: false });
  onTestFinished(() => core.close());
  return core;
}

/** Another process with a core open on `dataDir` as the server; resolves once it holds it. */
function holder(dataDir: string): Promise<ChildProcess> {
  // Node itself (not the tsx wrapper, which would run it in a grandchild): the killed process is the one holding the lock.
  const child = spawn(process.execPath, [...helperProcessArgs('tests/fixtures/hold-data-dir.ts'), dataDir], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => void child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('held')) resolve(child);
      if (out.includes('refused')) reject(new Error(out));
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('one program per data dir', () => {
  it('a desktop core is refused while a server process has the data dir, and opens once that process is killed (no stale lock)', async () => {
    const dataDir = freshDataDir();
    const server = await holder(dataDir);

    const desktop = start(dataDir);
    expect(desktop.startupError?.code).toBe('DB_UNAVAILABLE');
    expect(desktop.startupError?.message).toMatch(new RegExp(`正被薪安服务器（进程号 ${server.pid}，自 .* 起）使用。同一数据目录不能同时由两个程序打开（桌面版与服务器也不能同时打开）`));
    expect(desktop.services).toBeNull();
    await expect(makeHandover({ dataDir, out: join(dataDir, 'h.tar'), server: 'https://x/', by: 'x', appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(/正被薪安服务器/);
    await desktop.close();

    server.kill('SIGKILL'); // as a crash or a power cut would: the operating system drops the lock
    await exited(server);
    const again = start(dataDir);
    expect(again.startupError).toBeNull();
    expect((await clientFor(again).call('setup.status', {})).initialized).toBe(false);
  }, 60_000); // a second Node process starting through tsx: seconds on a loaded machine, as the other spawning tests

  it('a second core in the same process is refused too, and the lock goes with close()', async () => {
    const t = await testCore();
    const second = start(t.dataDir);
    expect(second.startupError?.message).toMatch(/正被薪安桌面版（进程号 \d+/);
    await second.close();
    await t.core.close();
    const third = start(t.dataDir);
    expect(third.startupError).toBeNull();
  });
});
