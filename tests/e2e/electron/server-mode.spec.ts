// `xinan --server` with a real Electron: the windowless main process forks the server's utilityProcess, which answers
// GET / over HTTPS, and stops cleanly on SIGTERM and on `--server --stop` (docs/server.md, "As a service"). Run with
// no display at all, as on a server (Ozone headless). Needs only an Electron executable; skipped, with the reason,
// where there is none — as on our CI machines, so this is the part of the service not verified there.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from '../../../build/scripts/electron-binary.cjs';

const ROOT = join(__dirname, '..', '..', '..');
const binary = findElectronBinary();
test.skip(!binary.ok, binary.ok ? '' : `跳过：${binary.reason}。服务器模式的 Electron 测试只在有 Electron 的机器上运行。`);

function startServer(dataDir: string, extra: string[] = []) {
  if (!binary.ok) throw new Error('no Electron');
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_RENDERER_URL;
  const args = [ROOT, '--ozone-platform=headless', '--disable-gpu', '--no-sandbox', '--server', '--data-dir', dataDir, ...extra];
  const child = spawn(binary.path, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', ok));
  return { child, exited, output: () => out };
}

async function waitForPort(run: ReturnType<typeof startServer>): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const m = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(run.output());
    if (m && run.output().includes('启动用时')) return Number(m[1]);
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode}:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no start within 60 s:\n${run.output()}`);
}

function getRoot(port: number, ca: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', servername: 'localhost', port, ca, path: '/', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

test('xinan --server: no window, no display, GET / over HTTPS, a clean stop by signal and by --stop', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-electron-server-'));
  try {
    const first = startServer(dataDir, ['--listen', '127.0.0.1:0']);
    const port = await waitForPort(first);
    expect(await getRoot(port, readFileSync(join(dataDir, 'tls', 'cert.pem'), 'utf8'))).toBe(200);
    if (process.platform !== 'win32') {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('薪安服务器已停止');
    } else {
      first.child.kill();
    }

    // A second server on the same data dir is refused; `--stop` stops the running one and waits for it.
    const second = startServer(dataDir, ['--listen', '127.0.0.1:0']);
    await waitForPort(second);
    const duplicate = startServer(dataDir, ['--listen', '127.0.0.1:0']);
    expect(await duplicate.exited).toBe(78);
    const stopper = startServer(dataDir, ['--stop']);
    expect(await stopper.exited).toBe(0);
    expect(await second.exited).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
