// @vitest-environment jsdom
// A page that cannot be drawn (renderer/src/components/PageErrorBoundary.tsx): its code did not load — a LAN server
// updated under an open tab — or it threw while drawing. The page's place says so in Chinese with a way out, and a
// new address clears the message without remounting a page that works.
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, PageErrorBoundary } from '../../renderer/src/components/PageErrorBoundary';

afterEach(cleanup);

function Thrower({ error }: { error: Error }): never {
  throw error;
}

describe('a page that cannot be drawn', () => {
  it('says that its code did not load when a chunk does not come, and offers a reload', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: app://xinan/assets/DeskPage-x.js')));
    render(
      <PageErrorBoundary resetKey="/desk">
        <Suspense fallback={<span>正在加载…</span>}>
          <Missing />
        </Suspense>
      </PageErrorBoundary>,
    );
    expect(await screen.findByText('这个页面的程序文件没有加载成功')).toBeTruthy();
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('says the page failed while drawing, and a new address clears it while a working page keeps its state', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    let go: (path: string) => void = () => {};
    let mounts = 0;
    function Counter() {
      const [n] = useState(() => ++mounts);
      return <span>第{n}次挂载</span>;
    }
    function Shell() {
      const [path, setPath] = useState('/cases/1');
      go = setPath;
      return <PageErrorBoundary resetKey={path}>{path === '/broken' ? <Thrower error={new Error('boom')} /> : <Counter />}</PageErrorBoundary>;
    }
    render(<Shell />);
    expect(screen.getByText('第1次挂载')).toBeTruthy();
    // Another address whose page works: the page is not remounted (a half-typed form keeps what it holds).
    act(() => go('/cases/2'));
    expect(screen.getByText('第1次挂载')).toBeTruthy();
    act(() => go('/broken'));
    expect(screen.getByText('这个页面显示时出错')).toBeTruthy();
    expect(screen.queryByText('这个页面的程序文件没有加载成功')).toBeNull();
    // Leaving the broken page clears the message.
    act(() => go('/cases/3'));
    expect(screen.queryByTestId('page-error')).toBeNull();
    expect(screen.getByText(/次挂载/)).toBeTruthy();
    quiet.mockRestore();
  });

  it('tells a chunk that did not load from other errors', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
