// A leader decides a step sent for approval: 批准 (the step takes effect on the day signed) or 退回 (with an opinion,
// which the handler reads on the timeline). The core checks the leader, the date and the opinion again.
import { TextField } from '@mui/material';
import { useState } from 'react';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDecide } from './queries';

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
  const deciding = useDecide({ fields: ['date', 'opinion'] });
  const approve = decision === 'approve';
  return (
    <ReasonDialog
      title={`${approve ? '批准' : '退回'}：${approval.label}`}
      explain={
        approve
          ? `批准后“${approval.label}”即行生效，日期以审批日期为准，记入案卷办理记录和审计记录。`
          : `退回后“${approval.label}”不生效，承办人可修改后重新提请；审批意见记入案卷办理记录。`
      }
      field="opinion"
      reason={({ value, onChange, error }) => (
        <TextField label="审批意见" value={value} onChange={(e) => onChange(e.target.value)} multiline minRows={3}
          required={!approve} autoFocus={!approve} error={!!error}
          helperText={error ?? (approve ? '选填，如“同意。请抓紧调查取证”' : '必填，写明退回的理由和需要补充的内容（至少4个字）')}
          slotProps={{ htmlInput: { maxLength: 1000 } }} />
      )}
      problems={(opinion) => ({
        ...(date ? {} : { date: '请填写审批日期' }),
        ...(!approve && [...opinion.trim()].length < MIN_OPINION ? { opinion: '退回须写明审批意见（至少4个字）' } : {}),
      })}
      confirm={{ label: approve ? '批准' : '退回', busyLabel: '正在提交…', color: approve ? 'primary' : 'warning' }}
      mutation={deciding}
      input={(opinion) => ({ approvalId: approval.id, decision, opinion: opinion.trim() || null, date, expectedRowVersion: approval.rowVersion })}
      onDone={() => onDone(decision)}
      onClose={onClose}
    >
      <DateField label="审批日期" value={date} onChange={(v) => { setDate(v); deciding.clearField('date'); }} error={deciding.fieldErrors.date} width={200} wideHelper />
    </ReasonDialog>
  );
}
