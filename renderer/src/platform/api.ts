// The one way features talk to the core. Under Electron the preload provides window.api (a MessagePort to the
// core's utilityProcess); in browser mode the same calls go to the loopback bridge. Features never know which —
// and a component test hands its own typed fake through ApiContext.
import { createContext, useContext } from 'react';
import type { Api } from '../../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { EVENTS_PATH, EVENTS_TICKET_PATH, TAB_FRAGMENT, TAB_HEADER } from '../../../shared/contract/bridge';
import type { CoreEvent } from '../../../shared/contract/events';
import { AppErrorException, type AppError, type ErrorCode, type Result } from '../../../shared/contract/result';

declare global {
  interface Window {
    api?: Api;
  }
}

const TAB_KEY = 'xinan.tab';

/**
 * The tab's secret for the bridge: taken once from the login redirect's fragment (which no server sees) and kept in
 * sessionStorage — this tab and this origin only — so a reload keeps working. The fragment is then replaced by the
 * router's root before the router reads it.
 */
function tabSecret(): string | null {
  const m = TAB_FRAGMENT.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TAB_KEY, m[1]);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return m[1];
  }
  return sessionStorage.getItem(TAB_KEY);
}

/** How long to wait before opening the event stream again: soon after it ended, longer while the bridge is away. */
const RECONNECT_MS = { first: 300, max: 30_000 } as const;

function bridgeApi(): Api {
  const secret = tabSecret();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(secret ? { [TAB_HEADER]: secret } : {}) };
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

  // A stream needs a fresh single-use ticket each time; the bridge ends it when the person signs out, and the
  // next one carries events again once someone signs in.
  async function connect(): Promise<void> {
    if (source || connecting || listeners.size === 0) return;
    connecting = true;
    let ticket: string | null = null;
    let gone = false;
    try {
      const res = await fetch(EVENTS_TICKET_PATH, { method: 'POST', headers, credentials: 'same-origin' });
      if (res.ok) ticket = ((await res.json()) as { ticket: string }).ticket;
      else gone = res.status === 401;
    } catch {
      // The bridge is not reachable; try again later.
    }
    connecting = false;
    if (listeners.size === 0) return;
    // A tab the bridge no longer knows cannot get a ticket until it is opened with a new login link.
    if (gone) return;
    if (!ticket) return reconnectLater();
    const s = new EventSource(`${EVENTS_PATH}?ticket=${encodeURIComponent(ticket)}`);
    source = s;
    s.onopen = () => (delay = RECONNECT_MS.first);
    s.onmessage = (m) => {
      const event = JSON.parse(m.data as string) as CoreEvent;
      for (const l of listeners) l(event);
    };
    s.onerror = () => {
      // The ticket is spent: EventSource's own retry would be refused, so close it and ask for a new ticket.
      s.close();
      if (source === s) source = null;
      reconnectLater();
    };
  }

  return {
    async invoke(channel, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: '无法连接薪安核心服务，请确认启动它的终端仍在运行', fields: null } };
      }
      try {
        return (await res.json()) as Result<never>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: `核心服务返回了无法识别的内容（HTTP ${res.status}）`, fields: null } };
      }
    },
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

export const api: Api = window.api ?? bridgeApi();

/** The Api the hooks below talk to: the real one, or a test's fake (tests/helpers/fake-api.ts). */
export const ApiContext = createContext<Api>(api);

export function useApi(): Api {
  return useContext(ApiContext);
}

/** Failures that concern the whole session, not the screen that made the call. */
const SESSION_CODES = new Set<ErrorCode>(['UNAUTHENTICATED', 'SESSION_LOCKED', 'PASSWORD_CHANGE_REQUIRED']);
/** Channels whose failures are their own screen's business: a wrong password there is not a lost session. */
const CREDENTIAL_CHANNELS = new Set<ChannelName>(['session.login', 'session.unlock', 'session.end', 'account.changePassword', 'setup.initialize']);
const sessionListeners = new Set<(error: AppError) => void>();

/**
 * Hears every failure that means the session changed under the interface — the core locked it (idle), it ended
 * (deactivated, password reset elsewhere) or a temporary password must be changed — whichever call met it.
 */
export function onSessionProblem(listener: (error: AppError) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Calls a channel through `target`; resolves with its value or rejects with AppErrorException (code, message, fields). */
export async function callWith<K extends ChannelName>(target: Api, channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const r = await target.invoke(channel, input);
  if (!r.ok) {
    if (SESSION_CODES.has(r.error.code) && !CREDENTIAL_CHANNELS.has(channel)) for (const l of sessionListeners) l(r.error);
    throw new AppErrorException(r.error);
  }
  return r.value;
}

/**
 * Calls a channel outside React (the session's own calls, a feature's queries.ts); components use their feature's
 * hooks instead, which go through ApiContext.
 */
export function call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  return callWith(api, channel, input);
}

/** Any failure as the core's error shape: a refusal as it came, anything else as INTERNAL with its message. */
export function toAppError(e: unknown): AppError {
  return e instanceof AppErrorException ? e.error : { code: 'INTERNAL', message: errorMessage(e), fields: null };
}

export function errorMessage(e: unknown): string {
  if (e instanceof AppErrorException) return e.error.message;
  return e instanceof Error ? e.message : String(e);
}

export function errorFields(e: unknown): Record<string, string> {
  return e instanceof AppErrorException ? (e.error.fields ?? {}) : {};
}
