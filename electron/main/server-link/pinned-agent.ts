// An HTTPS agent that trusts exactly one certificate: each connection is made without the CA check, and handed to
// the request only after verifyPinned passed on the certificate the server showed. A request's bytes (cookies, a
// password in session.login) are written only to a socket that was handed over, so nothing ever reaches a peer
// with another certificate: on a mismatch the socket is destroyed and the request fails with PinRefused.
import type { ClientRequestArgs } from 'node:http';
import { Agent, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { isIP } from 'node:net';
import { connect, type ConnectionOptions } from 'node:tls';
import { PinRefused, verifyPinned } from './pin';

export interface PinnedAgentOptions extends AgentOptions {
  /** The SHA-256 fingerprint the person confirmed (`AA:BB:…`). */
  fingerprint: string;
  now?: () => number;
}

type Callback = (err: Error | null, socket: Duplex) => void;

export class PinnedAgent extends Agent {
  readonly fingerprint: string;
  private readonly now: () => number;

  constructor(options: PinnedAgentOptions) {
    const { fingerprint, now, ...rest } = options;
    super(rest);
    this.fingerprint = fingerprint;
    this.now = now ?? Date.now;
  }

  // Node's agent calls this with a callback and waits for it when nothing is returned (node:_http_agent createSocket).
  override createConnection(options: ClientRequestArgs, callback?: Callback): undefined {
    const opts: ConnectionOptions = { ...(options as ConnectionOptions), rejectUnauthorized: false, minVersion: 'TLSv1.2' };
    if (!opts.servername || isIP(opts.servername)) delete opts.servername;
    const socket = connect(opts);
    let done = false;
    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      socket.off('error', onError);
      if (err) {
        socket.destroy();
        callback?.(err, socket);
      } else callback?.(null, socket);
    };
    const onError = (e: Error) => finish(e);
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      const check = verifyPinned(socket.getPeerCertificate(), this.fingerprint, this.now());
      finish(check.ok ? null : new PinRefused(check));
    });
    return undefined;
  }
}
