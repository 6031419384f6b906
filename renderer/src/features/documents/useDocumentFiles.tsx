// What a person does with a document version's files: download the PDF or the Word file, print. Every file the core
// hands out is recorded with its purpose (download and print go on the case timeline). Printing in browser mode
// opens the PDF in a new tab for the browser's own print; in the desktop app it opens the PDF in the system's
// application ("用系统程序打开"), from which the person prints.
import { Alert, Snackbar } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { call, errorMessage } from '../../platform/api';
import { nativeBridge } from '../../platform/native';
import { openPrintTab, openWithSystem, saveFile, showInTab } from './document-files';

export interface Notice {
  severity: 'success' | 'info' | 'error';
  text: string;
}

/** A short message at the bottom of the window: a download saved, a print tab opened, a failure. */
export function useNotice(): { notify: (n: Notice) => void; element: ReactNode } {
  const [notice, setNotice] = useState<Notice | null>(null);
  const element = (
    <Snackbar
      open={notice !== null}
      autoHideDuration={notice?.severity === 'error' ? null : 6000}
      onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      {notice ? (
        <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)} data-testid="document-notice" sx={{ maxWidth: 640 }}>
          {notice.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
  return { notify: setNotice, element };
}

export type FileAction = 'pdf' | 'docx' | 'print';

export function useDocumentFiles(notify: (n: Notice) => void) {
  /** `${versionId}:${action}` while its file is being fetched. */
  const [busy, setBusy] = useState<string | null>(null);
  const native = nativeBridge();

  const run = useCallback(
    async (versionId: string, action: FileAction, work: () => Promise<void>) => {
      setBusy(`${versionId}:${action}`);
      try {
        await work();
      } catch (e) {
        notify({ severity: 'error', text: errorMessage(e) });
      } finally {
        setBusy(null);
      }
    },
    [notify],
  );

  const download = (versionId: string, format: 'pdf' | 'docx') =>
    run(versionId, format, async () => {
      const file = await call('documents.file', { versionId, format, purpose: 'download' });
      saveFile(file);
      notify({ severity: 'success', text: `已下载 ${file.fileName}` });
    });

  const print = (versionId: string) => {
    if (native) {
      return run(versionId, 'print', async () => {
        const file = await call('documents.file', { versionId, format: 'pdf', purpose: 'print' });
        const error = await openWithSystem(native, file);
        notify(error ? { severity: 'error', text: error } : { severity: 'success', text: '已用系统程序打开 PDF，请在其中打印' });
      });
    }
    // The tab is opened now, while the click still counts; the PDF goes into it when it arrives.
    const tab = openPrintTab();
    if (!tab) {
      notify({ severity: 'error', text: '浏览器阻止了新窗口，无法打开打印文件。请允许本页打开新窗口，或下载 PDF 后打印。' });
      return Promise.resolve();
    }
    return run(versionId, 'print', async () => {
      try {
        const file = await call('documents.file', { versionId, format: 'pdf', purpose: 'print' });
        showInTab(tab, file);
        notify({ severity: 'info', text: '已在新标签页打开 PDF，请在其中用浏览器的打印功能（Ctrl+P）打印' });
      } catch (e) {
        tab.close();
        throw e;
      }
    });
  };

  const isBusy = (versionId: string, action: FileAction) => busy === `${versionId}:${action}`;
  return { download, print, isBusy, anyBusy: busy !== null, native: native !== null };
}
