// `npm run server` as an administrator runs it: a fresh data dir, non-interactive, GET / over HTTPS answers 200 with
// the UI. It reuses out/renderer when built (the cold build is measured by hand: docs/server.md).
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseListen, parseServerArgs } from '../../build/scripts/server';
import { emptyDataDir } from '../helpers/data-dir';
import { rawHttps } from '../helpers/server';

const REPO = resolve(__dirname, '..', '..');

describe('npm run server', () => {
  it('parses its arguments and refuses bad ones in Chinese', () => {
    expect(parseListen('0.0.0.0:8443')).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(parseListen('[::]:9443')).toEqual({ host: '::', port: 9443 });
    expect(parseListen('8443')).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(() => parseListen('server.example:8443')).toThrow(/--listen 的地址须为本机的 IP 地址/);
    expect(() => parseListen('0.0.0.0:99999')).toThrow(/--listen 无效/);
    const args = parseServerArgs(['--data-dir', '/srv/xinan', '--listen=127.0.0.1:0', '--name', '日喀则人社局', '--name', 'xinan.rkz']);
    expect(args).toMatchObject({ dataDir: '/srv/xinan', host: '127.0.0.1', port: 0, names: ['日喀则人社局', 'xinan.rkz'] });
    expect(() => parseServerArgs(['--cert', '/a.pem'])).toThrow('--cert 与 --key 必须同时给出');
    expect(() => parseServerArgs(['--port', '1'])).toThrow(/未知参数：--port/);
  });

  it('on a fresh data dir answers GET / with the UI over HTTPS, prints the fingerprint, stops on SIGTERM', { timeout: 240_000 }, async () => {
    const dataDir = emptyDataDir();
    const started = Date.now();
    const child = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), ['build/scripts/server.ts', '--data-dir', dataDir, '--listen', '127.0.0.1:0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => void child.kill('SIGKILL'));
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const port = await new Promise<number>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no start within 200 s:\n${out}`)), 200_000);
      child.stdout.on('data', () => {
        const m = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m && out.includes('按 Ctrl+C 停止')) {
          clearTimeout(timer);
          ok(Number(m[1]));
        }
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}:\n${out}`)));
    });
    const ms = Date.now() - started;
    const cert = readFileSync(join(dataDir, 'tls', 'cert.pem'), 'utf8');
    const res = await rawHttps(port, cert, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<div id="root">|<script type="module"/);
    expect(out).toContain(new X509Certificate(cert).fingerprint256);
    console.log(`npm run server: GET / answered ${((Date.now() - started) / 1000).toFixed(1)} s after spawn (start ${(ms / 1000).toFixed(1)} s)`);
    const code = await new Promise<number | null>((ok) => {
      child.on('exit', (c) => ok(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });

  it('refuses to start when the core cannot open its data dir, saying why', { timeout: 120_000 }, async () => {
    // A data dir that cannot be one (a file where the folder should be): the core reports it and the server stops.
    const notADir = join(emptyDataDir(), 'a-file');
    writeFileSync(notADir, 'x');
    const child = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), ['build/scripts/server.ts', '--data-dir', notADir, '--listen', '127.0.0.1:0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => void child.kill('SIGKILL'));
    let out = '';
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    expect(code).toBe(1);
    expect(out).toMatch(/无法启动薪安服务器/);
  });
});
