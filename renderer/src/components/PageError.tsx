// What a page that cannot be drawn shows instead of a blank screen or the router's English default: a page's code that
// did not load (a LAN server updated under an open tab keeps only the new version's files) or a page that failed
// while drawing. The frame, the menu and the other pages keep working; the drafts a form saved are kept by the core.
import { Alert, AlertTitle, Button } from '@mui/material';
import { useRouteError } from 'react-router';

/** A dynamic import that did not arrive, as Chromium and the bundler word it. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(message);
}

export function PageFailed({ error }: { error: unknown }) {
  const chunk = isChunkLoadError(error);
  return (
    <Alert
      severity="error"
      sx={{ my: 2 }}
      data-testid="page-error"
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    >
      <AlertTitle>{chunk ? '这个页面的程序文件没有加载成功' : '这个页面显示时出错'}</AlertTitle>
      {chunk
        ? '可能是服务器上的薪安已经更新，或网络中断。请刷新页面；已保存的草稿不会丢失。'
        : '其他页面仍可使用。请刷新页面后重试；如反复出现，请把出错前的操作告诉管理员。'}
    </Alert>
  );
}

/**
 * The routes' error element: in a page's place for a page (the frame and the menu stay; react-router clears it at the
 * next address without remounting a page that works), and in the frame's for an error outside any page.
 */
export function RouteError() {
  return <PageFailed error={useRouteError()} />;
}
