// `npm run web`: browser mode. The same core as the desktop app, behind the loopback bridge, with the renderer
// served by Vite (live reload) or, with --static, from a production build. Prints a one-time login URL (60 s), and
// a fresh one each time Enter is pressed.
//   npm run web -- [--data-dir DIR] [--port N] [--static]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startBridge } from '../../electron/core/transport/bridge';
import { createCore } from '../../electron/core/index';
import { createFileLogger } from '../../electron/core/kernel/logger';

export interface WebArgs {
  dataDir: string;
  port: number;
  static: boolean;
}

const REPO = resolve(__dirname, '..', '..');

export function parseWebArgs(argv: string[]): WebArgs {
  const args: WebArgs = { dataDir: resolve(REPO, '.dev-data', 'web'), port: 5180, static: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`参数 ${a} 缺少取值`);
      return v;
    };
    if (a.startsWith('--data-dir')) args.dataDir = resolve(value());
    else if (a.startsWith('--port')) {
      args.port = Number(value());
      if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`端口无效：${args.port}`);
    } else if (a === '--static') args.static = true;
    else throw new Error(`未知参数：${a}（可用：--data-dir 目录、--port 端口、--static）`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const version = (await import('../../package.json')).version as string;
  const core = createCore({
    dataDir: args.dataDir,
    migrationsDir: resolve(REPO, 'db', 'migrations'),
    appVersion: version,
    offerDemo: true,
    logger: createFileLogger(resolve(args.dataDir, 'logs'), { echo: false }),
  });
  if (core.startupError) console.error(`\n⚠ ${core.startupError.message}\n`);

  const { rendererConfig } = await import('../../renderer/vite.config.mts');
  let bridge;
  if (args.static) {
    const outDir = resolve(REPO, 'out', 'renderer');
    if (!existsSync(resolve(outDir, 'index.html'))) {
      console.log('正在构建界面（首次运行）…');
      const { build } = await import('vite');
      await build({ ...rendererConfig(outDir), logLevel: 'warn' });
    }
    bridge = await startBridge({ core, port: args.port, staticDir: outDir });
  } else {
    const { createServer } = await import('vite');
    const vite = await createServer({ ...rendererConfig(), server: { middlewareMode: true, ws: { host: '127.0.0.1', port: args.port + 1 } }, appType: 'spa', logLevel: 'warn' });
    bridge = await startBridge({ core, port: args.port, fallback: vite.middlewares });
  }

  console.log(`\n薪安（浏览器模式）已启动`);
  console.log(`  数据目录：${args.dataDir}`);
  console.log(`  请在浏览器中打开（链接只能使用一次，60 秒内有效）：\n\n  ${bridge.loginUrl()}\n`);
  console.log('按回车键获取新的登录链接（另开一个标签页，或链接已过期时）；按 Ctrl+C 停止。');
  // A link works once and for a minute (a leaked terminal scrollback opens nothing later): Enter prints a fresh one.
  process.stdin.on('data', () => console.log(`\n  新的登录链接（60 秒内有效）：\n\n  ${bridge.loginUrl()}\n`));
  const stop = async () => {
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`无法启动薪安浏览器模式：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
