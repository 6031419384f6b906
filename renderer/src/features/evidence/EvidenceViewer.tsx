// Opening an evidence file: a photo or scan shows here, in the page (a blob: URL made and dropped by one effect); a
// PDF opens as a document's does — in the desktop app in the system's viewer, in browser mode in a new tab — and
// either can be saved. The core puts every opening on the audit trail before it sends the bytes.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { EvidenceFile, EvidenceItem } from '../../../../shared/contract/evidence';
import { nativeBridge } from '../../platform/native';
import { base64ToBytes, openPrintTab, openWithSystem, saveFile, showInTab } from '../documents/document-files';
import { useEvidenceFile } from './queries';

/** The name a file is saved or opened under: the number and title, with the extension of what it really is. */
function savedName(item: EvidenceItem): string {
  const ext = item.mime === 'application/pdf' ? 'pdf' : item.mime === 'image/png' ? 'png' : 'jpg';
  return `证据${item.seq}-${item.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.${ext}`;
}

function Picture({ file, alt }: { file: EvidenceFile; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url ? <Box component="img" src={url} alt={alt} data-testid="evidence-image" sx={{ display: 'block', width: '100%', maxHeight: '65vh', objectFit: 'contain', bgcolor: 'grey.100', borderRadius: 1 }} /> : null;
}

/** The 查看 button of one item: fetches the file, then shows the picture or opens the PDF. */
export function useEvidenceOpener() {
  const fetching = useEvidenceFile();
  const [shown, setShown] = useState<{ item: EvidenceItem; file: EvidenceFile } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const native = nativeBridge();

  const open = async (item: EvidenceItem) => {
    setProblem(null);
    // A PDF in browser mode goes into a tab opened now, while the click still counts as the person's own.
    const tab = item.mime === 'application/pdf' && !native ? openPrintTab() : null;
    const r = await fetching.run({ id: item.id });
    if (!r.ok) {
      tab?.close();
      setProblem(r.error.message);
      return;
    }
    const file = { ...r.value, fileName: savedName(item) };
    if (item.mime !== 'application/pdf') return setShown({ item, file });
    if (native) {
      const error = await openWithSystem(native, file);
      if (error) setProblem(error);
    } else if (tab) showInTab(tab, file);
    else setProblem('浏览器阻止了新窗口，无法打开 PDF。请允许本页打开新窗口后重试。');
  };

  const element = (
    <>
      {problem && <Alert severity="error" onClose={() => setProblem(null)} sx={{ mb: 1 }} data-testid="evidence-open-problem">{problem}</Alert>}
      {shown && (
        <Dialog open onClose={() => setShown(null)} fullWidth maxWidth="md" aria-labelledby="evidence-view-title">
          <DialogTitle id="evidence-view-title">第 {shown.item.seq} 号证据：{shown.item.title}</DialogTitle>
          <DialogContent>
            <Picture file={shown.file} alt={shown.item.title} />
            <Typography variant="caption" color="text.secondary">{shown.item.fileName}（查看已记入审计记录）</Typography>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => saveFile(shown.file)}>下载</Button>
            <Button variant="contained" onClick={() => setShown(null)}>关闭</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
  return { open, busyId: fetching.busy ? (fetching.sending?.id ?? null) : null, element };
}
