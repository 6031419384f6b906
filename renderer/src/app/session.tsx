import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../shared/contract/session';

export const SessionContext = createContext<SessionInfo | null>(null);

/** The signed-in person and the installation's unit; only used below the sign-in gate. */
export function useSession(): SessionInfo {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in shell');
  return s;
}
