import { request, type ClientRequest } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startBridge, TAB_HEADER } from '../../electron/core/transport/bridge';
import type { Session } from '../../electron/core/kernel/context';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy';
import type { CoreEvent } from '../../shared/contract/events';
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

/** A tab as the browser holds it: the HttpOnly cookie, and the secret the page keeps in sessionStorage. */
interface Tab {
  cookie: string;
  secret: string;
  /** What the page sends with every call: the cookie, our Origin and the tab's secret header. */
  headers: Record<string, string>;
}

async function bridged(options: { idleMs?: number } = {}) {
  const t = await testCore();
  const dir = mkdtempSync(join(tmpdir(), 'xinan-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>薪安</title>');
  // The bridge's core, with the sessions it closes noted (an abandoned tab must free its core session).
  const closedSessions: string[] = [];
  // Its events are the core's, plus any the test emits itself (a restore's core.reset needs no real restore here).
  const emitted = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => emitted.forEach((l) => l(event));
  const events = {
    subscribe(listener: (event: CoreEvent) => void) {
      emitted.add(listener);
      const off = t.core.events.subscribe(listener);
      return () => (emitted.delete(listener), off());
    },
  };
  const core = { ...t.core, events, closeSession: (s: Session) => (closedSessions.push(s.id), t.core.closeSession(s)) };
  const bridge = await startBridge({ core, staticDir: dir, clock: t.clock, idleMs: options.idleMs });
  onTestFinished(() => bridge.close());
  const login = async (): Promise<Tab> => {
    const url = new URL(bridge.loginUrl());
    const res = await raw(bridge.port, { path: url.pathname + url.search });
    expect(res.status).toBe(302);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const secret = /^\/#xinan-tab=([\w.-]+)$/.exec(String(res.headers.location))?.[1] ?? '';
    expect(secret).not.toBe('');
    const cookie = setCookie.split(';')[0];
    return { cookie, secret, headers: { cookie, origin: bridge.origin, 'content-type': 'application/json', [TAB_HEADER]: secret } };
  };
  const post = (headers: Record<string, string>, channel: string, body: object = {}) =>
    raw(bridge.port, { method: 'POST', path: `/api/${channel}`, headers, body: JSON.stringify(body) });
  const signIn = async (tab: Tab, name: string) => {
    const people = JSON.parse((await post(tab.headers, 'session.candidates')).body).value as { id: string; name: string }[];
    const who = people.find((p) => p.name === name)!;
    expect(JSON.parse((await post(tab.headers, 'session.login', { staffId: who.id, password: STAFF_PASSWORD })).body)).toMatchObject({ ok: true });
  };
  /** A ticket for the tab's event stream, or the refusal's status. */
  const ticket = async (headers: Record<string, string>) => {
    const res = await raw(bridge.port, { method: 'POST', path: '/api/events/ticket', headers });
    return res.status === 200 ? (JSON.parse(res.body) as { ticket: string }).ticket : res.status;
  };
  return { ...t, bridge, login, post, signIn, ticket, closedSessions, emit };
}

/** An open event stream: what has arrived so far, and whether the bridge ended it. */
function openStream(port: number, path: string, cookie: string) {
  const state = { status: 0, body: '', ended: false };
  let req: ClientRequest;
  const opened = new Promise<void>((ok, fail) => {
    req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, cookie } }, (res) => {
      state.status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (c: string) => (state.body += c));
      res.on('end', () => (state.ended = true));
      res.on('close', () => (state.ended = true));
      ok();
    });
    req.on('error', (e) => (String(e).includes('socket hang up') ? (state.ended = true) : fail(e)));
    req.end();
  });
  onTestFinished(() => {
    req.destroy();
  });
  return { state, opened, close: () => req.destroy() };
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const MINUTE = 60_000;

describe('the loopback bridge (browser mode)', () => {
  it('listens on 127.0.0.1 only and exchanges a one-time token for a session cookie and a tab secret', async () => {
    const { bridge, login } = await bridged();
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const url = new URL(bridge.loginUrl());
    const tab = await login();
    expect(tab.cookie).toMatch(/^xinan_session_[\w-]+=/);
    // The secret travels only in the redirect's fragment, which the browser never sends to any server.
    expect(tab.cookie).not.toContain(tab.secret);
    const first = await raw(bridge.port, { path: url.pathname + url.search });
    const again = await raw(bridge.port, { path: url.pathname + url.search });
    expect(first.status).toBe(302);
    expect(again.status).toBe(403);
    expect(again.body).toContain('登录链接无效或已使用过');
    expect((await raw(bridge.port, { path: '/auth?token=guess' })).status).toBe(403);
  });

  it('lets a login link work for 60 seconds only', async () => {
    const { bridge, clock } = await bridged();
    const url = new URL(bridge.loginUrl());
    clock.advance(61_000);
    const late = await raw(bridge.port, { path: url.pathname + url.search });
    expect(late.status).toBe(403);
    expect(late.body).toContain('登录链接已过期');
    const fresh = new URL(bridge.loginUrl());
    clock.advance(59_000);
    expect((await raw(bridge.port, { path: fresh.pathname + fresh.search })).status).toBe(302);
  });

  it('binds each tab to its own core session', async () => {
    const { login, post, signIn } = await bridged();
    const a = await login();
    const b = await login();
    await signIn(a, '张伟');
    expect(JSON.parse((await post(a.headers, 'session.current')).body).value.staff.name).toBe('张伟');
    expect(JSON.parse((await post(b.headers, 'session.current')).body).value).toBeNull();
    expect(JSON.parse((await post(b.headers, 'intakes.list')).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses the cookie alone — any service on 127.0.0.1 receives it — without the tab secret header', async () => {
    const { login, post, signIn } = await bridged();
    const a = await login();
    const b = await login();
    await signIn(a, '张伟');
    const { [TAB_HEADER]: _secret, ...cookieOnly } = a.headers;
    const refused = await post(cookieOnly, 'session.current');
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('浏览器会话已失效') });
    // A wrong secret, another tab's secret with this cookie, or the secret without the cookie: all refused.
    expect((await post({ ...a.headers, [TAB_HEADER]: 'x'.repeat(a.secret.length) }, 'session.current')).status).toBe(401);
    expect((await post({ ...a.headers, [TAB_HEADER]: b.secret }, 'session.current')).status).toBe(401);
    const { cookie: _cookie, ...secretOnly } = a.headers;
    expect((await post(secretOnly, 'session.current')).status).toBe(401);
    expect(JSON.parse((await post(a.headers, 'session.current')).body).value.staff.name).toBe('张伟');
  });

  it('approves no CORS preflight, for a foreign origin or any other', async () => {
    const { bridge, login } = await bridged();
    const tab = await login();
    for (const origin of ['http://evil.example', 'http://127.0.0.1:9999', bridge.origin]) {
      const res = await raw(bridge.port, {
        method: 'OPTIONS',
        path: '/api/session.current',
        headers: { cookie: tab.cookie, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': `content-type,${TAB_HEADER}` },
      });
      expect(res.status).toBe(403);
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, a missing Origin on POST, and calls without a session', async () => {
    const { bridge, login, post } = await bridged();
    const tab = await login();
    expect((await raw(bridge.port, { path: '/', headers: { host: 'evil.example:80', cookie: tab.cookie } })).status).toBe(403);
    const foreign = await post({ ...tab.headers, origin: 'http://evil.example' }, 'setup.status');
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toBe('拒绝来自其他网站的请求');
    const { origin: _origin, ...noOrigin } = tab.headers;
    expect((await post(noOrigin, 'setup.status')).status).toBe(403);
    const anonymous = await post({ origin: bridge.origin }, 'setup.status');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body).error.code).toBe('UNAUTHENTICATED');
    expect((await raw(bridge.port, { path: '/' })).status).toBe(401);
  });

  it('answers bad JSON with a typed error and serves the page with the CSP header', async () => {
    const { bridge, login } = await bridged();
    const tab = await login();
    const bad = await raw(bridge.port, { method: 'POST', path: '/api/intakes.list', headers: tab.headers, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION');
    const index = await raw(bridge.port, { path: '/intakes', headers: { cookie: tab.cookie } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(index.body).toContain('薪安');
    const traversal = await raw(bridge.port, { path: '/..%2f..%2fetc%2fpasswd', headers: { cookie: tab.cookie } });
    expect(traversal.body).not.toContain('root:');
  });

  it('refuses JSON nested deeper than the core accepts before parsing it, and reads brackets inside strings as text', async () => {
    const { bridge, login, signIn } = await bridged();
    const tab = await login();
    await signIn(tab, '张伟');
    const post = (body: string) => raw(bridge.port, { method: 'POST', path: '/api/drafts.save', headers: { ...tab.headers, 'content-type': 'application/json' }, body });
    const deep = await post(`{"formKey":"intake.desk","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('嵌套过深') });
    const brackets = await post(JSON.stringify({ formKey: 'intake.desk', data: { note: `[{"\\${'['.repeat(10_000)}` } }));
    expect(brackets.status).toBe(200);
    expect(JSON.parse(brackets.body)).toMatchObject({ ok: true });
  });

  it('streams core events to a signed-in tab as server-sent events', async () => {
    const { bridge, login, signIn, ticket, client } = await bridged();
    const tab = await login();
    await signIn(tab, '张伟');
    const stream = openStream(bridge.port, `/api/events?ticket=${await ticket(tab.headers)}`, tab.cookie);
    await stream.opened;
    expect(stream.state.status).toBe(200);
    await client.call('parties.create', { kind: 'organisation', name: '某公司' });
    await until(() => /data: .*\n\n/.test(stream.state.body));
    expect(JSON.parse(/data: (.*)\n\n/.exec(stream.state.body)![1])).toMatchObject({ type: 'data.changed', entity: 'party' });
  });

  it('opens an event stream only with a single-use, short-lived ticket the tab asked for', async () => {
    const { bridge, login, ticket, clock } = await bridged();
    const a = await login();
    const b = await login();
    // EventSource cannot send the secret header: the cookie alone, or no ticket, opens nothing.
    const { [TAB_HEADER]: _secret, ...cookieOnly } = a.headers;
    expect(await ticket(cookieOnly)).toBe(401);
    const bare = openStream(bridge.port, '/api/events', a.cookie);
    await bare.opened;
    expect(bare.state.status).toBe(401);

    const once = await ticket(a.headers);
    expect(typeof once).toBe('string');
    const otherCookie = openStream(bridge.port, `/api/events?ticket=${once}`, b.cookie);
    await otherCookie.opened;
    expect(otherCookie.state.status).toBe(401);
    const used = await ticket(a.headers);
    const first = openStream(bridge.port, `/api/events?ticket=${used}`, a.cookie);
    await first.opened;
    expect(first.state.status).toBe(200);
    const replay = openStream(bridge.port, `/api/events?ticket=${used}`, a.cookie);
    await replay.opened;
    expect(replay.state.status).toBe(401);

    const stale = await ticket(a.headers);
    clock.advance(31_000);
    const late = openStream(bridge.port, `/api/events?ticket=${stale}`, a.cookie);
    await late.opened;
    expect(late.state.status).toBe(401);
  });

  it('sends events to no tab that nobody is signed in to, except that the database was reset', async () => {
    const { bridge, login, signIn, ticket, client, emit } = await bridged();
    const anonymous = await login();
    const signedIn = await login();
    await signIn(signedIn, '张伟');
    const quiet = openStream(bridge.port, `/api/events?ticket=${await ticket(anonymous.headers)}`, anonymous.cookie);
    const heard = openStream(bridge.port, `/api/events?ticket=${await ticket(signedIn.headers)}`, signedIn.cookie);
    await Promise.all([quiet.opened, heard.opened]);
    await client.call('parties.create', { kind: 'organisation', name: '某公司' });
    await until(() => heard.state.body.includes('data: '));
    await new Promise((r) => setTimeout(r, 100));
    expect(quiet.state.status).toBe(200);
    expect(quiet.state.body).not.toContain('data: ');
    // Except that the database was replaced or found damaged (no data in it): every page must reload, signed in or not.
    emit({ type: 'core.reset', reason: 'restored' });
    await until(() => quiet.state.body.includes('data: '));
    expect(JSON.parse(/data: (.*)\n\n/.exec(quiet.state.body)![1])).toEqual({ type: 'core.reset', reason: 'restored' });
  });

  it('ends a tab’s open event streams when its person signs out, and only that tab’s', async () => {
    const { bridge, login, signIn, ticket, post } = await bridged();
    const a = await login();
    const b = await login();
    await signIn(a, '张伟');
    await signIn(b, '李强');
    const streamA = openStream(bridge.port, `/api/events?ticket=${await ticket(a.headers)}`, a.cookie);
    const streamB = openStream(bridge.port, `/api/events?ticket=${await ticket(b.headers)}`, b.cookie);
    await Promise.all([streamA.opened, streamB.opened]);
    expect(JSON.parse((await post(a.headers, 'session.end')).body)).toMatchObject({ ok: true });
    await until(() => streamA.state.ended);
    await new Promise((r) => setTimeout(r, 50));
    expect(streamB.state.ended).toBe(false);
    // Another person signing in on the same tab ends the first person's stream too.
    const streamB2 = openStream(bridge.port, `/api/events?ticket=${await ticket(b.headers)}`, b.cookie);
    await streamB2.opened;
    await signIn(b, '张伟');
    await until(() => streamB.state.ended && streamB2.state.ended);
  });

  it('ends the stream when the core ends the session (the person was deactivated), at the tab’s next call', async () => {
    const { bridge, login, signIn, ticket, post, admin } = await bridged();
    const tab = await login();
    await signIn(tab, '张伟');
    const stream = openStream(bridge.port, `/api/events?ticket=${await ticket(tab.headers)}`, tab.cookie);
    await stream.opened;
    const { id, rowVersion, unitId: _u, departmentName: _d, active: _a, account: _ac, ...fields } = (await admin.call('staff.list', {})).find((s) => s.name === '张伟')!;
    await admin.call('staff.update', { ...fields, id, rowVersion, active: false });
    expect(JSON.parse((await post(tab.headers, 'intakes.list')).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await until(() => stream.state.ended);
  });

  it('says where a tab comes from, and ends its streams at once when the administrator ends its session (在线连接)', async () => {
    const { bridge, login, signIn, ticket, post, admin } = await bridged();
    const tab = await login();
    await signIn(tab, '张伟');
    const stream = openStream(bridge.port, `/api/events?ticket=${await ticket(tab.headers)}`, tab.cookie);
    await stream.opened;
    const row = (await admin.call('connections.list', {})).items.find((c) => c.staff?.name === '张伟' && c.transport === 'bridge')!;
    expect(row).toMatchObject({ address: '127.0.0.1', transport: 'bridge' });
    await admin.call('connections.end', { id: row.id, reason: '该电脑已交回' });
    // Before the tab makes any call: its stream carries no more events.
    await until(() => stream.state.ended);
    expect(JSON.parse((await post(tab.headers, 'intakes.list')).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '管理员已结束您的连接：该电脑已交回' } });
  });

  it('discards a tab idle longer than the limit: its core session closed, its streams ended, its cookie and secret refused', async () => {
    const { bridge, login, signIn, ticket, post, clock, closedSessions } = await bridged({ idleMs: 30 * MINUTE });
    const idle = await login();
    const busy = await login();
    await signIn(idle, '张伟');
    await signIn(busy, '李强');
    const stream = openStream(bridge.port, `/api/events?ticket=${await ticket(idle.headers)}`, idle.cookie);
    await stream.opened;
    expect(bridge.openSessions()).toBe(2);
    clock.advance(20 * MINUTE);
    expect((await post(busy.headers, 'session.touch')).status).toBe(200);
    clock.advance(11 * MINUTE);
    bridge.sweep();
    await until(() => stream.state.ended);
    expect(bridge.openSessions()).toBe(1);
    expect(closedSessions).toHaveLength(1);
    const refused = await post(idle.headers, 'session.current');
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).error.message).toContain('浏览器会话已失效');
    expect(JSON.parse((await post(busy.headers, 'session.current')).body).value.staff.name).toBe('李强');
  });
});
