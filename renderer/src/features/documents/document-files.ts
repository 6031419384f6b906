// A document's file on this side: the core sends it as base64 (the contract is JSON-only); the page saves it through
// an <a download> on a blob: URL, opens a PDF in a new tab for the browser's own print (browser mode), or hands it to
// the desktop app's main process to open in the system's application (window.native, Electron only). The CSP allows
// blob: for images only, so a PDF is never embedded in the page: the on-screen preview is HTML (DocumentPages).
import type { NativeApi } from '../../../../shared/contract/native';

export interface DocumentFile {
  fileName: string;
  mime: string;
  contentBase64: string;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const toBlob = (file: DocumentFile): Blob => new Blob([base64ToBytes(file.contentBase64)], { type: file.mime });

/** How long a blob: URL lives: long enough for the download or the new tab to read it. */
const URL_LIFETIME_MS = 60_000;

/** Saves the file where the browser (or Electron's save dialog) puts downloads. */
export function saveFile(file: DocumentFile): void {
  const url = URL.createObjectURL(toBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/**
 * Opens a blank tab at once — while the click still counts as the person's own action, so no pop-up blocker stops
 * it — to show the PDF in when it arrives. Null when the browser refused.
 */
export function openPrintTab(): Window | null {
  const tab = window.open('', '_blank');
  if (!tab) return null;
  try {
    tab.document.title = '正在准备打印…';
    tab.document.body.textContent = '正在准备打印文件，请稍候…';
  } catch {
    // A tab we cannot write to still gets the PDF.
  }
  return tab;
}

/** Shows the PDF in the tab opened for it; the person prints it there with the browser's own print (Ctrl+P). */
export function showInTab(tab: Window, file: DocumentFile): void {
  const url = URL.createObjectURL(toBlob(file));
  tab.location.replace(url);
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

/** "用系统程序打开" (Electron): '' when opened, else the reason. */
export async function openWithSystem(native: NativeApi, file: DocumentFile): Promise<string> {
  try {
    return await native.openDocument(file.fileName, base64ToBytes(file.contentBase64));
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
