// 达成调解协议: the day it took effect, its gist, and the instalment plan — a row per instalment with its worker (or
// the whole group), due date, amount and payer — against what the workers are still owed. More than owed is taken only
// with a stated reason; the core checks everything again and says so at the field. A refusal keeps every row typed.
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { addDays } from '../../../../shared/domain/calendar';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useTakeStep } from '../casework/queries';
import { useFilePayments } from '../payments/queries';

interface Props {
  caseFileId: string;
  proceedingId: string;
  rowVersion: number;
  onClose: () => void;
  onDone: () => void;
}

interface Row {
  personId: string;
  dueOn: string;
  amount: string;
  payerName: string;
}

const FIELDS = ['date', 'note', 'instalments', 'overOwedReason'];

export function AgreementDialog({ caseFileId, proceedingId, rowVersion, onClose, onDone }: Props) {
  const today = dateKeyOf(Date.now());
  const workers = useFilePayments(caseFileId).data?.workers ?? [];
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<Row[]>([{ personId: '', dueOn: addDays(today, 30), amount: '', payerName: '' }]);
  const [reason, setReason] = useState('');
  const acting = useTakeStep({ fields: (k) => FIELDS.some((f) => k === f || k.startsWith(`${f}.`)) });
  const { fieldErrors: errors, busy } = acting;
  const parsed = rows.map((r) => parseYuan(r.amount));
  const total = parsed.reduce((s, p) => s + (p.ok ? p.fen : 0), 0);
  const owed = workers.reduce((s, w) => s + (w.outstandingFen ?? 0), 0);
  const set = (n: number, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r, i) => (i === n ? { ...r, ...patch } : r)));
    acting.clearField(`instalments.${n}.dueOn`, `instalments.${n}.amountFen`, `instalments.${n}.payerName`, `instalments.${n}.personId`, 'instalments', 'overOwedReason');
  };
  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    rows.forEach((r, n) => {
      const p = parsed[n]!;
      if (!p.ok) problems[`instalments.${n}.amountFen`] = r.amount.trim() === '' ? `请填写第${n + 1}期金额` : p.reason;
    });
    if (Object.keys(problems).length > 0) return acting.refuse(problems);
    const instalments = rows.map((r, n) => ({ personId: r.personId || null, dueOn: r.dueOn, amountFen: (parsed[n] as { fen: number }).fen, payerName: r.payerName }));
    const r = await acting.run({ proceedingId, action: 'agree', input: { date, note: note || null, instalments, overOwedReason: reason || null }, expectedRowVersion: rowVersion });
    if (r.ok) onDone();
  });
  const rowError = (n: number) => ['personId', 'dueOn', 'amountFen', 'payerName'].map((f) => errors[`instalments.${n}.${f}`]).find(Boolean);
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="agree-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="agree-title">达成调解协议</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <DateField label="协议生效日期" value={date} onChange={(v) => { setDate(v); acting.clearField('date'); }} error={errors.date} width={200} wideHelper />
              <TextField size="small" label="协议要点" value={note} onChange={(e) => setNote(e.target.value)} sx={{ flex: 1 }} error={!!errors.note} helperText={errors.note ?? '选填'} slotProps={{ htmlInput: { maxLength: 1000 } }} />
            </Stack>
            <Typography variant="subtitle2">分期履行安排</Typography>
            {rows.map((r, n) => (
              <Stack key={n} spacing={0.5} data-testid="instalment-input">
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
                  <Typography variant="body2" sx={{ pt: 1, width: 44 }}>第{n + 1}期</Typography>
                  <TextField select size="small" label="收款人" value={r.personId} onChange={(e) => set(n, { personId: e.target.value })} sx={{ width: 150 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
                    <MenuItem value="">全体劳动者</MenuItem>
                    {workers.map((w) => <MenuItem key={w.personId} value={w.personId}>{w.name}</MenuItem>)}
                  </TextField>
                  <DateField label={`第${n + 1}期到期日期`} value={r.dueOn} onChange={(v) => set(n, { dueOn: v })} width={190} />
                  <TextField size="small" label={`第${n + 1}期金额（元）`} value={r.amount} onChange={(e) => set(n, { amount: e.target.value })} sx={{ width: 150 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                  <TextField size="small" label={`第${n + 1}期支付义务人`} value={r.payerName} onChange={(e) => set(n, { payerName: e.target.value })} sx={{ flex: 1 }} slotProps={{ htmlInput: { maxLength: 80 } }} />
                  <IconButton aria-label={`删除第${n + 1}期`} disabled={rows.length === 1} onClick={() => setRows((rs) => rs.filter((_, i) => i !== n))}><DeleteOutlineIcon /></IconButton>
                </Stack>
                {rowError(n) && <Typography variant="caption" color="error" sx={{ pl: 7 }}>{rowError(n)}</Typography>}
              </Stack>
            ))}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button startIcon={<AddIcon />} onClick={() => setRows((rs) => [...rs, { ...rs[rs.length - 1]!, amount: '', dueOn: addDays(rs[rs.length - 1]!.dueOn, 30) }])}>增加一期</Button>
              <Typography variant="body2" color={total > owed ? 'error' : 'text.secondary'} data-testid="plan-total">
                合计 {formatYuan(total)}；劳动者尚欠工资合计 {formatYuan(owed)}
              </Typography>
            </Stack>
            {errors.instalments && <Alert severity="error">{errors.instalments}</Alert>}
            <TextField size="small" label="超出欠薪金额的理由" value={reason} onChange={(e) => { setReason(e.target.value); acting.clearField('overOwedReason'); }}
              error={!!errors.overOwedReason} helperText={errors.overOwedReason ?? '分期合计超过尚欠工资时必填，例如协议另含经济补偿'} slotProps={{ htmlInput: { maxLength: 500 } }} />
            {acting.formError && <Alert severity="error">{acting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '确认达成调解协议'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
