// 受理通知书 for the accepted case, made from the store: one per applicant. The committee sets the 举证期限 as it issues
// the notice (办案规则 Art. 15); the core refuses a notice before 受理, a second valid one, or one without the period.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useGenerateDocument } from '../documents/queries';

export function AcceptanceNoticeDialog({ proceedingId, caseFileId, onClose, onDone }: { proceedingId: string; caseFileId: string; onClose: () => void; onDone: (count: number) => void }) {
  const [deadline, setDeadline] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const generating = useGenerateDocument();
  const send = onFormSubmit(async () => {
    if (!deadline) return setProblem('请填写本案的举证期限');
    setProblem(null);
    const r = await generating.run({ request: { kind: 'acceptanceNotice', proceedingId, evidenceDeadline: deadline }, caseFileId });
    if (r.ok) onDone(r.value.length);
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="acceptance-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="acceptance-title">制作受理通知书</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <Typography variant="body2">按本案登记的仲裁申请和“受理”步骤制作，每名申请人一份。</Typography>
            <DateField label="举证期限（至）" width={200} value={deadline} onChange={(v) => { setDeadline(v); setProblem(null); }} error={problem ?? undefined} helperText="《劳动人事争议仲裁办案规则》第十五条" wideHelper />
            {generating.formError && <Alert severity="error">{generating.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={generating.busy}>{generating.busy ? '正在制作…' : '确认制作'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
