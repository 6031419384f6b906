// The bureau server (`npm run server`): the core's contract over HTTPS on the LAN, for every desk and browser. It
// grows the loopback bridge's design (bridge.ts): tabs with a cookie and a secret header, event streams by ticket,
// no CORS — but never the bridge's printed login link: the page opens its own tab (SESSION_OPEN_PATH), bound to the
// address it came from. One port: a TLS handshake goes to the HTTPS server, anything else gets a redirect to https.
// Every refusal at this level is on the audit trail with the client's address (core.recordRefusal).
import { X509Certificate } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import {
  CLIENT_HEADER,
  CLIENT_HEADER_VALUE,
  EVENTS_PATH,
  EVENTS_TICKET_PATH,
  PING_PATH,
  SESSION_OPEN_PATH,
  TAB_HEADER,
  type SessionOpened,
} from '../../../shared/contract/bridge';
import type { ErrorCode } from '../../../shared/contract/result';
import type { RefusalReason } from '../audit/refusals';
import type { ClientInfo, Clock } from '../kernel/context';
import type { Core } from '../index';
import { BodyRefused, json, MAX_BODY, openEventStream, page, readJsonBody, serveStatic } from './http-common';
import { DEFAULT_SERVER_LIMITS, hostAllowed, peerAddress, rateLimitedMessage, SECURITY_HEADERS, serverNames, SignInLimiter, userAgent, type ServerLimits } from './server-guard';
import { ServerTabs, type SavedTab, type ServerTab } from './server-tabs';

export { DEFAULT_SERVER_LIMITS, type ServerLimits };

/** What the server needs of the core (the whole Core fits). */
export type ServerCore = Pick<Core, 'dispatch' | 'events' | 'openSession' | 'closeSession' | 'recordRefusal' | 'onSessionEnded'>;

/** Where tabs are kept across a restart (server-tab-store.ts keeps them in the core's database). */
export interface TabStore {
  load(): SavedTab[];
  save(tab: SavedTab): void;
  drop(id: string): void;
  /** Forgets every saved tab (a restore or a damaged database signed everyone out). */
  clear(): void;
}

export interface ServerOptions {
  core: ServerCore;
  /** The address to listen on: '0.0.0.0' for every interface, '127.0.0.1' for this PC only. */
  host: string;
  /** 0 for any free port. */
  port: number;
  /** The built renderer (out/renderer), served to anyone at GET / (it holds no data); null serves no page. */
  staticDir: string | null;
  /** PEM key and certificate (tls.ts makes or loads them). */
  tls: { key: string | Buffer; cert: string | Buffer };
  clock?: Clock;
  limits?: Partial<ServerLimits>;
  /** Extra names the server answers to (the administrator's --name, a DNS name); the first is its shown name. */
  names?: string[];
  /** Tabs kept across restarts; absent, a restart signs every desk out. */
  tabStore?: TabStore;
}

export interface BureauServer {
  /** The origin for this PC (the listen address, or 127.0.0.1 when listening on every interface). */
  origin: string;
  port: number;
  /** The certificate's SHA-256 fingerprint, AA:BB:… (what a desk compares before trusting it). */
  fingerprint: string;
  /** Every name and address a browser may use for this server. */
  names: string[];
  openTabs(): number;
  /** Discards idle tabs now (it also runs every minute). */
  sweep(): void;
  close(): Promise<void>;
}

const SWEEP_MS = 60_000;
const GONE = '会话已失效（长时间未操作、服务器已重启或从其他电脑使用），请刷新页面重新登录';
const SIGN_IN_CHANNELS = new Set(['session.login', 'session.unlock']);

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  foreignHost: '拒绝访问：请使用服务器的名称或地址访问薪安',
  foreignOrigin: '拒绝来自其他网站的请求',
  missingOrigin: '请求缺少来源信息，已拒绝',
  missingClientHeader: '请求不是由薪安页面发出的，已拒绝',
  preflight: '不接受跨域请求',
  wrongAddress: '该会话属于另一台电脑，已拒绝。请在本机刷新页面重新登录',
  rateLimited: '登录失败次数过多，请稍后再试',
  oversizeBody: '请求内容超过 16 MB，已拒绝',
  tooManyConnections: '本机连接数过多，已拒绝',
  tooManyTabs: '本机打开的薪安页面过多，请关闭不用的标签页后刷新',
};

const STATUS: Record<RefusalReason, number> = {
  foreignHost: 421,
  foreignOrigin: 403,
  missingOrigin: 403,
  missingClientHeader: 403,
  preflight: 403,
  wrongAddress: 401,
  rateLimited: 429,
  oversizeBody: 413,
  tooManyConnections: 429,
  tooManyTabs: 429,
};

export async function startServer(opts: ServerOptions): Promise<BureauServer> {
  const { core } = opts;
  const clock = opts.clock ?? { now: () => Date.now() };
  const limits: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...opts.limits };
  const store = opts.tabStore;
  // A tab that cannot be saved still works; only a restart would sign it out. The failure is not the call's.
  const keep = (what: () => void) => {
    try {
      what();
    } catch {
      /* the database is being restored or the disk is full: the core reports those itself */
    }
  };
  const tabs = new ServerTabs(core, clock, limits, store && { saved: (t) => keep(() => store.save(saved(t))), dropped: (id) => keep(() => store.drop(id)) });
  const limiter = new SignInLimiter(limits, clock.now);
  const fingerprint = new X509Certificate(opts.tls.cert).fingerprint256;
  const displayName = opts.names?.[0]?.trim() || hostname();
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;
  let port = 0;
  let names: string[] = [];
  let lastSweep = 0;

  if (store) {
    // Idle ones are dropped by the first sweep; the rest come back with their person signed in.
    for (const t of store.load()) tabs.restore(t);
    tabs.sweep();
  }

  const unsubscribe = core.events.subscribe((event) => {
    // A restore or a damaged database signed everyone out: the saved tabs (perhaps the backup's own) say so too.
    if (event.type === 'core.reset' && store) keep(() => (store.clear(), [...tabs.all()].forEach((t) => store.save(saved(t)))));
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const tab of tabs.all()) if (tab.core.staffId !== null || event.type === 'core.reset') for (const s of tab.streams) s.write(line);
  });
  const unsubscribeEnded = core.onSessionEnded((session) => tabs.sessionEnded(session));
  const sweeper = setInterval(() => (tabs.sweep(), limiter.sweep()), SWEEP_MS);
  sweeper.unref();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const client: ClientInfo = { transport: 'server', address: peerAddress(req), agent: userAgent(req) };
    const path = (req.url ?? '/').split('?')[0];
    const api = path.startsWith('/api/');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (api) res.setHeader('cache-control', 'no-store');
    const refuse = (reason: RefusalReason, message = REFUSAL_MESSAGES[reason]) => {
      core.recordRefusal(client, { reason, path });
      const code: ErrorCode = reason === 'rateLimited' ? 'RATE_LIMITED' : reason === 'wrongAddress' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      if (api) json(res, STATUS[reason], { ok: false, error: { code, message, fields: null } });
      else page(res, STATUS[reason], message);
    };
    const oversize = () => {
      res.setHeader('connection', 'close');
      refuse('oversizeBody');
    };
    const unauthenticated = () => json(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: GONE, fields: null } });

    if (clock.now() - lastSweep > 1_000) {
      lastSweep = clock.now();
      tabs.sweep();
    }
    if (!hostAllowed(req.headers.host, names, port)) return refuse('foreignHost');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `https://${req.headers.host!.toLowerCase()}`) return refuse('foreignOrigin');
    if (req.method === 'OPTIONS') return refuse('preflight');

    if (!api) {
      if ((req.method === 'GET' || req.method === 'HEAD') && staticRoot && serveStatic(staticRoot, req, res, path, {})) return;
      return page(res, req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, '页面不存在');
    }

    if (path === EVENTS_PATH && req.method === 'GET') {
      // EventSource sends no custom header and, same-origin, no Origin: the single-use ticket, the cookie and the
      // address stand in; a browser's own word that the request is cross-site is refused outright.
      if (req.headers['sec-fetch-site'] === 'cross-site') return refuse('foreignOrigin');
      const ticket = new URL(req.url ?? '/', 'https://x').searchParams.get('ticket') ?? '';
      const check = tabs.redeemTicket(ticket, req.headers.cookie, client.address);
      if (!check.ok) return check.reason === 'wrongAddress' ? refuse('wrongAddress') : unauthenticated();
      return openEventStream(res, check.tab.streams);
    }
    if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求', fields: null } });
    if (origin === undefined) return refuse('missingOrigin');
    if (req.headers[CLIENT_HEADER] !== CLIENT_HEADER_VALUE) return refuse('missingClientHeader');
    // A declared length past the limit is refused from anyone before a byte is read (a longer chunked body from a
    // live tab is cut off while reading, below).
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return oversize();

    if (path === SESSION_OPEN_PATH) {
      if (tabs.countFor(client.address) >= limits.tabsPerAddress) return refuse('tooManyTabs');
      const opened = tabs.open(client);
      const body: SessionOpened = { tab: opened.header, server: { name: displayName } };
      return json(res, 200, body, { 'set-cookie': `${opened.cookie}; Secure; HttpOnly; SameSite=Strict; Path=/` });
    }

    const check = tabs.fromCall(req.headers.cookie, req.headers[TAB_HEADER], client.address);
    if (!check.ok) return check.reason === 'wrongAddress' ? refuse('wrongAddress') : unauthenticated();
    const tab = check.tab;
    if (path === PING_PATH) return json(res, 200, { ok: true, at: clock.now() });
    if (path === EVENTS_TICKET_PATH) return json(res, 200, { ticket: tabs.issueTicket(tab) });

    // Read only for a live tab from its own address: nobody else makes the server hold 16 MB.
    let input: unknown;
    try {
      input = await readJsonBody(req);
    } catch (e) {
      if (e instanceof BodyRefused && e.kind === 'oversize') return oversize();
      return json(res, 400, { ok: false, error: { code: 'VALIDATION', message: e instanceof BodyRefused ? e.message : '请求内容不是有效的 JSON', fields: null } });
    }

    let channel: string;
    try {
      channel = decodeURIComponent(path.slice('/api/'.length));
    } catch {
      return json(res, 404, { ok: false, error: { code: 'VALIDATION', message: '没有这个接口', fields: null } });
    }
    const signIn = SIGN_IN_CHANNELS.has(channel);
    if (signIn) {
      const until = limiter.blockedUntil(client.address);
      if (until !== null) return refuse('rateLimited', rateLimitedMessage(until, clock.now()));
    }
    const session = tab.core;
    const before = { staffId: session.staffId, at: session.authenticatedAt, locked: session.locked };
    const result = await core.dispatch(session, channel, input);
    // Only failures count toward the address's limit: a successful sign-in never does.
    if (signIn && !result.ok) limiter.failed(client.address);
    // A stream belongs to the person signed in when it carried their events (as the bridge).
    if (before.staffId !== null && session.staffId !== before.staffId) tabs.endStreams(tab);
    tabs.touched(tab, session.staffId !== before.staffId || session.authenticatedAt !== before.at || session.locked !== before.locked);
    return json(res, 200, result);
  }

  const https = createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert, minVersion: 'TLSv1.2', handshakeTimeout: limits.firstByteTimeoutMs }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'INTERNAL', message: `服务器出错：${(e as Error).message}`, fields: null } });
      else res.end();
    });
  });
  https.headersTimeout = limits.headersTimeoutMs;
  https.requestTimeout = limits.requestTimeoutMs;

  // Plain HTTP on the same port: a redirect to https for this server's own names, nothing else.
  const redirect = createHttpServer((req, res) => {
    const host = req.headers.host;
    if (!hostAllowed(host, names, port)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      return res.end('请使用 https:// 和服务器的名称或地址访问薪安');
    }
    res.writeHead(301, { location: `https://${host}${req.url?.startsWith('/') ? req.url : '/'}`, 'cache-control': 'no-store', connection: 'close' });
    res.end();
  });
  redirect.headersTimeout = limits.headersTimeoutMs;
  redirect.requestTimeout = limits.headersTimeoutMs;

  const perAddress = new Map<string, number>();
  const sockets = new Set<Socket>();
  const front = createNetServer((socket: Socket) => {
    const raw = socket.remoteAddress ?? 'unknown';
    const address = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
    const open = (perAddress.get(address) ?? 0) + 1;
    if (open > limits.connectionsPerAddress) {
      core.recordRefusal({ transport: 'server', address, agent: null }, { reason: 'tooManyConnections', path: '' });
      socket.destroy();
      return;
    }
    perAddress.set(address, open);
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      const n = (perAddress.get(address) ?? 1) - 1;
      if (n > 0) perAddress.set(address, n);
      else perAddress.delete(address);
    });
    socket.on('error', () => socket.destroy());
    // A connection that says nothing is closed (slowloris at the handshake).
    socket.setTimeout(limits.firstByteTimeoutMs, () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] === 0x16 ? https : redirect).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((ok, fail) => {
    front.once('error', fail);
    front.listen(opts.port, opts.host, () => ok());
  });
  port = (front.address() as AddressInfo).port;
  names = serverNames(opts.host, opts.names ?? []);
  const local = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;

  return {
    origin: `https://${local}:${port}`,
    port,
    fingerprint,
    names,
    openTabs: () => tabs.size,
    sweep: () => tabs.sweep(),
    async close() {
      clearInterval(sweeper);
      unsubscribe();
      unsubscribeEnded();
      // The last call of each tab, for the idle limit after the restart.
      if (store) for (const t of tabs.all()) keep(() => store.save(saved(t)));
      tabs.closeAll();
      await new Promise<void>((ok) => {
        front.close(() => ok());
        https.closeAllConnections();
        redirect.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
    },
  };
}

function saved(tab: ServerTab): SavedTab {
  return {
    id: tab.id,
    cookieHash: tab.cookieHash,
    secretHash: tab.secretHash,
    address: tab.address,
    agent: tab.core.client?.agent ?? null,
    staffId: tab.core.staffId,
    authenticatedAt: tab.core.authenticatedAt,
    credentialVersion: tab.core.credentialVersion,
    locked: tab.core.locked,
    lastSeenAt: tab.lastSeenAt,
  };
}
