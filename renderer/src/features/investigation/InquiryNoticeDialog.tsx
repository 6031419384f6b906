// 询问通知书: to a party of the inspection (the employer, a 包工头) or to someone named here (a witness, a 班组长 not on
// the file); the day and time to come, the place, what to bring (one item a line) and a phone to call. Issuing it
// makes the document, which then sits in the file's documents to print and serve. A refusal keeps what was typed.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { FileInvestigation } from '../../../../shared/contract/investigation';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { useInquiryNotice } from './queries';

const FIELDS = ['addresseeId', 'addresseeName', 'appearAt', 'place', 'bring', 'contactPhone'];
const OTHER = '';

export function InquiryNoticeDialog({ data, proceedingId, onClose, onIssued }: { data: FileInvestigation; proceedingId: string; onClose: () => void; onIssued: (title: string) => void }) {
  const parties = data.parties.filter((p) => p.proceedingId === proceedingId);
  const [to, setTo] = useState(parties[0]?.id ?? OTHER);
  const [name, setName] = useState('');
  const [at, setAt] = useState<DateTime>({ date: '', time: '10:00' });
  const [place, setPlace] = useState('');
  const [bring, setBring] = useState('');
  const [phone, setPhone] = useState('');
  const issuing = useInquiryNotice({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = issuing;

  const send = onFormSubmit(async () => {
    const appearAt = instantOfDateTime(at);
    const party = parties.find((p) => p.id === to);
    const r = await issuing.run(
      {
        proceedingId,
        addresseeId: party ? party.id : null,
        addresseeName: party ? party.name : name,
        appearAt: appearAt ?? 0,
        place,
        bring: bring.split('\n'),
        contactPhone: phone,
      },
      appearAt === null ? { appearAt: '请填写到场的日期和时间（时:分，如 10:00）' } : {},
    );
    if (r.ok) onIssued(r.value.number ? `${r.value.title}（${r.value.number}）` : r.value.title);
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="inquiry-notice-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="inquiry-notice-title">制作询问通知书</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select size="small" label="被通知人" value={to} onChange={(e) => { setTo(e.target.value); clear('addresseeId', 'addresseeName'); }}
              error={!!errors.addresseeId} helperText={errors.addresseeId}>
              {parties.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}（{p.role}）</MenuItem>)}
              <MenuItem value={OTHER}>其他人员（证人、班组长等）</MenuItem>
            </TextField>
            {to === OTHER && (
              <TextField size="small" label="被通知人姓名或名称" required value={name} onChange={(e) => { setName(e.target.value); clear('addresseeName'); }}
                error={!!errors.addresseeName} helperText={errors.addresseeName} slotProps={{ htmlInput: { maxLength: 80 } }} />
            )}
            <DateTimeField label="到场时间" value={at} onChange={(v) => { setAt(v); clear('appearAt'); }} error={errors.appearAt} />
            <TextField size="small" label="到场地点" required value={place} onChange={(e) => { setPlace(e.target.value); clear('place'); }}
              placeholder="例如：劳动保障监察支队203室" error={!!errors.place} helperText={errors.place} slotProps={{ htmlInput: { maxLength: 120 } }} />
            <TextField label="需携带的材料" multiline minRows={3} value={bring} onChange={(e) => { setBring(e.target.value); clear('bring'); }}
              placeholder={'每行一项，例如：\n2026年3月至11月的工资发放表、考勤记录'} error={!!errors.bring} helperText={errors.bring ?? '身份证件、授权委托书已列在通知书中'} />
            <TextField size="small" label="联系电话" value={phone} onChange={(e) => { setPhone(e.target.value); clear('contactPhone'); }}
              error={!!errors.contactPhone} helperText={errors.contactPhone ?? '选填；不填则印制作人的电话'} slotProps={{ htmlInput: { maxLength: 30 } }} />
            {issuing.formError && <Alert severity="error">{issuing.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在制作…' : '制作通知书'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
