// Starts the core in a utilityProcess and gives each window its own MessagePort to it: port1 to the core with
// {type:'connect'}, port2 to the window's main frame — only after checking the frame is ours (security §17).
// If the core dies unexpectedly it is restarted and the windows reloaded; if it keeps dying, the user is told.
import { app, BrowserWindow, ipcMain, MessageChannelMain, utilityProcess, type IpcMainEvent, type UtilityProcess } from 'electron';
import { OPEN_DOCUMENT_CHANNEL, PORT_CHANNEL, PORT_REQUEST_CHANNEL, SCREEN_EXPORT_RECORDED_CHANNEL } from '../preload/port-channels';
import { hostArgs, isHostToMain, type HostConfig, type MainToHost } from '../../shared/contract/host-protocol';
import { shouldRestartCore } from './core-protocol';
import { openDocument, screenExports, showFatal } from './native';
import { senderAllowed } from './window-policy';

export interface CoreProcessOptions {
  /** out/main/core-host.js */
  modulePath: string;
  config: HostConfig;
  ownOrigin: string;
}

const SHUTDOWN_GRACE_MS = 5000;

/**
 * The page's requests to main besides its port: open a document in the system's application, and answer whether a
 * PDF export was recorded. Answered only for our own origin's main frame (security checklist §17); the name and bytes
 * are checked in document-files.ts.
 */
export function listenForNativeRequests(ownOrigin: string): void {
  ipcMain.handle(OPEN_DOCUMENT_CHANNEL, (event, fileName: unknown, bytes: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !senderAllowed({ origin: frame.origin, isMainFrame: frame.parent === null }, ownOrigin)) return '不允许的请求';
    return openDocument(fileName, bytes);
  });
  // The page's answer to "record this PDF export": counted only from our main frame, for the contents that was asked.
  ipcMain.on(SCREEN_EXPORT_RECORDED_CHANNEL, (event, requestId: unknown, message: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !senderAllowed({ origin: frame.origin, isMainFrame: frame.parent === null }, ownOrigin)) return;
    screenExports.answer(event.sender.id, requestId, message);
  });
}

export class CoreProcess {
  private child: UtilityProcess | null = null;
  private stopping = false;
  private readonly exits: number[] = [];

  constructor(private readonly options: CoreProcessOptions) {}

  start(): void {
    const child = utilityProcess.fork(this.options.modulePath, hostArgs(this.options.config), {
      serviceName: '薪安核心服务',
      stdio: 'inherit',
    });
    this.child = child;
    child.on('message', (message: unknown) => {
      if (isHostToMain(message) && message.startupError) {
        // The window shows the core's own Chinese message on its first call; main only records it.
        process.stderr.write(`core started with an error: ${message.startupError.code} ${message.startupError.message}\n`);
      }
    });
    child.on('exit', (code) => this.onExit(child, code));
  }

  /** Answers a page's request for its port. Called once per page load by the preload. */
  listen(): void {
    ipcMain.on(PORT_REQUEST_CHANNEL, (event) => this.connect(event));
  }

  private connect(event: IpcMainEvent): void {
    const frame = event.senderFrame;
    // A top-level frame has no parent; an iframe (even one of ours) never gets a port.
    const isMainFrame = !!frame && frame.parent === null;
    if (!frame || !senderAllowed({ origin: frame.origin, isMainFrame }, this.options.ownOrigin)) {
      process.stderr.write(`refused a core port to ${frame?.origin ?? 'a vanished frame'}\n`);
      return;
    }
    if (!this.child || this.stopping) return;
    const { port1, port2 } = new MessageChannelMain();
    this.child.postMessage({ type: 'connect' } satisfies MainToHost, [port1]);
    frame.postMessage(PORT_CHANNEL, null, [port2]);
  }

  private onExit(child: UtilityProcess, code: number): void {
    if (this.child !== child) return;
    this.child = null;
    if (this.stopping) return;
    const now = Date.now();
    this.exits.push(now);
    if (shouldRestartCore(this.exits, now)) {
      process.stderr.write(`core exited unexpectedly (code ${code}); restarting\n`);
      this.start();
      // Each page asks for a fresh port when it loads; the old ports died with the old process.
      for (const w of BrowserWindow.getAllWindows()) w.webContents.reload();
      return;
    }
    showFatal('薪安后台服务多次意外退出', `负责数据库的后台服务在一分钟内多次意外退出（最后一次退出代码 ${code}），薪安将关闭以保护数据。已保存的数据不受影响。\n\n请重新启动薪安；若仍然如此，请将数据目录下 logs 文件夹中的日志发送给技术支持：\n${this.options.config.dataDir}`);
    app.exit(1);
  }

  /** Asks the core to close its database cleanly; kills it if it does not exit in time. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, SHUTDOWN_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.postMessage({ type: 'shutdown' } satisfies MainToHost);
    });
    this.child = null;
  }
}
