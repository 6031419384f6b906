// app://xinan/ serves only files under out/renderer, each with the page's CSP.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { contentTypeOf, resolveRendererFile, responseHeaders } from '../../electron/main/protocol-files';
import { rendererConfig } from '../../renderer/vite.config.mjs';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy';

const ROOT = '/opt/xinan/resources/app.asar/out/renderer';

describe('resolveRendererFile: URL → file under out/renderer', () => {
  it('maps our URLs to files inside the renderer folder', () => {
    expect(resolveRendererFile(ROOT, 'app://xinan/index.html', posix)).toEqual({ ok: true, file: `${ROOT}/index.html` });
    expect(resolveRendererFile(ROOT, 'app://xinan/', posix)).toEqual({ ok: true, file: `${ROOT}/index.html` });
    expect(resolveRendererFile(ROOT, 'app://xinan/assets/index-Ab12.js?v=1#x', posix)).toEqual({ ok: true, file: `${ROOT}/assets/index-Ab12.js` });
    expect(resolveRendererFile(ROOT, 'app://XINAN/assets/%E5%AD%97%E4%BD%93.woff2', posix)).toEqual({ ok: true, file: `${ROOT}/assets/字体.woff2` });
  });

  it('never leaves the folder, however the path is spelled', () => {
    for (const url of [
      'app://xinan/../../../etc/passwd',
      'app://xinan/%2e%2e/%2e%2e/etc/passwd',
      'app://xinan/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://xinan/..%2f',
    ]) {
      const r = resolveRendererFile(ROOT, url, posix);
      if (r.ok) expect(r.file.startsWith(`${ROOT}/`)).toBe(true);
      else expect([400, 403]).toContain(r.status);
    }
    expect(resolveRendererFile(ROOT, 'app://xinan/assets/..%2F..%2F..%2Fetc%2Fpasswd', posix)).toEqual({ ok: false, status: 403 });
  });

  it('refuses Windows tricks: backslashes, drive letters, NUL', () => {
    const winRoot = 'C:\\Program Files\\薪安\\resources\\app.asar\\out\\renderer';
    expect(resolveRendererFile(winRoot, 'app://xinan/assets/app.js', win32)).toEqual({ ok: true, file: `${winRoot}\\assets\\app.js` });
    expect(resolveRendererFile(winRoot, 'app://xinan/..%5C..%5CWindows%5Cwin.ini', win32)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(winRoot, 'app://xinan/C:/Windows/win.ini', win32)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(winRoot, 'app://xinan/index.html%00.png', win32)).toEqual({ ok: false, status: 400 });
  });

  it('answers only for our scheme and host, and refuses malformed escapes', () => {
    expect(resolveRendererFile(ROOT, 'app://xinan.evil/index.html', posix)).toEqual({ ok: false, status: 404 });
    expect(resolveRendererFile(ROOT, 'file:///etc/passwd', posix)).toEqual({ ok: false, status: 404 });
    expect(resolveRendererFile(ROOT, 'app://xinan/%E5%AD', posix)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(ROOT, 'not a url', posix)).toEqual({ ok: false, status: 400 });
  });
});

describe('what each file is served with', () => {
  it('forbids inline and eval\'d script in the page\'s CSP', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('writes the same CSP into the built page as main sends with it', () => {
    const plugin = rendererConfig('/tmp/out').plugins?.flat().find((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p && p.name === 'xinan-csp-meta');
    const transform = plugin?.transformIndexHtml as ((html: string) => string) | undefined;
    const html = transform?.('<head><meta charset="UTF-8" /></head>');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(responseHeaders('/r/index.html')['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends the CSP, no-sniff and a content type with every file', () => {
    expect(responseHeaders('/r/index.html')).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    expect(contentTypeOf('/r/assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/assets/f.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/r/assets/unknown.bin')).toBe('application/octet-stream');
  });
});
