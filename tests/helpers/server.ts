// The bureau server on 127.0.0.1 (port 0) over a real core, with raw HTTPS requests that trust its certificate, so a
// test can set Host, Origin and the source address (127.0.0.2: Linux routes all of 127/8 to this machine). The
// certificate is checked for the name localhost whatever Host the test sends.
import { request as httpsRequest } from 'node:https';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { startServer, type BureauServer, type ServerLimits, type TabStore } from '../../electron/core/transport/server';
import { generateCertificate } from '../../electron/core/transport/tls';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, SESSION_OPEN_PATH, TAB_HEADER, type SessionOpened } from '../../shared/contract/bridge';
import { STAFF_PASSWORD, testCore, type TestCore } from './core';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let pair: Promise<{ key: string; cert: string }> | null = null;
/** One certificate per test file (an EC key takes milliseconds, but there is no need for more). */
export function testCertificate() {
  pair ??= generateCertificate(['localhost', '127.0.0.1'], Date.now());
  return pair;
}

export interface RawOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The source address (127.0.0.2 plays another desk). */
  from?: string;
}

/** A raw HTTPS request, trusting `ca`, with whatever Host and Origin the test sets. */
export function rawHttps(port: number, ca: string, opts: RawOptions): Promise<RawAnswer> {
  return new Promise((ok, fail) => {
    const req = httpsRequest(
      { host: '127.0.0.1', servername: 'localhost', port, ca, method: opts.method ?? 'GET', path: opts.path, localAddress: opts.from, headers: { host: `127.0.0.1:${port}`, ...opts.headers }, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(opts.body);
  });
}

export interface Tab {
  cookie: string;
  header: string;
  /** Everything the page sends with a call: cookie, own Origin, client header, tab header. */
  headers: Record<string, string>;
  opened: SessionOpened;
}

export interface ServedCore extends TestCore {
  server: BureauServer;
  ca: string;
  raw(opts: RawOptions): Promise<RawAnswer>;
  /** Opens a tab as the page does (from `from`, default 127.0.0.1). */
  openTab(from?: string): Promise<Tab>;
  post(tab: Tab | Record<string, string>, channel: string, body?: object, from?: string): Promise<RawAnswer>;
  signIn(tab: Tab, name: string, password?: string): Promise<RawAnswer>;
  /** The transport refusals on the audit trail, oldest first. */
  refusals(): { reason: string; address: string; agent: string | null; path: string; count: number }[];
}

export async function servedCore(options: { limits?: Partial<ServerLimits>; tabStore?: TabStore; core?: TestCore; names?: string[] } = {}): Promise<ServedCore> {
  const t = options.core ?? (await testCore());
  const dir = mkdtempSync(join(tmpdir(), 'xinan-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>薪安</title>');
  const tls = await testCertificate();
  const server = await startServer({ core: t.core, host: '127.0.0.1', port: 0, staticDir: dir, tls, clock: t.clock, limits: options.limits, tabStore: options.tabStore, names: options.names });
  onTestFinished(() => server.close());
  const raw = (opts: RawOptions) => rawHttps(server.port, tls.cert, opts);
  const own = { origin: server.origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, 'content-type': 'application/json' };
  const openTab = async (from?: string): Promise<Tab> => {
    const res = await raw({ method: 'POST', path: SESSION_OPEN_PATH, headers: own, from, body: '{}' });
    expect(res.status, res.body).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    const opened = JSON.parse(res.body) as SessionOpened;
    const cookie = setCookie.split(';')[0];
    return { cookie, header: opened.tab, opened, headers: { ...own, cookie, [TAB_HEADER]: opened.tab } };
  };
  const post = (tab: Tab | Record<string, string>, channel: string, body: object = {}, from?: string) =>
    raw({ method: 'POST', path: `/api/${channel}`, headers: 'headers' in tab ? (tab as Tab).headers : (tab as Record<string, string>), body: JSON.stringify(body), from });
  const signIn = async (tab: Tab, name: string, password = STAFF_PASSWORD) => {
    const people = JSON.parse((await post(tab, 'session.candidates')).body).value as { id: string; name: string }[];
    const who = people.find((p) => p.name === name)!;
    return post(tab, 'session.login', { staffId: who.id, password });
  };
  const refusals = () =>
    (t.core.services!.db.prepare(`SELECT change FROM audit_log WHERE action = 'refused' AND entity = 'transport' ORDER BY seq`).all() as { change: string }[]).map((r) => JSON.parse(r.change));
  return { ...t, server, ca: tls.cert, raw, openTab, post, signIn, refusals };
}
