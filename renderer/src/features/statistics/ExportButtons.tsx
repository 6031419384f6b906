// 导出 Excel / 导出 PDF: the figures as the core counts them — the period and unit counted again (refused, saying so,
// when they changed since the person looked), or a submitted report as it was stored — saved as 统计报表-….xlsx/.pdf.
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button } from '@mui/material';
import type { StatScopeInput } from '../../../../shared/contract/statistics';
import { saveFile } from '../documents/document-files';
import { useStatExport } from './queries';

export type ExportSource = { counted: StatScopeInput & { digest: string } } | { submittedId: string };

export function ExportButtons({ source, disabled = false, onRecount }: { source: ExportSource | null; disabled?: boolean; onRecount?: () => void }) {
  const exporter = useStatExport();
  const run = async (format: 'xlsx' | 'pdf') => {
    if (!source) return;
    const file = await exporter.run({ ...source, format });
    if (file) saveFile(file);
  };
  return (
    <>
      <Button startIcon={<DownloadIcon />} sx={{ textTransform: 'none' }} onClick={() => void run('xlsx')} disabled={disabled || !source || exporter.busy !== null}>
        {exporter.busy === 'xlsx' ? '正在导出…' : '导出 Excel'}
      </Button>
      <Button startIcon={<DownloadIcon />} sx={{ textTransform: 'none' }} onClick={() => void run('pdf')} disabled={disabled || !source || exporter.busy !== null}>
        {exporter.busy === 'pdf' ? '正在导出…' : '导出 PDF'}
      </Button>
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
