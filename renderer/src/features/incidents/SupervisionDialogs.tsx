// 督办's three forms: a leader puts the file under supervision (level, who supervises, what is demanded, a date to
// report by); a handler reports what was done; the leader closes it with a conclusion.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Supervision } from '../../../../shared/contract/incidents';
import { addDays } from '../../../../shared/domain/calendar';
import { dateKeyOf } from '../../../../shared/domain/time';
import { SUPERVISION_LEVEL, type SupervisionLevel } from '../../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useCloseSupervision, useOpenSupervision, useReportOnSupervision } from './queries';

function FormDialog(props: { id: string; title: string; submitLabel: string; busy: boolean; formError: string | null; onClose: () => void; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  const { id, title, submitLabel, busy, formError, onClose, onSubmit, children } = props;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={id}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={id}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {formError && <Alert severity="error">{formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function OpenSupervisionDialog({ caseFileId, onClose }: { caseFileId: string; onClose: () => void }) {
  const opening = useOpenSupervision({ fields: ['issuer', 'demands', 'reportBy'] });
  const { fieldErrors: errors, clearField: clear } = opening;
  const [level, setLevel] = useState<SupervisionLevel>('bureau');
  const [issuer, setIssuer] = useState('');
  const [demands, setDemands] = useState('');
  const [reportBy, setReportBy] = useState(() => addDays(dateKeyOf(Date.now()), 3));
  const send = onFormSubmit(async () => {
    if ((await opening.run({ caseFileId, level, issuer, demands, reportBy })).ok) onClose();
  });
  return (
    <FormDialog id="open-supervision-title" title="列入督办" submitLabel="督办" busy={opening.busy} formError={opening.formError} onClose={onClose} onSubmit={send}>
      <Alert severity="info">列入督办后，本案卷和报告期限列在领导工作台的“督办事项”中；报告期限是领导确定的日期，不是法定期限。</Alert>
      <TextField select label="督办级别" value={level} onChange={(e) => { setLevel(e.target.value as SupervisionLevel); clear('issuer'); }}>
        {SUPERVISION_LEVEL.values.map((l) => <MenuItem key={l} value={l}>{SUPERVISION_LEVEL.label(l)}</MenuItem>)}
      </TextField>
      <TextField label="督办单位和文号" value={issuer} onChange={(e) => { setIssuer(e.target.value); clear('issuer'); }} required={level !== 'bureau'}
        placeholder="例如：市人社局 日人社督〔2026〕3号" error={!!errors.issuer} helperText={errors.issuer ?? (level === 'bureau' ? '选填' : undefined)} slotProps={{ htmlInput: { maxLength: 200 } }} />
      <TextField label="督办要求" value={demands} onChange={(e) => { setDemands(e.target.value); clear('demands'); }} required multiline minRows={3}
        placeholder="例如：三日内查清欠薪数额，督促总包单位先行垫付，并报告办理情况" error={!!errors.demands} helperText={errors.demands} slotProps={{ htmlInput: { maxLength: 2000 } }} />
      <DateField label="报告期限" value={reportBy} onChange={(v) => { setReportBy(v); clear('reportBy'); }} error={errors.reportBy} helperText="承办人在此日期前报告办理情况" width={200} wideHelper />
    </FormDialog>
  );
}

export function SupervisionReportDialog({ supervision, onClose }: { supervision: Supervision; onClose: () => void }) {
  const reporting = useReportOnSupervision({ fields: ['date', 'content'] });
  const { fieldErrors: errors, clearField: clear } = reporting;
  const [date, setDate] = useState(() => dateKeyOf(Date.now()));
  const [content, setContent] = useState('');
  const send = onFormSubmit(async () => {
    if ((await reporting.run({ supervisionId: supervision.id, date, content })).ok) onClose();
  });
  return (
    <FormDialog id="supervision-report-title" title={`报告办理情况：${SUPERVISION_LEVEL.label(supervision.level)}`} submitLabel="报告" busy={reporting.busy} formError={reporting.formError} onClose={onClose} onSubmit={send}>
      <Alert severity="info">督办要求：{supervision.demands}（报告期限 {supervision.reportBy}）</Alert>
      <DateField label="报告日期" value={date} onChange={(v) => { setDate(v); clear('date'); }} error={errors.date} width={200} wideHelper />
      <TextField label="报告内容" value={content} onChange={(e) => { setContent(e.target.value); clear('content'); }} required multiline minRows={4}
        placeholder="例如：已查清12人欠薪共计18.6万元，总包单位同意先行垫付" error={!!errors.content} helperText={errors.content} slotProps={{ htmlInput: { maxLength: 2000 } }} />
    </FormDialog>
  );
}

export function CloseSupervisionDialog({ supervision, onClose }: { supervision: Supervision; onClose: () => void }) {
  const closing = useCloseSupervision({ fields: ['date', 'conclusion'] });
  const { fieldErrors: errors, clearField: clear } = closing;
  const [date, setDate] = useState(() => dateKeyOf(Date.now()));
  const [conclusion, setConclusion] = useState('');
  const send = onFormSubmit(async () => {
    if ((await closing.run({ supervisionId: supervision.id, date, conclusion, expectedRowVersion: supervision.rowVersion })).ok) onClose();
  });
  return (
    <FormDialog id="close-supervision-title" title={`办结督办：${SUPERVISION_LEVEL.label(supervision.level)}`} submitLabel="办结" busy={closing.busy} formError={closing.formError} onClose={onClose} onSubmit={send}>
      <DateField label="办结日期" value={date} onChange={(v) => { setDate(v); clear('date'); }} error={errors.date} width={200} wideHelper />
      <TextField label="办结意见" value={conclusion} onChange={(e) => { setConclusion(e.target.value); clear('conclusion'); }} required multiline minRows={3}
        placeholder="例如：欠薪已全部支付到位，督办办结" error={!!errors.conclusion} helperText={errors.conclusion} slotProps={{ htmlInput: { maxLength: 2000 } }} />
    </FormDialog>
  );
}
