// 处置完毕: when the crowd dispersed and how it ended (散去, 当场支付, 限期支付方案, 移交 …).
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { Incident } from '../../../../shared/contract/incidents';
import { INCIDENT_OUTCOME, type IncidentOutcome } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from './DateTimeField';
import { useCloseIncident } from './queries';

export function CloseIncidentDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const closing = useCloseIncident({ fields: ['endedAt', 'note'] });
  const { fieldErrors: errors, busy, clearField: clear } = closing;
  const [at, setAt] = useState<DateTime>(() => dateTimeNow());
  const [outcome, setOutcome] = useState<IncidentOutcome>('dispersed');
  const [note, setNote] = useState('');
  const unreported = incident.clocks.filter((c) => c.metAt === null).map((c) => c.label);
  const send = onFormSubmit(async () => {
    const endedAt = instantOfDateTime(at);
    const problems: Record<string, string> = endedAt === null ? { endedAt: '请填写平息的日期和时间（时:分）' } : {};
    const r = await closing.run({ incidentId: incident.id, endedAt: endedAt ?? 0, outcome, note, expectedRowVersion: incident.rowVersion }, problems);
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="close-incident-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="close-incident-title">群体性事件处置完毕</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {unreported.length > 0 && <Alert severity="warning">尚未记录{unreported.join('、')}。处置完毕后仍可补记报告。</Alert>}
            <DateTimeField label="平息时间" value={at} onChange={(v) => { setAt(v); clear('endedAt'); }} error={errors.endedAt} />
            <TextField select label="处置结果" value={outcome} onChange={(e) => { setOutcome(e.target.value as IncidentOutcome); clear('note'); }}>
              {INCIDENT_OUTCOME.values.map((o) => <MenuItem key={o} value={o}>{INCIDENT_OUTCOME.label(o)}</MenuItem>)}
            </TextField>
            <TextField label="处置情况" value={note} onChange={(e) => { setNote(e.target.value); clear('note'); }} multiline minRows={3} required={outcome === 'other'}
              placeholder="例如：总包单位承诺11月30日前代发全部工资，工人已散去" error={!!errors.note} helperText={errors.note ?? (outcome === 'other' ? undefined : '选填')}
              slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {closing.formError && <Alert severity="error">{closing.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '处置完毕'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
