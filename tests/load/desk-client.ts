// One simulated desk's connection to the bureau server: the same protocol as the page (shared/contract/bridge.ts) —
// a session opened with the page's Origin and the client header, then every call a POST with the tab header and
// the tab's cookie — over HTTPS that trusts only the server's own certificate (`ca`), as a pinned desk would.
import { Agent, get, request } from 'node:https';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, EVENTS_PATH, EVENTS_TICKET_PATH, SESSION_OPEN_PATH, TAB_HEADER, type SessionOpened } from '../../shared/contract/bridge';
import type { CoreEvent } from '../../shared/contract/events';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';

export interface HttpAnswer {
  status: number;
  body: unknown;
  cookies: string[];
}

/** A failure of the transport itself (no answer, not JSON, a status other than 200): always an error, never a conflict. */
export class TransportError extends Error {}

export interface ServerTrust {
  origin: string;
  /** The server's certificate (PEM): the only one this client trusts. */
  ca: string | Buffer;
}

/** A keep-alive agent per desk, like a browser's connection pool: a desk reuses its TLS connection. */
export function deskAgent(trust: ServerTrust): Agent {
  return new Agent({ keepAlive: true, maxSockets: 2, ca: trust.ca });
}

export function postJson(agent: Agent, origin: string, path: string, headers: Record<string, string>, body: unknown, timeoutMs = 60_000): Promise<HttpAnswer> {
  const data = Buffer.from(JSON.stringify(body ?? {}));
  const url = new URL(path, origin);
  return new Promise((ok, fail) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(data.length), origin, ...headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text === '' ? null : JSON.parse(text);
          } catch {
            // left as text: the caller reports it
          }
          const setCookie = res.headers['set-cookie'] ?? [];
          ok({ status: res.statusCode ?? 0, body: parsed, cookies: setCookie.map((c) => c.split(';')[0]!) });
        });
        res.on('error', fail);
      },
    );
    req.on('timeout', () => req.destroy(new TransportError(`${path}：${timeoutMs} ms 内没有应答`)));
    req.on('error', (e) => fail(e instanceof TransportError ? e : new TransportError(`${path}：${e.message}`)));
    req.end(data);
  });
}

/** A desk's signed-in (or not yet) tab on the server. */
export class DeskClient {
  private tab: string | null = null;
  private cookie = '';
  private streamAgent: Agent | null = null;
  readonly agent: Agent;

  constructor(private readonly trust: ServerTrust) {
    this.agent = deskAgent(trust);
  }

  /** Opens the tab (POST SESSION_OPEN_PATH), as a page holding no tab secret does. */
  async open(): Promise<SessionOpened> {
    const r = await postJson(this.agent, this.trust.origin, SESSION_OPEN_PATH, { [CLIENT_HEADER]: CLIENT_HEADER_VALUE }, {});
    const opened = r.body as SessionOpened | null;
    if (r.status !== 200 || !opened || typeof opened.tab !== 'string') throw new TransportError(`打开会话失败：HTTP ${r.status} ${JSON.stringify(r.body)}`);
    if (r.cookies.length === 0) throw new TransportError('打开会话失败：服务器没有设置会话 Cookie');
    this.tab = opened.tab;
    this.cookie = r.cookies.join('; ');
    return opened;
  }

  /** One contract call; a transport failure throws TransportError, a refusal comes back as `{ ok: false }`. */
  async invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> {
    if (this.tab === null) throw new TransportError('会话尚未打开');
    const r = await postJson(this.agent, this.trust.origin, `/api/${channel}`, { [CLIENT_HEADER]: CLIENT_HEADER_VALUE, [TAB_HEADER]: this.tab, cookie: this.cookie }, input);
    // A refusal is a Result whatever the status (the server answers 401/403 with one); anything else is the transport's.
    const body = r.body as Result<ChannelOutput<K>> | null;
    if (!body || typeof body !== 'object' || typeof body.ok !== 'boolean' || (r.status !== 200 && body.ok)) {
      throw new TransportError(`${channel}：HTTP ${r.status} ${typeof r.body === 'string' ? r.body.slice(0, 200) : JSON.stringify(r.body)?.slice(0, 200)}`);
    }
    return body;
  }

  /** As invoke, but a refusal throws (for the setup steps, where any refusal is a broken test). */
  async call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
    const r = await this.invoke(channel, input);
    if (!r.ok) throw new Error(`${channel}：${r.error.code} ${r.error.message}`);
    return r.value;
  }

  /**
   * Opens the tab's event stream as the page does: a single-use ticket asked for with the tab header, then the
   * stream (EventSource cannot send headers). Resolves once the server has answered the stream's request.
   */
  async openEvents(onEvent: (event: CoreEvent, at: number) => void): Promise<void> {
    if (this.tab === null) throw new TransportError('会话尚未打开');
    const r = await postJson(this.agent, this.trust.origin, EVENTS_TICKET_PATH, { [CLIENT_HEADER]: CLIENT_HEADER_VALUE, [TAB_HEADER]: this.tab, cookie: this.cookie }, {});
    const ticket = (r.body as { ticket?: unknown } | null)?.ticket;
    if (r.status !== 200 || typeof ticket !== 'string') throw new TransportError(`事件流凭据：HTTP ${r.status} ${JSON.stringify(r.body)}`);
    // Its own agent: a stream holds its connection for as long as the desk is open.
    this.streamAgent = new Agent({ keepAlive: false, ca: this.trust.ca });
    const url = new URL(`${EVENTS_PATH}?ticket=${encodeURIComponent(ticket)}`, this.trust.origin);
    await new Promise<void>((ok, fail) => {
      const req = get(url, { agent: this.streamAgent!, headers: { cookie: this.cookie, origin: this.trust.origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return fail(new TransportError(`事件流：HTTP ${res.statusCode}`));
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of message.split('\n')) if (line.startsWith('data: ')) onEvent(JSON.parse(line.slice(6)) as CoreEvent, performance.now());
          }
        });
        res.on('error', () => undefined);
        ok();
      });
      req.on('error', (e) => fail(new TransportError(`事件流：${e.message}`)));
    });
  }

  close(): void {
    this.agent.destroy();
    this.streamAgent?.destroy();
  }
}
