// `xinan --server --data-dir D --listen H:P`: the packaged app as the bureau server, unattended (systemd unit in the
// deb, Windows service through WinSW; docs/server.md "As a service"). No window: the server (its HTTPS transport and
// the core) runs in a utilityProcess from out/main/server-host.js; this process supervises it (server-supervision.ts)
// and stops it cleanly on SIGTERM, Electron's quit, or `xinan --server --stop --data-dir D` (a second instance).
import { isAbsolute, join } from 'node:path';
import { app, utilityProcess, type UtilityProcess } from 'electron';
import { SERVER_STOP_MESSAGE } from '../../shared/contract/host-protocol';
import { dataDirOf, EXIT_REFUSED, serverArgsOf, STOP_SWITCH, Supervision } from './server-supervision';

const SERVER_HOST = join(__dirname, 'server-host.js');
const STOP_GRACE_MS = 20_000;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * `--stop`: the running server got this instance's arguments (its 'second-instance' event) and is stopping; wait until
 * it has released the lock (it exits after closing its database) so the service manager sees a finished stop.
 */
function waitForStop(dataDir: string): void {
  say(`已请求使用此数据目录的薪安服务器停止：${dataDir}`);
  const deadline = Date.now() + STOP_GRACE_MS + 10_000;
  const poll = setInterval(() => {
    if (app.requestSingleInstanceLock()) {
      clearInterval(poll);
      app.releaseSingleInstanceLock();
      say('薪安服务器已停止');
      app.exit(0);
    } else if (Date.now() > deadline) {
      clearInterval(poll);
      process.stderr.write('等待薪安服务器停止超时\n');
      app.exit(1);
    }
  }, 500);
}

export function runServerMode(argv: readonly string[]): void {
  // No display on a server: Ozone's headless platform and no GPU (also on the unit's command line, which is earlier).
  app.disableHardwareAcceleration();
  if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'headless');
  const { args, stop: stopRequest } = serverArgsOf(argv);
  const dataDir = dataDirOf(args);
  if (!dataDir || !isAbsolute(dataDir)) {
    process.stderr.write('无法启动薪安服务器：必须用 --data-dir 给出本机磁盘上数据目录的绝对路径\n');
    app.exit(EXIT_REFUSED);
    return;
  }
  // One server per data dir: the single-instance lock is keyed on userData, kept inside the data dir.
  app.setPath('userData', join(dataDir, 'server-profile'));
  if (!app.requestSingleInstanceLock()) {
    if (stopRequest) return waitForStop(dataDir);
    say(`薪安服务器已在使用此数据目录运行：${dataDir}`);
    app.exit(EXIT_REFUSED);
    return;
  }
  if (stopRequest) {
    say(`没有使用此数据目录运行的薪安服务器：${dataDir}`);
    app.exit(0);
    return;
  }

  const supervision = new Supervision();
  const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');
  let child: UtilityProcess | null = null;
  let startedAt = 0;
  let stopRequested = false;
  let restartTimer: NodeJS.Timeout | null = null;

  const start = () => {
    restartTimer = null;
    startedAt = Date.now();
    const c = utilityProcess.fork(SERVER_HOST, [...args, '--migrations-dir', migrationsDir, '--app-version', app.getVersion()], {
      serviceName: '薪安服务器',
      stdio: 'inherit',
    });
    child = c;
    c.on('exit', (code) => {
      child = null;
      const decision = supervision.onExit({ code, stopRequested, ranMs: Date.now() - startedAt });
      if (decision.action === 'restart') {
        say(`薪安服务器进程意外退出（代码 ${code}），${(decision.delayMs / 1000).toFixed(0)} 秒后重新启动`);
        restartTimer = setTimeout(start, decision.delayMs);
        return;
      }
      if (decision.code !== 0) process.stderr.write(`${decision.reason}\n`);
      else say('薪安服务器已停止');
      app.exit(decision.code);
    });
  };

  const stop = () => {
    if (stopRequested) return;
    stopRequested = true;
    if (restartTimer) {
      clearTimeout(restartTimer);
      app.exit(0);
      return;
    }
    const c = child;
    if (!c) return void app.exit(0);
    const timer = setTimeout(() => c.kill(), STOP_GRACE_MS);
    c.once('exit', () => clearTimeout(timer));
    c.postMessage(SERVER_STOP_MESSAGE);
  };

  app.on('second-instance', (_event, otherArgv) => {
    if (otherArgv.includes(STOP_SWITCH)) stop();
  });
  // Electron turns SIGTERM / SIGINT into a quit on POSIX; hold the quit until the server has closed its database.
  app.on('before-quit', (event) => {
    if (child) event.preventDefault();
    stop();
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  app.whenReady().then(start, (e: unknown) => {
    process.stderr.write(`无法启动薪安服务器：${e instanceof Error ? e.message : String(e)}\n`);
    app.exit(1);
  });
}
