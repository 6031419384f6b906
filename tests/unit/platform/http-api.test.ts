// The page's HTTP transport against a scripted server: a page with no tab secret asks the server for one
// (SESSION_OPEN_PATH, with the client header) and keeps it with the mode and the server's name; every call carries
// the tab and client headers; the bridge's login fragment still works and the bridge is never asked for a session;
// a tab the server no longer knows is replaced without a reload and the person is asked to sign in again; a network
// failure makes the connection lost, and a change sent without an answer is never reported as saved.
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, PING_PATH, SESSION_OPEN_PATH, TAB_HEADER } from '../../../shared/contract/bridge';
import { createConnectionStore } from '../../../renderer/src/platform/connection';
import { createHttpApi, MODE_KEY, SERVER_KEY, TAB_KEY } from '../../../renderer/src/platform/http-api';

interface Sent {
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

type Reply = { status: number; body: unknown } | 'network';

function world(opts: { hash?: string; stored?: Record<string, string>; reply: (path: string, sent: Sent, n: number) => Reply }) {
  const store = new Map(Object.entries(opts.stored ?? {}));
  const sent: Sent[] = [];
  const replaced: string[] = [];
  const due: (() => void)[] = [];
  const timers = { setTimeout: (fn: () => void) => due.push(fn), clearTimeout: () => {} };
  const connection = createConnectionStore(timers);
  const api = createHttpApi({
    fetch: (async (path: string, init: RequestInit) => {
      const s: Sent = { path, headers: { ...(init.headers as Record<string, string>) }, body: init.body as string | undefined };
      sent.push(s);
      const r = opts.reply(path, s, sent.length);
      if (r === 'network') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) },
    location: { hash: opts.hash ?? '', pathname: '/', search: '' },
    replaceState: (url) => replaced.push(url),
    eventSource: () => {
      throw new Error('no streams in this test');
    },
    connection,
  });
  return { api, sent, store, connection, replaced, due };
}

const candidates = { ok: true, value: [] };
const signInFirst = { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录', fields: null } };
const unauthenticated = { ok: false, error: { code: 'UNAUTHENTICATED', message: '会话已失效', fields: null } };

describe('server mode', () => {
  it('opens a session when the page holds no tab, keeps it with the server name, and sends both headers on every call', async () => {
    const w = world({
      reply: (path) => (path === SESSION_OPEN_PATH ? { status: 200, body: { tab: 'tab1.secret1', server: { name: '桑珠孜区人社局服务器' } } } : { status: 200, body: candidates }),
    });
    const r = await w.api.invoke('session.candidates', {});
    expect(r).toEqual(candidates);
    expect(w.sent.map((s) => s.path)).toEqual([SESSION_OPEN_PATH, '/api/session.candidates']);
    expect(w.sent[0].headers[CLIENT_HEADER]).toBe(CLIENT_HEADER_VALUE);
    expect(w.sent[1].headers[CLIENT_HEADER]).toBe(CLIENT_HEADER_VALUE);
    expect(w.sent[1].headers[TAB_HEADER]).toBe('tab1.secret1');
    expect(w.store.get(TAB_KEY)).toBe('tab1.secret1');
    expect(w.store.get(MODE_KEY)).toBe('server');
    expect(w.store.get(SERVER_KEY)).toBe('桑珠孜区人社局服务器');
    expect(w.connection.get()).toMatchObject({ mode: 'server', server: '桑珠孜区人社局服务器', state: 'connected' });
    // A second call does not open another session.
    await w.api.invoke('session.candidates', {});
    expect(w.sent.filter((s) => s.path === SESSION_OPEN_PATH)).toHaveLength(1);
  });

  it('a reloaded page keeps its tab and its server: no new session', async () => {
    const w = world({ stored: { [TAB_KEY]: 'tab1.s', [MODE_KEY]: 'server', [SERVER_KEY]: '一号服务器' }, reply: () => ({ status: 200, body: candidates }) });
    expect(w.connection.get()).toMatchObject({ mode: 'server', server: '一号服务器' });
    await w.api.invoke('session.candidates', {});
    expect(w.sent.map((s) => s.path)).toEqual(['/api/session.candidates']);
    expect(w.sent[0].headers[TAB_HEADER]).toBe('tab1.s');
  });

  it('a tab the server no longer knows is replaced by a new one, and the person is asked to sign in again over the screen', async () => {
    let tabs = 0;
    const w = world({
      stored: { [TAB_KEY]: 'old.s', [MODE_KEY]: 'server', [SERVER_KEY]: '一号服务器' },
      reply: (path, s) => {
        if (path === SESSION_OPEN_PATH) return { status: 200, body: { tab: `new${++tabs}.s`, server: { name: '一号服务器' } } };
        if (s.headers[TAB_HEADER] === 'old.s') return { status: 401, body: unauthenticated };
        // A tab the server knows, with nobody signed in on it: the core's refusal, in a 200 (as the bridge answers).
        return path === '/api/session.candidates' ? { status: 200, body: candidates } : { status: 200, body: signInFirst };
      },
    });
    const r = await w.api.invoke('intakes.list', {} as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('UNAUTHENTICATED');
      expect(r.error.message).toContain('请重新输入密码');
    }
    expect(w.store.get(TAB_KEY)).toBe('new1.s');
    expect(w.connection.get().signInAgain).toBe(true);
    // The core's refusal on the new tab (nobody signed in on it yet) opens no further session.
    expect(await w.api.invoke('intakes.list', {} as never)).toEqual(signInFirst);
    expect(tabs).toBe(1);
    // A public call on a replaced tab is sent again on the new one: the sign-in list still loads.
    const w2 = world({
      stored: { [TAB_KEY]: 'old.s', [MODE_KEY]: 'server' },
      reply: (path, s) =>
        path === SESSION_OPEN_PATH ? { status: 200, body: { tab: 'fresh.s', server: { name: 'x' } } } : s.headers[TAB_HEADER] === 'old.s' ? { status: 401, body: unauthenticated } : { status: 200, body: candidates },
    });
    expect(await w2.api.invoke('session.candidates', {})).toEqual(candidates);
    expect(w2.sent.at(-1)!.headers[TAB_HEADER]).toBe('fresh.s');
  });
});

describe('bridge mode', () => {
  it('takes the secret from the login fragment, never asks the bridge for a session, and does not replace a lost tab', async () => {
    const w = world({ hash: '#xinan-tab=abc.def', reply: () => ({ status: 401, body: unauthenticated }) });
    expect(w.replaced).toEqual(['/#/']);
    expect(w.store.get(MODE_KEY)).toBe('bridge');
    const r = await w.api.invoke('intakes.list', {} as never);
    expect(r).toEqual(unauthenticated);
    expect(w.sent.map((s) => s.path)).toEqual(['/api/intakes.list']);
    expect(w.sent[0].headers[TAB_HEADER]).toBe('abc.def');
    expect(w.sent[0].headers[CLIENT_HEADER]).toBe(CLIENT_HEADER_VALUE);
    expect(w.connection.get()).toMatchObject({ mode: 'bridge', signInAgain: false });
  });

  it('a page without its link asks for a session once, is told 404, and stays a bridge page', async () => {
    const w = world({ reply: (path) => (path === SESSION_OPEN_PATH ? { status: 404, body: {} } : { status: 401, body: unauthenticated }) });
    await w.api.invoke('session.candidates', {});
    await w.api.invoke('session.candidates', {});
    expect(w.sent.map((s) => s.path)).toEqual([SESSION_OPEN_PATH, '/api/session.candidates', '/api/session.candidates']);
    expect(w.connection.get().mode).toBe('bridge');
  });
});

describe('when the network fails', () => {
  it('a read that cannot reach the server fails with a Chinese message and the connection is lost', async () => {
    const w = world({ hash: '#xinan-tab=a.b', reply: () => 'network' });
    const r = await w.api.invoke('intakes.list', {} as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'OFFLINE', message: expect.stringContaining('连接已中断') });
    expect(w.connection.get().state).toBe('lost');
  });

  it('a change whose answer never came is not shown as saved: it is unconfirmed', async () => {
    const w = world({ hash: '#xinan-tab=a.b', reply: () => 'network' });
    const r = await w.api.invoke('drafts.save', { formKey: 'intake.new', data: {} });
    expect(r).toEqual({ ok: false, error: { code: 'UNCONFIRMED', message: '未能确认是否已保存，请在连接恢复后查看', fields: null } });
  });

  it('a gateway with no server behind it (502/503/504) is a lost connection too; any answer brings it back', async () => {
    let status = 503;
    const w = world({ hash: '#xinan-tab=a.b', reply: () => ({ status, body: status === 200 ? candidates : {} }) });
    const r = await w.api.invoke('session.candidates', {});
    expect(r.ok).toBe(false);
    expect(w.connection.get().state).toBe('lost');
    status = 200;
    await w.api.invoke('session.candidates', {});
    expect(w.connection.get().state).toBe('back');
  });

  it('the check while lost is a POST to the ping path with both headers; its answer brings the connection back', async () => {
    let up = false;
    const w = world({ hash: '#xinan-tab=a.b', reply: () => (up ? { status: 200, body: { ok: true, at: 1 } } : 'network') });
    w.connection.lost();
    expect(w.sent).toHaveLength(0);
    w.due.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(w.sent.map((s) => s.path)).toEqual([PING_PATH]);
    expect(w.sent[0].headers).toMatchObject({ [TAB_HEADER]: 'a.b', [CLIENT_HEADER]: CLIENT_HEADER_VALUE });
    expect(w.connection.get().state).toBe('lost');
    up = true;
    w.due.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(w.connection.get().state).toBe('back');
  });
});
