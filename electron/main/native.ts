// What only main can do for the page: dialogs, printing the current page to PDF (audited), opening outside links, opening a
// document in the system's application.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { checkDocumentToOpen, staleEntries } from './document-files';
import { externalUrlAllowed } from './external-links';
import { exportScreenToPdf, ScreenExportRecorder } from './screen-export';
import { documentTempDir } from './paths';

/** A blocking error box: for failures that stop the app (platform floor, core that keeps dying). */
export function showFatal(title: string, message: string): void {
  dialog.showMessageBoxSync({ type: 'error', title, message: title, detail: message, buttons: ['退出'], noLink: true });
}

export async function showError(window: BrowserWindow | null, title: string, message: string): Promise<void> {
  const options = { type: 'error' as const, title, message: title, detail: message, buttons: ['确定'], noLink: true };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

/** Main's side of recording each "导出为 PDF" through the window's page (ipc.ts passes the pages' answers to it). */
export const screenExports = new ScreenExportRecorder();

/**
 * Prints what the window shows to an A4 PDF the user saves where they choose — the menu's and Ctrl/Cmd+P's one path.
 * The core records it under the window's signed-in person first (screen-export.ts); refused, nothing is written.
 */
export function printToPdf(window: BrowserWindow): Promise<string | null> {
  return exportScreenToPdf(window, {
    async choosePath(defaultName) {
      const { canceled, filePath } = await dialog.showSaveDialog(window, {
        title: '导出为 PDF',
        defaultPath: defaultName,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      });
      return canceled || !filePath ? null : filePath;
    },
    record: (target, request) => screenExports.record(target, request),
    writeFile: (path, bytes) => writeFile(path, bytes),
    showError: (title, message) => showError(window, title, message),
  });
}

/** Opens a link in the system browser only if it is on the allowlist (none yet); reports whether it did. */
export async function openExternal(url: string): Promise<boolean> {
  if (!externalUrlAllowed(url)) return false;
  await shell.openExternal(url);
  return true;
}

/** Removes our temp folders older than a day; best effort (a viewer may still hold a file open). */
async function sweepDocumentTemp(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? Date.now() })));
  await Promise.all(staleEntries(entries, Date.now()).map((name) => rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined)));
}

/**
 * "用系统程序打开": writes a PDF, DOCX or plain XLSX workbook the page sends to a fresh folder under the temp folder (a viewer holding an
 * earlier copy open does not block it) and opens it with the system's application, from which the user prints.
 * Returns '' or the reason it could not, in Chinese.
 */
export async function openDocument(fileName: unknown, bytes: unknown): Promise<string> {
  const checked = checkDocumentToOpen(fileName, bytes);
  if (!checked.ok) return checked.error;
  try {
    const root = documentTempDir();
    await mkdir(root, { recursive: true });
    await sweepDocumentTemp(root);
    const file = join(await mkdtemp(join(root, 'doc-')), checked.name);
    await writeFile(file, checked.bytes, { flag: 'wx' });
    const error = await shell.openPath(file);
    return error ? `系统未能打开该文件：${error}` : '';
  } catch (e) {
    return `无法写入临时文件：${e instanceof Error ? e.message : String(e)}`;
  }
}
