// 不可安排日期: the arbitrators' and clerks' leave and training in the shown period, under the calendar — recorded
// and withdrawn here; a hearing booked on such a day is refused by the core, naming the person and the reason.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { UNAVAILABILITY_KIND, unavailabilityText, type UnavailabilityKind } from '../../../../shared/domain/unavailability';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useAddUnavailability, useSittingStaff, useUnavailability, useWithdrawUnavailability } from './queries';

function AddDialog({ from, onClose }: { from: string; onClose: () => void }) {
  const sitting = useSittingStaff();
  const [staffId, setStaffId] = useState('');
  const [fromDate, setFromDate] = useState(from);
  const [toDate, setToDate] = useState(from);
  const [kind, setKind] = useState<UnavailabilityKind>('leave');
  const [reason, setReason] = useState('');
  const [affected, setAffected] = useState<string[] | null>(null);
  const add = useAddUnavailability({ fields: (k) => ['staffId', 'fromDate', 'toDate', 'kind', 'reason'].includes(k) });
  const e = add.fieldErrors;
  const send = onFormSubmit(async () => {
    const r = await add.run({ staffId, fromDate, toDate, kind, reason });
    if (!r.ok) return;
    if (r.value.affected.length === 0) onClose();
    else setAffected(r.value.affected);
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="unavailable-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="unavailable-title">登记不可安排开庭的日期</DialogTitle>
        <DialogContent>
          {affected ? (
            <Alert severity="warning" data-testid="unavailable-affected">
              已登记。该期间已安排的开庭需要延期或变更仲裁庭组成：{affected.join('；')}
            </Alert>
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <TextField select size="small" label="仲裁员或书记员" value={staffId} onChange={(x) => { setStaffId(x.target.value); add.clearField('staffId'); }} error={!!e.staffId} helperText={e.staffId}>
                {sitting.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
              </TextField>
              <Stack direction="row" spacing={2}>
                <DateField label="开始日期" value={fromDate} onChange={(v) => { setFromDate(v); add.clearField('fromDate'); }} error={e.fromDate} />
                <DateField label="结束日期" value={toDate} onChange={(v) => { setToDate(v); add.clearField('toDate'); }} error={e.toDate} />
              </Stack>
              <TextField select size="small" label="事由类别" value={kind} onChange={(x) => setKind(x.target.value as UnavailabilityKind)} sx={{ width: 200 }}>
                {(Object.keys(UNAVAILABILITY_KIND) as UnavailabilityKind[]).map((k) => <MenuItem key={k} value={k}>{UNAVAILABILITY_KIND[k]}</MenuItem>)}
              </TextField>
              <TextField label="具体事由" value={reason} onChange={(x) => { setReason(x.target.value); add.clearField('reason'); }} error={!!e.reason} helperText={e.reason ?? '如：参加全区仲裁员业务培训'} />
              {add.formError && <Alert severity="error">{add.formError}</Alert>}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {affected ? <Button variant="contained" onClick={onClose}>知道了</Button> : (
            <>
              <Button onClick={onClose}>取消</Button>
              <Button type="submit" variant="contained" disabled={add.busy}>{add.busy ? '正在登记…' : '登记'}</Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function UnavailableDays({ from, to }: { from: string; to: string }) {
  const q = useUnavailability({ from, to });
  const withdraw = useWithdrawUnavailability();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [why, setWhy] = useState('');
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="unavailable-days">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>不可安排开庭的人员</Typography>
        <Button size="small" onClick={() => setAdding(true)}>登记请假、培训</Button>
      </Stack>
      {(q.data ?? []).length === 0 && <Typography variant="body2" color="text.secondary">这段时间没有登记请假或培训。</Typography>}
      {(q.data ?? []).map((u) => (
        <Stack key={u.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" sx={{ flex: 1 }}>{unavailabilityText(u)}（{u.recordedBy}登记）</Typography>
          {withdrawing === u.id ? (
            <>
              <TextField size="small" label="撤销理由" value={why} onChange={(e) => setWhy(e.target.value)} error={!!withdraw.fieldErrors.reason} helperText={withdraw.fieldErrors.reason} />
              <Button size="small" onClick={() => void withdraw.run({ id: u.id, reason: why }).then((r) => r.ok && setWithdrawing(null))}>确认撤销</Button>
            </>
          ) : (
            <Button size="small" color="warning" onClick={() => { setWithdrawing(u.id); setWhy(''); withdraw.reset(); }}>撤销</Button>
          )}
        </Stack>
      ))}
      {withdraw.formError && <Alert severity="error" sx={{ mt: 1 }}>{withdraw.formError}</Alert>}
      {adding && <AddDialog from={from} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
