// Browser mode (development and end-to-end tests): the same core behind a loopback HTTP bridge. 127.0.0.1 only;
// a one-time login link (60 s) is exchanged for a tab: an HttpOnly SameSite=Strict cookie plus a tab secret the page
// sends as a header on every call (bridge-sessions.ts says why the cookie alone is not enough). A foreign Host or
// Origin is refused (DNS rebinding, cross-site requests) and no CORS preflight is approved. Events go out as
// server-sent events, opened with a single-use ticket, to signed-in tabs only, and end when the tab's person signs out.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { EVENTS_PATH, EVENTS_TICKET_PATH, TAB_HEADER } from '../../../shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/content-security-policy';
import { BridgeSessions, DEFAULT_BRIDGE_LIMITS, type BridgeLimits, type BridgeTab } from './bridge-sessions';
import type { Clock } from '../kernel/context';
import type { Core } from '../index';
import { BodyRefused, json, openEventStream, page, readJsonBody, serveStatic as serveFile } from './http-common';

export { TAB_HEADER };

export interface BridgeOptions {
  core: Core;
  port?: number;
  /** A built renderer (out/renderer) to serve; or null with `fallback` (Vite's dev middleware). */
  staticDir?: string | null;
  fallback?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** For expiry (login links, tickets, idle tabs); the system clock by default. */
  clock?: Clock;
  /** How long an idle tab is kept (default 8 hours). */
  idleMs?: number;
}

export interface Bridge {
  origin: string;
  port: number;
  /** A fresh one-time login URL (each works once, within 60 seconds). */
  loginUrl(): string;
  /** Open tabs (each holds a core session). */
  openSessions(): number;
  /** Discards idle tabs and expired links now (it also runs every minute and before each request). */
  sweep(): void;
  close(): Promise<void>;
}

const SWEEP_MS = 60_000;
const GONE = '浏览器会话已失效，请使用启动时打印的链接重新打开';

function unauthenticated(res: ServerResponse): void {
  json(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: GONE, fields: null } });
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const { core } = opts;
  const clock = opts.clock ?? { now: () => Date.now() };
  const tabs = new BridgeSessions(core, clock, { ...DEFAULT_BRIDGE_LIMITS, ...(opts.idleMs ? { idleMs: opts.idleMs } : {}) } satisfies BridgeLimits);
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;

  // Only to tabs someone is signed in to: job results and what changed are the staff's business, not a sign-in
  // screen's. A core reset (database restored or found damaged; it carries nothing else) goes to every tab, since
  // it signs everyone out and every page must reload.
  const unsubscribe = core.events.subscribe((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const tab of tabs.all()) if (tab.core.staffId !== null || event.type === 'core.reset') for (const s of tab.streams) s.write(line);
  });
  const sweeper = setInterval(() => tabs.sweep(), SWEEP_MS);
  sweeper.unref();

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    // The page's own policy, and no framing by another page.
    return staticRoot !== null && serveFile(staticRoot, req, res, pathname, { 'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` });
  }

  function openStream(res: ServerResponse, tab: BridgeTab): void {
    openEventStream(res, tab.streams);
  }

  const server = createServer(async (req, res) => {
    try {
      tabs.sweep();
      if (!allowedHosts().includes(req.headers.host ?? '')) return page(res, 403, '拒绝访问：只能通过本机地址访问。');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().includes(origin)) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他网站的请求', fields: null } });
      // The page calls only its own origin, which never needs a preflight: approve none, for no origin.
      if (req.method === 'OPTIONS') return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '不接受跨域请求', fields: null } });
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname === '/auth') {
        const redeemed = tabs.redeemLoginToken(url.searchParams.get('token') ?? '');
        if (!redeemed.ok) {
          return page(
            res,
            403,
            redeemed.reason === 'expired'
              ? '登录链接已过期：链接打印后 60 秒内有效，且只能使用一次。请在启动薪安的终端按回车键获取新的链接。'
              : '登录链接无效或已使用过。请在启动薪安的终端按回车键获取新的链接（或重新运行 <code>npm run web</code>）。',
          );
        }
        // The tab secret rides in the fragment: the browser keeps it, and sends it to no server and in no Referer.
        res.writeHead(302, { location: `/#${redeemed.fragment}`, 'set-cookie': `${redeemed.cookie}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
        return res.end();
      }

      if (url.pathname === EVENTS_PATH && req.method === 'GET') {
        const tab = tabs.redeemTicket(url.searchParams.get('ticket') ?? '', req.headers.cookie);
        return tab ? openStream(res, tab) : unauthenticated(res);
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求', fields: null } });
        if (origin === undefined) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '请求缺少来源信息，已拒绝', fields: null } });
        const tab = tabs.fromCall(req.headers.cookie, req.headers[TAB_HEADER]);
        if (!tab) return unauthenticated(res);
        const session = tab.core;
        if (url.pathname === EVENTS_TICKET_PATH) return json(res, 200, { ticket: tabs.issueTicket(tab) });
        let input: unknown;
        try {
          input = await readJsonBody(req);
        } catch (e) {
          const message = e instanceof BodyRefused ? e.message : '请求内容不是有效的 JSON，或超过 16 MB';
          return json(res, 400, { ok: false, error: { code: 'VALIDATION', message, fields: null } });
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        const before = session.staffId;
        const result = await core.dispatch(session, channel, input);
        // A stream belongs to the person signed in when it carried their events: signing out (or the core ending the
        // session, or another person signing in on this tab) ends it. The page opens a new one with a new ticket.
        if (before !== null && session.staffId !== before) tabs.endStreams(tab);
        return json(res, 200, result);
      }

      if (!tabs.hasLiveCookie(req.headers.cookie) && (url.pathname === '/' || url.pathname.endsWith('.html'))) {
        return page(res, 401, '请使用启动薪安时终端里打印的登录链接打开本页面。');
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (serveStatic(req, res, url.pathname)) return;
        if (opts.fallback) return opts.fallback(req, res, () => page(res, 404, '页面不存在'));
      }
      page(res, 404, '页面不存在');
    } catch (e) {
      if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'INTERNAL', message: `桥接服务出错：${(e as Error).message}`, fields: null } });
      else res.end();
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    loginUrl: () => `${origin}/auth?token=${tabs.issueLoginToken()}`,
    openSessions: () => tabs.size,
    sweep: () => tabs.sweep(),
    async close() {
      clearInterval(sweeper);
      unsubscribe();
      for (const tab of [...tabs.all()]) tabs.discard(tab);
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
