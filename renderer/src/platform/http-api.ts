// The page's transport over HTTP: the loopback bridge (development, tests) or a bureau server on the LAN. The
// bridge hands the tab its secret in the login redirect's fragment; a server is asked for a tab (SESSION_OPEN_PATH)
// when the page holds none. Either way the secret is kept in sessionStorage (this tab, this origin) with the mode
// and the server's name, and sent as TAB_HEADER with CLIENT_HEADER on every call. Failures of the network feed the
// connection store; a tab the server no longer knows is replaced by a new one without reloading the page.
import type { Api } from '../../../shared/contract/api';
import {
  CLIENT_HEADER,
  CLIENT_HEADER_VALUE,
  EVENTS_PATH,
  EVENTS_TICKET_PATH,
  PING_PATH,
  SESSION_OPEN_PATH,
  TAB_FRAGMENT,
  TAB_HEADER,
  type SessionOpened,
} from '../../../shared/contract/bridge';
import type { ChannelName } from '../../../shared/contract/channels';
import { isMutation, isPublicChannel } from '../../../shared/contract/channel-names';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';
import { OFFLINE_READ_MESSAGE, SIGN_IN_AGAIN_MESSAGE, UNCONFIRMED_MESSAGE, type ConnectionStore } from './connection';

export const TAB_KEY = 'xinan.tab';
export const MODE_KEY = 'xinan.mode';
export const SERVER_KEY = 'xinan.server';

/** What the transport needs from the page (a test hands its own). */
export interface HttpDeps {
  fetch: typeof fetch;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  location: { hash: string; pathname: string; search: string };
  replaceState(url: string): void;
  eventSource(url: string): EventSource;
  connection: ConnectionStore;
}

/** Answers of a proxy or gateway whose server is away: the network's failure, not the core's answer. */
const UNREACHABLE_STATUS = new Set([502, 503, 504]);
/** How long to wait before opening the event stream again: soon after it ended, longer while the server is away. */
const RECONNECT_MS = { first: 300, max: 30_000 } as const;

const failure = (code: 'OFFLINE' | 'UNCONFIRMED' | 'UNAUTHENTICATED' | 'INTERNAL', message: string): Result<never> => ({ ok: false, error: { code, message, fields: null } });

export function createHttpApi(deps: HttpDeps): Api {
  const { storage, connection } = deps;
  let secret: string | null = null;
  let mode: 'bridge' | 'server' | 'unknown' = 'unknown';
  const m = TAB_FRAGMENT.exec(deps.location.hash);
  if (m) {
    // The bridge's login redirect: the fragment is replaced by the router's root before the router reads it.
    secret = m[1];
    mode = 'bridge';
    storage.setItem(TAB_KEY, secret);
    storage.setItem(MODE_KEY, mode);
    storage.removeItem(SERVER_KEY);
    deps.replaceState(`${deps.location.pathname}${deps.location.search}#/`);
  } else {
    secret = storage.getItem(TAB_KEY);
    const kept = storage.getItem(MODE_KEY);
    mode = kept === 'server' || kept === 'bridge' ? kept : secret ? 'bridge' : 'unknown';
  }
  connection.identify(mode === 'server' ? 'server' : 'bridge', mode === 'server' ? storage.getItem(SERVER_KEY) : null);

  const headers = (): Record<string, string> => ({
    'content-type': 'application/json',
    [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
    ...(secret ? { [TAB_HEADER]: secret } : {}),
  });

  let opening: Promise<boolean> | null = null;
  /** Why the server would not open a tab, until it does. */
  let openRefusal: Result<never> | null = null;
  /** Asks the server for a tab (once at a time). False when this is the bridge (404) or the server is away. */
  function openSession(): Promise<boolean> {
    opening ??= (async () => {
      try {
        const res = await deps.fetch(SESSION_OPEN_PATH, { method: 'POST', headers: { [CLIENT_HEADER]: CLIENT_HEADER_VALUE }, credentials: 'same-origin' });
        if (UNREACHABLE_STATUS.has(res.status)) {
          connection.lost();
          return false;
        }
        connection.reached();
        // The loopback bridge has no such path: the page was opened without its login link.
        if (res.status === 404 && mode === 'unknown') mode = 'bridge';
        if (!res.ok) {
          // A server's refusal (too many tabs from this address, a foreign origin): its words are the calls' answer.
          openRefusal = await res.json().then((r: Result<never>) => (r && r.ok === false ? r : null)).catch(() => null);
          return false;
        }
        openRefusal = null;
        const opened = (await res.json()) as SessionOpened;
        secret = opened.tab;
        mode = 'server';
        storage.setItem(TAB_KEY, secret);
        storage.setItem(MODE_KEY, mode);
        storage.setItem(SERVER_KEY, opened.server.name);
        connection.identify('server', opened.server.name);
        return true;
      } catch {
        connection.lost();
        return false;
      } finally {
        opening = null;
      }
    })();
    return opening;
  }

  /** The page needs a tab before its first call when it came without one (a bureau server's page). */
  async function ready(): Promise<void> {
    if (opening) await opening;
    else if (!secret && mode !== 'bridge') await openSession();
  }

  /** A server tab refused (401): the server was replaced or the tab expired. A new tab; the person signs in again. */
  async function replaceTab(): Promise<boolean> {
    storage.removeItem(TAB_KEY);
    secret = null;
    // Said before the new tab is asked for: refusals of calls already on their way must not end the screen.
    connection.setSignInAgain(true);
    return openSession();
  }

  async function post(channel: ChannelName, input: unknown): Promise<Result<never>> {
    await ready();
    if (!secret && openRefusal) return openRefusal;
    const writes = isMutation(channel);
    const sentWith = secret;
    let res: Response;
    try {
      res = await deps.fetch(`/api/${channel}`, { method: 'POST', headers: headers(), body: JSON.stringify(input ?? {}), credentials: 'same-origin' });
    } catch {
      connection.lost();
      // A change may have reached the core before the network failed: never shown as saved, nor as not saved.
      return writes ? failure('UNCONFIRMED', UNCONFIRMED_MESSAGE) : failure('OFFLINE', OFFLINE_READ_MESSAGE);
    }
    if (UNREACHABLE_STATUS.has(res.status)) {
      connection.lost();
      return writes ? failure('UNCONFIRMED', UNCONFIRMED_MESSAGE) : failure('OFFLINE', OFFLINE_READ_MESSAGE);
    }
    connection.reached();
    let result: Result<never>;
    try {
      result = (await res.json()) as Result<never>;
    } catch {
      // Who answered: the bureau server, or this PC's own core behind the loopback bridge.
      return failure('INTERNAL', `${mode === 'server' ? '服务器' : '核心服务'}返回了无法识别的内容（HTTP ${res.status}）`);
    }
    if (res.status === 401 && sentWith !== null && mode === 'server' && !result.ok && result.error.code === 'UNAUTHENTICATED') {
      // Only a tab this call carried: a second refusal after another call already replaced it is not a new loss.
      if (secret === sentWith && !(await replaceTab())) return result;
      // Before anyone signs in, a public call (the sign-in list) works on the new tab as on the old one.
      if (isPublicChannel(channel) && channel !== 'session.end') return post(channel, input);
      return failure('UNAUTHENTICATED', SIGN_IN_AGAIN_MESSAGE);
    }
    return result;
  }

  const listeners = new Set<(e: CoreEvent) => void>();
  let source: EventSource | null = null;
  let connecting = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let delay: number = RECONNECT_MS.first;

  const reconnectLater = () => {
    if (retry || listeners.size === 0) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, RECONNECT_MS.max);
  };

  // A stream needs a fresh single-use ticket each time; the core ends it when the person signs out, and the next one
  // carries events again once someone signs in.
  async function connect(): Promise<void> {
    if (source || connecting || listeners.size === 0) return;
    connecting = true;
    let ticket: string | null = null;
    let gone = false;
    let sentWith: string | null = null;
    try {
      await ready();
      sentWith = secret;
      const res = await deps.fetch(EVENTS_TICKET_PATH, { method: 'POST', headers: headers(), credentials: 'same-origin' });
      if (UNREACHABLE_STATUS.has(res.status)) connection.lost();
      else {
        connection.reached();
        if (res.ok) ticket = ((await res.json()) as { ticket: string }).ticket;
        else gone = res.status === 401;
      }
    } catch {
      connection.lost();
    }
    connecting = false;
    if (listeners.size === 0) return;
    // A bridge tab that is gone needs a new login link; a server tab is replaced and the stream opened on the new one.
    if (gone && (mode !== 'server' || (secret === sentWith && !(await replaceTab())))) return;
    if (!ticket) return reconnectLater();
    const s = deps.eventSource(`${EVENTS_PATH}?ticket=${encodeURIComponent(ticket)}`);
    source = s;
    s.onopen = () => (delay = RECONNECT_MS.first);
    s.onmessage = (msg) => {
      const event = JSON.parse(msg.data as string) as CoreEvent;
      for (const l of listeners) l(event);
    };
    s.onerror = () => {
      // The ticket is spent: EventSource's own retry would be refused, so close it and ask for a new ticket.
      s.close();
      if (source === s) source = null;
      connection.suspect();
      reconnectLater();
    };
  }

  connection.setPing(async () => {
    try {
      await ready();
      const res = await deps.fetch(PING_PATH, { method: 'POST', headers: headers(), credentials: 'same-origin' });
      // Any answer but a gateway's means the core is there (the bridge has no ping: its answer will do).
      return !UNREACHABLE_STATUS.has(res.status);
    } catch {
      return false;
    }
  });
  // Back from a loss: a stream that gave up waiting is opened again at once.
  connection.onBack(() => {
    delay = RECONNECT_MS.first;
    if (retry) {
      clearTimeout(retry);
      retry = null;
    }
    void connect();
  });

  return {
    invoke: (channel, input) => post(channel, input),
    subscribe(listener) {
      listeners.add(listener);
      void connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
          if (retry) clearTimeout(retry);
          retry = null;
        }
      };
    },
  };
}
