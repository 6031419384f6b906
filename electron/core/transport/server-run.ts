// Starts the bureau server (core + TLS + HTTPS transport) and says where it is: the one start-up sequence shared by
// `npm run server` (development) and the packaged service's utilityProcess (server-entry.ts). docs/server.md.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { adoptPackage } from '../durability/adopt';
import { handoverState, shanghaiMinute } from '../durability/handover';
import { createCore } from '../index';
import { dataDirProblem } from '../kernel/data-dir';
import { createFileLogger } from '../kernel/logger';
import type { ServerArgs } from './server-args';
import { startServer } from './server';
import { serverNames } from './server-guard';
import { tabStoreFor } from './server-tab-store';
import { ensureTls, TlsError } from './tls';

/** A start-up refusal with its Chinese message: a configuration or data problem that a restart will not cure. */
export class ServerStartError extends Error {}

export interface RunServerOptions {
  args: ServerArgs;
  migrationsDir: string;
  appVersion: string;
  /** Only development offers demo data on the first-run screen; a packaged server never does. */
  offerDemo: boolean;
  /** Where the UI comes from: a folder with index.html, or a function that builds one (development). */
  staticDir: string | (() => Promise<{ outDir: string; ms: number }>);
  print: (line: string) => void;
  /** The last line printed: how to stop it. */
  stopHint: string;
}

export interface RunningServer {
  origin: string;
  port: number;
  fingerprint: string;
  /** Closes the listener and every connection, keeps the tabs on disk, closes the core. Idempotent. */
  stop(): Promise<void>;
}

export async function runBureauServer(o: RunServerOptions): Promise<RunningServer> {
  const started = Date.now();
  const { args } = o;
  const problem = dataDirProblem(args.dataDir);
  if (problem) throw new ServerStartError(problem);
  // `--adopt FILE`: the handover package verified in full into the empty data dir, or the server does not start (and
  // the data dir stays as empty as it was). Only on the first start: the dir is no longer empty afterwards.
  if (args.adopt) {
    o.print(`正在接收并校验移交包 ${args.adopt} …`);
    try {
      const r = adoptPackage({ dataDir: args.dataDir, packageFile: args.adopt, appVersion: o.appVersion, migrationsDir: o.migrationsDir, by: userInfo().username });
      o.print('移交包已接收，全部校验通过：');
      for (const line of r.lines) o.print(line);
    } catch (e) {
      throw new ServerStartError(`未接收移交包：${(e as Error).message}`);
    }
  }
  const core = createCore({
    dataDir: args.dataDir,
    migrationsDir: o.migrationsDir,
    appVersion: o.appVersion,
    offerDemo: o.offerDemo,
    // One program per data dir: the desktop app and the handover tools are refused while the server holds it.
    instanceKind: 'server',
    logger: createFileLogger(join(args.dataDir, 'logs'), { echo: false }),
  });
  // A server never runs in recovery mode: restore first (npm run restore / the desktop app's 恢复).
  if (core.startupError) {
    await core.close();
    throw new ServerStartError(`${core.startupError.message}（数据目录：${args.dataDir}）`);
  }
  const handed = core.services ? handoverState(core.services.db) : null;
  if (handed) {
    // The copy left behind by `npm run handover`: serving it would split the bureau's record in two.
    await core.close();
    throw new ServerStartError(`此数据目录的数据已于 ${shanghaiMinute(handed.at)} 移交给 ${handed.server}，这里只是移交前的只读副本，不能作为服务器运行（数据目录：${args.dataDir}）`);
  }
  let tls;
  try {
    tls = await ensureTls({ dir: join(args.dataDir, 'tls'), names: serverNames(args.host, args.names), certFile: args.cert, keyFile: args.key });
  } catch (e) {
    await core.close();
    throw new ServerStartError(e instanceof TlsError ? e.message : `无法准备 TLS 证书：${(e as Error).message}`);
  }
  const ui = typeof o.staticDir === 'string' ? { outDir: o.staticDir, ms: 0 } : await o.staticDir();
  const server = await startServer({ core, host: args.host, port: args.port, staticDir: ui.outDir, tls, names: args.names, tabStore: tabStoreFor(core) }).catch(async (e: NodeJS.ErrnoException) => {
    await core.close();
    throw new ServerStartError(e.code === 'EADDRINUSE' ? `端口 ${args.port} 已被占用` : e.code === 'EACCES' ? `无权监听端口 ${args.port}` : e.message);
  });

  // Listening on every interface: every name and address but loopback and link-local; else the one address (and names).
  const everywhere = args.host === '0.0.0.0' || args.host === '::';
  const shown = everywhere ? server.names.filter((n) => !['localhost', '[::1]'].includes(n) && !n.startsWith('[fe80')) : [new URL(server.origin).hostname, ...args.names];
  o.print('\n薪安服务器已启动');
  o.print(`  数据目录：${args.dataDir}`);
  o.print('  访问地址（在各科室电脑的浏览器中打开）：');
  for (const n of shown) o.print(`    https://${n}:${server.port}/`);
  o.print(`  证书：${tls.source === 'custom' ? '管理员安装的证书' : tls.created ? '本次新生成的自签名证书' : '自签名证书'}（${tls.certFile}）`);
  o.print(`  证书指纹（SHA-256）：${server.fingerprint}`);
  o.print('  核对方法：首次在科室电脑上打开时，浏览器会提示证书不受信任；点开证书详情，确认其 SHA-256 指纹与上面一致后再继续。');
  if (ui.ms > 0) o.print(`  界面构建用时 ${(ui.ms / 1000).toFixed(1)} 秒`);
  o.print(`  启动用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒；${o.stopHint}\n`);

  let stopping: Promise<void> | null = null;
  return {
    origin: server.origin,
    port: server.port,
    fingerprint: server.fingerprint,
    stop: () =>
      (stopping ??= (async () => {
        o.print('正在停止薪安服务器…');
        await server.close();
        await core.close();
      })()),
  };
}
