// 显示完整号码 in a document preview: the preview is masked like the lists (540202********0019); someone who may
// unmask can see the full numbers the paper will print, after writing why — the core records the view and its reason
// as an unmasking, as the 查看 button beside a masked value does. The full models live only in the preview dialog:
// closing it forgets them.
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { DocumentModel, DocumentRequest } from '../../../../shared/contract/documents';
import { usePermissions } from '../../app/session';
import { ReasonField } from '../../components/ReasonField';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';

function ReasonDialog({ request, onRevealed, onClose }: { request: DocumentRequest; onRevealed: (models: DocumentModel[], reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const { errors, failure, busy, submit, clear } = useSubmit(
    () => call('documents.preview', { request, revealReason: reason }),
    (models) => onRevealed(models, reason.trim()),
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="preview-reveal-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="preview-reveal-title">在预览中显示完整号码</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <Typography variant="body2">
              预览中的证件号码和电话已隐去中间部分。完整号码属于个人信息，仅在核对文书确有需要时查看。请写明理由，<b>本次查看将记入审计记录</b>。
            </Typography>
            <ReasonField
              label="查看理由"
              example="核对登记表上的证件号码"
              hint="不少于4个字，说明因办理什么事项需要查看"
              value={reason}
              error={errors.revealReason}
              onChange={(v) => {
                setReason(v);
                clear('revealReason');
              }}
            />
            {failure && !errors.revealReason && <Alert severity="error">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在查看…' : '显示完整号码'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The button above a masked preview; nothing for those who may not unmask. */
export function PreviewRevealButton({ request, onRevealed }: { request: DocumentRequest; onRevealed: (models: DocumentModel[], reason: string) => void }) {
  const permissions = usePermissions();
  const [open, setOpen] = useState(false);
  if (!permissions.has('personal.unmask')) return null;
  return (
    <>
      <Button size="small" startIcon={<VisibilityOutlinedIcon />} onClick={() => setOpen(true)} title="显示完整的证件号码和电话（须说明理由，记入审计记录）">
        显示完整号码
      </Button>
      {open && (
        <ReasonDialog
          request={request}
          onClose={() => setOpen(false)}
          onRevealed={(models, reason) => {
            setOpen(false);
            onRevealed(models, reason);
          }}
        />
      )}
    </>
  );
}
