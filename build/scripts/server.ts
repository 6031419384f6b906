// `npm run server`: the bureau server — the same core and migrations as the desktop app, over HTTPS on the LAN, for
// every desk and browser (docs/server.md). Non-interactive: it makes its TLS key and certificate on first start,
// builds the renderer once if there is no build, prints its addresses and the certificate's fingerprint, and stops
// cleanly on Ctrl+C / SIGTERM. The packaged service runs the same start-up (server-run.ts) from server-entry.ts.
//   npm run server -- [--data-dir DIR] [--listen 0.0.0.0:8443] [--name 名称 …] [--cert FILE --key FILE]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseServerArgs as parseArgs, type ServerArgs } from '../../electron/core/transport/server-args';
import { runBureauServer, ServerStartError } from '../../electron/core/transport/server-run';

export { parseListen } from '../../electron/core/transport/server-args';
export type { ServerArgs };

const REPO = resolve(__dirname, '..', '..');

/** Development default: the data dir is .dev-data/server unless --data-dir says otherwise. */
export function parseServerArgs(argv: string[]): ServerArgs {
  return parseArgs(argv, resolve(REPO, '.dev-data', 'server'));
}

/** Builds the renderer into out/renderer unless a build is there; returns the folder and how long it took (ms, 0: reused). */
export async function ensureRendererBuild(outDir = resolve(REPO, 'out', 'renderer')): Promise<{ outDir: string; ms: number }> {
  if (existsSync(join(outDir, 'index.html'))) return { outDir, ms: 0 };
  const started = Date.now();
  console.log('正在构建界面（首次运行，约需一分钟）…');
  const { rendererConfig } = await import('../../renderer/vite.config.mts');
  const { build } = await import('vite');
  await build({ ...rendererConfig(outDir), logLevel: 'warn' });
  return { outDir, ms: Date.now() - started };
}

function fail(message: string): never {
  console.error(`\n无法启动薪安服务器：${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = parseServerArgs(process.argv.slice(2));
  const version = (await import('../../package.json')).version as string;
  // Listening for the stop before starting: a SIGTERM that comes during the start stops it once it is up.
  let stopRequested = false;
  let server: Awaited<ReturnType<typeof runBureauServer>> | null = null;
  const stop = () => {
    stopRequested = true;
    if (server) void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server = await runBureauServer({
    args,
    migrationsDir: resolve(REPO, 'db', 'migrations'),
    appVersion: version,
    // A development command (a packaged server is a service, docs/server.md): the first run may offer demo data.
    offerDemo: true,
    staticDir: () => ensureRendererBuild(),
    print: (line) => console.log(line),
    stopHint: '按 Ctrl+C 停止。',
  });
  if (stopRequested) stop();
}

if (require.main === module) {
  main().catch((e: unknown) => fail(e instanceof ServerStartError || e instanceof Error ? e.message : String(e)));
}
