// One issued document: its name, number and status (已作废 with the reason), its versions newest first — each with who
// made it, when and in which fonts, and its files' buttons — and, for those allowed, 重新生成 and 作废.
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Divider, Paper, Stack, Typography,
} from '@mui/material';
import { useState } from 'react';
import type { DocumentRecord, DocumentVersion } from '../../../../shared/contract/documents';
import type { FileServices } from '../../../../shared/contract/services';
import { DOCUMENT_KIND } from '../../../../shared/domain/vocabulary';
import { usePermissions } from '../../app/session';
import { fmtDateTime } from '../../components/format';
import { documentLabel, fontNames } from './labels';
import { useRegenerateDocument } from './queries';
import type { Notice, useDocumentFiles } from './useDocumentFiles';
import { ServiceStatus } from '../services/ServiceStatus';
import { VersionActions } from './VersionActions';
import { VersionPreviewDialog } from './VersionPreviewDialog';
import { VoidDialog } from './VoidDialog';

type Files = ReturnType<typeof useDocumentFiles>;

function VersionRow({ doc, version, files, onPreview }: { doc: DocumentRecord; version: DocumentVersion; files: Files; onPreview: () => void }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 0.75 }} data-testid="document-version">
      <Box sx={{ flex: 1, minWidth: 260 }}>
        <Typography variant="body2" component="div">
          <b>第 {version.version} 版</b> · {version.createdBy.name} · {fmtDateTime(version.createdAt)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" title={`PDF：${version.fonts.pdf.join('、')}；Word：${version.fonts.docx.join('、')}`}>
          PDF 字体：{fontNames(version.fonts.pdf)}
        </Typography>
      </Box>
      <VersionActions versionId={version.id} files={files} onPreview={onPreview} label={`${documentLabel(doc)} 第${version.version}版`} />
    </Stack>
  );
}

function RegenerateDialog({ doc, onClose, notify }: { doc: DocumentRecord; onClose: () => void; notify: (n: Notice) => void }) {
  const regenerating = useRegenerateDocument();
  const run = async () => {
    const r = await regenerating.run({ id: doc.id });
    if (!r.ok) return;
    notify({ severity: 'success', text: `已重新生成 ${documentLabel(r.value)}，第 ${r.value.versions[0]?.version ?? ''} 版` });
    onClose();
  };
  const busy = regenerating.busy;
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="regenerate-title">
      <DialogTitle id="regenerate-title">重新生成：{documentLabel(doc)}</DialogTitle>
      <DialogContent>
        <DialogContentText>按当前的登记和案件信息重新生成一个新版本，编号不变，原有版本保留可查。</DialogContentText>
        {regenerating.formError && <Alert severity="error" sx={{ mt: 2 }}>{regenerating.formError}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => void run()} disabled={busy}>{busy ? '正在生成…' : '重新生成'}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** How many versions show before 显示全部: the newest is the one a clerk prints. */
const SHOWN_VERSIONS = 1;

export function DocumentCard({ doc, files, notify, services }: { doc: DocumentRecord; files: Files; notify: (n: Notice) => void; services?: FileServices }) {
  const permissions = usePermissions();
  const [previewing, setPreviewing] = useState<DocumentVersion | null>(null);
  const [dialog, setDialog] = useState<'void' | 'regenerate' | null>(null);
  const [allVersions, setAllVersions] = useState(false);
  const voided = doc.status === 'void';
  const kindLabel = DOCUMENT_KIND.label(doc.kind);
  const versions = allVersions ? doc.versions : doc.versions.slice(0, SHOWN_VERSIONS);
  const served = services?.documents.find((d) => d.documentId === doc.id);

  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.5, bgcolor: voided ? 'grey.50' : undefined }} data-testid="document-card" aria-label={documentLabel(doc)}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} title={kindLabel}>
          {doc.title}
        </Typography>
        {doc.number && <Typography color="text.secondary">{doc.number}</Typography>}
        {voided ? <Chip size="small" color="error" label="已作废" data-testid="document-status" /> : <Chip size="small" color="success" variant="outlined" label="有效" data-testid="document-status" />}
        <Box sx={{ flex: 1 }} />
        {!voided && permissions.has('document.issue') && (
          <Button size="small" startIcon={<AutorenewIcon />} onClick={() => setDialog('regenerate')}>重新生成</Button>
        )}
        {!voided && permissions.has('document.void') && (
          <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setDialog('void')}>作废</Button>
        )}
      </Stack>
      {voided && (
        <Alert severity="warning" sx={{ mt: 1, py: 0 }} data-testid="document-void-reason">
          已作废，理由：{doc.voidReason ?? '未注明'}。{doc.kind === 'intakeRecord' ? '' : '编号保留，不再使用。'}
        </Alert>
      )}
      {!voided && served && services && <ServiceStatus doc={served} file={services} />}
      <Divider sx={{ mt: 1 }} />
      {doc.versions.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>没有生成成功的版本。</Typography>
      ) : (
        versions.map((v) => <VersionRow key={v.id} doc={doc} version={v} files={files} onPreview={() => setPreviewing(v)} />)
      )}
      {doc.versions.length > SHOWN_VERSIONS && (
        <Button size="small" onClick={() => setAllVersions(!allVersions)}>
          {allVersions ? '只显示最新版本' : `显示历史版本（${doc.versions.length - SHOWN_VERSIONS}）`}
        </Button>
      )}
      {previewing && <VersionPreviewDialog doc={doc} version={previewing} files={files} onClose={() => setPreviewing(null)} />}
      {dialog === 'void' && (
        <VoidDialog
          doc={doc}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            setDialog(null);
            notify({ severity: 'success', text: `已作废 ${documentLabel(d)}` });
          }}
        />
      )}
      {dialog === 'regenerate' && <RegenerateDialog doc={doc} onClose={() => setDialog(null)} notify={notify} />}
    </Paper>
  );
}
