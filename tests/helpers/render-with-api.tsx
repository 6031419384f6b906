// Renders part of the interface against a fake Api (fake-api.ts): a fresh query client wired to the fake's events as
// the app wires it to the core's, and, for screens below the sign-in gate, the signed-in person.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { SessionInfo } from '../../shared/contract/session';
import { SessionContext } from '../../renderer/src/app/session';
import { ApiContext } from '../../renderer/src/platform/api';
import { connectCoreEvents, createQueryClient } from '../../renderer/src/platform/queries';
import type { FakeApi } from './fake-api';

export function renderWithApi(ui: ReactNode, api: FakeApi, { session = null }: { session?: SessionInfo | null } = {}): RenderResult & { client: QueryClient } {
  const client = createQueryClient();
  const disconnect = connectCoreEvents(client, () => {}, api);
  const result = render(
    <QueryClientProvider client={client}>
      <ApiContext.Provider value={api}>
        <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  const unmount = result.unmount;
  return {
    ...result,
    client,
    unmount: () => {
      unmount();
      disconnect();
      client.clear();
    },
  };
}
