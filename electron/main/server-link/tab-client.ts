// One tab on the bureau server, from main: opened as the page opens its own (SESSION_OPEN_PATH, the server's
// Origin, the client header), its cookie and tab secret kept here in memory only, calls POSTed with both, the event
// stream opened with a single-use ticket. Every request goes through the pinned agent (pinned-agent.ts).
import { request, type Agent } from 'node:https';
import type { IncomingMessage } from 'node:http';
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
import type { CoreEvent } from '../../../shared/contract/events';
import type { ServerAddress } from './address';

/** An answer, or the network's failure (no answer, or a gateway's 502/503/504: the server is away). */
export type Exchange = { ok: true; status: number; body: unknown } | { ok: false; error: Error };

const UNREACHABLE_STATUS = new Set([502, 503, 504]);
const CALL_TIMEOUT_MS = 130_000; // the server's own limit is 120 s per request
const MAX_ANSWER = 64 * 1024 * 1024;

export interface TabClientOptions {
  address: ServerAddress;
  agent: Agent;
  userAgent: string;
}

export class TabClient {
  private cookie: string | null = null;
  private secret: string | null = null;

  constructor(private readonly o: TabClientOptions) {}

  get open(): boolean {
    return this.secret !== null;
  }

  /** The tab secret the last call carried (a 401 for an older tab is not a new loss). */
  get tab(): string | null {
    return this.secret;
  }

  forget(): void {
    this.cookie = null;
    this.secret = null;
  }

  private headers(withTab: boolean): Record<string, string> {
    const h: Record<string, string> = {
      host: this.o.address.hostHeader,
      origin: this.o.address.origin,
      [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
      'user-agent': this.o.userAgent,
      'content-type': 'application/json',
    };
    if (withTab && this.secret && this.cookie) Object.assign(h, { [TAB_HEADER]: this.secret, cookie: this.cookie });
    return h;
  }

  private send(method: 'GET' | 'POST', path: string, body: string | null, withTab: boolean): Promise<{ res: IncomingMessage; text: string } | Error> {
    return new Promise((resolve) => {
      const req = request(
        { host: this.o.address.host, port: this.o.address.port, method, path, agent: this.o.agent, timeout: CALL_TIMEOUT_MS, headers: { ...this.headers(withTab), 'content-length': String(Buffer.byteLength(body ?? '')) } },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_ANSWER) req.destroy(new Error('answer too large'));
            else chunks.push(c);
          });
          res.on('end', () => resolve({ res, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (e) => resolve(e));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => resolve(e));
      req.end(body ?? undefined);
    });
  }

  private async exchange(path: string, body: string | null, withTab = true): Promise<Exchange> {
    const r = await this.send('POST', path, body, withTab);
    if (r instanceof Error) return { ok: false, error: r };
    if (UNREACHABLE_STATUS.has(r.res.statusCode ?? 0)) return { ok: false, error: new Error(`HTTP ${r.res.statusCode}`) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.text);
    } catch {
      parsed = null;
    }
    if (path === SESSION_OPEN_PATH && r.res.statusCode === 200) {
      const opened = parsed as SessionOpened;
      const cookie = String(r.res.headers['set-cookie'] ?? '').split(';')[0];
      if (typeof opened?.tab === 'string' && cookie.includes('=')) {
        this.secret = opened.tab;
        this.cookie = cookie;
      }
    }
    return { ok: true, status: r.res.statusCode ?? 0, body: parsed };
  }

  /** Opens a new tab; the answer's body is SessionOpened on 200, the server's refusal otherwise. */
  openTab(): Promise<Exchange> {
    this.forget();
    return this.exchange(SESSION_OPEN_PATH, '', false);
  }

  call(channel: string, input: unknown): Promise<Exchange> {
    return this.exchange(`/api/${encodeURIComponent(channel)}`, JSON.stringify(input ?? {}));
  }

  /** True when the server answered at all (a gateway's answer is not the server's). */
  async ping(): Promise<boolean> {
    return (await this.exchange(PING_PATH, '')).ok;
  }

  /**
   * Opens the event stream: a ticket, then GET EVENTS_PATH. Resolves with a close function once the stream is open,
   * or with the failure. `ended` runs once when the stream ends for any reason after it opened.
   */
  async events(onEvent: (event: CoreEvent) => void, ended: () => void): Promise<{ ok: true; close: () => void } | { ok: false; status: number | null }> {
    const t = await this.exchange(EVENTS_TICKET_PATH, '');
    if (!t.ok) return { ok: false, status: null };
    const ticket = (t.body as { ticket?: unknown } | null)?.ticket;
    if (t.status !== 200 || typeof ticket !== 'string') return { ok: false, status: t.status };
    return new Promise((resolve) => {
      let opened = false;
      let over = false;
      const end = () => {
        if (over) return;
        over = true;
        if (opened) ended();
      };
      const req = request(
        { host: this.o.address.host, port: this.o.address.port, method: 'GET', path: `${EVENTS_PATH}?ticket=${encodeURIComponent(ticket)}`, agent: this.o.agent, headers: { ...this.headers(true), accept: 'text/event-stream' } },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            over = true;
            return resolve({ ok: false, status: res.statusCode ?? null });
          }
          opened = true;
          resolve({ ok: true, close: () => req.destroy() });
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            buffer += c;
            let at: number;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, at);
              buffer = buffer.slice(at + 2);
              const data = block
                .split('\n')
                .filter((l) => l.startsWith('data: '))
                .map((l) => l.slice(6))
                .join('\n');
              if (!data) continue;
              try {
                onEvent(JSON.parse(data) as CoreEvent);
              } catch {
                /* a malformed event is dropped, as the page's EventSource handler would fail on it alone */
              }
            }
          });
          res.on('end', end);
          res.on('close', end);
          res.on('error', end);
        },
      );
      req.on('error', () => {
        if (!opened) {
          over = true;
          resolve({ ok: false, status: null });
        } else end();
      });
      req.end();
    });
  }
}
