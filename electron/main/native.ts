// What only main can do for the page: dialogs, printing the current page to PDF, opening outside links, opening a
// document in the system's application.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { checkDocumentToOpen, staleEntries } from './document-files';
import { externalUrlAllowed } from './external-links';
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

/** Prints what the window shows to an A4 PDF the user saves where they choose. Returns the file, or null if cancelled. */
export async function printToPdf(window: BrowserWindow): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: '导出为 PDF',
    defaultPath: `${window.getTitle() || '薪安'}.pdf`,
    filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return null;
  try {
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    await writeFile(filePath, pdf);
    return filePath;
  } catch (e) {
    await showError(window, '导出 PDF 失败', `文件未能保存到 ${filePath}：${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
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
 * "用系统程序打开": writes a PDF or DOCX the page sends to a fresh folder under the temp folder (a viewer holding an
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
