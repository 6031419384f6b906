// What only main can do for the page: dialogs, printing the current page to PDF, opening outside links.
import { writeFile } from 'node:fs/promises';
import { dialog, shell, type BrowserWindow } from 'electron';
import { externalUrlAllowed } from './external-links';

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
