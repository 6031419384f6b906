// What the loopback bridge and the bureau server share: reading a call's JSON body within limits, serving the built
// renderer, answering JSON, and holding a server-sent event stream open. No policy here (who may call, from where):
// each transport decides that itself.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { MAX_INPUT_DEPTH, TOO_DEEP_MESSAGE } from '../kernel/input-shape';
import type { EventStream } from './bridge-sessions';

/** The largest call either transport accepts (a scanned document as base64 fits). */
export const MAX_BODY = 16 * 1024 * 1024;
export const OVERSIZE_MESSAGE = '请求内容超过 16 MB，已拒绝';

export const TYPES: Record<string, string> = {
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

export function page(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>薪安</title><body style="font-family:sans-serif;padding:3em"><h2>薪安</h2><p>${message}</p></body></html>`);
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(JSON.stringify(body));
}

/** A request body a transport refuses, with the Chinese reason the caller reads. */
export class BodyRefused extends Error {
  constructor(
    message: string,
    /** 'oversize' for a body past MAX_BODY (the server audits it), 'malformed' otherwise. */
    readonly kind: 'oversize' | 'malformed' = 'malformed',
  ) {
    super(message);
  }
}

/**
 * True when brackets outside strings nest deeper than `max`. One pass over the text, no recursion: JSON.parse
 * would build the whole deep value first, and the core's own depth check would then walk it again.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
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
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    // A declared length past the limit is refused before a byte is read.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return fail(new BodyRefused(OVERSIZE_MESSAGE, 'oversize'));
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new BodyRefused(OVERSIZE_MESSAGE, 'oversize'));
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

/**
 * Serves a file of the built renderer, or index.html for any other path inside it (the router's pages); false when
 * there is nothing to serve. `headers` are the transport's own (its CSP and the like).
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, pathname: string, headers: Record<string, string>): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  let file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) return false;
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    ...headers,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

/** Answers with an event stream, kept alive by a comment every 15 s, registered in `streams` until it closes. */
export function openEventStream(res: ServerResponse, streams: Set<EventStream>, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', ...headers });
  res.write(': connected\n\n');
  streams.add(res);
  const beat = setInterval(() => {
    if (!res.writableEnded) res.write(': keep-alive\n\n');
  }, 15_000);
  // 'close' on the response: the browser went away, or the transport ended the stream (sign-out, discarded tab).
  res.on('close', () => {
    clearInterval(beat);
    streams.delete(res);
  });
}
