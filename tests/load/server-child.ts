// The bureau server for the load test, in a process of its own (server-process.ts starts it): the desks' TLS and
// JSON work must not share one event loop with the server they measure. It opens the core on the data dir it is
// given (Argon2 at the tests' low cost, as arrange.ts's loadCore), starts the real server on a free 127.0.0.1 port
// with a fresh certificate, writes one line of JSON — origin, certificate, fingerprint — and stops cleanly (server,
// then core) when told on stdin or by SIGTERM.
import { startLoopbackServer } from '../helpers/bureau-server';
import { loadCore } from './arrange';

export const READY_PREFIX = 'XINAN-LOAD-SERVER ';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('用法：server-child.ts <数据目录>');
  const core = loadCore(dataDir);
  if (core.startupError) throw new Error(core.startupError.message);
  const server = await startLoopbackServer(core);
  process.stdout.write(`${READY_PREFIX}${JSON.stringify({ origin: server.origin, ca: server.ca, fingerprint: server.fingerprint })}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.stdin.on('data', () => void stop());
  process.stdin.on('end', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`负载测试服务器无法启动：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
