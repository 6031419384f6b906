// The app window and the guards every web contents gets: no new windows, no navigation off our origin, no
// webviews, and permissions denied unless allowlisted (electronjs.org/docs/latest/tutorial/security §5, §13, §14).
import { app, BrowserWindow, session } from 'electron';
import { openExternal, printToPdf } from './native';
import { interceptExportShortcut } from './screen-export';
import { buildWebPreferences, isOwnOrigin, permissionAllowed } from './window-policy';

export function installSecurityGuards(ownOrigin: string): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permissionAllowed(permission, details.requestingUrl, ownOrigin)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin, ownOrigin));

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // A link meant for the outside world goes to the system browser only if allowlisted (none yet).
      void openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (!isOwnOrigin(event.url, ownOrigin)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isOwnOrigin(event.url, ownOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function createMainWindow(options: { preloadPath: string; entryUrl: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '薪安',
    backgroundColor: '#f4f6f8',
    webPreferences: buildWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  // Shown once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  // Ctrl/Cmd+P saves the window as PDF only through the audited export (the menu's item shows the key, this takes it).
  interceptExportShortcut(window.webContents, process.platform, () => void printToPdf(window));
  window.loadURL(options.entryUrl).catch((e: unknown) => process.stderr.write(`加载界面失败：${e instanceof Error ? e.message : String(e)}\n`));
  return window;
}
