// 记录报告: an incident reported up the line, to 公安, to 住建 or another body — to whom, when, by whom, how, what was
// said. The first report to a body meets its clock; a later one is a 续报.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { Incident } from '../../../../shared/contract/incidents';
import { INCIDENT_RECIPIENT, REPORT_METHOD, type IncidentRecipient, type ReportMethod } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from './DateTimeField';
import { useReportIncident, useUnitStaff } from './queries';

const FIELDS = ['addressee', 'reportedAt', 'reportedBy', 'summary'];

const EXAMPLE: Record<IncidentRecipient, string> = {
  up: '例如：市人社局值班室、区政府总值班室',
  police: '例如：桑珠孜区公安分局指挥中心、城北派出所',
  housing: '例如：桑珠孜区住房和城乡建设局',
  other: '例如：区信访局',
};

/** The first clock not yet met, else reporting up. */
function firstOpen(incident: Incident): IncidentRecipient {
  return incident.clocks.find((c) => c.metAt === null)?.recipient ?? 'up';
}

export function ReportDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const me = useSession().staff;
  const staff = useUnitStaff();
  const reporting = useReportIncident({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = reporting;
  const [recipient, setRecipient] = useState<IncidentRecipient>(() => firstOpen(incident));
  const [addressee, setAddressee] = useState('');
  const [at, setAt] = useState<DateTime>(() => dateTimeNow());
  const [reportedBy, setReportedBy] = useState(me.id);
  const [method, setMethod] = useState<ReportMethod>('phone');
  const [summary, setSummary] = useState('');
  const caseworkers = (staff.data ?? []).filter((s) => s.active && s.roles.some((r) => r !== 'admin' && r !== 'auditor'));
  const followUp = incident.reports.some((r) => r.recipient === recipient);

  const send = onFormSubmit(async () => {
    const reportedAt = instantOfDateTime(at);
    const problems: Record<string, string> = reportedAt === null ? { reportedAt: '请填写报告的日期和时间（时:分）' } : {};
    const r = await reporting.run({ incidentId: incident.id, recipient, addressee, reportedAt: reportedAt ?? 0, reportedBy, method, summary }, problems);
    if (r.ok) onClose();
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="incident-report-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="incident-report-title">记录群体性事件的报告</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label="报告对象" value={recipient} onChange={(e) => setRecipient(e.target.value as IncidentRecipient)}
              helperText={followUp ? '已向该对象报告过，本次记为续报' : '首次报告（首报）'}>
              {INCIDENT_RECIPIENT.values.map((r) => <MenuItem key={r} value={r}>{INCIDENT_RECIPIENT.label(r)}</MenuItem>)}
            </TextField>
            <TextField label="报告单位或人员" value={addressee} onChange={(e) => { setAddressee(e.target.value); clear('addressee'); }} required
              placeholder={EXAMPLE[recipient]} error={!!errors.addressee} helperText={errors.addressee} slotProps={{ htmlInput: { maxLength: 100 } }} />
            <DateTimeField label="报告时间" value={at} onChange={(v) => { setAt(v); clear('reportedAt'); }} error={errors.reportedAt} />
            <Stack direction="row" spacing={2}>
              <TextField select label="报告人" value={reportedBy} onChange={(e) => { setReportedBy(e.target.value); clear('reportedBy'); }} sx={{ flex: 1 }}
                error={!!errors.reportedBy} helperText={errors.reportedBy}>
                {caseworkers.length === 0 && <MenuItem value={me.id}>{me.name}</MenuItem>}
                {caseworkers.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}{s.departmentName ? ` · ${s.departmentName}` : ''}</MenuItem>)}
              </TextField>
              <TextField select label="方式" value={method} onChange={(e) => setMethod(e.target.value as ReportMethod)} sx={{ width: 200 }}>
                {REPORT_METHOD.values.map((m) => <MenuItem key={m} value={m}>{REPORT_METHOD.label(m)}</MenuItem>)}
              </TextField>
            </Stack>
            <TextField label="报告内容摘要" value={summary} onChange={(e) => { setSummary(e.target.value); clear('summary'); }} required multiline minRows={3}
              placeholder="例如：十二名工人在局门口聚集讨薪，已派员劝导，请派警力维持秩序" error={!!errors.summary} helperText={errors.summary} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {reporting.formError && <Alert severity="error">{reporting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '记录报告'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
