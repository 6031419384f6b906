// Where the desktop app keeps its data: --data-dir for tests, .dev-data in development, a local (never roaming)
// folder when installed; demo data is offered only when not packaged.
import { describe, expect, it } from 'vitest';
import { resolveAppPaths, type PathInputs } from '../../electron/main/data-paths';

const linux: PathInputs = {
  argv: ['/opt/薪安/xinan'],
  isPackaged: true,
  platform: 'linux',
  env: {},
  appPath: '/opt/薪安/resources/app.asar',
  homeDir: '/home/zhuoma',
  resourcesPath: '/opt/薪安/resources',
  cwd: '/home/zhuoma',
};
const windows: PathInputs = {
  argv: ['C:\\Program Files\\薪安\\薪安.exe'],
  isPackaged: true,
  platform: 'win32',
  env: { LOCALAPPDATA: 'C:\\Users\\zhuoma\\AppData\\Local', APPDATA: '\\\\fileserver\\profiles\\zhuoma\\AppData\\Roaming' },
  appPath: 'C:\\Program Files\\薪安\\resources\\app.asar',
  homeDir: 'C:\\Users\\zhuoma',
  resourcesPath: 'C:\\Program Files\\薪安\\resources',
  cwd: 'C:\\Users\\zhuoma',
};

describe('resolveAppPaths', () => {
  it('installed on Windows: %LOCALAPPDATA%, never the roaming profile a policy may put on a server share', () => {
    expect(resolveAppPaths(windows)).toEqual({
      dataDir: 'C:\\Users\\zhuoma\\AppData\\Local\\XinAn\\data',
      userDataDir: 'C:\\Users\\zhuoma\\AppData\\Local\\XinAn\\profile',
      migrationsDir: 'C:\\Program Files\\薪安\\resources\\migrations',
      offerDemo: false,
      source: 'installed',
    });
    const noLocal = resolveAppPaths({ ...windows, env: { APPDATA: windows.env.APPDATA } });
    expect(noLocal.dataDir).toBe('C:\\Users\\zhuoma\\AppData\\Local\\XinAn\\data');
    expect(JSON.stringify(resolveAppPaths(windows))).not.toContain('Roaming');
  });

  it('installed on Linux: the XDG data home, ignoring a relative XDG_DATA_HOME', () => {
    expect(resolveAppPaths(linux)).toMatchObject({ dataDir: '/home/zhuoma/.local/share/xinan/data', userDataDir: '/home/zhuoma/.local/share/xinan/profile', migrationsDir: '/opt/薪安/resources/migrations', offerDemo: false });
    expect(resolveAppPaths({ ...linux, env: { XDG_DATA_HOME: '/data/zhuoma' } }).dataDir).toBe('/data/zhuoma/xinan/data');
    expect(resolveAppPaths({ ...linux, env: { XDG_DATA_HOME: 'relative' } }).dataDir).toBe('/home/zhuoma/.local/share/xinan/data');
  });

  it('in development: <repo>/.dev-data/electron, the repo\'s migrations, and demo data offered', () => {
    expect(resolveAppPaths({ ...linux, isPackaged: false, appPath: '/work/main' })).toEqual({
      dataDir: '/work/main/.dev-data/electron',
      userDataDir: '/work/main/.dev-data/electron-profile',
      migrationsDir: '/work/main/db/migrations',
      offerDemo: true,
      source: 'development',
    });
  });

  it('honours --data-dir=… (relative to the working dir), with its own profile so test runs never share a lock', () => {
    const dev = resolveAppPaths({ ...linux, isPackaged: false, appPath: '/work/main', cwd: '/work/main', argv: ['electron', '.', '--data-dir=/tmp/xinan-e2e-1'] });
    expect(dev).toEqual({ dataDir: '/tmp/xinan-e2e-1', userDataDir: '/tmp/xinan-e2e-1/electron-profile', migrationsDir: '/work/main/db/migrations', offerDemo: true, source: 'argument' });
    expect(resolveAppPaths({ ...linux, argv: ['x', '--data-dir=d'] }).dataDir).toBe('/home/zhuoma/d');
    expect(resolveAppPaths({ ...windows, argv: ['x', '--data-dir=D:\\薪安数据'] })).toMatchObject({ dataDir: 'D:\\薪安数据', offerDemo: false });
  });

  it('a packaged build never offers demo data, even with --data-dir', () => {
    expect(resolveAppPaths({ ...linux, argv: ['x', '--data-dir=/tmp/d'] }).offerDemo).toBe(false);
  });

  it('says so in Chinese when --data-dir is given empty, rather than falling back to the real data', () => {
    expect(() => resolveAppPaths({ ...linux, argv: ['x', '--data-dir='] })).toThrow('启动参数 --data-dir 为空，请给出数据目录的路径');
  });
});
