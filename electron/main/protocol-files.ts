// How app://xinan/<path> maps to a file under out/renderer — pure, so path traversal is tested without Electron.
import { extname, posix, win32, type PlatformPath } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy';
import { APP_HOST, APP_SCHEME } from './window-policy';

export type FileLookup = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

export function resolveRendererFile(rootDir: string, requestUrl: string, path: PlatformPath = process.platform === 'win32' ? win32 : posix): FileLookup {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host.toLowerCase() !== APP_HOST) return { ok: false, status: 404 };
  let relative: string;
  try {
    relative = decodeURIComponent(u.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // A NUL, a backslash or a drive letter in the decoded path has no business in a URL to our own files.
  if (relative.includes('\0') || relative.includes('\\') || /^\/?[a-zA-Z]:/.test(relative)) return { ok: false, status: 400 };
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, file };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every file we serve: the CSP (honoured as a header, security checklist §7) and no sniffing. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}
