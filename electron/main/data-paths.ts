// Where this installation keeps its data, decided by a pure function (paths.ts feeds it from Electron).
// Windows: %LOCALAPPDATA%, never the roaming profile — policies may redirect %APPDATA% to a server share, and
// SQLite's WAL does not work on a network filesystem (sqlite.org/wal.html). A packaged build never offers demo data.
import { posix, win32 } from 'node:path';

export interface PathInputs {
  argv: readonly string[];
  isPackaged: boolean;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** app.getAppPath(): the repository root in development. */
  appPath: string;
  homeDir: string;
  /** process.resourcesPath: where extraResources land in a packaged build. */
  resourcesPath: string;
  cwd: string;
}

export interface AppPaths {
  /** The core's data dir: the database, its backups and logs. */
  dataDir: string;
  /** Chromium's profile (userData): kept beside the data, off the roaming profile, one per data dir. */
  userDataDir: string;
  migrationsDir: string;
  offerDemo: boolean;
  source: 'argument' | 'development' | 'installed';
}

export const DATA_DIR_ARG = '--data-dir';

/** The value of --data-dir=…; undefined when absent. Throws (in Chinese) when given empty. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (const a of argv) if (a.startsWith(`${DATA_DIR_ARG}=`)) value = a.slice(DATA_DIR_ARG.length + 1);
  if (value !== undefined && !value.trim()) throw new Error('启动参数 --data-dir 为空，请给出数据目录的路径');
  return value;
}

function installedBase(i: PathInputs): string {
  const p = i.platform === 'win32' ? win32 : posix;
  if (i.platform === 'win32') {
    const local = i.env.LOCALAPPDATA;
    return p.join(local && p.isAbsolute(local) ? local : p.join(i.homeDir, 'AppData', 'Local'), 'XinAn');
  }
  if (i.platform === 'darwin') return p.join(i.homeDir, 'Library', 'Application Support', 'XinAn');
  const xdg = i.env.XDG_DATA_HOME; // XDG base directory spec: ignore a relative value.
  return p.join(xdg && p.isAbsolute(xdg) ? xdg : p.join(i.homeDir, '.local', 'share'), 'xinan');
}

export function resolveAppPaths(i: PathInputs): AppPaths {
  const p = i.platform === 'win32' ? win32 : posix;
  const migrationsDir = i.isPackaged ? p.join(i.resourcesPath, 'migrations') : p.join(i.appPath, 'db', 'migrations');
  const offerDemo = !i.isPackaged;
  const given = dataDirArgument(i.argv);
  if (given !== undefined) {
    const dataDir = p.resolve(i.cwd, given);
    return { dataDir, userDataDir: p.join(dataDir, 'electron-profile'), migrationsDir, offerDemo, source: 'argument' };
  }
  if (!i.isPackaged) {
    const dev = p.join(i.appPath, '.dev-data');
    return { dataDir: p.join(dev, 'electron'), userDataDir: p.join(dev, 'electron-profile'), migrationsDir, offerDemo, source: 'development' };
  }
  const base = installedBase(i);
  return { dataDir: p.join(base, 'data'), userDataDir: p.join(base, 'profile'), migrationsDir, offerDemo, source: 'installed' };
}
