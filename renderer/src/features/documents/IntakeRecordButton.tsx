// 制作登记表 / 打印登记表 on the intake detail page. Making one first shows the paper on screen (documents.preview:
// built, nothing recorded, numbers masked unless revealed with a reason), so the clerk checks it before a document and its version are recorded; 确认制作 issues
// it, and the same dialog then offers its files. Once issued, the button prints the newest version instead (after
// showing it), so a second click does not make a second document.
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { DocumentModel, DocumentRecord } from '../../../../shared/contract/documents';
import type { IntakeDetail } from '../../../../shared/contract/intakes';
import { usePermissions } from '../../app/session';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { documentLabel } from './labels';
import { PreviewRevealButton } from './PreviewRevealButton';
import { useDocumentList, useDocumentPreview, useGenerateDocument } from './queries';
import { useDocumentFiles, useNotice } from './useDocumentFiles';
import { VersionActions } from './VersionActions';
import { VersionPreviewDialog } from './VersionPreviewDialog';

type Files = ReturnType<typeof useDocumentFiles>;

function IssueDialog({ intakeId, files, onClose }: { intakeId: string; files: Files; onClose: () => void }) {
  const request = { kind: 'intakeRecord' as const, intakeId };
  // A preview is built afresh each time the dialog opens: it must show the registration as it is now.
  // Masked like the lists; the full numbers only after a reason (PreviewRevealButton), kept in this dialog alone.
  const preview = useDocumentPreview(request);
  const [revealed, setRevealed] = useState<{ models: DocumentModel[]; reason: string } | null>(null);
  const generating = useGenerateDocument();
  const [issued, setIssued] = useState<DocumentRecord | null>(null);
  const failure = generating.formError;
  const busy = generating.busy;
  const title = preview.data?.[0]?.title ?? '登记表';

  const confirm = async () => {
    const r = await generating.run({ request, caseFileId: null });
    if (r.ok) setIssued(r.value[0]);
  };

  const version = issued?.versions[0];
  return (
    <DocumentPreviewDialog
      title={issued ? `已制作：${documentLabel(issued)}` : `制作${title}：预览`}
      models={revealed?.models ?? preview.data}
      pending={preview.isPending}
      error={preview.error}
      onRetry={() => void preview.refetch()}
      notice={
        failure ? (
          <Alert severity="error">{failure}</Alert>
        ) : issued && version ? (
          <Alert severity="success" data-testid="issued-notice">已制作 {documentLabel(issued)}，第 {version.version} 版，已记入本登记的文书。可以下载或打印。</Alert>
        ) : (
          <Stack spacing={1}>
            <Alert severity="info" action={revealed ? undefined : <PreviewRevealButton request={request} onRevealed={(models, reason) => setRevealed({ models, reason })} />}>
              以下是制作前的预览，尚未记录。请核对内容；确认制作后，文书连同编号和版本记入本登记和案卷。{revealed ? '' : '预览中的证件号码和电话已隐去中间部分，制作出的文书印有完整号码。'}
            </Alert>
            {revealed && (
              <Alert severity="warning" data-testid="preview-revealed">
                已显示完整号码，本次查看已记入审计记录（理由：{revealed.reason}）。关闭预览后将重新隐去。
              </Alert>
            )}
          </Stack>
        )
      }
      actions={
        issued && version ? (
          <>
            <VersionActions versionId={version.id} files={files} label={`${documentLabel(issued)} 第${version.version}版`} />
            <Button variant="contained" onClick={onClose} sx={{ ml: 1 }}>完成</Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>取消</Button>
            <Button variant="contained" onClick={() => void confirm()} disabled={busy || !preview.data}>{busy ? '正在制作…' : '确认制作'}</Button>
          </>
        )
      }
      onClose={onClose}
    />
  );
}

export function IntakeRecordButton({ intake }: { intake: Pick<IntakeDetail, 'id' | 'kind'> }) {
  const permissions = usePermissions();
  const mayIssue = permissions.has('document.issue');
  const mayRead = permissions.has('document.read');
  // The record of a report names the reporter: only for those who may know reporters (the core refuses the rest).
  const allowed = intake.kind !== 'report' || permissions.has('reporter.read');
  const list = useDocumentList({ intakeId: intake.id }, mayRead && allowed);
  const { notify, element: notice } = useNotice();
  const files = useDocumentFiles(notify);
  // Kept apart from which button shows: issuing flips the button to 打印登记表 while its dialog stays open.
  const [dialog, setDialog] = useState<'issue' | 'print' | null>(null);
  if (!allowed || !mayRead || list.isPending) return null;

  const issued = list.data?.find((d) => d.kind === 'intakeRecord' && d.status === 'issued' && d.versions.length > 0);
  return (
    <>
      {issued ? (
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => setDialog('print')}>打印登记表</Button>
      ) : (
        mayIssue && <Button variant="contained" startIcon={<NoteAddOutlinedIcon />} onClick={() => setDialog('issue')}>制作登记表</Button>
      )}
      {dialog === 'issue' && <IssueDialog intakeId={intake.id} files={files} onClose={() => setDialog(null)} />}
      {dialog === 'print' && issued && <VersionPreviewDialog doc={issued} version={issued.versions[0]} files={files} onClose={() => setDialog(null)} />}
      {notice}
    </>
  );
}
