// 登记送达: to whom, then the facts of the act (ServiceFacts: how, when, who signed, who served, the proof). The core
// checks it all again and says what is wrong.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { FileServices, ServedDocument } from '../../../../shared/contract/services';
import { onFormSubmit } from '../../platform/mutations';
import { useRecordService } from './queries';
import { FACT_FIELDS, ServiceFactsFields, useServiceFacts } from './ServiceFacts';

const FIELDS = ['recipientId', ...FACT_FIELDS];

export function ServiceDialog({ doc, file, onClose }: { doc: ServedDocument; file: FileServices; onClose: () => void }) {
  const recording = useRecordService({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = recording;
  const { state, facts } = useServiceFacts(recording);
  const [recipientId, setRecipientId] = useState(doc.unserved[0]?.recipientId ?? '');
  const recipient = doc.unserved.find((u) => u.recipientId === recipientId);

  const send = onFormSubmit(async () => {
    const f = facts();
    const r = await recording.run(
      { ...f.value, documentId: doc.documentId, proceedingId: recipient?.proceedingId ?? '', recipientId, awardFinality: doc.kind === 'award' ? f.awardFinality : null },
      f.problems,
    );
    if (r.ok) onClose();
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="service-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="service-title">登记送达：{doc.title}{doc.number ? `（${doc.number}）` : ''}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ServiceFactsFields s={state} binding={recording} publicNoticeDays={file.publicNoticeDays} award={doc.kind === 'award'}
              leading={
                <TextField select label="受送达人" value={recipientId} onChange={(e) => { setRecipientId(e.target.value); clear('recipientId'); }} sx={{ flex: 1 }}
                  error={!!errors.recipientId} helperText={errors.recipientId}>
                  {doc.unserved.map((u) => <MenuItem key={u.recipientId} value={u.recipientId}>{u.name}</MenuItem>)}
                </TextField>
              } />
            {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在登记…' : '登记送达'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
