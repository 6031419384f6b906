// The buttons of one document version: 预览 (on screen), 下载 PDF, 下载 Word, and 打印 — in the desktop app
// "用系统程序打开", which opens the PDF in the system's viewer to print from there.
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import LaunchIcon from '@mui/icons-material/Launch';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import PrintIcon from '@mui/icons-material/Print';
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { Button, CircularProgress, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { useDocumentFiles } from './useDocumentFiles';

type Files = ReturnType<typeof useDocumentFiles>;

const spinner = <CircularProgress size={14} color="inherit" />;

export function VersionActions({ versionId, files, onPreview, label }: { versionId: string; files: Files; onPreview?: () => void; label: string }) {
  const button = (key: 'pdf' | 'docx' | 'print', icon: ReactNode, text: string, onClick: () => void, title?: string) => (
    <Button
      size="small"
      startIcon={files.isBusy(versionId, key) ? spinner : icon}
      disabled={files.anyBusy}
      onClick={onClick}
      aria-label={`${text}：${label}`}
      title={title}
      sx={{ textTransform: 'none' }}
    >
      {text}
    </Button>
  );
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {onPreview && (
        <Button size="small" startIcon={<VisibilityOutlinedIcon />} onClick={onPreview} aria-label={`预览：${label}`}>
          预览
        </Button>
      )}
      {button('pdf', <PictureAsPdfOutlinedIcon />, '下载 PDF', () => void files.download(versionId, 'pdf'))}
      {button('docx', <DescriptionOutlinedIcon />, '下载 Word', () => void files.download(versionId, 'docx'), '下载 Word（DOCX）文件，可在 WPS 或 Word 中修改')}
      {files.native
        ? button('print', <LaunchIcon />, '用系统程序打开', () => void files.print(versionId), '用系统的 PDF 阅读器打开，在其中打印')
        : button('print', <PrintIcon />, '打印', () => void files.print(versionId), '在新标签页打开 PDF，用浏览器的打印功能打印')}
    </Stack>
  );
}
