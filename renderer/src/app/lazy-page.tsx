// The pages load with their route (React.lazy): the first screen needs only the sign-in and the shell, and a page's
// own libraries (charts, date pickers, document previews) come with it. While a page's code is on its way the
// previous page stays (the router navigates in a transition); a first open shows a quiet notice only if the load
// takes long enough to be seen. A page whose code cannot be loaded (the server was updated, the connection broke)
// says so in Chinese and offers to reload. docs/architecture.md, "How the renderer is loaded".
import { Alert, AlertTitle, Button } from '@mui/material';
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { Outlet, useRouteError } from 'react-router';
import { errorMessage } from '../platform/api';
import { Loading } from '../components/States';

/** How long a page's code may take before the notice shows: a fast load never flashes it. */
export const LOADING_NOTICE_DELAY_MS = 400;

/** A component (a page, a leader's charts) from its module, loaded the first time it is drawn. */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** Nothing at first; after LOADING_NOTICE_DELAY_MS, a quiet “正在打开页面…”. */
export function DeferredLoading({ delayMs = LOADING_NOTICE_DELAY_MS }: { delayMs?: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(t);
  }, [delayMs]);
  return shown ? <Loading label="正在打开页面…" /> : null;
}

/** The pages' frame inside the shell: waits for a page's code, quietly. */
export function PageFrame() {
  return (
    <Suspense fallback={<DeferredLoading />}>
      <Outlet />
    </Suspense>
  );
}

/** A module script the browser could not fetch or run: Chromium and Firefox word it differently. */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(text);
}

/** What a page that failed shows in the shell (instead of the router's English default). */
export function PageError() {
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  return (
    <Alert severity="error" sx={{ my: 2 }} action={<Button color="inherit" size="small" onClick={() => window.location.reload()}>重新加载</Button>}>
      <AlertTitle>{chunk ? '页面未能载入' : '页面出错了'}</AlertTitle>
      {chunk ? '这个页面的程序文件没有取到：可能是连接中断，或薪安已经更新。请重新加载；已保存的内容不会丢失。' : errorMessage(error)}
    </Alert>
  );
}
