import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startBridge } from '../../electron/core/bridge';
import { STAFF_PASSWORD, testCore } from '../helpers/core';

/** A raw HTTP request, so Host and Origin can be set to anything (fetch would not allow it). */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

async function bridged() {
  const t = await testCore();
  const dir = mkdtempSync(join(tmpdir(), 'xinan-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>薪安</title>');
  const bridge = await startBridge({ core: t.core, staticDir: dir, csp: "default-src 'self'" });
  onTestFinished(() => bridge.close());
  const login = async () => {
    const url = new URL(bridge.loginUrl());
    const res = await raw(bridge.port, { path: url.pathname + url.search });
    expect(res.status).toBe(302);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    return cookie.split(';')[0];
  };
  return { ...t, bridge, login };
}

describe('the loopback bridge (browser mode)', () => {
  it('listens on 127.0.0.1 only and exchanges a one-time token for a session cookie', async () => {
    const { bridge, login } = await bridged();
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const url = new URL(bridge.loginUrl());
    const cookie = await login();
    expect(cookie).toMatch(/^xinan_session=/);
    const first = await raw(bridge.port, { path: url.pathname + url.search });
    const again = await raw(bridge.port, { path: url.pathname + url.search });
    expect(first.status).toBe(302);
    expect(again.status).toBe(403);
    expect(again.body).toContain('登录链接无效或已使用过');
    expect((await raw(bridge.port, { path: '/auth?token=guess' })).status).toBe(403);
  });

  it('binds each cookie to its own core session', async () => {
    const { bridge, login } = await bridged();
    const a = await login();
    const b = await login();
    const post = (cookie: string, channel: string, body: object) =>
      raw(bridge.port, { method: 'POST', path: `/api/${channel}`, headers: { cookie, origin: bridge.origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const people = JSON.parse((await post(a, 'session.candidates', {})).body).value as { id: string; name: string }[];
    const zhang = people.find((p) => p.name === '张伟')!;
    expect(JSON.parse((await post(a, 'session.login', { staffId: zhang.id, password: STAFF_PASSWORD })).body)).toMatchObject({ ok: true, value: { staff: { name: '张伟' } } });
    expect(JSON.parse((await post(a, 'session.current', {})).body).value.staff.name).toBe('张伟');
    expect(JSON.parse((await post(b, 'session.current', {})).body).value).toBeNull();
    expect(JSON.parse((await post(b, 'intakes.list', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, a missing Origin on POST, and calls without a session', async () => {
    const { bridge, login } = await bridged();
    const cookie = await login();
    expect((await raw(bridge.port, { path: '/', headers: { host: 'evil.example:80', cookie } })).status).toBe(403);
    const foreign = await raw(bridge.port, { method: 'POST', path: '/api/setup.status', headers: { cookie, origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toBe('拒绝来自其他网站的请求');
    expect((await raw(bridge.port, { method: 'POST', path: '/api/setup.status', headers: { cookie }, body: '{}' })).status).toBe(403);
    const anonymous = await raw(bridge.port, { method: 'POST', path: '/api/setup.status', headers: { origin: bridge.origin }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body).error.code).toBe('UNAUTHENTICATED');
    expect((await raw(bridge.port, { path: '/' })).status).toBe(401);
  });

  it('answers bad JSON with a typed error and serves the page with the CSP header', async () => {
    const { bridge, login } = await bridged();
    const cookie = await login();
    const bad = await raw(bridge.port, { method: 'POST', path: '/api/intakes.list', headers: { cookie, origin: bridge.origin }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION');
    const index = await raw(bridge.port, { path: '/intakes', headers: { cookie } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(index.body).toContain('薪安');
    const traversal = await raw(bridge.port, { path: '/..%2f..%2fetc%2fpasswd', headers: { cookie } });
    expect(traversal.body).not.toContain('root:');
  });

  it('refuses JSON nested deeper than the core accepts before parsing it, and reads brackets inside strings as text', async () => {
    const { bridge, login } = await bridged();
    const cookie = await login();
    const post = (body: string, channel = 'drafts.save') =>
      raw(bridge.port, { method: 'POST', path: `/api/${channel}`, headers: { cookie, origin: bridge.origin, 'content-type': 'application/json' }, body });
    const people = JSON.parse((await post('{}', 'session.candidates')).body).value as { id: string; name: string }[];
    await post(JSON.stringify({ staffId: people.find((p) => p.name === '张伟')!.id, password: STAFF_PASSWORD }), 'session.login');
    const deep = await post(`{"formKey":"intake.desk","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('嵌套过深') });
    const brackets = await post(JSON.stringify({ formKey: 'intake.desk', data: { note: `[{"\\${'['.repeat(10_000)}` } }));
    expect(brackets.status).toBe(200);
    expect(JSON.parse(brackets.body)).toMatchObject({ ok: true });
  });

  it('streams core events to the browser as server-sent events', async () => {
    const { bridge, login, client } = await bridged();
    const cookie = await login();
    const received = new Promise<string>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: { host: `127.0.0.1:${bridge.port}`, cookie } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        res.setEncoding('utf8');
        let buf = '';
        res.on('data', (c: string) => {
          buf += c;
          const m = /data: (.*)\n\n/.exec(buf);
          if (m) {
            ok(m[1]);
            req.destroy();
          }
        });
      });
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : fail(e)));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    await client.call('parties.create', { kind: 'organisation', name: '某公司' });
    expect(JSON.parse(await received)).toMatchObject({ type: 'data.changed', entity: 'party' });
  });
});
