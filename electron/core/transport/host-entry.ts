// The core's utilityProcess (bundled as out/main/core-host.js): plain Node, as in browser mode. Main forks it with
// its configuration in argv, then sends {type:'connect'} with one MessagePort per window and {type:'shutdown'} on quit.
import { fromUtilityPort, serveCorePort, type ServedPort, type UtilityPortLike } from './host';
import type { HostToMain, MainToHost } from '../../../shared/contract/host-protocol';
import { parseHostConfig } from './host-config';
import { createCore } from '../index';
import { dataDirPaths } from '../kernel/data-dir';
import { createFileLogger, type Logger } from '../kernel/logger';

/** Electron's process.parentPort, typed structurally: the core may not import electron (eslint boundaries). */
interface ParentPortLike {
  on(event: 'message', listener: (e: { data: unknown; ports: UtilityPortLike[] }) => void): unknown;
  postMessage(message: HostToMain): void;
}

const stderrLogger: Logger = {
  info() {},
  warn: (m, d) => process.stderr.write(`${m} ${JSON.stringify(d ?? {})}\n`),
  error: (m, d) => process.stderr.write(`${m} ${JSON.stringify(d ?? {})}\n`),
};

function hostLogger(dataDir: string): Logger {
  try {
    return createFileLogger(dataDirPaths(dataDir).logs);
  } catch {
    // The core reports an unusable data dir to the window itself; the host still needs somewhere to log.
    return stderrLogger;
  }
}

function main(): void {
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (!parentPort) {
    process.stderr.write('core-host.js 只能由薪安主进程以 utilityProcess 方式启动（浏览器模式请运行 npm run web）\n');
    process.exit(2);
  }
  const parsed = parseHostConfig(process.argv, process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  const logger = hostLogger(parsed.config.dataDir);
  process.on('uncaughtException', (e) => {
    logger.error('core host crashed', { error: e.stack ?? e.message });
    process.exit(1);
  });

  const core = createCore({ ...parsed.config });
  const served = new Set<ServedPort>();
  let shuttingDown = false;

  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const s of served) s.close();
    try {
      await core.close();
    } catch (e) {
      logger.error('core close failed', { error: e instanceof Error ? e.message : String(e) });
    }
    process.exit(0);
  };

  parentPort.on('message', (e) => {
    const message = e.data as MainToHost | null;
    if (message?.type === 'connect' && e.ports?.[0] && !shuttingDown) {
      const port = fromUtilityPort(e.ports[0]);
      const s = serveCorePort(core, port, logger);
      served.add(s);
      port.onClose(() => served.delete(s));
    } else if (message?.type === 'shutdown') {
      void shutdown();
    } else {
      logger.warn('core host: ignored a message from main', { type: String((message as { type?: unknown } | null)?.type).slice(0, 40) });
    }
  });
  const err = core.startupError;
  parentPort.postMessage({ type: 'ready', startupError: err ? { code: err.code, message: err.message } : null });
  logger.info('core host ready', { appVersion: parsed.config.appVersion, startupError: err?.code ?? null });
}

main();
