// The only caller of app.getPath/setPath: feeds the pure resolver in data-paths.ts and points Chromium's profile
// away from the roaming profile. Must run before app 'ready' and before the single-instance lock (keyed on userData).
import { join } from 'node:path';
import { app } from 'electron';
import { resolveAppPaths, type AppPaths } from './data-paths';

export function setUpPaths(): AppPaths {
  const paths = resolveAppPaths({
    argv: process.argv,
    isPackaged: app.isPackaged,
    platform: process.platform,
    env: process.env,
    appPath: app.getAppPath(),
    homeDir: app.getPath('home'),
    resourcesPath: process.resourcesPath,
    cwd: process.cwd(),
  });
  app.setPath('userData', paths.userDataDir);
  return paths;
}

/** Where documents opened in the system's application are written (swept after a day: they carry personal data). */
export function documentTempDir(): string {
  return join(app.getPath('temp'), 'xinan-documents');
}
