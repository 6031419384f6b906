// The on-screen preview of one or more document models (an award may be two papers), as A4 pages scaled to the
// dialog: to fit the page width (at most real size) or to show whole pages. What is on screen is for checking the
// content; the PDF is the authoritative layout, and the caption says so.
import CloseIcon from '@mui/icons-material/Close';
import {
  Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { DocumentModel } from '../../../../shared/contract/documents';
import { ErrorState, Loading } from '../../components/States';
import { DocumentPages } from './DocumentPages';
import { PAGE_MM, PAGE_WIDTH_PX, PX_PER_MM } from './preview-layout';

type Fit = 'width' | 'page';

/** Padding around the pages inside the grey area, in CSS px. */
const GUTTER = 24;

/** The zoom that fits a page into the area: its width (never above real size), or the whole page. */
export function fitScale(fit: Fit, area: { width: number; height: number }): number {
  const byWidth = Math.min(1, (area.width - 2 * GUTTER) / PAGE_WIDTH_PX);
  if (fit === 'width') return Math.max(0.3, byWidth);
  const byHeight = (area.height - 2 * GUTTER) / (PAGE_MM.height * PX_PER_MM);
  return Math.max(0.2, Math.min(byWidth, byHeight));
}

/** The size of the grey area, followed as the window changes. A callback ref: the dialog mounts its content later. */
function useArea() {
  const [el, ref] = useState<HTMLDivElement | null>(null);
  const [area, setArea] = useState({ width: 900, height: 700 });
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setArea({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return { ref, area };
}

export interface DocumentPreviewDialogProps {
  title: string;
  subtitle?: ReactNode;
  models: DocumentModel[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry?: () => void;
  /** Above the pages: what this preview is (before issuing, or a stored version). */
  notice?: ReactNode;
  actions: ReactNode;
  onClose: () => void;
}

export function DocumentPreviewDialog({ title, subtitle, models, pending, error, onRetry, notice, actions, onClose }: DocumentPreviewDialogProps) {
  const [fit, setFit] = useState<Fit>('width');
  const { ref, area } = useArea();
  const scale = fitScale(fit, area);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="document-preview-title" slotProps={{ paper: { sx: { height: 'calc(100% - 48px)' } } }}>
      <DialogTitle id="document-preview-title" sx={{ pr: 7 }}>
        {title}
        {subtitle && <Typography variant="body2" color="text.secondary" component="div">{subtitle}</Typography>}
        <IconButton aria-label="关闭预览" onClick={onClose} sx={{ position: 'absolute', right: 12, top: 12 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ p: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        <Stack direction="row" spacing={2} sx={{ px: 2, py: 1, alignItems: 'center', borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} data-testid="preview-caption">
            屏幕预览用于核对内容，字体取本机已安装的字体；分页和版式以制作出的 PDF 文件为准。
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={fit} onChange={(_, v: Fit | null) => v && setFit(v)} aria-label="显示比例">
            <ToggleButton value="width">适合页宽</ToggleButton>
            <ToggleButton value="page">整页</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {notice && <Box sx={{ px: 2, pt: 1.5 }}>{notice}</Box>}
        <Box ref={ref} sx={{ flex: 1, overflow: 'auto', bgcolor: 'grey.300', p: `${GUTTER}px` }} data-testid="document-preview">
          {pending ? (
            <Loading label="正在生成预览…" />
          ) : error ? (
            <ErrorState error={error} onRetry={onRetry} />
          ) : !models || models.length === 0 ? (
            <Alert severity="info">没有可预览的内容。</Alert>
          ) : (
            models.map((model, i) => (
              <Box key={i} sx={{ mb: i < models.length - 1 ? 4 : 0 }}>
                {models.length > 1 && (
                  <Typography variant="subtitle2" sx={{ textAlign: 'center', mb: 1 }}>
                    第 {i + 1} 份，共 {models.length} 份：{model.title}{model.number ? `（${model.number}）` : ''}
                  </Typography>
                )}
                <DocumentPages model={model} scale={scale} />
              </Box>
            ))
          )}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>{actions}</DialogActions>
    </Dialog>
  );
}
