// The desktop app as a bureau server's client: instead of the embedded core, the window's MessagePort (the same
// messages port-client.ts and the core's host.ts speak) is served here, in main. Each port gets its own tab on the
// server; each call is POSTed there and its answer posted back, the tab's event stream is relayed, and the port is
// told which server it is and whether it can be reached ({type:'link'}: the status bar and the window title).
// While the server cannot be reached nothing that changes data is sent (as the page's http-api.ts); a change whose
// answer never came is UNCONFIRMED. A certificate that no longer matches the pin refuses everything (pin.ts).
import type { Agent } from 'node:https';
import type { HostMessage } from '../../../shared/contract/api';
import { channels } from '../../../shared/contract/channels';
import type { SessionOpened } from '../../../shared/contract/bridge';
import type { ErrorCode, Result } from '../../../shared/contract/result';
import { OFFLINE_MESSAGE, OFFLINE_READ_MESSAGE, SIGN_IN_AGAIN_MESSAGE, UNCONFIRMED_MESSAGE, type LinkStatus } from '../../../shared/contract/server-link';
import type { ServerAddress } from './address';
import { PinRefused } from './pin';
import { TabClient } from './tab-client';

/** The window's port as main sees it: a MessagePortMain, or a worker_threads MessagePort in tests. */
export interface LinkPort {
  postMessage(message: HostMessage): void;
  onMessage(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

export interface LinkTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ForwardingOptions {
  address: ServerAddress;
  /** The pinned agent (pinned-agent.ts); one for every window. */
  agent: Agent;
  /** The name confirmed with the fingerprint; replaced by the server's own answer when it opens a tab. */
  serverName: string;
  userAgent: string;
  timers?: LinkTimers;
  /** Told of every change of this port's link (main sets the window title from it). */
  onStatus?: (status: LinkStatus) => void;
}

export interface ForwardedPort {
  status(): LinkStatus;
  close(): void;
}

/** The checks while the server is away: quick at first, then every 5 s (the page's PING_DELAYS_MS). */
export const LINK_PING_DELAYS_MS = [1_000, 2_000, 4_000, 5_000] as const;
const STREAM_AGAIN_MS = 300;

type Failure = Extract<Result<never>, { ok: false }>;
const failure = (code: ErrorCode, message: string): Failure => ({ ok: false, error: { code, message, fields: null } });

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string';
}

function callOf(data: unknown): { id: number; channel: string; input: unknown } | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { type?: unknown; id?: unknown; channel?: unknown; input?: unknown };
  if (d.type !== 'call' || typeof d.id !== 'number' || !Number.isSafeInteger(d.id) || d.id < 0) return null;
  return { id: d.id, channel: typeof d.channel === 'string' ? d.channel : '', input: d.input };
}

export function serveServerPort(port: LinkPort, o: ForwardingOptions): ForwardedPort {
  const timers = o.timers ?? (globalThis as unknown as LinkTimers);
  const tab = new TabClient({ address: o.address, agent: o.agent, userAgent: o.userAgent });
  let status: LinkStatus = { server: o.serverName, state: 'connected', refusal: null };
  let closed = false;
  let opening: Promise<Failure | null> | null = null;
  let stream: { close: () => void } | null = null;
  let streaming = false;
  let pinger: unknown = null;
  let attempt = 0;

  const post = (m: HostMessage) => {
    if (closed) return;
    try {
      port.postMessage(m);
    } catch {
      /* the window went away; its port's close ends this link */
    }
  };
  const tell = (next: Partial<LinkStatus>) => {
    const before = status;
    status = { ...status, ...next };
    if (before.state === status.state && before.server === status.server && before.refusal === status.refusal) return;
    post({ type: 'link', link: status });
    o.onStatus?.(status);
  };

  // A function, so the state is read afresh after an await (TypeScript would keep an earlier narrowing).
  const refused = () => status.state === 'refused';
  const stopPinging = () => {
    if (pinger !== null) timers.clearTimeout(pinger);
    pinger = null;
  };
  const schedulePing = () => {
    stopPinging();
    if (closed || status.state !== 'lost') return;
    const wait = LINK_PING_DELAYS_MS[Math.min(attempt++, LINK_PING_DELAYS_MS.length - 1)];
    pinger = timers.setTimeout(() => {
      pinger = null;
      void (tab.open ? tab.ping() : ensureTab().then((r) => r === null)).then((ok) => (ok ? reached() : schedulePing()));
    }, wait);
  };

  /** A request failed for want of the server (or its certificate no longer matches the pin). */
  const unreachable = (error: Error) => {
    if (error instanceof PinRefused) {
      stopPinging();
      const c = error.check;
      return tell({ state: 'refused', refusal: { message: c.message, pinned: c.pinned, presented: c.presented } });
    }
    if (status.state !== 'connected') return;
    attempt = 0;
    tell({ state: 'lost' });
    schedulePing();
  };
  const reached = () => {
    if (status.state !== 'lost') return;
    stopPinging();
    tell({ state: 'connected' });
    void ensureStream();
  };

  /** Opens a tab once at a time: null when it is open, else what the calls are told. */
  function ensureTab(): Promise<Failure | null> {
    if (tab.open) return Promise.resolve(null);
    opening ??= (async () => {
      const r = await tab.openTab();
      if (!r.ok) {
        unreachable(r.error);
        return refused() ? failure('FORBIDDEN', status.refusal!.message) : failure('OFFLINE', OFFLINE_READ_MESSAGE);
      }
      reached();
      if (r.status !== 200 || !tab.open) return isResult(r.body) && !r.body.ok ? (r.body as Failure) : failure('INTERNAL', `服务器未能打开会话（HTTP ${r.status}）`);
      const name = (r.body as SessionOpened).server?.name;
      if (typeof name === 'string' && name) tell({ server: name });
      void ensureStream();
      return null;
    })().finally(() => (opening = null));
    return opening;
  }

  async function ensureStream(): Promise<void> {
    if (closed || stream || streaming || !tab.open || status.state !== 'connected') return;
    streaming = true;
    const sentWith = tab.tab;
    const r = await tab.events(
      (event) => post({ type: 'event', event }),
      () => {
        stream = null;
        // The server ends a stream at a sign-out, too: only a failed check means it is away.
        void tab.ping().then((ok) => {
          if (!ok) return unreachable(new Error('stream ended'));
          timers.setTimeout(() => void ensureStream(), STREAM_AGAIN_MS);
        });
      },
    );
    streaming = false;
    if (closed) {
      if (r.ok) r.close();
      return;
    }
    if (r.ok) {
      stream = r;
      return;
    }
    if (r.status === 401 && tab.tab === sentWith) {
      // The server no longer knows the tab: a new one; the next call says to sign in again.
      tab.forget();
      void ensureTab();
    } else if (r.status === null) void tab.ping().then((ok) => (ok ? timers.setTimeout(() => void ensureStream(), STREAM_AGAIN_MS) : unreachable(new Error('no stream'))));
  }

  async function forward(channel: string, input: unknown, retried = false): Promise<Result<unknown>> {
    const def = (channels as Record<string, { kind: string; permission: string } | undefined>)[channel];
    const writes = def?.kind === 'mutation';
    if (status.state === 'refused') return failure('FORBIDDEN', status.refusal!.message);
    if (status.state === 'lost' && writes) return failure('OFFLINE', OFFLINE_MESSAGE);
    const refusedOpen = await ensureTab();
    if (refusedOpen) return refusedOpen.error.code === 'OFFLINE' && writes ? failure('OFFLINE', OFFLINE_MESSAGE) : refusedOpen;
    const sentWith = tab.tab;
    const r = await tab.call(channel, input);
    if (!r.ok) {
      unreachable(r.error);
      if (refused()) return failure('FORBIDDEN', status.refusal!.message);
      // A change may have reached the server before the network failed: never shown as saved, nor as not saved.
      return writes ? failure('UNCONFIRMED', UNCONFIRMED_MESSAGE) : failure('OFFLINE', OFFLINE_READ_MESSAGE);
    }
    reached();
    if (!isResult(r.body)) return failure('INTERNAL', `服务器返回了无法识别的内容（HTTP ${r.status}）`);
    if (r.status === 401 && !r.body.ok && r.body.error.code === 'UNAUTHENTICATED') {
      if (tab.tab === sentWith) tab.forget();
      const reopened = await ensureTab();
      if (reopened) return reopened;
      // Before anyone signs in, a public call (the sign-in list) works on the new tab as on the old one.
      if (!retried && def?.permission === 'public' && channel !== 'session.end') return forward(channel, input, true);
      return failure('UNAUTHENTICATED', SIGN_IN_AGAIN_MESSAGE);
    }
    return r.body;
  }

  port.onMessage((data) => {
    const call = callOf(data);
    if (!call || closed) return;
    void forward(call.channel, call.input).then(
      (result) => post({ type: 'result', id: call.id, result }),
      (e: unknown) => post({ type: 'result', id: call.id, result: failure('INTERNAL', `转发请求时出错：${e instanceof Error ? e.message : String(e)}`) }),
    );
  });
  const close = () => {
    if (closed) return;
    closed = true;
    stopPinging();
    stream?.close();
    stream = null;
    try {
      port.close();
    } catch {
      /* already closed */
    }
  };
  port.onClose(close);
  // The window learns its server at once; the tab (and with it the stream) is opened now, not at the first call.
  post({ type: 'link', link: status });
  void ensureTab();
  return { status: () => status, close };
}
