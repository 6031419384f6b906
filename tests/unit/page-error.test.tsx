// @vitest-environment jsdom
// A page as the router loads it (renderer/src/app/router.tsx pageRoute, renderer/src/components/PageError.tsx): its
// code did not load — a LAN server updated under an open tab — or it threw while drawing. The page's place says so in
// Chinese with a way out, the frame stays, and the next address clears it without remounting a page that works.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../shared/contract/session';
import { pageRoute } from '../../renderer/src/app/router';
import { SessionContext } from '../../renderer/src/app/session';
import { isChunkLoadError, RouteError } from '../../renderer/src/components/PageError';

/** A clerk who reads case files and the ledger, but not the audit trail. */
const session = { permissions: ['case.read', 'intake.read'] } as unknown as SessionInfo;

afterEach(cleanup);

let mounts = 0;
function Counter() {
  const [n] = useState(() => ++mounts);
  return <span>第{n}次挂载</span>;
}

function Thrower(): never {
  throw new Error('boom');
}

function routes(): RouteObject[] {
  return [
    {
      path: '/',
      element: (
        <div>
          <nav>菜单</nav>
          <Outlet />
        </div>
      ),
      errorElement: <RouteError />,
      children: [
        { path: 'cases/:id', ...pageRoute('cases', () => Promise.resolve(Counter)) },
        { path: 'broken', ...pageRoute('cases', () => Promise.resolve(Thrower)) },
        { path: 'missing', ...pageRoute('intakes', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: app://xinan/assets/IntakeListPage-x.js'))) },
        { path: 'audit', ...pageRoute('audit', () => Promise.resolve(Counter)) },
      ],
    },
  ];
}

describe('a page that cannot be drawn', () => {
  it('says that its code did not load when a chunk does not come, offers a reload, and keeps the frame', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const quieter = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const router = createMemoryRouter(routes(), { initialEntries: ['/cases/1'] });
    render(<SessionContext.Provider value={session}><RouterProvider router={router} /></SessionContext.Provider>);
    expect(await screen.findByText(/次挂载/)).toBeTruthy();
    await act(() => router.navigate('/missing'));
    expect(await screen.findByText('这个页面的程序文件没有加载成功')).toBeTruthy();
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeTruthy();
    expect(screen.getByText('菜单')).toBeTruthy();
    quiet.mockRestore();
    quieter.mockRestore();
  });

  it('says the page failed while drawing; the next address clears it, and a working page is not remounted', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const quieter = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mounts = 0;
    const router = createMemoryRouter(routes(), { initialEntries: ['/cases/1'] });
    render(<SessionContext.Provider value={session}><RouterProvider router={router} /></SessionContext.Provider>);
    expect(await screen.findByText('第1次挂载')).toBeTruthy();
    // Another address whose page works: the page is not remounted (a half-typed form keeps what it holds).
    await act(() => router.navigate('/cases/2'));
    expect(screen.getByText('第1次挂载')).toBeTruthy();
    await act(() => router.navigate('/broken'));
    expect(screen.getByText('这个页面显示时出错')).toBeTruthy();
    expect(screen.queryByText('这个页面的程序文件没有加载成功')).toBeNull();
    expect(screen.getByText('菜单')).toBeTruthy();
    // Leaving the broken page clears the message.
    await act(() => router.navigate('/cases/3'));
    expect(screen.queryByTestId('page-error')).toBeNull();
    expect(screen.getByText(/次挂载/)).toBeTruthy();
    quiet.mockRestore();
    quieter.mockRestore();
  });

  it('keeps a page the roles do not open closed, whatever its code', async () => {
    const router = createMemoryRouter(routes(), { initialEntries: ['/audit'] });
    render(<SessionContext.Provider value={session}><RouterProvider router={router} /></SessionContext.Provider>);
    expect(await screen.findByText('您的角色不能使用“审计”')).toBeTruthy();
    expect(screen.queryByText(/次挂载/)).toBeNull();
  });

  it('tells a chunk that did not load from other errors', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
