// Serves out/renderer through app://xinan/ (a privileged standard scheme) instead of file://, whose pages can
// read every file on the machine (electronjs.org/docs/latest/tutorial/security §18). Each file carries the CSP.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveRendererFile, responseHeaders } from './protocol-files';
import { APP_SCHEME } from './window-policy';

/**
 * Must run before app 'ready'. 'standard' gives the scheme a real origin, 'secure' a secure context. corsEnabled stays
 * off: it would let other origins read our files (electron/electron#52912).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不支持的请求方式');
    const found = resolveRendererFile(rendererDir, request.url);
    if (!found.ok) return plain(found.status, found.status === 403 ? '禁止访问' : found.status === 400 ? '请求地址有误' : '未找到');
    try {
      const body = await readFile(found.file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(found.file) });
    } catch {
      return plain(404, '未找到');
    }
  });
}
