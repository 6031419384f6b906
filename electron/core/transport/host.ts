// The core's side of a MessagePort: one port, one session. Under Electron the port comes from main (a
// MessagePortMain in the utilityProcess); in tests it is a worker_threads MessagePort. Both are adapted to
// HostPort, so the same code serves both and is tested under plain Node.
import type { HostMessage, HostRequest } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';
import type { Core } from '../index';
import type { Logger } from '../kernel/logger';

/** The little a transport needs from a port: send, receive (the payload only), and learn that it closed. */
export interface HostPort {
  postMessage(message: HostMessage): void;
  onMessage(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

export type HostCore = Pick<Core, 'dispatch' | 'events' | 'openSession' | 'closeSession'>;

export interface ServedPort {
  readonly sessionId: string;
  /** Ends the session and closes the port (idempotent). */
  close(): void;
}

const MAX_ID = Number.MAX_SAFE_INTEGER;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A usable call id: a message without one cannot be answered, so it is dropped. */
function callId(data: unknown): number | null {
  if (!isObject(data) || data.type !== 'call') return null;
  const id = data.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 && id <= MAX_ID ? id : null;
}

function failure(code: 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message, fields: null } };
}

export function serveCorePort(core: HostCore, port: HostPort, logger?: Logger): ServedPort {
  // This PC's own window: the port comes from the main process, which checked the window (electron/main/ipc.ts).
  const session = core.openSession({ transport: 'desktop', address: '127.0.0.1', agent: null });
  let closed = false;

  const send = (message: HostMessage) => {
    if (closed) return;
    try {
      port.postMessage(message);
    } catch (e) {
      // A closed or broken port must not take the core down; the window will ask for a new one.
      logger?.warn('host: could not post to port', { error: e instanceof Error ? e.message : String(e) });
    }
  };

  const unsubscribe = core.events.subscribe((event) => send({ type: 'event', event }));

  const handle = async (data: unknown) => {
    if (closed) return;
    const id = callId(data);
    if (id === null) {
      logger?.warn('host: ignored a malformed message', { kind: isObject(data) ? String(data.type).slice(0, 40) : typeof data });
      return;
    }
    // A missing or non-string channel is answered by dispatch itself (UNKNOWN_CHANNEL).
    const request = data as HostRequest;
    let result: Result<unknown>;
    try {
      result = await core.dispatch(session, request.channel, request.input);
    } catch (e) {
      // dispatch answers every failure itself; this only guards against a bug escaping it.
      logger?.error('host: dispatch threw', { channel: request.channel, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      result = failure('INTERNAL', '系统内部错误，本次操作未完成。错误已记录，请联系技术支持');
    }
    send({ type: 'result', id, result });
  };

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    core.closeSession(session);
    try {
      port.close();
    } catch {
      // Already closed by the other side.
    }
  };

  port.onMessage((data) => void handle(data));
  port.onClose(close);
  return { sessionId: session.id, close };
}

/** A worker_threads MessagePort (tests, and any Node transport): 'message' carries the payload itself. */
export interface NodePortLike {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  close(): void;
}

export function fromNodePort(port: NodePortLike): HostPort {
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (l) => void port.on('message', l),
    onClose: (l) => void port.on('close', l),
    close: () => port.close(),
  };
}

/** Electron's MessagePortMain in a utilityProcess: 'message' carries an event with .data, and it must be started. */
export interface UtilityPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

export function fromUtilityPort(port: UtilityPortLike): HostPort {
  let started = false;
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (l) => {
      port.on('message', (e) => l(e.data));
      // Messages queue until start(); start only once a listener is in place so none is lost.
      if (!started) {
        started = true;
        port.start();
      }
    },
    onClose: (l) => void port.on('close', l),
    close: () => port.close(),
  };
}
