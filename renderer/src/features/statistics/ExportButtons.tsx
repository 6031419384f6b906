// 导出 Excel / 导出 PDF: the figures as the core counts them — the period and unit counted again (refused, saying so,
// when they changed since the person looked), or a submitted report as it was stored — saved as 统计报表-….xlsx/.pdf.
// In the desktop app the saved file is also offered "用系统程序打开" (Excel or the PDF viewer), as a document's PDF is.
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';
import type { StatScopeInput } from '../../../../shared/contract/statistics';
import { nativeBridge } from '../../platform/native';
import { openWithSystem, saveFile, type DocumentFile } from '../documents/document-files';
import { useStatExport } from './queries';

export type ExportSource = { counted: StatScopeInput & { digest: string } } | { submittedId: string };

export function ExportButtons({ source, disabled = false, onRecount }: { source: ExportSource | null; disabled?: boolean; onRecount?: () => void }) {
  const exporter = useStatExport();
  const native = nativeBridge();
  const [saved, setSaved] = useState<DocumentFile | null>(null);
  const [opened, setOpened] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (format: 'xlsx' | 'pdf') => {
    if (!source) return;
    setSaved(null);
    setOpened(null);
    const file = await exporter.run({ ...source, format });
    if (!file) return;
    saveFile(file);
    setSaved(file);
  };
  const open = async () => {
    if (!native || !saved) return;
    const error = await openWithSystem(native, saved);
    setOpened(error ? { ok: false, text: error } : { ok: true, text: `已用系统程序打开 ${saved.fileName}` });
  };
  return (
    <>
      <Button startIcon={<DownloadIcon />} sx={{ textTransform: 'none' }} onClick={() => void run('xlsx')} disabled={disabled || !source || exporter.busy !== null}>
        {exporter.busy === 'xlsx' ? '正在导出…' : '导出 Excel'}
      </Button>
      <Button startIcon={<DownloadIcon />} sx={{ textTransform: 'none' }} onClick={() => void run('pdf')} disabled={disabled || !source || exporter.busy !== null}>
        {exporter.busy === 'pdf' ? '正在导出…' : '导出 PDF'}
      </Button>
      {native && saved && (
        <Alert
          severity={opened && !opened.ok ? 'error' : 'success'}
          onClose={() => { setSaved(null); setOpened(null); }}
          data-testid="export-saved"
          action={!opened?.ok ? <Button color="inherit" size="small" onClick={() => void open()}>用系统程序打开</Button> : undefined}
        >
          {opened ? opened.text : `已保存 ${saved.fileName}`}
        </Alert>
      )}
      {exporter.error && (
        <Alert
          severity={exporter.error.code === 'CONFLICT' ? 'warning' : 'error'}
          onClose={exporter.reset}
          data-testid="export-error"
          action={exporter.error.code === 'CONFLICT' && onRecount ? <Button color="inherit" size="small" onClick={() => { exporter.reset(); onRecount(); }}>重新统计</Button> : undefined}
        >
          {exporter.error.message}
        </Alert>
      )}
    </>
  );
}
