// Is there an Electron executable on this machine? Used by `npm start` and the Electron smoke tests. It looks;
// it never downloads (requiring 'electron' would: electron 45 fetches its binary lazily from GitHub).
// CommonJS so both start.mjs (import) and the Playwright suite (its TypeScript loader) can load it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module by design (see above) */
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function executableName(platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Finds the Electron binary the way node_modules/electron/index.js would, without its download fallback.
 * @returns {{ ok: true, path: string, source: string } | { ok: false, reason: string }}
 */
function findElectronBinary(env = process.env, platform = process.platform) {
  if (env.ELECTRON_EXEC_PATH) {
    if (existsSync(env.ELECTRON_EXEC_PATH)) return { ok: true, path: env.ELECTRON_EXEC_PATH, source: 'ELECTRON_EXEC_PATH' };
    return { ok: false, reason: `ELECTRON_EXEC_PATH 指向的文件不存在：${env.ELECTRON_EXEC_PATH}` };
  }
  const pkg = electronPackageDir();
  if (!pkg) return { ok: false, reason: '未安装 electron 开发依赖（请先运行 npm ci）' };
  const pathTxt = join(pkg, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || executableName(platform));
    if (existsSync(file)) return { ok: true, path: file, source: 'ELECTRON_OVERRIDE_DIST_PATH' };
    return { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH 下没有 Electron 可执行文件：${file}` };
  }
  if (relative) {
    const file = join(pkg, 'dist', relative);
    if (existsSync(file)) return { ok: true, path: file, source: 'node_modules/electron/dist' };
  }
  return {
    ok: false,
    reason: '本机无 Electron 可执行文件（node_modules/electron/dist 中没有，也未设置 ELECTRON_OVERRIDE_DIST_PATH 或 ELECTRON_EXEC_PATH；本机无法从 GitHub 下载）',
  };
}

/** Where @electron/get would download from: a configured mirror, else GitHub releases. */
function electronDownloadHost(env = process.env) {
  return env.ELECTRON_MIRROR || env.npm_config_electron_mirror || 'https://github.com/electron/electron/releases/';
}

/** Whether the download host answers at all within the timeout — so an offline machine falls back at once. */
async function canReachElectronDownload(env = process.env, timeoutMs = 5000) {
  try {
    await fetch(electronDownloadHost(env), { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

/** Runs electron's own installer (node_modules/electron/install.js), killed after the timeout. Resolves to success. */
function downloadElectron(timeoutMs = 10 * 60_000) {
  const pkg = electronPackageDir();
  if (!pkg) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(pkg, 'install.js')], { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 && findElectronBinary().ok);
    });
  });
}

module.exports = { findElectronBinary, electronDownloadHost, canReachElectronDownload, downloadElectron };
