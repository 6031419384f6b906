// 登记代为保管: money for a worker who cannot be found (下落不明) — how much, paid by whom, who keeps it, since when;
// it stays held, not paid, until it is paid out to them. 登记追回: what the 应急周转金 got back from the employer
// (条例 Art. 63). A refusal keeps everything typed, with the core's message at its field.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { FilePayments } from '../../../../shared/contract/payments';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { PAYER_KIND, type PayerKind } from '../../../../shared/domain/payments';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useHoldWages, useRecordRecovery } from './queries';

function AmountField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
  const parsed = parseYuan(value);
  return (
    <TextField size="small" label={label} required value={value} onChange={(e) => onChange(e.target.value)} sx={{ width: 220 }}
      error={!!error} helperText={error ?? (parsed.ok ? `即 ${formatYuan(parsed.fen)}` : '例如 4500')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
  );
}

export function HoldDialog({ data, onClose }: { data: FilePayments; onClose: () => void }) {
  const [personId, setPersonId] = useState('');
  const [amount, setAmount] = useState('');
  const [payerKind, setPayerKind] = useState<PayerKind>('employer');
  const [payerName, setPayerName] = useState('');
  const [holder, setHolder] = useState('');
  const [heldSince, setHeldSince] = useState(() => dateKeyOf(Date.now()));
  const [note, setNote] = useState('');
  const holding = useHoldWages({ fields: ['personId', 'amountFen', 'payerKind', 'payerName', 'holder', 'heldSince', 'note'] });
  const { fieldErrors: errors, busy, clearField: clear } = holding;
  const send = onFormSubmit(async () => {
    const parsed = parseYuan(amount);
    const r = await holding.run(
      { caseFileId: data.caseFileId, personId, amountFen: parsed.ok ? parsed.fen : 0, payerKind, payerName, holder, heldSince, note },
      parsed.ok ? {} : { amountFen: amount.trim() === '' ? '请填写代为保管的金额' : parsed.reason },
    );
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="hold-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="hold-title">登记下落不明劳动者的代管工资</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">劳动者联系不上的，其工资由他人代为保管，不计入已支付；本人领取时，在支付情况中点“发放”登记。</Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField select size="small" label="劳动者" required value={personId} onChange={(e) => { setPersonId(e.target.value); clear('personId'); }} sx={{ width: 180 }} error={!!errors.personId} helperText={errors.personId}>
                {data.workers.map((w) => <MenuItem key={w.personId} value={w.personId}>{w.name}</MenuItem>)}
              </TextField>
              <AmountField label="代管金额（元）" value={amount} onChange={(v) => { setAmount(v); clear('amountFen'); }} error={errors.amountFen} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField select size="small" label="支付方" value={payerKind} onChange={(e) => setPayerKind(e.target.value as PayerKind)} sx={{ width: 180 }}>
                {PAYER_KIND.values.map((k) => <MenuItem key={k} value={k}>{PAYER_KIND.label(k)}</MenuItem>)}
              </TextField>
              <TextField size="small" label="支付方名称" required value={payerName} onChange={(e) => { setPayerName(e.target.value); clear('payerName'); }} sx={{ flex: 1 }} error={!!errors.payerName} helperText={errors.payerName} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField size="small" label="保管人" required value={holder} placeholder="例如：桑珠孜区劳动保障监察大队" onChange={(e) => { setHolder(e.target.value); clear('holder'); }} sx={{ flex: 1 }} error={!!errors.holder} helperText={errors.holder} />
              <DateField label="保管起始日期" value={heldSince} onChange={(v) => { setHeldSince(v); clear('heldSince'); }} error={errors.heldSince} width={190} wideHelper />
            </Stack>
            <TextField size="small" label="备注" value={note} onChange={(e) => { setNote(e.target.value); clear('note'); }} helperText={errors.note ?? '例如：电话停机，已到户籍地查找'} error={!!errors.note} />
            {holding.formError && <Alert severity="error">{holding.formError}</Alert>}
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

export function RecoverDialog({ data, onClose }: { data: FilePayments; onClose: () => void }) {
  const [amount, setAmount] = useState('');
  const [recoveredOn, setRecoveredOn] = useState(() => dateKeyOf(Date.now()));
  const [fromName, setFromName] = useState('');
  const [note, setNote] = useState('');
  const recovering = useRecordRecovery({ fields: ['amountFen', 'recoveredOn', 'fromName', 'note'] });
  const { fieldErrors: errors, busy, clearField: clear } = recovering;
  const send = onFormSubmit(async () => {
    const parsed = parseYuan(amount);
    const r = await recovering.run(
      { caseFileId: data.caseFileId, amountFen: parsed.ok ? parsed.fen : 0, recoveredOn, fromName, note },
      parsed.ok ? {} : { amountFen: amount.trim() === '' ? '请填写追回金额' : parsed.reason },
    );
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="recover-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="recover-title">登记应急周转金追回</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              本案应急周转金已垫付 {formatYuan(data.advance.advancedFen)}，已追回 {formatYuan(data.advance.recoveredFen)}，尚待追回 {formatYuan(data.advance.outstandingFen)}。
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <AmountField label="追回金额（元）" value={amount} onChange={(v) => { setAmount(v); clear('amountFen'); }} error={errors.amountFen} />
              <DateField label="追回日期" value={recoveredOn} onChange={(v) => { setRecoveredOn(v); clear('recoveredOn'); }} error={errors.recoveredOn} width={190} wideHelper />
            </Stack>
            <TextField size="small" label="追回对象" required value={fromName} placeholder="用人单位名称" onChange={(e) => { setFromName(e.target.value); clear('fromName'); }} error={!!errors.fromName} helperText={errors.fromName} />
            <TextField size="small" label="备注" value={note} onChange={(e) => { setNote(e.target.value); clear('note'); }} error={!!errors.note} helperText={errors.note ?? '选填'} />
            {recovering.formError && <Alert severity="error">{recovering.formError}</Alert>}
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
