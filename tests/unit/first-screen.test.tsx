// @vitest-environment jsdom
// How the renderer's first screen loads (docs/architecture.md, "How the renderer is loaded"): the gate asks
// setup.status, session.current and session.candidates at once — not each after the last one's answer — and the
// sign-in list then shows from those answers without asking again; a page's code on its way shows nothing at first
// and a quiet notice only later; a page whose code cannot be fetched says so in Chinese and offers to reload.
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../helpers/fake-api';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const fake = fakeApi({
  'setup.status': () => ({
    initialized: true,
    unit: { id: 'unit-540200', regionCode: '540200', name: '日喀则市人社局', shortName: '日喀则市', level: 'city', parentId: null },
    offerDemo: false,
    demo: false,
    appVersion: '0.1.0',
    handedOver: null,
  }),
  'session.current': () => null,
  'session.candidates': () => [{ id: 'staff-1', name: '次仁卓玛', departmentName: '受理窗口', roles: ['receptionist'] }],
});

// The session's own calls go through the module-level api (window.api under Electron): the fake stands in for it,
// so the renderer's modules are imported only once it is in place.
async function load() {
  window.api = fake;
  const gate = await import('../../renderer/src/app/Gate');
  const platform = await import('../../renderer/src/platform/api');
  const queries = await import('../../renderer/src/platform/queries');
  return { Gate: gate.Gate, ApiContext: platform.ApiContext, api: platform.api, createQueryClient: queries.createQueryClient, lazyPage: await import('../../renderer/src/app/lazy-page') };
}
let modules: Awaited<ReturnType<typeof load>>;
beforeAll(async () => {
  modules = await load();
});

describe('the first calls', () => {
  it('asks setup.status, session.current and session.candidates before any of them is answered; the list needs no second call', async () => {
    const { Gate, ApiContext, api, createQueryClient } = modules;
    const release = fake.hold();
    render(
      <QueryClientProvider client={createQueryClient()}>
        <ApiContext.Provider value={api}>
          <Gate />
        </ApiContext.Provider>
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(fake.calls.map((c) => c.channel).sort()).toEqual(['session.candidates', 'session.current', 'setup.status']), { timeout: 10_000 });
    expect(screen.getByText('正在启动…')).toBeTruthy();
    release();
    expect(await screen.findByRole('button', { name: /^次仁卓玛/ }, { timeout: 10_000 })).toBeTruthy();
    expect(fake.calls.map((c) => c.channel).sort()).toEqual(['session.candidates', 'session.current', 'setup.status']);
  });
});

describe('a page loading with its route', () => {
  it('shows nothing while the code is on its way, then a quiet notice after LOADING_NOTICE_DELAY_MS', () => {
    vi.useFakeTimers();
    try {
      const { DeferredLoading, LOADING_NOTICE_DELAY_MS } = modules.lazyPage;
      render(<DeferredLoading />);
      expect(screen.queryByRole('status')).toBeNull();
      act(() => void vi.advanceTimersByTime(LOADING_NOTICE_DELAY_MS - 1));
      expect(screen.queryByRole('status')).toBeNull();
      act(() => void vi.advanceTimersByTime(1));
      expect(screen.getByRole('status').textContent).toBe('正在打开页面…');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page whose code cannot be fetched says so in Chinese inside the frame and offers to reload', async () => {
    const { lazyNamed, PageError, PageFrame, isChunkLoadError } = modules.lazyPage;
    const failing = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/AuditPage-x.js');
    expect(isChunkLoadError(failing)).toBe(true);
    expect(isChunkLoadError(new Error('金额必须大于零'))).toBe(false);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazyNamed(() => Promise.reject<{ Missing: () => null }>(failing), 'Missing');
    const router = createMemoryRouter([{ element: <PageFrame />, errorElement: <PageError />, children: [{ path: '/', element: <Missing /> }] }]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('页面未能载入')).toBeTruthy();
    expect(screen.getByText(/程序文件没有取到/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
  });

  it('another error in a page shows its own message, not the router default', async () => {
    const { PageError, PageFrame } = modules.lazyPage;
    function Broken(): null {
      throw new Error('案件数据不完整');
    }
    const router = createMemoryRouter([{ element: <PageFrame />, errorElement: <PageError />, children: [{ path: '/', element: <Broken /> }] }]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('页面出错了')).toBeTruthy();
    expect(screen.getByText('案件数据不完整')).toBeTruthy();
  });
});
