// The window's security settings and origin checks as pure functions, so tests can assert them without Electron
// (electronjs.org/docs/latest/tutorial/security: items 2–4, 6, 8–10, 13, 17).
import type { WebPreferences } from 'electron';

/** The renderer is served from a privileged custom scheme, never file:// (security checklist §18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xinan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function buildWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools: options.devTools,
  };
}

/**
 * scheme://host[:port] of a URL, lower-cased, or null for URLs with no host (about:, blob:, data:, file:,
 * javascript:). Built from the parsed parts: Node's URL gives 'null' as .origin for custom schemes.
 */
export function originOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!u.host || u.username || u.password) return null;
  return `${u.protocol}//${u.host}`.toLowerCase();
}

/** Compared with a URL parser, never startsWith: 'app://xinan.evil' is not ours (security checklist §13). */
export function isOwnOrigin(url: string, ownOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === ownOrigin.toLowerCase();
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Our origin: app://xinan, or in development the Vite dev server that electron-vite names in ELECTRON_RENDERER_URL —
 * honoured only when unpackaged and on the loopback interface.
 */
export function appOrigin(devServerUrl: string | undefined, isPackaged: boolean): { origin: string; entryUrl: string } {
  if (!isPackaged && devServerUrl) {
    try {
      const u = new URL(devServerUrl);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && LOOPBACK.has(u.hostname)) return { origin: u.origin, entryUrl: u.href };
    } catch {
      // Fall through to the packaged origin.
    }
  }
  return { origin: APP_ORIGIN, entryUrl: APP_ENTRY_URL };
}

/** Permissions our own page may have; everything else is denied (security checklist §5). */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string | undefined, ownOrigin: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isOwnOrigin(requestingUrl, ownOrigin);
}

/** Whether an IPC sender may have a core port: our origin, in the window's main frame (security checklist §17). */
export function senderAllowed(frame: { origin: string; isMainFrame: boolean } | null | undefined, ownOrigin: string): boolean {
  return !!frame && frame.isMainFrame && frame.origin.toLowerCase() === ownOrigin.toLowerCase();
}
