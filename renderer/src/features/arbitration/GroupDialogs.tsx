// The dialogs of a group application: accepting it as a 系列案 (one case per worker, consecutive 案号), electing or
// changing a collective case's representatives (3–5 among the workers), and recording the represented workers'
// consent to an act of the representatives (办案规则 Art. 63). The core decides and refuses; the dialog shows why.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormHelperText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { CONSENT_ACT, CONSENT_METHOD, REPRESENTATIVES_CITATION, REPRESENTATIVES_MAX, REPRESENTATIVES_MIN, type ConsentAct, type ConsentMethod } from '../../../../shared/domain/arbitration-group';
import { dateKeyOf } from '../../../../shared/domain/time';
import type { ArbitrationGroup } from '../../../../shared/contract/arbitration-groups';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useAcceptSeries, useRecordConsent, useSetRepresentatives } from './queries';

function Frame({ title, busy, formError, onClose, onSubmit, children }: { title: string; busy: boolean; formError: string | null; onClose: () => void; onSubmit: ReturnType<typeof onFormSubmit>; children: ReactNode }) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-label={title}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            {children}
            {formError && <Alert severity="error">{formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '确认'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function Workers({ options, chosen, onChange, error }: { options: { id: string; name: string }[]; chosen: string[]; onChange: (ids: string[]) => void; error?: string }) {
  return (
    <>
      <FormGroup row>
        {options.map((w) => (
          <FormControlLabel key={w.id} label={w.name}
            control={<Checkbox size="small" checked={chosen.includes(w.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, w.id] : chosen.filter((x) => x !== w.id))} />} />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </>
  );
}

export function SeriesDialog({ group, onClose, onDone }: { group: ArbitrationGroup; onClose: () => void; onDone: (label: string) => void }) {
  const [date, setDate] = useState(dateKeyOf(Date.now()));
  const m = useAcceptSeries();
  const send = onFormSubmit(async () => {
    const r = await m.run({ proceedingId: group.proceedingId, expectedRowVersion: group.rowVersion, date });
    if (r.ok) onDone(r.value.series?.label ?? '');
  });
  return (
    <Frame title="作为系列案受理" busy={m.busy} formError={m.formError} onClose={onClose} onSubmit={send}>
      <Typography variant="body2">
        {group.applicants.length}名劳动者的仲裁申请拆分为{group.applicants.length}件案件，每名劳动者一案（各自的仲裁请求，同一被申请人、事实和理由），一并受理，案号连续编排，可合并开庭。
      </Typography>
      <DateField label="受理日期" value={date} onChange={(v) => { setDate(v); m.clearField('date'); }} error={m.fieldErrors.date} helperText="《劳动争议调解仲裁法》第二十九条" wideHelper />
    </Frame>
  );
}

export function RepresentativesDialog({ group, onClose, onDone }: { group: ArbitrationGroup; onClose: () => void; onDone: () => void }) {
  const [date, setDate] = useState(dateKeyOf(Date.now()));
  const [chosen, setChosen] = useState<string[]>(group.representatives.map((r) => r.id));
  const m = useSetRepresentatives();
  const send = onFormSubmit(async () => {
    const r = await m.run({ proceedingId: group.proceedingId, date, proceedingPartyIds: chosen });
    if (r.ok) onDone();
  });
  const changing = group.representatives.length > 0;
  return (
    <Frame title={changing ? '变更代表人' : '推举代表人'} busy={m.busy} formError={m.formError} onClose={onClose} onSubmit={send}>
      <Typography variant="body2">
        集体争议的劳动者可以推举{REPRESENTATIVES_MIN}至{REPRESENTATIVES_MAX}名代表人参加仲裁活动（{REPRESENTATIVES_CITATION}）。{changing ? '变更代表人应当先登记被代表劳动者的同意。' : ''}
      </Typography>
      <DateField label="推举日期" value={date} onChange={(v) => { setDate(v); m.clearField('date'); }} error={m.fieldErrors.date} />
      <Workers options={group.applicants} chosen={chosen} onChange={(ids) => { setChosen(ids); m.clearField('proceedingPartyIds'); }} error={m.fieldErrors.proceedingPartyIds} />
    </Frame>
  );
}

export function ConsentDialog({ group, onClose, onDone }: { group: ArbitrationGroup; onClose: () => void; onDone: () => void }) {
  const reps = new Set(group.representatives.map((r) => r.id));
  const represented = group.applicants.filter((a) => !reps.has(a.id));
  const [act, setAct] = useState<ConsentAct>('settlement');
  const [method, setMethod] = useState<ConsentMethod>('signed');
  const [date, setDate] = useState(dateKeyOf(Date.now()));
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>(represented.map((a) => a.id));
  const m = useRecordConsent();
  const send = onFormSubmit(async () => {
    const r = await m.run({ proceedingId: group.proceedingId, act, consentedOn: date, method, note: note.trim() || null, proceedingPartyIds: chosen });
    if (r.ok) onDone();
  });
  return (
    <Frame title="登记被代表劳动者的同意" busy={m.busy} formError={m.formError} onClose={onClose} onSubmit={send}>
      <Typography variant="body2">代表人变更、放弃仲裁请求或者承认对方请求、撤回申请、和解，应当经被代表的劳动者同意（{REPRESENTATIVES_CITATION}）。</Typography>
      <TextField select size="small" label="同意的事项" value={act} onChange={(e) => setAct(e.target.value as ConsentAct)}>
        {Object.entries(CONSENT_ACT).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
      </TextField>
      <TextField select size="small" label="同意的方式" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
        {Object.entries(CONSENT_METHOD).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
      </TextField>
      <DateField label="同意日期" value={date} onChange={(v) => { setDate(v); m.clearField('consentedOn'); }} error={m.fieldErrors.consentedOn} />
      <TextField size="small" label="说明（如同意书附卷）" value={note} onChange={(e) => setNote(e.target.value)} />
      <Typography variant="body2">表示同意的劳动者：</Typography>
      <Workers options={represented} chosen={chosen} onChange={(ids) => { setChosen(ids); m.clearField('proceedingPartyIds'); }} error={m.fieldErrors.proceedingPartyIds} />
    </Frame>
  );
}
