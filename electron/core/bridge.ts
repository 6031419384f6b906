// Browser mode (development and end-to-end tests): the same core behind a loopback HTTP bridge. 127.0.0.1 only;
// a one-time token, printed at start, is exchanged for an HttpOnly SameSite=Strict session cookie; a foreign
// Host or Origin is refused (DNS rebinding, cross-site requests); events go out as server-sent events.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Session } from './context';
import type { Core } from './index';
import { MAX_INPUT_DEPTH, TOO_DEEP_MESSAGE } from './input-shape';

export interface BridgeOptions {
  core: Core;
  port?: number;
  /** A built renderer (out/renderer) to serve; or null with `fallback` (Vite's dev middleware). */
  staticDir?: string | null;
  fallback?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** Content-Security-Policy for pages served from staticDir. */
  csp?: string;
}

export interface Bridge {
  origin: string;
  port: number;
  /** A fresh one-time login URL (each token works once). */
  loginUrl(): string;
  close(): Promise<void>;
}

const COOKIE = 'xinan_session';
const MAX_BODY = 16 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function page(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>薪安</title><body style="font-family:sans-serif;padding:3em"><h2>薪安</h2><p>${message}</p></body></html>`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** A request body the bridge refuses, with the Chinese reason the caller reads. */
class BodyRefused extends Error {}

/**
 * True when brackets outside strings nest deeper than `max`. One pass over the text, no recursion: JSON.parse
 * would build the whole deep value first, and the core's own depth check would then walk it again.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The request's JSON body ({} when empty): at most 16 MB, nested no deeper than the core accepts. */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new BodyRefused('请求内容超过 16 MB，已拒绝'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (body === '') return ok({});
      if (nestsDeeperThan(body, MAX_INPUT_DEPTH)) return fail(new BodyRefused(TOO_DEEP_MESSAGE));
      try {
        ok(JSON.parse(body));
      } catch {
        fail(new BodyRefused('请求内容不是有效的 JSON，已拒绝'));
      }
    });
    req.on('error', fail);
  });
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const { core } = opts;
  const tokens = new Set<string>();
  const sessions = new Map<string, Session>();
  const streams = new Set<ServerResponse>();
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const staticRoot = opts.staticDir ? resolve(opts.staticDir) : null;

  const unsubscribe = core.events.subscribe((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(line);
  });

  function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (!staticRoot) return false;
    let file = normalize(join(staticRoot, decodeURIComponent(pathname)));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return false;
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html');
    if (!existsSync(file)) return false;
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    };
    if (opts.csp) headers['content-security-policy'] = `${opts.csp}; frame-ancestors 'none'`;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  }

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts().includes(req.headers.host ?? '')) return page(res, 403, '拒绝访问：只能通过本机地址访问。');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().includes(origin)) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他网站的请求', fields: null } });
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname === '/auth') {
        const token = url.searchParams.get('token') ?? '';
        const match = [...tokens].find((t) => sameToken(t, token));
        if (!match) return page(res, 403, '登录链接无效或已使用过。请查看启动薪安的终端，使用新打印的链接（或重新运行 <code>npm run web</code>）。');
        tokens.delete(match);
        const id = randomBytes(32).toString('base64url');
        sessions.set(id, core.openSession());
        res.writeHead(302, { location: '/', 'set-cookie': `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store' });
        return res.end();
      }

      const session = sessions.get(readCookie(req, COOKIE) ?? '');
      if (url.pathname.startsWith('/api/')) {
        if (!session) return json(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '浏览器会话已失效，请使用启动时打印的链接重新打开', fields: null } });
        if (url.pathname === '/api/events' && req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
          res.write(': connected\n\n');
          streams.add(res);
          const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
          req.on('close', () => {
            clearInterval(beat);
            streams.delete(res);
          });
          return;
        }
        if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求', fields: null } });
        if (origin === undefined) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '请求缺少来源信息，已拒绝', fields: null } });
        let input: unknown;
        try {
          input = await readJsonBody(req);
        } catch (e) {
          const message = e instanceof BodyRefused ? e.message : '请求内容不是有效的 JSON，或超过 16 MB';
          return json(res, 400, { ok: false, error: { code: 'VALIDATION', message, fields: null } });
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        return json(res, 200, await core.dispatch(session, channel, input));
      }

      if (!session && (url.pathname === '/' || url.pathname.endsWith('.html'))) {
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
    loginUrl() {
      const token = randomBytes(24).toString('base64url');
      tokens.add(token);
      return `${origin}/auth?token=${token}`;
    },
    async close() {
      unsubscribe();
      for (const s of streams) s.end();
      for (const s of sessions.values()) core.closeSession(s);
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
