// The window's side of the core's MessagePort: calls queue until main hands over the port, every channel name
// is checked against the contract's list before anything is sent, and answers are matched to calls by id.
// No zod and no Node here: this runs in the sandboxed preload (HOUSE-STYLE.md, "preload").
import type { HostMessage, HostRequest } from '../../shared/contract/api';
import { isChannelName } from '../../shared/contract/channel-names';
import type { CoreEvent } from '../../shared/contract/events';
import type { AppError, Result } from '../../shared/contract/result';
import type { LinkStatus } from '../../shared/contract/server-link';

/** What the client needs from a port: send, receive payloads, learn that it closed. */
export interface ClientPort {
  postMessage(message: HostRequest): void;
  onMessage(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
}

export interface PortClient {
  /** Gives the client its port (once); queued calls go out now. */
  attach(port: ClientPort): void;
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /** Client mode: the bureau server's name and reachability, as main's forwarding host reports them (the last one at once). */
  onLink(listener: (link: LinkStatus) => void): () => void;
}

const refused = (code: AppError['code'], message: string): Result<never> => ({ ok: false, error: { code, message, fields: null } });

const DISCONNECTED = '与薪安后台服务的连接已断开，本次操作的结果未知。请关闭并重新打开窗口后核对数据';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Only well-formed answers and events are acted on; anything else from the port is ignored. */
function asHostMessage(data: unknown): HostMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'result' && typeof data.id === 'number' && isObject(data.result) && typeof data.result.ok === 'boolean') return data as HostMessage;
  if (data.type === 'event' && isObject(data.event) && typeof data.event.type === 'string') return data as HostMessage;
  if (data.type === 'link' && isObject(data.link) && typeof data.link.server === 'string' && ['connected', 'lost', 'refused'].includes(data.link.state as string)) return data as HostMessage;
  return null;
}

export function createPortClient(): PortClient {
  let port: ClientPort | null = null;
  let closed = false;
  let nextId = 1;
  const queue: HostRequest[] = [];
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: CoreEvent) => void>();
  const linkListeners = new Set<(link: LinkStatus) => void>();
  let lastLink: LinkStatus | null = null;

  const settle = (id: number, result: Result<unknown>) => {
    const resolve = pending.get(id);
    if (!resolve) return;
    pending.delete(id);
    resolve(result);
  };

  const send = (request: HostRequest) => {
    try {
      port!.postMessage(request);
    } catch {
      // structured clone refuses functions, DOM nodes, symbols…: the contract is JSON-only anyway.
      settle(request.id, refused('VALIDATION', '请求数据中含有无法传送的内容，未发送'));
    }
  };

  const onMessage = (data: unknown) => {
    const message = asHostMessage(data);
    if (!message) return;
    if (message.type === 'result') settle(message.id, message.result);
    else if (message.type === 'link') {
      lastLink = message.link;
      for (const listener of [...linkListeners]) listener(message.link);
    } else for (const listener of [...listeners]) listener(message.event);
  };

  const onClose = () => {
    closed = true;
    for (const id of [...pending.keys()]) settle(id, refused('INTERNAL', DISCONNECTED));
  };

  return {
    attach(p) {
      if (port) return;
      port = p;
      p.onMessage(onMessage);
      p.onClose(onClose);
      for (const request of queue.splice(0)) send(request);
    },
    invoke(channel, input) {
      if (!isChannelName(channel)) return Promise.resolve(refused('UNKNOWN_CHANNEL', `未知的请求：${String(channel).slice(0, 80)}`));
      if (closed) return Promise.resolve(refused('INTERNAL', DISCONNECTED));
      const request: HostRequest = { type: 'call', id: nextId++, channel, input: input ?? {} };
      return new Promise((resolve) => {
        pending.set(request.id, resolve);
        if (port) send(request);
        else queue.push(request);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onLink(listener) {
      linkListeners.add(listener);
      if (lastLink) listener(lastLink);
      return () => void linkListeners.delete(listener);
    },
  };
}

/** A DOM MessagePort (the preload's) or anything shaped like one — worker_threads' MessagePort is, too. */
export interface DomPortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: () => void): void;
  start(): void;
}

export function fromDomPort(port: DomPortLike): ClientPort {
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (l) => {
      port.addEventListener('message', (e) => l(e.data));
      // addEventListener (unlike onmessage) does not start the port's queue by itself.
      port.start();
    },
    // Where the engine fires 'close' (the other end gone), pending calls fail instead of hanging; main also reloads.
    onClose: (l) => port.addEventListener('close', l),
  };
}
