// 记录支付: to one worker (their own transfer, or cash against their signed or thumbprinted receipt), or a batch handed
// to a 包工头 or 班组长 with the pay sheet's amount per worker (pending until each receipt, 条例 Arts. 11, 31); who
// paid and from what, when, the scan. Opened from a batch's share it records that worker's receipt; from held money,
// its paying out. An 应急周转金 advance names the approving leader and the date. A refusal keeps everything typed.
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import type { FilePayments, HoldingRecord, PaymentRecord, PaymentRecordInput } from '../../../../shared/contract/payments';
import { MAX_SCAN_BYTES } from '../../../../shared/contract/payments';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { INTERMEDIARY_ROLE, PAYER_KIND, PAYMENT_METHOD, RECEIPT_MARK, type IntermediaryRole, type PayerKind, type PaymentMethod, type ReceiptMark } from '../../../../shared/domain/payments';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useFileInstalments } from '../mediation/queries';
import { useRecordPayment } from './queries';

const FIELDS = ['kind', 'personId', 'instalmentId', 'payerKind', 'payerName', 'method', 'bankReference', 'receiptMark', 'receiptSigner', 'intermediaryName', 'paidOn', 'amountFen', 'allocations', 'approvedBy', 'approvedOn', 'note', 'scans'];

export type PaymentPreset = { batch: PaymentRecord; personId: string } | { holding: HoldingRecord };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

const yuanText = (fen: number) => (fen / 100).toFixed(2);

export function RecordPaymentDialog({ data, preset, onClose }: { data: FilePayments; preset?: PaymentPreset; onClose: () => void }) {
  const batch = preset && 'batch' in preset ? preset.batch : null;
  const holding = preset && 'holding' in preset ? preset.holding : null;
  const share = batch?.allocations.find((a) => preset && 'personId' in preset && a.personId === preset.personId) ?? null;
  const fixedPerson = share?.personId ?? holding?.personId ?? null;
  const [kind, setKind] = useState<'worker' | 'batch'>('worker');
  const [personId, setPersonId] = useState(fixedPerson ?? '');
  const [payerKind, setPayerKind] = useState<PayerKind>(batch?.payerKind ?? holding?.payerKind ?? 'employer');
  const [payerName, setPayerName] = useState(batch?.payerName ?? holding?.payerName ?? '');
  const [method, setMethod] = useState<PaymentMethod>(batch ? 'cash' : 'transfer');
  const [bankReference, setBankReference] = useState('');
  const [receiptMark, setReceiptMark] = useState<ReceiptMark>('signed');
  const [receiptSigner, setReceiptSigner] = useState('');
  const [intermediaryRole, setIntermediaryRole] = useState<IntermediaryRole>('teamLeader');
  const [intermediaryName, setIntermediaryName] = useState('');
  const [paidOn, setPaidOn] = useState(() => dateKeyOf(Date.now()));
  const [amount, setAmount] = useState(share ? yuanText(share.pendingFen) : holding ? yuanText(holding.amountFen) : '');
  const [shares, setShares] = useState<Record<string, string>>({});
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState('');
  const [note, setNote] = useState('');
  const [instalmentId, setInstalmentId] = useState('');
  // 调解协议: the instalments still to pay — the chosen worker's own and the group's.
  const instalments = (useFileInstalments(data.caseFileId).data?.agreements ?? [])
    .flatMap((a) => a.instalments)
    .filter((i) => i.state !== 'met' && (i.personId === null || i.personId === personId));
  const [scan, setScan] = useState<{ name: string; size: number; base64: string } | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const recording = useRecordPayment({ fields: FIELDS, mapFields: (f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k.split('.')[0]!, v])) });
  const { fieldErrors: errors, busy, clearField: clear } = recording;
  const fixedPayer = !!(batch || holding);
  const advance = payerKind === 'emergencyFund' && !fixedPayer;
  const workerName = (id: string) => data.workers.find((w) => w.personId === id)?.name ?? '';

  const parsedShares = data.workers.map((w) => ({ personId: w.personId, text: shares[w.personId] ?? '' })).filter((s) => s.text.trim() !== '').map((s) => ({ ...s, parsed: parseYuan(s.text) }));
  const batchTotal = parsedShares.reduce((s, x) => s + (x.parsed.ok ? x.parsed.fen : 0), 0);
  const parsed = parseYuan(amount);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    clear('scans');
    if (f.size > MAX_SCAN_BYTES) return setReading(`文件 ${(f.size / 1024 / 1024).toFixed(1)} MB，超过 10 MB：请压缩或降低扫描分辨率后再上传`);
    setReading(null);
    try {
      setScan({ name: f.name, size: f.size, base64: await readBase64(f) });
    } catch (err) {
      setReading(err instanceof Error ? err.message : String(err));
    }
  };

  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    if (kind === 'worker' && !parsed.ok) problems.amountFen = amount.trim() === '' ? '请填写支付金额' : parsed.reason;
    const bad = parsedShares.find((s) => !s.parsed.ok);
    if (kind === 'batch' && bad && !bad.parsed.ok) problems.allocations = `${workerName(bad.personId)}：${bad.parsed.reason}`;
    const request: PaymentRecordInput = {
      caseFileId: data.caseFileId,
      kind,
      personId: kind === 'worker' ? personId || null : null,
      batchId: batch?.id ?? null,
      holdingId: holding?.id ?? null,
      instalmentId: kind === 'worker' && instalmentId ? instalmentId : null,
      payerKind,
      payerName,
      method,
      bankReference,
      receiptMark: method === 'cash' && kind === 'worker' ? receiptMark : null,
      receiptSigner: method === 'cash' && kind === 'worker' ? receiptSigner || workerName(personId) : null,
      intermediaryName: kind === 'batch' ? intermediaryName : null,
      intermediaryRole: kind === 'batch' ? intermediaryRole : null,
      paidOn,
      amountFen: kind === 'batch' ? batchTotal : parsed.ok ? parsed.fen : 0,
      allocations: kind === 'batch' ? parsedShares.map((s) => ({ personId: s.personId, amountFen: s.parsed.ok ? s.parsed.fen : 0 })) : [],
      approvedBy: advance ? approvedBy || null : null,
      approvedOn: advance ? approvedOn || null : null,
      note,
      scans: scan ? [{ fileName: scan.name, contentBase64: scan.base64 }] : [],
    };
    const r = await recording.run(request, problems);
    if (r.ok) onClose();
  });

  const title = batch ? `登记签收：${workerName(fixedPerson!)}` : holding ? `发放代为保管的工资：${holding.personName}` : '记录支付';
  const scanError = reading ?? errors.scans;
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="record-payment-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="record-payment-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {fixedPayer ? (
              <Typography variant="body2" color="text.secondary">
                {batch
                  ? `${batch.paidOn} 由${INTERMEDIARY_ROLE.label(batch.intermediaryRole ?? 'teamLeader')}${batch.intermediaryName ?? ''}转交的款项（${PAYER_KIND.label(batch.payerKind)}：${batch.payerName}）。该劳动者待签收 ${formatYuan(share?.pendingFen ?? 0)}；本人签收或转账到本人卡后计入已支付。`
                  : `${holding!.heldSince} 起由${holding!.holder}代为保管的 ${formatYuan(holding!.amountFen)}（${PAYER_KIND.label(holding!.payerKind)}：${holding!.payerName}），须一次发放给本人。`}
              </Typography>
            ) : (
              <RadioGroup row value={kind} onChange={(e) => { setKind(e.target.value as 'worker' | 'batch'); clear('kind', 'personId', 'allocations', 'amountFen'); }} aria-label="收款人">
                <FormControlLabel value="worker" control={<Radio size="small" />} label="支付给劳动者本人" />
                <FormControlLabel value="batch" control={<Radio size="small" />} label="交包工头、班组长转交（待各人签收）" />
              </RadioGroup>
            )}
            {!fixedPayer && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField select size="small" label="支付方" required value={payerKind} onChange={(e) => { setPayerKind(e.target.value as PayerKind); clear('payerKind', 'approvedBy', 'approvedOn'); }} sx={{ width: 200 }}
                  error={!!errors.payerKind} helperText={errors.payerKind}>
                  {PAYER_KIND.values.map((k) => <MenuItem key={k} value={k}>{PAYER_KIND.label(k)}</MenuItem>)}
                </TextField>
                <TextField size="small" label="支付方名称" required value={payerName} onChange={(e) => { setPayerName(e.target.value); clear('payerName'); }} sx={{ flex: 1 }}
                  placeholder={payerKind === 'emergencyFund' ? '例如：桑珠孜区农民工工资应急周转金' : '例如：中建三局西藏分公司'} error={!!errors.payerName} helperText={errors.payerName} slotProps={{ htmlInput: { maxLength: 80 } }} />
              </Stack>
            )}
            {advance && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField select size="small" label="批准领导" required value={approvedBy} onChange={(e) => { setApprovedBy(e.target.value); clear('approvedBy'); }} sx={{ width: 200 }}
                  error={!!errors.approvedBy} helperText={errors.approvedBy}>
                  {data.approvers.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
                </TextField>
                <DateField label="批准日期" value={approvedOn} onChange={(v) => { setApprovedOn(v); clear('approvedOn'); }} error={errors.approvedOn} width={190} wideHelper />
                <Typography variant="caption" color="text.secondary" sx={{ pt: 1, flex: 1 }}>
                  每人垫付上限 {data.advanceCapFen === null ? '未设置' : formatYuan(data.advanceCapFen)}（本地参数，《保障农民工工资支付条例》第六十三条）
                </Typography>
              </Stack>
            )}
            {kind === 'worker' ? (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField select size="small" label="收款劳动者" required value={personId} disabled={!!fixedPerson} onChange={(e) => { setPersonId(e.target.value); clear('personId'); }} sx={{ width: 200 }}
                  error={!!errors.personId} helperText={errors.personId}>
                  {data.workers.map((w) => <MenuItem key={w.personId} value={w.personId}>{w.name}</MenuItem>)}
                </TextField>
                <TextField size="small" label="支付金额（元）" required value={amount} onChange={(e) => { setAmount(e.target.value); clear('amountFen'); }} sx={{ width: 220, '& .MuiFormHelperText-root': { width: 'max-content', maxWidth: 560 } }}
                  error={!!errors.amountFen} helperText={errors.amountFen ?? (parsed.ok ? `即 ${formatYuan(parsed.fen)}` : '例如 3000 或 0.3万')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                <DateField label={batch ? '签收日期' : '支付日期'} value={paidOn} onChange={(v) => { setPaidOn(v); clear('paidOn'); }} error={errors.paidOn} width={190} wideHelper />
              </Stack>
            ) : (
              <Stack spacing={1.5}>
                <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                  <TextField select size="small" label="转交人身份" value={intermediaryRole} onChange={(e) => setIntermediaryRole(e.target.value as IntermediaryRole)} sx={{ width: 140 }}>
                    {INTERMEDIARY_ROLE.values.map((r) => <MenuItem key={r} value={r}>{INTERMEDIARY_ROLE.label(r)}</MenuItem>)}
                  </TextField>
                  <TextField size="small" label="转交人姓名" required value={intermediaryName} onChange={(e) => { setIntermediaryName(e.target.value); clear('intermediaryName'); }} sx={{ width: 200 }}
                    error={!!errors.intermediaryName} helperText={errors.intermediaryName} slotProps={{ htmlInput: { maxLength: 40 } }} />
                  <DateField label="交付日期" value={paidOn} onChange={(v) => { setPaidOn(v); clear('paidOn'); }} error={errors.paidOn} width={190} wideHelper />
                </Stack>
                <Typography variant="body2">工资表：逐人填写交其转交的金额（不填的不分配）</Typography>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
                  {data.workers.map((w) => (
                    <TextField key={w.personId} size="small" label={`${w.name}（元）`} value={shares[w.personId] ?? ''} sx={{ width: 170 }}
                      onChange={(e) => { setShares((s) => ({ ...s, [w.personId]: e.target.value })); clear('allocations', 'amountFen'); }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                  ))}
                </Stack>
                <Typography variant="body2" color={errors.allocations || errors.amountFen ? 'error' : 'text.secondary'} data-testid="batch-total">
                  {errors.allocations ?? errors.amountFen ?? `合计 ${formatYuan(batchTotal)}，共 ${parsedShares.length} 人；各人本人签收前不计入已支付`}
                </Typography>
              </Stack>
            )}
            {kind === 'worker' && (instalments.length > 0 || instalmentId !== '') && (
              <TextField select size="small" label="对应调解协议分期" value={instalmentId} onChange={(e) => { setInstalmentId(e.target.value); clear('instalmentId'); }}
                error={!!errors.instalmentId} helperText={errors.instalmentId ?? '选填；按调解协议履行的，选择对应的分期'}>
                <MenuItem value="">不对应分期</MenuItem>
                {instalments.map((i) => (
                  <MenuItem key={i.id} value={i.id}>
                    第{i.seq}期 {i.personName ?? '全体劳动者'} {i.dueOn} 到期，尚欠 {formatYuan(i.leftFen)}{i.state === 'missed' ? '（已逾期）' : ''}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <RadioGroup row value={method} onChange={(e) => { setMethod(e.target.value as PaymentMethod); clear('method', 'bankReference', 'receiptMark', 'receiptSigner'); }} aria-label="支付方式">
                {PAYMENT_METHOD.values.map((m) => <FormControlLabel key={m} value={m} control={<Radio size="small" />} label={kind === 'batch' && m === 'transfer' ? '转账' : PAYMENT_METHOD.label(m)} />)}
              </RadioGroup>
              {method === 'transfer' && (
                <TextField size="small" label="银行流水号" required value={bankReference} onChange={(e) => { setBankReference(e.target.value); clear('bankReference'); }} sx={{ flex: 1 }}
                  error={!!errors.bankReference} helperText={errors.bankReference ?? '转账凭证上的交易流水号'} slotProps={{ htmlInput: { maxLength: 64 } }} />
              )}
              {method === 'cash' && kind === 'worker' && (
                <>
                  <TextField select size="small" label="收条" value={receiptMark} onChange={(e) => { setReceiptMark(e.target.value as ReceiptMark); clear('receiptMark'); }} sx={{ width: 140 }}
                    error={!!errors.receiptMark} helperText={errors.receiptMark}>
                    {RECEIPT_MARK.values.map((r) => <MenuItem key={r} value={r}>{RECEIPT_MARK.label(r)}</MenuItem>)}
                  </TextField>
                  <TextField size="small" label="签名或按手印人" value={receiptSigner} placeholder={workerName(personId)} onChange={(e) => { setReceiptSigner(e.target.value); clear('receiptSigner'); }} sx={{ width: 180 }}
                    error={!!errors.receiptSigner} helperText={errors.receiptSigner ?? '默认为收款劳动者本人'} slotProps={{ htmlInput: { maxLength: 40 } }} />
                </>
              )}
            </Stack>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => input.current?.click()} disabled={busy}>上传凭证</Button>
              <input ref={input} type="file" hidden accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf" onChange={(e) => void pick(e)} />
              <Typography variant="body2" color={scanError ? 'error' : scan ? 'text.primary' : 'text.secondary'} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {scanError ?? (scan ? scan.name : '收条或转账凭证的照片、扫描件（JPG、PNG、PDF），选填')}
              </Typography>
            </Stack>
            <TextField size="small" label="备注" value={note} onChange={(e) => { setNote(e.target.value); clear('note'); }} error={!!errors.note} helperText={errors.note ?? '选填'} slotProps={{ htmlInput: { maxLength: 500 } }} />
            {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : batch ? '登记签收' : '保存'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
