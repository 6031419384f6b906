// The one way features talk to the core. Under Electron the preload provides window.api (a MessagePort to the
// core's utilityProcess); in a browser the same calls go over HTTP to the loopback bridge or a bureau server
// (http-api.ts). Features never know which — and a component test hands its own typed fake through ApiContext.
// Whether the core is reachable is connection.ts's: while it is not, calls that change data are refused here.
import { createContext, useContext } from 'react';
import type { Api } from '../../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { isMutation } from '../../../shared/contract/channel-names';
import type { CoreEvent } from '../../../shared/contract/events';
import { AppErrorException, type AppError, type ErrorCode } from '../../../shared/contract/result';
import { connection, OFFLINE_MESSAGE, UNCONFIRMED_MESSAGE, type ConnectionStore } from './connection';
import { createHttpApi } from './http-api';

declare global {
  interface Window {
    api?: Api;
  }
}

/** The network's failures (the forwarding host's, in client mode): not the core's answer. */
const UNREACHED = new Set<ErrorCode>(['OFFLINE', 'UNCONFIRMED']);

/**
 * The desktop app's link to its core: the embedded one, or a bureau server through main's forwarding host (client
 * mode), which says which server and whether it can be reached (onLink) and answers OFFLINE/UNCONFIRMED for the network.
 */
export function desktopApi(inner: Api, store: ConnectionStore = connection): Api {
  store.identify('desktop', null);
  inner.onLink?.((link) => {
    store.identify('server', link.server);
    store.setRefusal(link.refusal);
    if (link.state === 'connected') store.reached();
    else store.lost();
  });
  store.setPing(async () => {
    try {
      const r = await inner.invoke('setup.status', {});
      return r.ok || !UNREACHED.has(r.error.code);
    } catch {
      return false;
    }
  });
  return {
    async invoke(channel, input) {
      try {
        const r = await inner.invoke(channel, input);
        if (!r.ok && UNREACHED.has(r.error.code)) store.lost();
        else if (!store.get().refusal) store.reached();
        return r;
      } catch {
        store.lost();
        const writes = isMutation(channel);
        return { ok: false, error: { code: writes ? 'UNCONFIRMED' : 'OFFLINE', message: writes ? UNCONFIRMED_MESSAGE : '无法连接薪安核心服务', fields: null } };
      }
    },
    subscribe: (listener: (e: CoreEvent) => void) => inner.subscribe(listener),
  };
}

function browserApi(): Api {
  return createHttpApi({
    fetch: (...args) => fetch(...args),
    storage: sessionStorage,
    location: window.location,
    replaceState: (url) => window.history.replaceState(null, '', url),
    eventSource: (url) => new EventSource(url),
    connection,
  });
}

export const api: Api = window.api ? desktopApi(window.api) : browserApi();

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
  // While the core cannot be reached nothing that changes data is sent: refused at once, rather than pretending.
  if (connection.get().state === 'lost' && isMutation(channel)) {
    throw new AppErrorException({ code: 'OFFLINE', message: OFFLINE_MESSAGE, fields: null });
  }
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
