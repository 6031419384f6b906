// Who is signed in, what they may do, and the few things that change it: signing in, locking, signing out. The core
// decides all of it; the interface keeps the core's last answer (the session.current query) and shows it.
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import type { SessionInfo } from '../../../shared/contract/session';
import type { Permission } from '../../../shared/domain/permissions';
import { connection } from '../platform/connection';
import { endSession, lockSession, readSession, SESSION_KEY, touchSession } from './queries';

/**
 * Reads who is signed in. When a session the interface was showing has gone (the core reports no one after a
 * deactivation, a reset, a restart), one signed-in call learns why: it fails with the core's reason, which the
 * session-problem listener shows on the sign-in screen.
 */
export async function fetchSession(client: QueryClient): Promise<SessionInfo | null> {
  const info = await readSession();
  const shown = client.getQueryData<SessionInfo | null>(SESSION_KEY);
  // The server lost this tab (restarted, or the tab expired) and gave the page a new one: the screen stays, locked,
  // until the same person signs in again over it.
  if (info === null && shown && connection.get().signInAgain) return { ...shown, locked: true };
  if (info === null && shown) {
    await touchSession().catch(() => {});
  }
  return info;
}

export const SessionContext = createContext<SessionInfo | null>(null);

/** The signed-in person and the installation's unit; only used below the sign-in gate. */
export function useSession(): SessionInfo {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in shell');
  return s;
}

/** What the signed-in person may do (to decide what to show; the core checks every call itself). */
export function usePermissions(): ReadonlySet<Permission> {
  const { permissions } = useSession();
  const key = permissions.join(',');
  // Keyed on the content: a refetched session is a new array with the same permissions.
  return useMemo(() => new Set(key ? (key.split(',') as Permission[]) : []), [key]);
}

export interface SessionControl {
  /** The core answered with the person's session (signed in, unlocked, password changed). */
  update(info: SessionInfo): void;
  /** Locks the screen (the lock button, or idle time): the core first, then the overlay. */
  lock(idle: boolean): Promise<void>;
  /** The core says the session is locked (it locks idle sessions itself). */
  markLocked(): void;
  /** Signs out and returns to the sign-in screen. */
  signOut(): Promise<void>;
  /** The session ended without the person asking (deactivated, password reset, locked out): say why on the sign-in screen. */
  ended(reason: string | null): void;
}

export const SessionControlContext = createContext<SessionControl | null>(null);

export function useSessionControl(): SessionControl {
  const c = useContext(SessionControlContext);
  if (!c) throw new Error('useSessionControl outside the gate');
  return c;
}

/** Queries that do not belong to a person: everything else is forgotten when the person changes. */
const SHARED_QUERIES = new Set(['setup.status', 'session.current', 'session.candidates', 'units.list']);

function forgetPerson(client: QueryClient): void {
  client.removeQueries({ predicate: (q) => !SHARED_QUERIES.has(q.queryKey[0] as string) });
}

export function sessionControl(client: QueryClient, setNotice: (notice: string | null) => void): SessionControl {
  const current = () => client.getQueryData<SessionInfo | null>(SESSION_KEY) ?? null;
  const markLocked = () => client.setQueryData<SessionInfo | null>(SESSION_KEY, (s) => (s && !s.locked ? { ...s, locked: true } : s));
  const ended = (reason: string | null) => {
    const had = current();
    // Once only: late answers to the last person's calls (refused now) must not clear what the sign-in screen loads.
    if (!had) return;
    client.setQueryData(SESSION_KEY, null);
    forgetPerson(client);
    setNotice(reason);
  };
  return {
    update(info) {
      const before = current();
      if (before?.staff.id !== info.staff.id) {
        forgetPerson(client);
        // A new person starts on their own home page, not on the page the last one left open.
        window.history.replaceState(null, '', '#/');
      }
      setNotice(null);
      connection.setSignInAgain(false);
      client.setQueryData(SESSION_KEY, info);
      // What was refused while the screen was locked is asked again, now that it is not.
      if (before?.locked && !info.locked) void client.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
    },
    async lock(idle) {
      // The screen is covered whatever the answer: a failed call must not leave the desk open.
      markLocked();
      await lockSession(idle).catch(() => {});
    },
    markLocked,
    async signOut() {
      await endSession().catch(() => {});
      ended(null);
    },
    ended,
  };
}
