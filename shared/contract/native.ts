// The shape of window.native: what the desktop app's main process does for the page besides the core. Present only
// under Electron (the preload exposes it); browser mode has none, and the interface hides what needs it.
// Types only, so the preload can import it.

export interface NativeApi {
  /**
   * "用系统程序打开": main writes the bytes (a PDF, a DOCX or an XLSX workbook without macros, controls, embedded
   * objects or external links — checked, electron/main/document-files.ts) to a temporary file named after `fileName`
   * (made safe) and opens it with the system's application. Resolves with '' or the reason it could not, in Chinese.
   */
  openDocument(fileName: string, bytes: Uint8Array): Promise<string>;
}
