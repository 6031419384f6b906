// The payments of a file, newest last: date, to whom, who paid, how, the amount and whether it counts (条例 Arts. 11,
// 31); a batch's split per worker with each share's 待签收 and its 登记签收 button; money held for a worker with its
// 发放 button; the scans to open; 作废 with a reason. Voided rows stay, struck through, with their reason.
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { FilePayments, HoldingRecord, PaymentRecord } from '../../../../shared/contract/payments';
import { formatYuan } from '../../../../shared/domain/money';
import { INTERMEDIARY_ROLE, PAYER_KIND, PAYMENT_METHOD, RECEIPT_MARK } from '../../../../shared/domain/payments';
import type { PaymentPreset } from './RecordPaymentDialog';
import { usePaymentScan } from './queries';

const money = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function ScanButton({ scan }: { scan: PaymentRecord['scans'][number] }) {
  const viewing = usePaymentScan();
  const open = async () => {
    const r = await viewing.run({ scanId: scan.id });
    if (!r.ok) return;
    const bytes = Uint8Array.from(atob(r.value.contentBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: r.value.mime }));
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return <Button size="small" startIcon={<ReceiptLongIcon />} onClick={() => void open()} disabled={viewing.busy} title={scan.fileName ?? undefined}>凭证</Button>;
}

const pendingOf = (p: PaymentRecord) => p.allocations.reduce((s, a) => s + a.pendingFen, 0);

function how(p: PaymentRecord): string {
  if (p.method === 'transfer') return `${p.kind === 'batch' ? '转账' : PAYMENT_METHOD.label('transfer')}（流水号 ${p.bankReference ?? '—'}）`;
  if (p.kind === 'batch') return '现金';
  return `现金（${p.receiptSigner ?? ''}${p.receiptMark ? RECEIPT_MARK.label(p.receiptMark) : ''}）`;
}

function toWhom(p: PaymentRecord): string {
  if (p.kind === 'batch') return `交${INTERMEDIARY_ROLE.label(p.intermediaryRole ?? 'teamLeader')}${p.intermediaryName ?? ''}转交`;
  return `${p.personName ?? ''}${p.batchId ? '（签收转交款）' : p.holdingId ? '（领取代管工资）' : ''}`;
}

interface Props {
  data: FilePayments;
  onReceipt: (preset: PaymentPreset) => void;
  onVoid: (what: 'payment' | 'holding', id: string, label: string) => void;
}

export function PaymentList({ data, onReceipt, onVoid }: Props) {
  const act = data.mayRecord;
  if (data.payments.length === 0 && data.holdings.length === 0) {
    return <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="payments-empty">尚无支付记录。</Typography>;
  }
  return (
    <>
      <Typography variant="subtitle2" sx={{ px: 2, pt: 2 }}>支付记录</Typography>
      <Table size="small" aria-label="支付记录">
        <TableHead>
          <TableRow>
            <TableCell>日期</TableCell>
            <TableCell>收款</TableCell>
            <TableCell>支付方</TableCell>
            <TableCell>方式</TableCell>
            <TableCell align="right">金额</TableCell>
            <TableCell>状态</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.payments.map((p) => {
            const isVoid = p.status === 'void';
            const strike = isVoid ? { textDecoration: 'line-through', color: 'text.disabled' } : {};
            return (
              <TableRow key={p.id} data-testid="payment-row" sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ ...strike, whiteSpace: 'nowrap' }}>{p.paidOn}</TableCell>
                <TableCell sx={{ ...strike, minWidth: 280 }}>
                  {toWhom(p)}
                  {p.kind === 'batch' && (
                    <Box sx={{ mt: 0.5 }}>
                      {p.allocations.map((a) => (
                        <Stack key={a.personId} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="batch-share">
                          <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>{a.name} {formatYuan(a.amountFen)}：{a.pendingFen > 0 ? `待签收 ${formatYuan(a.pendingFen)}` : isVoid ? '—' : '已签收'}</Typography>
                          {act && !isVoid && a.pendingFen > 0 && <Button size="small" sx={{ py: 0, minWidth: 0, whiteSpace: 'nowrap' }} onClick={() => onReceipt({ batch: p, personId: a.personId })}>登记签收</Button>}
                        </Stack>
                      ))}
                    </Box>
                  )}
                </TableCell>
                <TableCell sx={strike}>{PAYER_KIND.label(p.payerKind)}<Typography variant="caption" color="text.secondary" component="div">{p.payerName}</Typography>
                  {p.approvedBy && <Typography variant="caption" color="text.secondary" component="div">{p.approvedBy.name} {p.approvedOn} 批准</Typography>}
                </TableCell>
                <TableCell sx={strike}>{how(p)}</TableCell>
                <TableCell align="right" sx={{ ...money, ...strike }}>{formatYuan(p.amountFen)}</TableCell>
                <TableCell>
                  {isVoid ? (
                    <><Chip size="small" label="已作废" /><Typography variant="caption" color="text.secondary" component="div">{p.voidReason}</Typography></>
                  ) : p.counts ? (
                    <Chip size="small" color="success" variant="outlined" label="计入已支付" />
                  ) : pendingOf(p) > 0 ? (
                    <Chip size="small" color="warning" variant="outlined" label={`待签收 ${formatYuan(pendingOf(p))}`} />
                  ) : (
                    <Chip size="small" color="success" variant="outlined" label="已全部签收" />
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {p.scans.map((s) => data.mayView && <ScanButton key={s.id} scan={s} />)}
                  {act && !isVoid && !p.allocations.some((x) => x.receiptedFen > 0) && <Button size="small" color="error" onClick={() => onVoid('payment', p.id, `${p.paidOn} ${toWhom(p)} ${formatYuan(p.amountFen)}`)}>作废</Button>}
                </TableCell>
              </TableRow>
            );
          })}
          {data.holdings.map((h: HoldingRecord) => (
            <TableRow key={h.id} data-testid="holding-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{h.heldSince} 起</TableCell>
              <TableCell>{h.personName}（下落不明，由{h.holder}代为保管）</TableCell>
              <TableCell>{PAYER_KIND.label(h.payerKind)}<Typography variant="caption" color="text.secondary" component="div">{h.payerName}</Typography></TableCell>
              <TableCell>代为保管</TableCell>
              <TableCell align="right" sx={money}>{formatYuan(h.amountFen)}</TableCell>
              <TableCell>
                {h.status === 'void' ? <Chip size="small" label="已作废" /> : h.paidOutBy ? <Chip size="small" color="success" variant="outlined" label="已发放" /> : <Chip size="small" color="warning" variant="outlined" label="代管中" />}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {act && h.status === 'valid' && !h.paidOutBy && (
                  <>
                    <Button size="small" onClick={() => onReceipt({ holding: h })}>发放</Button>
                    <Button size="small" color="error" onClick={() => onVoid('holding', h.id, `${h.personName} 代管 ${formatYuan(h.amountFen)}`)}>作废</Button>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
