// @vitest-environment jsdom
// '/' goes on to the person's home page each time it is reached (renderer/src/app/router.tsx Home), also when it is
// reached again while the home page's code is still loading — in e2e, the address set to '#/' right after sign-in
// interrupted the first redirect and left the leader's desk blank (joint-mediation.spec.ts, 1 run in 8 under load).
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/contract/session';
import type { Permission } from '../../shared/domain/permissions';
import { homePath } from '../../renderer/src/app/access';
import { Home, pageRoute } from '../../renderer/src/app/router';
import { SessionContext } from '../../renderer/src/app/session';

afterEach(cleanup);

const permissions = ['case.read', 'intake.read'] as Permission[];
const session = { permissions } as unknown as SessionInfo;

function HomePage() {
  return <h1>首页内容</h1>;
}

it('reaching / again while the home page loads still arrives at the home page', async () => {
  const home = homePath(new Set(permissions))!;
  const pageId = home === '/cases' ? 'cases' : 'intakes';
  let arrive!: () => void;
  const loaded = new Promise<void>((resolve) => (arrive = resolve));
  const routes: RouteObject[] = [
    {
      path: '/',
      element: <Outlet />,
      children: [
        { index: true, element: <Home /> },
        { path: home.slice(1), ...pageRoute(pageId, () => loaded.then(() => HomePage)) },
      ],
    },
  ];
  // Two entries of '/' with the same key, as the hash router gives an address set by hand: no key, 'default', like the
  // first. Home is reached at the first; its redirect waits for the page's code; Forward reaches the second.
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: '/', key: 'default' }, { pathname: '/', key: 'default' }], initialIndex: 0 });
  render(
    <SessionContext.Provider value={session}>
      <RouterProvider router={router} />
    </SessionContext.Provider>,
  );
  await act(async () => {
    await Promise.resolve();
  });
  expect(router.state.navigation.state).toBe('loading');
  await act(() => router.navigate(1));
  expect(router.state.location.pathname).toBe('/');
  await act(async () => {
    arrive();
    await loaded;
  });
  expect(await screen.findByText('首页内容')).toBeTruthy();
  expect(router.state.location.pathname).toBe(home);
});
