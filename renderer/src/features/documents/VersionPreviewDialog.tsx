// A stored version on screen (documents.model: the very model its PDF and DOCX were made from; recorded as a view),
// with its files' buttons under it.
import { Alert, Button } from '@mui/material';
import type { DocumentRecord, DocumentVersion } from '../../../../shared/contract/documents';
import { fmtDateTime } from '../../components/format';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { documentLabel } from './labels';
import { useVersionModel } from './queries';
import type { useDocumentFiles } from './useDocumentFiles';
import { VersionActions } from './VersionActions';

export function VersionPreviewDialog({ doc, version, files, onClose }: {
  doc: DocumentRecord;
  version: DocumentVersion;
  files: ReturnType<typeof useDocumentFiles>;
  onClose: () => void;
}) {
  // Each opening is one recorded view: never refetched behind the person's back.
  const model = useVersionModel(version.id);
  const label = `${documentLabel(doc)} 第${version.version}版`;
  return (
    <DocumentPreviewDialog
      title={`预览：${documentLabel(doc)}`}
      subtitle={`第 ${version.version} 版 · ${version.createdBy.name} 制作于 ${fmtDateTime(version.createdAt)}`}
      models={model.data ? [model.data] : undefined}
      pending={model.isPending}
      error={model.error}
      onRetry={() => void model.refetch()}
      notice={doc.status === 'void' ? <Alert severity="warning">本文书已作废：{doc.voidReason}</Alert> : undefined}
      actions={
        <>
          <VersionActions versionId={version.id} files={files} label={label} />
          <Button variant="contained" onClick={onClose} sx={{ ml: 1 }}>关闭</Button>
        </>
      }
      onClose={onClose}
    />
  );
}
