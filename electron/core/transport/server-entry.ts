// The packaged bureau server's process (bundled as out/main/server-host.js): `xinan --server …` makes Electron's main
// process fork this in a utilityProcess and supervise it (electron/main/server-mode.ts). It is plain Node, so the
// same file runs under Node 24 in tests: `node out/main/server-host.js --data-dir D --listen 127.0.0.1:0`.
// Stops cleanly on SIGTERM / SIGINT or the parent's {type:'stop'}; exit 0 stopped, 78 refused to start (a
// configuration or data problem a restart cannot cure: the supervisor and systemd do not retry), 1 anything else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_EXIT_REFUSED, SERVER_STOP_MESSAGE } from '../../../shared/contract/host-protocol';
import { parseServerArgs, type ServerArgs } from './server-args';
import { runBureauServer, ServerStartError, type RunningServer } from './server-run';

const EXIT_REFUSED = SERVER_EXIT_REFUSED;

interface ParentPortLike {
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/** The options only main passes: where the migrations and the UI are and the app's version (defaults: this tree). */
function splitEntryArgs(argv: readonly string[]): { serverArgv: string[]; migrationsDir: string; staticDir: string; appVersion: string } {
  const out = { serverArgv: [] as string[], migrationsDir: join(__dirname, '..', '..', 'db', 'migrations'), staticDir: join(__dirname, '..', 'renderer'), appVersion: '' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const take = () => inline ?? argv[++i] ?? '';
    if (flag === '--migrations-dir') out.migrationsDir = take();
    else if (flag === '--static-dir') out.staticDir = take();
    else if (flag === '--app-version') out.appVersion = take();
    else out.serverArgv.push(argv[i]);
  }
  return out;
}

function refuse(e: unknown, code: number): never {
  process.stderr.write(`\n无法启动薪安服务器：${e instanceof Error ? e.message : String(e)}\n\n`);
  process.exit(code);
}

/** The version in package.json beside out/ (inside app.asar when packaged). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  let server: RunningServer | null = null;
  let stopRequested = false;
  const stop = () => {
    stopRequested = true;
    if (server) void server.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  parentPort?.on('message', (e) => {
    if ((e.data as { type?: string } | null)?.type === SERVER_STOP_MESSAGE.type) stop();
  });
  const entry = splitEntryArgs(process.argv.slice(2));
  let args: ServerArgs;
  try {
    args = parseServerArgs(entry.serverArgv);
  } catch (e) {
    // A bad argument is a configuration problem: retrying cannot cure it.
    refuse(e, EXIT_REFUSED);
  }
  let running: RunningServer;
  try {
    running = await runBureauServer({
      args,
      migrationsDir: entry.migrationsDir,
      appVersion: entry.appVersion || packageVersion(),
      offerDemo: false,
      staticDir: entry.staticDir,
      print: (line) => process.stdout.write(`${line}\n`),
      stopHint: '由系统服务管理器停止（systemctl stop xinan-server / 服务管理器），或按 Ctrl+C。',
    });
  } catch (e) {
    refuse(e, e instanceof ServerStartError ? EXIT_REFUSED : 1);
  }
  server = running;
  parentPort?.postMessage({ type: 'ready', origin: running.origin, port: running.port, fingerprint: running.fingerprint });
  if (stopRequested) stop();
}

void main();
