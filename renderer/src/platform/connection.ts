// Whether the core can be reached, as this page last found out: connected, lost (a call or the event stream failed
// for want of a network or server), back (reachable again; says so for a few seconds). While lost the page asks
// PING_PATH every few seconds (1, 2, 4, then every 5 s) and nothing that changes data is sent (api.ts). Which
// server this is (the bureau server's name) is shown in the status bar and the window title.
import { useSyncExternalStore } from 'react';
import type { LinkStatus } from '../../../shared/contract/server-link';

export type ConnectionState = 'connected' | 'lost' | 'back';
/** desktop: window.api (the embedded core or the app's own link); bridge: the loopback bridge; server: a bureau server. */
export type TransportMode = 'desktop' | 'bridge' | 'server';

export interface ConnectionSnapshot {
  readonly mode: TransportMode;
  readonly state: ConnectionState;
  /** The bureau server's name (server mode only). */
  readonly server: string | null;
  /** The server no longer knew this tab (restart, expiry): a new tab was opened and the person must sign in again. */
  readonly signInAgain: boolean;
  /** Desktop client mode: the server's certificate no longer matches the confirmed one (main refuses every call). */
  readonly refusal: LinkStatus['refusal'];
}

export interface ConnectionTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The waits between checks while lost: quick at first, then every 5 seconds (never longer). */
export const PING_DELAYS_MS = [1_000, 2_000, 4_000, 5_000] as const;
/** How long "已恢复连接" stays before the bar settles back to "已连接". */
export const BACK_SHOWN_MS = 5_000;

export interface ConnectionStore {
  get(): ConnectionSnapshot;
  subscribe(listener: () => void): () => void;
  /** A call or stream failed for want of the network or the server (fetch threw, 502/503/504). */
  lost(): void;
  /** Something answered: if the page thought it was lost, it is back. */
  reached(): void;
  /** The event stream broke: check at once whether the server is still there (it also ends on a sign-out). */
  suspect(): void;
  /** Which server (server mode), and the mode; sets the window title. */
  identify(mode: TransportMode, server: string | null): void;
  setSignInAgain(value: boolean): void;
  setRefusal(refusal: LinkStatus['refusal']): void;
  /** Runs each time the connection comes back (drafts kept locally are sent, screens asked again). */
  onBack(listener: () => void): () => void;
  /** How the page checks (PING_PATH, or the desktop's own call); true when the core answered. */
  setPing(ping: () => Promise<boolean>): void;
}

export function createConnectionStore(timers: ConnectionTimers = globalThis as unknown as ConnectionTimers, baseTitle = '薪安'): ConnectionStore {
  let snap: ConnectionSnapshot = { mode: 'desktop', state: 'connected', server: null, signInAgain: false, refusal: null };
  const listeners = new Set<() => void>();
  const backListeners = new Set<() => void>();
  let ping: () => Promise<boolean> = async () => true;
  let attempt = 0;
  let pinger: unknown = null;
  let settle: unknown = null;
  let checking = false;

  const set = (next: Partial<ConnectionSnapshot>) => {
    snap = { ...snap, ...next };
    for (const l of [...listeners]) l();
  };
  const stopPinging = () => {
    if (pinger !== null) timers.clearTimeout(pinger);
    pinger = null;
  };
  const schedule = () => {
    stopPinging();
    const wait = PING_DELAYS_MS[Math.min(attempt, PING_DELAYS_MS.length - 1)];
    attempt++;
    pinger = timers.setTimeout(() => {
      pinger = null;
      void check();
    }, wait);
  };
  async function check(): Promise<void> {
    if (checking) return;
    checking = true;
    const ok = await ping().catch(() => false);
    checking = false;
    if (ok) store.reached();
    else if (snap.state === 'lost') schedule();
    else store.lost();
  }

  const store: ConnectionStore = {
    get: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    lost() {
      if (settle !== null) timers.clearTimeout(settle);
      settle = null;
      if (snap.state === 'lost') return;
      attempt = 0;
      set({ state: 'lost' });
      schedule();
    },
    reached() {
      if (snap.state !== 'lost') return;
      stopPinging();
      set({ state: 'back' });
      settle = timers.setTimeout(() => {
        settle = null;
        if (snap.state === 'back') set({ state: 'connected' });
      }, BACK_SHOWN_MS);
      for (const l of [...backListeners]) l();
    },
    suspect() {
      if (snap.state !== 'lost') void check();
    },
    identify(mode, server) {
      set({ mode, server });
      if (typeof document !== 'undefined' && mode === 'server' && server) document.title = `${baseTitle} — ${server}`;
    },
    setSignInAgain(value) {
      if (snap.signInAgain !== value) set({ signInAgain: value });
    },
    setRefusal(refusal) {
      if (snap.refusal?.message !== refusal?.message) set({ refusal });
    },
    onBack(listener) {
      backListeners.add(listener);
      return () => void backListeners.delete(listener);
    },
    setPing(p) {
      ping = p;
    },
  };
  return store;
}

/** This page's connection (one per page, like its transport). */
export const connection = createConnectionStore();

export function useConnection(store: ConnectionStore = connection): ConnectionSnapshot {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

// The words are shared with main's forwarding host (the desktop app as a server's client).
export { OFFLINE_MESSAGE, OFFLINE_READ_MESSAGE, UNCONFIRMED_MESSAGE, SIGN_IN_AGAIN_MESSAGE } from '../../../shared/contract/server-link';
