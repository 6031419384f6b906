// `npm run server`: the bureau server — the same core and migrations as the desktop app, over HTTPS on the LAN, for
// every desk and browser (docs/server.md). Non-interactive: it makes its TLS key and certificate on first start,
// builds the renderer once if there is no build, prints its addresses and the certificate's fingerprint, and stops
// cleanly on Ctrl+C / SIGTERM.
//   npm run server -- [--data-dir DIR] [--listen 0.0.0.0:8443] [--name 名称 …] [--cert FILE --key FILE]
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { createFileLogger } from '../../electron/core/kernel/logger';
import { dataDirProblem } from '../../electron/core/kernel/data-dir';
import { startServer } from '../../electron/core/transport/server';
import { serverNames } from '../../electron/core/transport/server-guard';
import { tabStoreFor } from '../../electron/core/transport/server-tab-store';
import { ensureTls, TlsError } from '../../electron/core/transport/tls';
import { adoptOrExit } from './adopt';
import { handoverState, shanghaiMinute } from '../../electron/core/durability/handover';

export interface ServerArgs {
  dataDir: string;
  host: string;
  port: number;
  names: string[];
  cert?: string;
  key?: string;
  /** A handover package to adopt into the (empty) data dir before serving (docs/server.md, "从单机到服务器"). */
  adopt?: string;
}

const REPO = resolve(__dirname, '..', '..');
const USAGE = '可用：--data-dir 目录、--listen 地址:端口（如 0.0.0.0:8443）、--name 名称（可多次）、--cert 证书文件 --key 私钥文件、--adopt 移交包文件（先接收单机移交的数据）';

/** '0.0.0.0:8443', '[::]:8443', '192.168.1.10:8443' or just a port. */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d+)$/.exec(value) ?? /^()()(\d+)$/.exec(value);
  const port = m ? Number(m[3]) : NaN;
  const host = m ? m[1] || m[2] || '0.0.0.0' : '';
  if (!m || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--listen 无效：${value}（应为 地址:端口，如 0.0.0.0:8443）`);
  if (host !== 'localhost' && isIP(host) === 0) throw new Error(`--listen 的地址须为本机的 IP 地址（或 0.0.0.0 表示所有网卡）：${host}`);
  return { host: host === 'localhost' ? '127.0.0.1' : host, port };
}

export function parseServerArgs(argv: string[]): ServerArgs {
  const args: ServerArgs = { dataDir: resolve(REPO, '.dev-data', 'server'), host: '0.0.0.0', port: 8443, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`参数 ${a} 缺少取值`);
      return v;
    };
    const flag = a.split('=')[0];
    if (flag === '--data-dir') args.dataDir = resolve(value());
    else if (flag === '--listen') Object.assign(args, parseListen(value()));
    else if (flag === '--name') args.names.push(value().trim());
    else if (flag === '--cert') args.cert = resolve(value());
    else if (flag === '--key') args.key = resolve(value());
    else if (flag === '--adopt') args.adopt = resolve(value());
    else throw new Error(`未知参数：${a}（${USAGE}）`);
  }
  if ((args.cert === undefined) !== (args.key === undefined)) throw new Error('--cert 与 --key 必须同时给出');
  return args;
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
  const started = Date.now();
  const args = parseServerArgs(process.argv.slice(2));
  const problem = dataDirProblem(args.dataDir);
  if (problem) fail(problem);
  // Verified in full, or the server does not start (and the data dir stays empty).
  if (args.adopt) adoptOrExit({ dataDir: args.dataDir, from: args.adopt });
  const version = (await import('../../package.json')).version as string;
  const core = createCore({
    dataDir: args.dataDir,
    migrationsDir: resolve(REPO, 'db', 'migrations'),
    appVersion: version,
    // A development command (a packaged server is a service, docs/server.md): the first run may offer demo data.
    offerDemo: true,
    instanceKind: 'server',
    logger: createFileLogger(resolve(args.dataDir, 'logs'), { echo: false }),
  });
  if (core.startupError) {
    await core.close();
    fail(`${core.startupError.message}（数据目录：${args.dataDir}）`);
  }
  const handed = core.services ? handoverState(core.services.db) : null;
  if (handed) {
    // The copy left behind by `npm run handover`: serving it would split the bureau's record in two.
    await core.close();
    fail(`此数据目录的数据已于 ${shanghaiMinute(handed.at)} 移交给 ${handed.server}，这里只是移交前的只读副本，不能作为服务器运行（数据目录：${args.dataDir}）`);
  }

  const names = serverNames(args.host, args.names);
  let tls;
  try {
    tls = await ensureTls({ dir: join(args.dataDir, 'tls'), names, certFile: args.cert, keyFile: args.key });
  } catch (e) {
    await core.close();
    fail(e instanceof TlsError ? e.message : `无法准备 TLS 证书：${(e as Error).message}`);
  }
  const ui = await ensureRendererBuild();
  const server = await startServer({ core, host: args.host, port: args.port, staticDir: ui.outDir, tls, names: args.names, tabStore: tabStoreFor(core) }).catch(async (e: NodeJS.ErrnoException) => {
    await core.close();
    return fail(e.code === 'EADDRINUSE' ? `端口 ${args.port} 已被占用` : e.code === 'EACCES' ? `无权监听端口 ${args.port}` : e.message);
  });

  // Listening on every interface: every name and address but loopback and link-local; else the one address (and names).
  const everywhere = args.host === '0.0.0.0' || args.host === '::';
  const shown = everywhere ? server.names.filter((n) => !['localhost', '[::1]'].includes(n) && !n.startsWith('[fe80')) : [new URL(server.origin).hostname, ...args.names];
  console.log('\n薪安服务器已启动');
  console.log(`  数据目录：${args.dataDir}`);
  console.log(`  访问地址（在各科室电脑的浏览器中打开）：`);
  for (const n of shown) console.log(`    https://${n}:${server.port}/`);
  console.log(`  证书：${tls.source === 'custom' ? '管理员安装的证书' : tls.created ? '本次新生成的自签名证书' : '自签名证书'}（${tls.certFile}）`);
  console.log(`  证书指纹（SHA-256）：${server.fingerprint}`);
  console.log('  核对方法：首次在科室电脑上打开时，浏览器会提示证书不受信任；点开证书详情，确认其 SHA-256 指纹与上面一致后再继续。');
  if (ui.ms > 0) console.log(`  界面构建用时 ${(ui.ms / 1000).toFixed(1)} 秒`);
  console.log(`  启动用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒；按 Ctrl+C 停止。\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('正在停止薪安服务器…');
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
}
