// The real bureau server (electron/core/transport/server.ts) on a free 127.0.0.1 port, with a certificate made
// for this run as the server's first start makes one (tls.ts). The load test's desks trust that certificate and
// nothing else (`ca`); the end-to-end story's browsers are told to accept it. No test-runner imports.
import { generateCertificate } from '../../electron/core/transport/tls';
import { startServer } from '../../electron/core/transport/server';
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
