// The one way features talk to the core. Under Electron the preload provides window.api (a MessagePort to the
// core's utilityProcess); in browser mode the same calls go to the loopback bridge. Features never know which.
import type { Api } from '../../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { CoreEvent } from '../../../shared/contract/events';
import { AppErrorException, type AppError, type ErrorCode, type Result } from '../../../shared/contract/result';

declare global {
  interface Window {
    api?: Api;
  }
}

function bridgeApi(): Api {
  const listeners = new Set<(e: CoreEvent) => void>();
  let source: EventSource | null = null;
  return {
    async invoke(channel, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
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
      if (!source) {
        source = new EventSource('/api/events');
        source.onmessage = (m) => {
          const event = JSON.parse(m.data as string) as CoreEvent;
          for (const l of listeners) l(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

export const api: Api = window.api ?? bridgeApi();

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

/** Calls a channel; resolves with its value or rejects with AppErrorException (code, message, fields). */
export async function call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const r = await api.invoke(channel, input);
  if (!r.ok) {
    if (SESSION_CODES.has(r.error.code) && !CREDENTIAL_CHANNELS.has(channel)) for (const l of sessionListeners) l(r.error);
    throw new AppErrorException(r.error);
  }
  return r.value;
}

export function errorMessage(e: unknown): string {
  if (e instanceof AppErrorException) return e.error.message;
  return e instanceof Error ? e.message : String(e);
}

export function errorFields(e: unknown): Record<string, string> {
  return e instanceof AppErrorException ? (e.error.fields ?? {}) : {};
}
