// The Electron shell's lifecycle: paths and the single-instance lock before 'ready'; then the platform floor, the
// security guards, the app:// protocol, the core's utilityProcess and the window. No domain code runs here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { AppPaths } from './data-paths';
import { CoreProcess, listenForNativeRequests } from './ipc';
import { installMenu } from './menu';
import { showFatal } from './native';
import { setUpPaths } from './paths';
import { runServerMode } from './server-mode';
import { isServerMode } from './server-supervision';
import { runToolMode, toolCommandOf } from './tool-mode';
import { readChoice, writeChoice, type ConnectionChoice } from './server-link/choice';
import { listenForChoice, serveWindowsFromServer } from './server-link-ipc';
import { checkPlatformFloor, platformFacts } from './platform-floor';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, installSecurityGuards } from './window';
import { appOrigin } from './window-policy';

// Built layout: out/main/{main,core-host}.js, out/preload/preload.js, out/renderer/index.html.
const PRELOAD = join(__dirname, '..', 'preload', 'preload.js');
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const CORE_HOST = join(__dirname, 'core-host.js');

registerAppScheme();

let paths: AppPaths | null = null;
let pathError: string | null = null;
try {
  paths = setUpPaths();
} catch (e) {
  pathError = e instanceof Error ? e.message : String(e);
}

const { origin, entryUrl } = appOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const devTools = !app.isPackaged;
let core: CoreProcess | null = null;
let windowsOpen = false;

function openWindow(): BrowserWindow {
  return createMainWindow({ preloadPath: PRELOAD, entryUrl, devTools });
}

async function ready(): Promise<void> {
  const floor = checkPlatformFloor(platformFacts());
  if (!floor.ok) {
    showFatal(floor.title, floor.message);
    app.exit(1);
    return;
  }
  if (!paths) {
    showFatal('薪安无法启动', pathError ?? '无法确定数据目录');
    app.exit(1);
    return;
  }
  installSecurityGuards(origin);
  serveRenderer(RENDERER_DIR);
  installMenu({ devTools });
  // The first run's choice (connection.json): this PC alone (the core's process), or a bureau server (its certificate
  // pinned). None yet, or a file that cannot be used: the page asks first and nothing starts until it has.
  let choice = readChoice(paths.userDataDir);
  // Installed before the choice existed: its database says it has worked alone all along.
  if (choice.kind === 'none' && existsSync(join(paths.dataDir, 'xinan.sqlite3'))) {
    writeChoice(paths.userDataDir, { mode: 'alone' });
    choice = { kind: 'chosen', choice: { mode: 'alone' } };
  }
  let started = false;
  const start = (chosen: ConnectionChoice): boolean => {
    if (started) return false;
    started = true;
    if (chosen.mode === 'server') serveWindowsFromServer(origin, chosen);
    else startCore(paths!);
    // The page that asked loads again and asks for its port from what now runs.
    for (const w of BrowserWindow.getAllWindows()) w.webContents.reload();
    return true;
  };
  listenForChoice(origin, paths.userDataDir, choice, start);
  if (choice.kind === 'chosen') start(choice.choice);
  listenForNativeRequests(origin);
  windowsOpen = true;
  openWindow();
}

function startCore(p: AppPaths): void {
  core = new CoreProcess({
    modulePath: CORE_HOST,
    config: { dataDir: p.dataDir, migrationsDir: p.migrationsDir, appVersion: app.getVersion(), offerDemo: p.offerDemo },
    ownOrigin: origin,
  });
  core.listen();
  core.start();
}

// `xinan --server …`: the bureau server as a service, no window (server-mode.ts, docs/server.md "As a service"); the
// scheme and paths above are harmless there, and server mode keys its own lock on the server's data dir.
const tool = toolCommandOf(process.argv);
if (isServerMode(process.argv)) {
  runServerMode(process.argv);
} else if (tool) {
  // `xinan --handover …` / `xinan --adopt …`: a command for the administrator, no window (tool-mode.ts).
  runToolMode(tool);
  // One running copy per data dir (the lock is keyed on userData, which paths.ts sets per data dir).
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.whenReady().then(ready, (e: unknown) => {
    showFatal('薪安无法启动', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (windowsOpen && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  // Let the core checkpoint and close the database before the process ends.
  let coreStopped = false;
  app.on('will-quit', (event) => {
    if (coreStopped || !core) return;
    event.preventDefault();
    void core.stop().finally(() => {
      coreStopped = true;
      app.quit();
    });
  });
}
