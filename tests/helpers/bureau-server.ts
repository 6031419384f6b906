// The real bureau server (electron/core/transport/server.ts) on a free 127.0.0.1 port, with a certificate made
// for this run as the server's first start makes one (tls.ts). The load test's desks trust that certificate and
// nothing else (`ca`); the end-to-end story's browsers are told to accept it. No test-runner imports.
import { join } from 'node:path';
import { ensureTls, generateCertificate } from '../../electron/core/transport/tls';
import { startServer, type BureauServer } from '../../electron/core/transport/server';
import { tabStoreFor } from '../../electron/core/transport/server-tab-store';
import type { Core } from '../../electron/core/index';

export interface LoopbackServer {
  origin: string;
  /** The server's certificate (PEM). */
  ca: string;
  fingerprint: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(core: Core, staticDir: string | null = null): Promise<LoopbackServer> {
  const tls = await generateCertificate(['127.0.0.1', 'localhost'], Date.now());
  const server = await startServer({ core, host: '127.0.0.1', port: 0, staticDir, tls });
  return { origin: server.origin, ca: tls.cert, fingerprint: server.fingerprint, close: () => server.close() };
}

/** A bureau server as `npm run server` runs it, that a test can stop and start again (issue #16 §6). */
export interface RestartableServer {
  /** Fixed at the first start: the same port after every restart. */
  origin: string;
  port: number;
  /** SHA-256 of the certificate, the same after every restart (it is read back from <data-dir>/tls). */
  fingerprint: string;
  /** The running core; throws while stopped. */
  readonly core: Core;
  readonly running: boolean;
  /** Closes the listener and every connection (the tabs saved, as on SIGTERM), then the core and its database. */
  stop(): Promise<void>;
  /** Opens a new core on the same data dir and listens again on the same address and port, with the same certificate. */
  start(): Promise<void>;
}

/**
 * The server on `dataDir` as build/scripts/server.ts starts it: the core from `makeCore` (called again at each
 * start, on the same data dir), the key and certificate kept in <data-dir>/tls (tls.ts), the tabs kept in the
 * core's database (server_tabs), so a restart keeps port, data, certificate and the desks' tabs.
 */
export async function startRestartableServer(opts: { dataDir: string; makeCore: () => Core; staticDir: string | null }): Promise<RestartableServer> {
  const names = ['127.0.0.1', 'localhost'];
  let core: Core | null = null;
  let server: BureauServer | null = null;
  let port = 0;
  const boot = async () => {
    const c = opts.makeCore();
    if (c.startupError) {
      await c.close();
      throw new Error(`核心未能启动：${c.startupError.message}`);
    }
    try {
      const tls = await ensureTls({ dir: join(opts.dataDir, 'tls'), names });
      server = await startServer({ core: c, host: '127.0.0.1', port, staticDir: opts.staticDir, tls, tabStore: tabStoreFor(c) });
    } catch (e) {
      await c.close();
      throw e;
    }
    core = c;
    port = server.port;
    return server;
  };
  const first = await boot();
  const handle: RestartableServer = {
    origin: first.origin,
    port: first.port,
    fingerprint: first.fingerprint,
    get core() {
      if (!core) throw new Error('服务器已停止');
      return core;
    },
    get running() {
      return server !== null;
    },
    async stop() {
      const [s, c] = [server, core];
      server = null;
      core = null;
      await s?.close();
      await c?.close();
    },
    async start() {
      if (server) throw new Error('服务器已在运行');
      const s = await boot();
      if (s.origin !== handle.origin || s.fingerprint !== handle.fingerprint) throw new Error(`重启后地址或证书变了：${s.origin} ${s.fingerprint}`);
    },
  };
  return handle;
}
