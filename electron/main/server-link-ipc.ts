// The desktop app as a bureau server's client, Electron's side (kept thin: the logic is in server-link/, tested under
// Node). The first-run choice over three checked IPC channels, and in client mode each window's port served by the
// forwarding host instead of the core's utilityProcess. Every request is answered only for our own main frame.
import { app, BrowserWindow, ipcMain, MessageChannelMain, type IpcMainEvent, type IpcMainInvokeEvent, type MessagePortMain } from 'electron';
import type { ChoiceStatus } from '../../shared/contract/server-link';
import { CHOICE_PROBE_CHANNEL, CHOICE_SAVE_CHANNEL, CHOICE_STATUS_CHANNEL, PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '../preload/port-channels';
import { parseServerAddress } from './server-link/address';
import { validateChoice, writeChoice, type ChoiceRead, type ConnectionChoice } from './server-link/choice';
import { serveServerPort, type LinkPort } from './server-link/forwarding-host';
import { PinnedAgent } from './server-link/pinned-agent';
import { probeServer } from './server-link/probe';
import { senderAllowed } from './window-policy';

const ours = (event: IpcMainEvent | IpcMainInvokeEvent, ownOrigin: string) => {
  const frame = event.senderFrame;
  return !!frame && senderAllowed({ origin: frame.origin, isMainFrame: frame.parent === null }, ownOrigin);
};

export const userAgent = () => `XinAn-Desktop/${app.getVersion()} (${process.platform})`;

/**
 * The choice channels; `read` is what main found at start (the page is asked to choose when it is not 'chosen').
 * `chosen` starts the chosen way in this run when nothing runs yet (the first run) and answers true; otherwise
 * (a certificate re-confirmed) the app is started again on the new choice.
 */
export function listenForChoice(ownOrigin: string, userDataDir: string, read: ChoiceRead, chosen: (choice: ConnectionChoice) => boolean): void {
  ipcMain.handle(CHOICE_STATUS_CHANNEL, (event): ChoiceStatus | null => {
    if (!ours(event, ownOrigin)) return null;
    const server = read.kind === 'chosen' && read.choice.mode === 'server' ? { address: read.choice.address, name: read.choice.name, fingerprint: read.choice.fingerprint } : null;
    return { needed: read.kind !== 'chosen', problem: read.kind === 'bad' ? read.message : null, server };
  });
  ipcMain.handle(CHOICE_PROBE_CHANNEL, (event, address: unknown) => {
    if (!ours(event, ownOrigin)) return { ok: false, message: '不允许的请求' };
    return probeServer(address, { userAgent: userAgent() });
  });
  ipcMain.handle(CHOICE_SAVE_CHANNEL, (event, choice: unknown) => {
    if (!ours(event, ownOrigin)) return '不允许的请求';
    const checked = validateChoice(typeof choice === 'object' && choice !== null ? { ...choice, confirmedAt: Date.now() } : choice);
    if (!checked.ok) return checked.message;
    try {
      writeChoice(userDataDir, checked.choice);
    } catch (e) {
      return `无法保存连接设置：${(e as Error).message}`;
    }
    read = { kind: 'chosen', choice: checked.choice };
    // The core's process or the server link, never both in one run: a second choice restarts the app.
    if (!chosen(checked.choice))
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 200);
    return '';
  });
}

function fromMainPort(port: MessagePortMain): LinkPort {
  return {
    postMessage: (m) => port.postMessage(m),
    onMessage: (l) => {
      port.on('message', (e) => l(e.data));
      port.start();
    },
    onClose: (l) => void port.on('close', l),
    close: () => port.close(),
  };
}

/** Client mode: each window's port is served by a tab on the server, through one pinned agent. */
export function serveWindowsFromServer(ownOrigin: string, server: { address: string; fingerprint: string; name: string }): void {
  const parsed = parseServerAddress(server.address);
  if (!parsed.ok) throw new Error(parsed.message);
  const agent = new PinnedAgent({ fingerprint: server.fingerprint, keepAlive: true, maxSockets: 16 });
  ipcMain.on(PORT_REQUEST_CHANNEL, (event) => {
    if (!ours(event, ownOrigin)) {
      process.stderr.write(`refused a server port to ${event.senderFrame?.origin ?? 'a vanished frame'}\n`);
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    const window = BrowserWindow.fromWebContents(event.sender);
    serveServerPort(fromMainPort(port1), {
      address: parsed.address,
      agent,
      serverName: server.name,
      userAgent: userAgent(),
      // The page sets document.title too; this keeps the title right while the page is still loading.
      onStatus: (s) => window?.setTitle(`薪安 — ${s.server}${s.state === 'connected' ? '' : s.state === 'lost' ? '（连接中断）' : '（证书已变更）'}`),
    });
    event.senderFrame!.postMessage(PORT_CHANNEL, null, [port2]);
  });
  app.on('will-quit', () => agent.destroy());
}
