// "导出为 PDF" of the window (the 文件 menu, Ctrl+P, Cmd+P on macOS). A screen can show a revealed ID number or a list
// of workers, so the export is audited like printing a document: main asks the window's page, whose MessagePort
// carries the signed-in session, to have the core record it (audit.recordScreenExport), and writes the PDF only once
// the row is written. Main knows no person itself; the core refuses before sign-in and while the screen is locked.
// No electron import here: the logic is unit-tested with fake web contents.
import { SCREEN_EXPORT_REQUEST_CHANNEL } from '../preload/port-channels';

export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Ctrl+P (Cmd+P on macOS), with or without Shift — Chromium's print and system-print keys. */
export function isExportShortcut(input: KeyInput, platform: NodeJS.Platform): boolean {
  const command = platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
  // AltGr is Ctrl+Alt on Windows: a character typed with it is not a shortcut.
  return input.type === 'keyDown' && command && !input.alt && input.key.toLowerCase() === 'p';
}

export interface ShortcutSource {
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): unknown;
}

/**
 * Takes the shortcut before the page or a menu accelerator sees it (preventDefault in before-input-event stops both),
 * so the key has exactly one path and it is the audited one.
 */
export function interceptExportShortcut(contents: ShortcutSource, platform: NodeJS.Platform, onExport: () => void): void {
  contents.on('before-input-event', (event, input) => {
    if (!isExportShortcut(input, platform)) return;
    event.preventDefault();
    onExport();
  });
}

export interface Screen {
  route: string;
  title: string;
}

/** The page on screen: our hash router keeps the route in the fragment. Cut to what the contract accepts. */
export function screenOf(url: string, title: string): Screen {
  let route = '/';
  try {
    const u = new URL(url);
    route = u.hash.startsWith('#/') ? u.hash.slice(1) : '/';
  } catch {
    // An unparsable address names no page; the title still says which window.
  }
  return { route: route.slice(0, 500), title: title.slice(0, 200) };
}

export interface ScreenExportRequest extends Screen {
  requestId: number;
  fileName: string;
}

export interface RecordTarget {
  readonly id: number;
  send(channel: string, request: ScreenExportRequest): void;
}

export const SCREEN_EXPORT_TIMEOUT_MS = 10_000;

/** Main's half of the exchange: one numbered request per export, answered only by the web contents asked. */
export class ScreenExportRecorder {
  private nextId = 1;
  private readonly pending = new Map<number, { targetId: number; settle: (refusal: string) => void }>();

  constructor(private readonly timeoutMs = SCREEN_EXPORT_TIMEOUT_MS) {}

  /** Resolves with '' once the core has recorded the export, or with why it was not recorded (in Chinese). */
  record(target: RecordTarget, request: Screen & { fileName: string }): Promise<string> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle('页面没有回应（可能仍在加载）'), this.timeoutMs);
      const settle = (refusal: string) => {
        clearTimeout(timer);
        this.pending.delete(requestId);
        resolve(refusal);
      };
      this.pending.set(requestId, { targetId: target.id, settle });
      try {
        target.send(SCREEN_EXPORT_REQUEST_CHANNEL, { requestId, ...request });
      } catch {
        settle('窗口已关闭');
      }
    });
  }

  /** An answer from a page: '' (recorded) or the core's refusal. Any other sender or request is ignored. */
  answer(senderId: number, requestId: unknown, message: unknown): void {
    const entry = typeof requestId === 'number' ? this.pending.get(requestId) : undefined;
    if (!entry || entry.targetId !== senderId) return;
    entry.settle(typeof message === 'string' ? message : '页面的回答无法识别');
  }
}

export interface ExportWindow {
  getTitle(): string;
  webContents: RecordTarget & {
    getURL(): string;
    getTitle(): string;
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>;
  };
}

export interface ExportDeps {
  /** The save dialog: a path, or null if cancelled. */
  choosePath(defaultName: string): Promise<string | null>;
  record(target: ExportWindow['webContents'], request: Screen & { fileName: string }): Promise<string>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  showError(title: string, message: string): Promise<void>;
}

const exporting = new WeakSet<object>();

/** The file name alone, whichever separator the system uses. */
const nameOf = (path: string) => path.split(/[\\/]/).pop() || path;

/**
 * Saves what the window shows as an A4 PDF: the person chooses where, the page is rendered, the core records the
 * export, and only then is the file written. Returns the file, or null when cancelled, refused or failed.
 */
export async function exportScreenToPdf(window: ExportWindow, deps: ExportDeps): Promise<string | null> {
  if (exporting.has(window)) return null;
  exporting.add(window);
  try {
    const screen = screenOf(window.webContents.getURL(), window.getTitle() || window.webContents.getTitle());
    const path = await deps.choosePath(`${screen.title || '薪安'}.pdf`);
    if (!path) return null;
    let pdf: Uint8Array;
    try {
      pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    } catch (e) {
      await deps.showError('导出 PDF 失败', `无法生成 PDF：${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    const refusal = await deps.record(window.webContents, { ...screen, fileName: nameOf(path) });
    if (refusal) {
      await deps.showError('未导出 PDF', `未能记录本次导出，因此没有导出：${refusal}`);
      return null;
    }
    try {
      await deps.writeFile(path, pdf);
      return path;
    } catch (e) {
      await deps.showError('导出 PDF 失败', `文件未能保存到 ${path}：${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  } finally {
    exporting.delete(window);
  }
}
