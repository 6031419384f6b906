// Runs electron/core/transport/host-entry.ts in a worker thread dressed as Electron's utilityProcess: process.parentPort
// delivers {data, ports} events, and ports behave like MessagePortMain (events with .data, queued until start()).
import { EventEmitter } from 'node:events';
import { parentPort, type MessagePort } from 'node:worker_threads';

/** What the test sends the worker: a message for the host, optionally with one port. */
export interface ShimIn {
  data: unknown;
  port?: MessagePort;
}
/** What the worker sends back: whatever the host posted to main. */
export interface ShimOut {
  fromHost: unknown;
}

class MainPortLike extends EventEmitter {
  constructor(private readonly port: MessagePort) {
    super();
    port.on('close', () => this.emit('close'));
  }
  start() {
    this.port.on('message', (data: unknown) => this.emit('message', { data, ports: [] }));
  }
  postMessage(message: unknown) {
    this.port.postMessage(message);
  }
  close() {
    this.port.close();
  }
}

const fakeParentPort = Object.assign(new EventEmitter(), {
  postMessage: (message: unknown) => parentPort!.postMessage({ fromHost: message } satisfies ShimOut),
});
parentPort!.on('message', (m: ShimIn) => fakeParentPort.emit('message', { data: m.data, ports: m.port ? [new MainPortLike(m.port)] : [] }));
(process as unknown as { parentPort: unknown }).parentPort = fakeParentPort;

// Loaded only after the shim is in place (a static import would be hoisted above it).
void import('../../electron/core/transport/host-entry');
