// The window's security settings and origin checks (electronjs.org/docs/latest/tutorial/security).
import { describe, expect, it } from 'vitest';
import { externalUrlAllowed } from '../../electron/main/external-links';
import { APP_ENTRY_URL, APP_ORIGIN, appOrigin, buildWebPreferences, isOwnOrigin, originOf, permissionAllowed, senderAllowed } from '../../electron/main/window-policy';

describe('buildWebPreferences', () => {
  it('isolates and sandboxes the page, with Node and insecure content off', () => {
    expect(buildWebPreferences('/app/out/preload/preload.js', { devTools: false })).toEqual({
      preload: '/app/out/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
    expect(buildWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });
});

describe('our origin', () => {
  it('is app://xinan when packaged, whatever the environment says', () => {
    expect(appOrigin(undefined, true)).toEqual({ origin: 'app://xinan', entryUrl: 'app://xinan/index.html' });
    expect(appOrigin('http://localhost:5173/', true)).toEqual({ origin: APP_ORIGIN, entryUrl: APP_ENTRY_URL });
  });

  it('is the loopback Vite dev server in development, and only a loopback one', () => {
    expect(appOrigin('http://localhost:5173/', false)).toEqual({ origin: 'http://localhost:5173', entryUrl: 'http://localhost:5173/' });
    expect(appOrigin('http://127.0.0.1:5174', false).origin).toBe('http://127.0.0.1:5174');
    expect(appOrigin('http://evil.example:5173/', false).origin).toBe(APP_ORIGIN);
    expect(appOrigin('file:///tmp/index.html', false).origin).toBe(APP_ORIGIN);
    expect(appOrigin('garbage', false).origin).toBe(APP_ORIGIN);
  });
});

describe('isOwnOrigin: navigation is compared with a URL parser, not startsWith', () => {
  it('accepts our pages', () => {
    expect(isOwnOrigin('app://xinan/index.html#/intake/new', APP_ORIGIN)).toBe(true);
    expect(isOwnOrigin('APP://XINAN/other.html', APP_ORIGIN)).toBe(true);
    expect(isOwnOrigin('http://localhost:5173/#/cases', 'http://localhost:5173')).toBe(true);
  });

  it('refuses look-alikes and hostless URLs', () => {
    for (const url of [
      'app://xinan.evil.com/',
      'app://xinanx/',
      'app://evil@xinan/',
      'https://xinan/',
      'http://localhost:5174/',
      'http://localhost:5173.evil.com/',
      'file:///etc/passwd',
      'about:blank',
      'blob:app://xinan/1234',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isOwnOrigin(url, url.startsWith('http') ? 'http://localhost:5173' : APP_ORIGIN), url).toBe(false);
    }
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('who gets a core port, and which permissions pass', () => {
  it('gives a port only to our origin in the main frame', () => {
    expect(senderAllowed({ origin: 'app://xinan', isMainFrame: true }, APP_ORIGIN)).toBe(true);
    expect(senderAllowed({ origin: 'app://xinan', isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(senderAllowed({ origin: 'null', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(senderAllowed({ origin: 'https://evil.example', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(senderAllowed(null, APP_ORIGIN)).toBe(false);
  });

  it('denies every permission by default; allows only copying to the clipboard from our own page', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'usb', 'unknown']) {
      expect(permissionAllowed(p, 'app://xinan/index.html', APP_ORIGIN), p).toBe(false);
    }
    expect(permissionAllowed('clipboard-sanitized-write', 'app://xinan/index.html', APP_ORIGIN)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_ORIGIN)).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
  });

  it('opens no external link: the allowlist is empty, and even a listed origin must be https', () => {
    expect(externalUrlAllowed('https://www.mohrss.gov.cn/')).toBe(false);
    expect(externalUrlAllowed('https://www.mohrss.gov.cn/x', ['https://www.mohrss.gov.cn'])).toBe(true);
    expect(externalUrlAllowed('http://www.mohrss.gov.cn/x', ['http://www.mohrss.gov.cn'])).toBe(false);
    expect(externalUrlAllowed('file:///C:/Windows/system32/calc.exe', ['file://'])).toBe(false);
  });
});
