// `npm start`: the desktop app from source (electron-vite dev; data in .dev-data/electron, demo data offered on a
// fresh data dir). Where no Electron binary can be had — our CI and development machines cannot reach GitHub — it
// says so and falls back to browser mode (`npm run web`). Extra arguments are passed on: npm start -- --data-dir=D
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import binaries from './electron-binary.cjs';

const { canReachElectronDownload, downloadElectron, electronDownloadHost, findElectronBinary } = binaries;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extra = process.argv.slice(2);

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (e) => {
    console.error(`无法启动 ${command}：${e.message}`);
    process.exit(1);
  });
}

/** The binary, or after a short reachability check a download through electron's own installer. */
async function obtainElectron() {
  const found = findElectronBinary();
  if (found.ok) return found;
  console.log('未找到 Electron 可执行文件，正在检查能否下载（最多等待 5 秒）…');
  if (!(await canReachElectronDownload())) {
    return { ok: false, reason: `无法连接 Electron 下载地址 ${electronDownloadHost()}（可设置 ELECTRON_MIRROR 使用镜像，或用 ELECTRON_OVERRIDE_DIST_PATH 指向已有的 Electron）` };
  }
  console.log('正在下载 Electron（首次运行需要几分钟）…');
  if (await downloadElectron()) return findElectronBinary();
  return { ok: false, reason: 'Electron 下载失败' };
}

const electron = await obtainElectron();
if (electron.ok) {
  console.log(`使用 Electron：${electron.path}\n正在以桌面应用方式启动薪安（开发模式，数据目录 .dev-data/electron）…`);
  run(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...(extra.length ? ['--', ...extra] : [])]);
} else {
  console.log(`\n${electron.reason}。\n无法获得 Electron，改用浏览器模式启动薪安（npm run web）：同一个核心与界面，在浏览器中打开下面打印的地址。\n`);
  // Through npm's own CLI when we were started by npm (no shell needed), else the npm on PATH.
  if (process.env.npm_execpath) run(process.execPath, [process.env.npm_execpath, 'run', 'web', ...(extra.length ? ['--', ...extra] : [])]);
  else run('npm', ['run', 'web', ...(extra.length ? ['--', ...extra] : [])]);
}
