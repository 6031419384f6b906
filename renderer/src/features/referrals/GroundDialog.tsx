// 登记事实 for the checklists: ability to pay, evasion (法释〔2013〕3号 Art. 2), a group or extreme incident (办法
// Art. 5(2)), or the months a worker went unpaid (Art. 3(1)) — each with the evidence item of this file it rests on.
// A refusal keeps everything typed, with the core's message at its field.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { GROUND_KIND, type GroundKind } from '../../../../shared/domain/referral-checklist';
import { onFormSubmit } from '../../platform/mutations';
import { useCaseEvidence, useCaseWorkers } from '../evidence/queries';
import { useRecordGround } from './queries';

const KINDS = Object.keys(GROUND_KIND) as GroundKind[];

export function GroundDialog({ caseFileId, onClose }: { caseFileId: string; onClose: () => void }) {
  const evidence = useCaseEvidence(caseFileId);
  const workers = useCaseWorkers(caseFileId);
  const [kind, setKind] = useState<GroundKind>('evasion');
  const [fact, setFact] = useState('');
  const [evidenceId, setEvidenceId] = useState('');
  const [personId, setPersonId] = useState('');
  const [months, setMonths] = useState('');
  const recording = useRecordGround({ fields: ['kind', 'fact', 'evidenceId', 'personId', 'months'] });
  const { fieldErrors: errors, busy, clearField: clear } = recording;
  const perWorker = kind === 'unpaidMonths';
  const send = onFormSubmit(async () => {
    const n = Number(months);
    const monthsProblem: Record<string, string> = perWorker && (months.trim() === '' || !Number.isInteger(n)) ? { months: '请填写被拖欠工资的月数（整数）' } : {};
    const r = await recording.run(
      { caseFileId, kind, fact, evidenceId: evidenceId || null, personId: perWorker ? personId || null : null, months: perWorker && Number.isInteger(n) && months.trim() !== '' ? n : null },
      monthsProblem,
    );
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="ground-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="ground-title">登记移送、列入条件的事实</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select size="small" label="事实种类" value={kind} onChange={(e) => { setKind(e.target.value as GroundKind); clear('kind'); clear('months'); }} error={!!errors.kind} helperText={errors.kind}>
              {KINDS.map((k) => <MenuItem key={k} value={k}>{GROUND_KIND[k]}</MenuItem>)}
            </TextField>
            {perWorker && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField select size="small" label="劳动者" required value={personId} onChange={(e) => { setPersonId(e.target.value); clear('personId'); }} sx={{ width: 200 }} error={!!errors.personId} helperText={errors.personId}>
                  {(workers.data?.workers ?? []).map((w) => <MenuItem key={w.personId} value={w.personId}>{w.name}</MenuItem>)}
                </TextField>
                <TextField size="small" label="被拖欠月数" required value={months} onChange={(e) => { setMonths(e.target.value); clear('months'); }} sx={{ width: 160 }} error={!!errors.months} helperText={errors.months ?? '三个月以上方可计入一人标准'} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
              </Stack>
            )}
            <TextField size="small" label="事实" required multiline minRows={2} value={fact} onChange={(e) => { setFact(e.target.value); clear('fact'); }} error={!!errors.fact} helperText={errors.fact ?? '例如：限期内将公司账户资金转至法定代表人亲属账户'} />
            <TextField select size="small" label="所依据的证据（本案证据清单）" value={evidenceId} onChange={(e) => { setEvidenceId(e.target.value); clear('evidenceId'); }} error={!!errors.evidenceId} helperText={errors.evidenceId ?? '可先在“证据”中登记证据，再在此选择'}>
              <MenuItem value="">（不选择）</MenuItem>
              {(evidence.data?.items ?? []).filter((i) => i.status === 'current').map((i) => <MenuItem key={i.id} value={i.id}>{`${i.seq}. ${i.title}`}</MenuItem>)}
            </TextField>
            {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '保存'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
