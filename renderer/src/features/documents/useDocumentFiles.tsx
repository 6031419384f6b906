// What a person does with a document version's files: download the PDF or the Word file, print. Every file the core
// hands out is recorded with its purpose (download and print go on the case timeline). Printing in browser mode
// opens the PDF in a new tab for the browser's own print; in the desktop app it opens the PDF in the system's
// application ("用系统程序打开"), from which the person prints.
import { Alert, Snackbar } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { nativeBridge } from '../../platform/native';
import { openPrintTab, openWithSystem, saveFile, showInTab, type DocumentFile } from './document-files';
import { useDocumentFile } from './queries';

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

const REQUEST: Record<FileAction, { format: 'pdf' | 'docx'; purpose: 'download' | 'print' }> = {
  pdf: { format: 'pdf', purpose: 'download' },
  docx: { format: 'docx', purpose: 'download' },
  print: { format: 'pdf', purpose: 'print' },
};

export function useDocumentFiles(notify: (n: Notice) => void) {
  const files = useDocumentFile();
  const native = nativeBridge();

  /** The file, or null once the person has been told why not. */
  const fetchFile = async (versionId: string, action: FileAction): Promise<DocumentFile | null> => {
    const r = await files.run({ versionId, ...REQUEST[action] });
    if (r.ok) return r.value;
    notify({ severity: 'error', text: r.error.message });
    return null;
  };

  const download = async (versionId: string, format: 'pdf' | 'docx') => {
    const file = await fetchFile(versionId, format);
    if (!file) return;
    saveFile(file);
    notify({ severity: 'success', text: `已下载 ${file.fileName}` });
  };

  const print = async (versionId: string) => {
    if (native) {
      const file = await fetchFile(versionId, 'print');
      if (!file) return;
      const error = await openWithSystem(native, file);
      notify(error ? { severity: 'error', text: error } : { severity: 'success', text: '已用系统程序打开 PDF，请在其中打印' });
      return;
    }
    // The tab is opened now, while the click still counts; the PDF goes into it when it arrives.
    const tab = openPrintTab();
    if (!tab) {
      notify({ severity: 'error', text: '浏览器阻止了新窗口，无法打开打印文件。请允许本页打开新窗口，或下载 PDF 后打印。' });
      return;
    }
    const file = await fetchFile(versionId, 'print');
    if (!file) {
      tab.close();
      return;
    }
    showInTab(tab, file);
    notify({ severity: 'info', text: '已在新标签页打开 PDF，请在其中用浏览器的打印功能（Ctrl+P）打印' });
  };

  const isBusy = (versionId: string, action: FileAction) => {
    const sent = files.sending;
    return !!sent && sent.versionId === versionId && sent.format === REQUEST[action].format && sent.purpose === REQUEST[action].purpose;
  };
  return { download, print, isBusy, anyBusy: files.busy, native: native !== null };
}
