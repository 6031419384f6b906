// A hearing held: who appeared. A party absent after written notice without good cause lets the tribunal go on
// (调解仲裁法 Art. 36) — the applicant's absence as a withdrawal, the respondent's to a default award; the record says
// which, and the file shows the step it offers. A sitting's hearing is recorded for its case alone or, the same
// attendance, for every case of the sitting.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { HearingRecord } from '../../../../shared/contract/hearings';
import { onFormSubmit } from '../../platform/mutations';
import { useRecordHeld } from './queries';
import { SittingScope } from './SittingChoices';

export function HeldDialog({ hearing, onClose, onDone }: { hearing: HearingRecord; onClose: () => void; onDone: (h: HearingRecord) => void }) {
  const [applicant, setApplicant] = useState(true);
  const [respondent, setRespondent] = useState(true);
  const [withoutCause, setWithoutCause] = useState(false);
  const [note, setNote] = useState('');
  const [whole, setWhole] = useState(true);
  const acting = useRecordHeld({ fields: ['absentWithoutCause', 'note'] });
  const send = onFormSubmit(async () => {
    const r = await acting.run({ hearingId: hearing.id, expectedRowVersion: hearing.rowVersion, applicantAppeared: applicant, respondentAppeared: respondent, absentWithoutCause: withoutCause, note, wholeSitting: whole && hearing.sittingId !== null });
    if (r.ok) onDone(r.value);
  });
  const absent = !applicant || !respondent;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="held-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="held-title">登记开庭情况</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <Typography variant="body2">{hearing.date} {hearing.start}—{hearing.end}，{hearing.roomName}{hearing.caseNumber ? ` · ${hearing.caseNumber}` : ''}</Typography>
            <SittingScope hearing={hearing} whole={whole} onChange={setWhole} verb="登记" />
            <FormControlLabel control={<Checkbox checked={applicant} onChange={(e) => setApplicant(e.target.checked)} />} label={`申请人到庭（${hearing.applicants.join('、') || '申请人'}）`} />
            <FormControlLabel control={<Checkbox checked={respondent} onChange={(e) => setRespondent(e.target.checked)} />} label={`被申请人到庭（${hearing.respondents.join('、') || '被申请人'}）`} />
            {absent && (
              <FormControlLabel control={<Checkbox checked={withoutCause} onChange={(e) => setWithoutCause(e.target.checked)} />}
                label="未到庭的当事人经书面通知，无正当理由拒不到庭（《劳动争议调解仲裁法》第三十六条）" />
            )}
            {acting.fieldErrors.absentWithoutCause && <Typography variant="body2" color="error">{acting.fieldErrors.absentWithoutCause}</Typography>}
            <TextField label="庭审情况" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} helperText={acting.fieldErrors.note ?? '选填'} error={!!acting.fieldErrors.note} />
            {acting.formError && <Alert severity="error">{acting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={acting.busy}>{acting.busy ? '正在提交…' : '确认登记'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
