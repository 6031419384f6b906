// The papers of a proceeding's steps taken so far (事先告知书, 行政处理决定书 …), made from the proceeding itself: 制作
// first shows the paper as the core builds it from the stored steps (documents.preview, nothing recorded), 确认制作
// issues it with its number; once issued, the button prints the newest version instead. The core refuses a paper
// whose step is missing or already has one, in its own words, shown in the dialog. Generic: the step definitions'
// `documents` drive which papers a proceeding offers (ProceedingWork.papers).
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ProceedingWork } from '../../../../shared/contract/casework';
import { proceedingPaperRequest, type DocumentRecord, type DocumentRequest } from '../../../../shared/contract/documents';
import { usePermissions } from '../../app/session';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { documentLabel } from './labels';
import { useDocumentList, useDocumentPreview, useGenerateDocument } from './queries';
import { useDocumentFiles, useNotice } from './useDocumentFiles';
import { VersionActions } from './VersionActions';
import { VersionPreviewDialog } from './VersionPreviewDialog';

type Paper = ProceedingWork['papers'][number];
type Files = ReturnType<typeof useDocumentFiles>;

/** Preview, then issue, one paper made from the store; also used for a hearing's own papers (延期开庭通知书). */
export function IssueDialog({ paper, request, caseFileId, files, onClose }: { paper: Pick<Paper, 'label' | 'step'>; request: DocumentRequest; caseFileId: string; files: Files; onClose: () => void }) {
  const preview = useDocumentPreview(request);
  const generating = useGenerateDocument();
  const [issued, setIssued] = useState<DocumentRecord | null>(null);
  const confirm = async () => {
    const r = await generating.run({ request, caseFileId });
    if (r.ok) setIssued(r.value[0]!);
  };
  const version = issued?.versions[0];
  return (
    <DocumentPreviewDialog
      title={issued ? `已制作：${documentLabel(issued)}` : `制作${paper.label}：预览`}
      models={preview.data}
      pending={preview.isPending}
      error={preview.error}
      onRetry={() => void preview.refetch()}
      notice={
        generating.formError ? (
          <Alert severity="error">{generating.formError}</Alert>
        ) : issued && version ? (
          <Alert severity="success" data-testid="issued-notice">已制作 {documentLabel(issued)}，第 {version.version} 版，已记入本案卷的文书。可以下载或打印；送达后请在“送达”中登记。</Alert>
        ) : (
          <Alert severity="info">以下是按本案已办理的“{paper.step}”步骤生成的预览，尚未记录。请核对内容；确认制作后，文书连同编号记入本案卷。</Alert>
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
            <Button variant="contained" onClick={() => void confirm()} disabled={generating.busy || !preview.data}>{generating.busy ? '正在制作…' : '确认制作'}</Button>
          </>
        )
      }
      onClose={onClose}
    />
  );
}

export function ProceedingPapers({ caseFileId, work }: { caseFileId: string; work: Pick<ProceedingWork, 'proceedingId' | 'papers'> }) {
  const permissions = usePermissions();
  const mayRead = permissions.has('document.read');
  const mayIssue = permissions.has('document.issue');
  const list = useDocumentList({ caseFileId }, mayRead && work.papers.length > 0);
  const { notify, element: notice } = useNotice();
  const files = useDocumentFiles(notify);
  const [dialog, setDialog] = useState<{ paper: Paper; mode: 'issue' | 'print' } | null>(null);
  if (work.papers.length === 0 || !mayRead || list.isPending) return null;
  const issuedOf = (p: Paper) => list.data?.find((d) => d.kind === p.kind && d.status === 'issued' && d.versions.length > 0);
  const open = dialog ? issuedOf(dialog.paper) : undefined;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>本程序的文书</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label="本程序的文书" data-testid="proceeding-papers">
        {work.papers.map((p) =>
          issuedOf(p) ? (
            <Button key={p.kind} variant="outlined" startIcon={<PrintIcon />} onClick={() => setDialog({ paper: p, mode: 'print' })}>打印{p.label}</Button>
          ) : (
            mayIssue && <Button key={p.kind} variant="outlined" startIcon={<NoteAddOutlinedIcon />} onClick={() => setDialog({ paper: p, mode: 'issue' })}>制作{p.label}</Button>
          ),
        )}
      </Stack>
      {dialog?.mode === 'issue' && <IssueDialog paper={dialog.paper} request={proceedingPaperRequest(dialog.paper.kind, work.proceedingId)} caseFileId={caseFileId} files={files} onClose={() => setDialog(null)} />}
      {dialog?.mode === 'print' && open && <VersionPreviewDialog doc={open} version={open.versions[0]!} files={files} onClose={() => setDialog(null)} />}
      {notice}
    </>
  );
}
