// The first screen's calls, asked at once. Drawn one after another they wait for each other: setup.status, then (set
// up) session.current, then (no one signed in) the sign-in screen asks session.candidates — three round trips and
// three renders before the list shows. None of the three needs another's answer to be asked (each is public and
// harmless before the first run: no session, an empty list), so the gate asks the latter two beside setup.status;
// the screens that use them find the answers in the cache. The event stream's ticket is still asked first (the
// events bridge mounts before the gate). docs/architecture.md, "How the renderer is loaded".
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { forgetSignInCandidates, prefetchSignInCandidates } from '../features/setup/queries';
import { useApi } from '../platform/api';
import { SESSION_KEY } from './queries';
import { fetchSession } from './session';

/** `initialized`: setup.status's answer once it came (undefined before). */
export function useFirstCallsAtOnce(initialized: boolean | undefined): void {
  const client = useQueryClient();
  const target = useApi();
  useEffect(() => {
    // prefetchQuery never throws and joins a call already on its way; a failure is asked again by the screen's own query.
    void client.prefetchQuery({ queryKey: SESSION_KEY, queryFn: () => fetchSession(client) });
    void prefetchSignInCandidates(client, target);
  }, [client, target]);
  // Before the first run the list was empty: not kept for the sign-in screen the first sign-out will show.
  useEffect(() => {
    if (initialized === false) forgetSignInCandidates(client);
  }, [client, initialized]);
}
