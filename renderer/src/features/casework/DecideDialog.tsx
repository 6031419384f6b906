// A leader decides a step sent for approval: 批准 (the step takes effect on the day signed) or 退回 (with an opinion,
// which the handler reads on the timeline). The core checks the leader, the date and the opinion again.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { useSubmit } from '../../components/useSubmit';
import { useCaseworkCalls } from './queries';

export type Decision = 'approve' | 'return';

interface Props {
  decision: Decision;
  approval: { id: string; label: string; rowVersion: number };
  onClose: () => void;
  onDone: (decision: Decision) => void;
}

/** The core's minimum for a return's opinion (approvals.decide). */
const MIN_OPINION = 4;

export function DecideDialog({ decision, approval, onClose, onDone }: Props) {
  const [date, setDate] = useState(dateKeyOf(Date.now()));
  const [opinion, setOpinion] = useState('');
  const calls = useCaseworkCalls();
  const approve = decision === 'approve';
  const { errors, setErrors, failure, busy, submit, clear } = useSubmit(
    () => calls.decide({ approvalId: approval.id, decision, opinion: opinion.trim() || null, date, expectedRowVersion: approval.rowVersion }),
    () => onDone(decision),
    (e) => {
      if (e.code === 'CONFLICT' || e.code === 'STEP_BLOCKED') void calls.refresh();
    },
  );
  const send = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!date) problems.date = '请填写审批日期';
    if (!approve && [...opinion.trim()].length < MIN_OPINION) problems.opinion = '退回须写明审批意见（至少4个字）';
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    void submit(e);
  };
  const titleId = 'decide-title';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <form onSubmit={send} noValidate>
        <DialogTitle id={titleId}>{approve ? '批准' : '退回'}：{approval.label}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2">
              {approve
                ? `批准后“${approval.label}”即行生效，日期以审批日期为准，记入案卷办理记录和审计记录。`
                : `退回后“${approval.label}”不生效，承办人可修改后重新提请；审批意见记入案卷办理记录。`}
            </Typography>
            <DateField label="审批日期" value={date} onChange={(v) => { setDate(v); clear('date'); }} error={errors.date} width={200} wideHelper />
            <TextField label="审批意见" value={opinion} onChange={(e) => { setOpinion(e.target.value); clear('opinion'); }} multiline minRows={3}
              required={!approve} autoFocus={!approve} error={!!errors.opinion}
              helperText={errors.opinion ?? (approve ? '选填，如“同意。请抓紧调查取证”' : '必填，写明退回的理由和需要补充的内容（至少4个字）')}
              slotProps={{ htmlInput: { maxLength: 1000 } }} />
            {failure && !errors.date && !errors.opinion && <Alert severity="error" data-testid="decide-refusal">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color={approve ? 'primary' : 'warning'} disabled={busy}>
            {busy ? '正在提交…' : approve ? '批准' : '退回'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
