// The packaged server's process, out/main/server-host.js (what `xinan --server` runs in a utilityProcess), built here
// by electron-vite's own main-process configuration and started under Node 24 as the service would start it: a data
// dir, --listen, no development defaults. It answers GET / over HTTPS, refuses bad input with exit 78 (the unit's
// RestartPreventExitStatus), and stops cleanly on SIGTERM. Reuses out/renderer when built (else builds it once).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ensureRendererBuild } from '../../build/scripts/server';
import { EXIT_REFUSED } from '../../electron/main/server-supervision';
import { testCore } from '../helpers/core';
import { freshDataDir } from '../helpers/data-dir';
import { rawHttps } from '../helpers/server';

const REPO = resolve(__dirname, '..', '..');
// Inside the repository, so that the bundle's external packages (better-sqlite3 …) resolve from node_modules.
const OUT = join(REPO, '.tmp', `server-entry-${process.pid}`);
const ENTRY = join(OUT, 'main', 'server-host.js');
const TOOL = join(OUT, 'main', 'tool-host.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
let staticDir = '';
/** NODE_ENV as this file found it (vitest's 'test'): the build below must leave it so. */
const NODE_ENV_AT_LOAD = process.env.NODE_ENV;

beforeAll(async () => {
  // electron-vite's resolveConfig sets NODE_ENV to 'production' in this process, and the files sharing this worker
  // (vitest.config.mts: isolate false) would then load React's production build under JSX compiled for development
  // ("jsxDEV is not a function" in document-preview.test.ts when it ran after this file). Put back as it was.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { resolveConfig } = await import('electron-vite');
    const { build } = await import('vite');
    const resolved = await resolveConfig({ configFile: join(REPO, 'electron.vite.config.ts'), logLevel: 'warn' }, 'build', 'production');
    const main = resolved.config?.main;
    if (!main?.build?.rolldownOptions) throw new Error('electron.vite.config.ts has no main build');
    const inputs = main.build.rolldownOptions.input as Record<string, string>;
    expect(inputs['server-host'], 'electron.vite.config.ts bundles the server entry as server-host').toBeTruthy();
    expect(inputs['tool-host'], 'electron.vite.config.ts bundles the handover commands as tool-host').toBeTruthy();
    mkdirSync(OUT, { recursive: true });
    const input = { 'server-host': inputs['server-host'], 'tool-host': inputs['tool-host'] };
    await build({ ...main, logLevel: 'warn', build: { ...main.build, outDir: join(OUT, 'main'), rolldownOptions: { ...main.build.rolldownOptions, input } } });
    staticDir = (await ensureRendererBuild()).outDir;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return () => rmSync(OUT, { recursive: true, force: true });
}, 120_000);

function startEntry(args: string[]) {
  const child = spawn(process.execPath, [ENTRY, ...args, '--migrations-dir', join(REPO, 'db', 'migrations'), '--static-dir', staticDir, '--app-version', VERSION], { stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => void child.kill('SIGKILL'));
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', ok));
  return { child, output: () => out, exited };
}

describe('the packaged server process (out/main/server-host.js)', () => {
  it('building it leaves the worker’s NODE_ENV as it was (other files in this worker load React by it)', () => {
    expect(process.env.NODE_ENV).toBe(NODE_ENV_AT_LOAD);
  });

  it('answers GET / with the UI over HTTPS on a fresh data dir and stops cleanly on SIGTERM', { timeout: 30_000 }, async () => {
    const dataDir = freshDataDir();
    const started = Date.now();
    const run = startEntry(['--data-dir', dataDir, '--listen', '127.0.0.1:0']);
    const port = await new Promise<number>((ok, fail) => {
      run.child.stdout.on('data', () => {
        const m = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(run.output());
        if (m && run.output().includes('启动用时')) ok(Number(m[1]));
      });
      void run.exited.then((code) => fail(new Error(`exited ${code}:\n${run.output()}`)));
    });
    const cert = readFileSync(join(dataDir, 'tls', 'cert.pem'), 'utf8');
    const res = await rawHttps(port, cert, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<div id="root">|<script type="module"/);
    // A service is never offered demo data: the first-run screen asks for the administrator instead.
    expect(run.output()).toContain('systemctl stop xinan-server');
    console.log(`server-host.js: GET / answered ${((Date.now() - started) / 1000).toFixed(1)} s after spawn`);
    const stopAt = Date.now();
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('正在停止薪安服务器');
    console.log(`server-host.js: stopped ${Date.now() - stopAt} ms after SIGTERM`);
    // Stopped means the port is closed: nothing answers any more.
    await expect(rawHttps(port, cert, { path: '/' })).rejects.toThrow();
  });

  it('refuses a missing data dir and a bad --listen with exit 78, in Chinese, so no one restarts it in a loop', { timeout: 20_000 }, async () => {
    const noDir = startEntry(['--listen', '127.0.0.1:0']);
    expect(await noDir.exited).toBe(EXIT_REFUSED);
    expect(noDir.output()).toContain('必须用 --data-dir 指定服务器的数据目录');
    const badListen = startEntry(['--data-dir', freshDataDir(), '--listen', 'server.example:8443']);
    expect(await badListen.exited).toBe(EXIT_REFUSED);
    expect(badListen.output()).toMatch(/无法启动薪安服务器：--listen 的地址须为本机的 IP 地址/);
  });
});

/** `xinan --handover …` / `xinan --adopt …` run this bundle in a utilityProcess (electron/main/tool-mode.ts). */
function runTool(args: string[]) {
  const child = spawn(process.execPath, [TOOL, ...args, '--migrations-dir', join(REPO, 'db', 'migrations'), '--app-version', VERSION], { stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => void child.kill('SIGKILL'));
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise<{ code: number | null; out: string }>((ok) => child.on('exit', (code) => ok({ code, out })));
}

describe('the installed app\'s handover commands (out/main/tool-host.js)', () => {
  it('hands an installation over and adopts it on a new data dir, as npm run handover / adopt do; refuses a held data dir and bad arguments', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const from = t.dataDir;
    const pkg = join(freshDataDir(), '移交包.tar');
    // While a program has the data dir, the command is refused naming it, and nothing is written.
    const held = await runTool(['handover', '--data-dir', from, '--out', pkg, '--server', 'https://192.168.1.10:8443/']);
    expect(held.code).toBe(1);
    expect(held.out).toMatch(/移交未完成，本机数据未改动：.*正被薪安桌面版/s);
    await t.core.close();

    const handed = await runTool(['handover', '--data-dir', from, '--out', pkg, '--server', 'https://192.168.1.10:8443/', '--by', '次仁']);
    expect(handed.code, handed.out).toBe(0);
    expect(handed.out).toContain('移交包已生成并校验');
    expect(handed.out).toContain('xinan --adopt … --sha256 指纹');
    const sha = /移交包指纹（SHA-256）：([0-9a-f]{64})/i.exec(handed.out)?.[1];
    expect(sha).toBeTruthy();

    const to = join(freshDataDir(), 'server');
    const adopted = await runTool(['adopt', '--data-dir', to, '--from', pkg, '--sha256', sha!]);
    expect(adopted.code, adopted.out).toBe(0);
    expect(adopted.out).toContain('移交包已接收，全部校验通过');

    const bad = await runTool(['adopt', '--data-dir', to]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('请指定 --data-dir 和 --from。用法：xinan --adopt');
  });
});
