// The core's utilityProcess entry, run for real in a worker thread standing in for Electron's utilityProcess:
// it reads its argv, opens the core, serves a port per {type:'connect'}, and closes the database on {type:'shutdown'}.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createPortClient, fromDomPort, type DomPortLike } from '../../electron/preload/port-client';
import { MIGRATIONS_DIR } from '../helpers/core';
import { emptyDataDir } from '../helpers/data-dir';
import type { ShimIn, ShimOut } from '../helpers/utility-process-shim';

const SHIM = join(__dirname, '..', 'helpers', 'utility-process-shim.ts');

function startHost(argv: string[]) {
  let stderr = '';
  const worker = new Worker(SHIM, { argv, execArgv: ['--import', 'tsx'], stderr: true });
  worker.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const fromHost: unknown[] = [];
  worker.on('message', (m: ShimOut) => fromHost.push(m.fromHost));
  const exited = new Promise<number>((resolve) => worker.on('exit', resolve));
  onTestFinished(() => void worker.terminate());
  const until = async (check: () => boolean) => {
    const end = Date.now() + 15_000;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { worker, fromHost, exited, until, stderr: () => stderr, send: (m: ShimIn, transfer: MessagePort[] = []) => worker.postMessage(m, transfer) };
}

describe('host-entry: the core utilityProcess', () => {
  it('starts on an empty data dir, serves a window\'s port, and closes the database cleanly on shutdown', async () => {
    const dataDir = emptyDataDir();
    const host = startHost([`--data-dir=${dataDir}`, `--migrations-dir=${MIGRATIONS_DIR}`, '--app-version=0.1.0-test', '--offer-demo=true']);
    await host.until(() => host.fromHost.length > 0);
    expect(host.fromHost[0]).toEqual({ type: 'ready', startupError: null });

    const { port1, port2 } = new MessageChannel();
    host.send({ data: { type: 'connect' }, port: port1 }, [port1]);
    const client = createPortClient();
    client.attach(fromDomPort(port2 as unknown as DomPortLike));
    expect(await client.invoke('setup.status', {})).toEqual({
      ok: true,
      value: { initialized: false, unit: null, offerDemo: true, demo: false, appVersion: '0.1.0-test', handedOver: null },
    });
    expect(await client.invoke('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });

    host.send({ data: { type: 'shutdown' } });
    expect(await host.exited).toBe(0);
    port2.close();
    const wal = join(dataDir, 'xinan.sqlite3-wal');
    expect(existsSync(join(dataDir, 'xinan.sqlite3'))).toBe(true);
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });

  it('ignores unknown messages from main and a connect without a port', async () => {
    const host = startHost([`--data-dir=${emptyDataDir()}`, `--migrations-dir=${MIGRATIONS_DIR}`]);
    await host.until(() => host.fromHost.length > 0);
    host.send({ data: { type: 'format-disk' } });
    host.send({ data: null });
    host.send({ data: { type: 'connect' } });
    const { port1, port2 } = new MessageChannel();
    host.send({ data: { type: 'connect' }, port: port1 }, [port1]);
    const client = createPortClient();
    client.attach(fromDomPort(port2 as unknown as DomPortLike));
    expect(await client.invoke('setup.status', {})).toMatchObject({ ok: true, value: { appVersion: '0.0.0-dev', offerDemo: false } });
    port2.close();
  });

  it('refuses to start without its directories, saying which in Chinese', async () => {
    const host = startHost([]);
    expect(await host.exited).toBe(2);
    await host.until(() => host.stderr().includes('后台服务启动参数不完整'));
    expect(host.stderr()).toContain('缺少数据目录（--data-dir）、数据库迁移目录（--migrations-dir）');
  });
});
