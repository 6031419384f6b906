// 作废: a voided document keeps its number (never reissued) and is marked 作废 with the reason, which goes on the
// case timeline and the audit trail. The core checks the permission and the reason again.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { DocumentRecord } from '../../../../shared/contract/documents';
import { ReasonField } from '../../components/ReasonField';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';
import { documentLabel } from './labels';

/** The contract's minimum (documentVoidInput), checked here first so the person is told before anything is sent. */
const MIN_REASON = 4;

export function VoidDialog({ doc, onClose, onDone }: { doc: DocumentRecord; onClose: () => void; onDone: (doc: DocumentRecord) => void }) {
  const [reason, setReason] = useState('');
  const { errors, setErrors, failure, busy, submit, clear } = useSubmit(() => call('documents.void', { id: doc.id, reason: reason.trim() }), onDone);
  const send = (e: FormEvent) => {
    if ([...reason.trim()].length < MIN_REASON) {
      e.preventDefault();
      setErrors({ reason: '请写明作废理由（至少4个字）' });
      return;
    }
    void submit(e);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="void-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="void-title">作废文书：{documentLabel(doc)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <Typography variant="body2">
              {doc.kind === 'intakeRecord'
                ? '作废后，文书标注“已作废”和理由，所有版本仍可查看；登记号属于这次登记，重新制作的登记表仍用它。作废不可撤销。'
                : '作废后，本文书的编号保留、不再使用，文书标注“已作废”和理由，所有版本仍可查看。作废不可撤销；如需更正，请作废后重新制作。'}
            </Typography>
            <ReasonField
              label="作废理由"
              example="投诉人姓名登记有误，重新登记"
              hint="不少于4个字，记入案卷办理记录和审计记录"
              value={reason}
              error={errors.reason}
              onChange={(v) => {
                setReason(v);
                clear('reason');
              }}
            />
            {failure && !errors.reason && <Alert severity="error">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>{busy ? '正在作废…' : '作废'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
