// 支付情况 on the case page: per worker what is owed, paid (what counts: the worker's own transfer or receipt, 条例 Arts.
// 11, 31), still owed, waiting for the worker's receipt and held for a worker who cannot be found, with the file's
// totals; the 应急周转金's advances and what is still to recover; the payments listed; and the acts for those on the
// file's team — 记录支付, 登记代管, 登记追回, 登记签收, 发放, 作废.
import { Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import { Section } from '../../components/DetailFields';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ErrorState, Loading } from '../../components/States';
import { HoldDialog, RecoverDialog } from './HoldAndRecoverDialogs';
import { PaymentList } from './PaymentList';
import { RecordPaymentDialog, type PaymentPreset } from './RecordPaymentDialog';
import { useFilePayments, useVoidPayment } from './queries';

const money = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
const yuan = (fen: number | null) => (fen === null ? '未申报' : formatYuan(fen));
const muted = (fen: number) => (fen === 0 ? { color: 'text.disabled' } : {});

type Open = { kind: 'record'; preset?: PaymentPreset } | { kind: 'hold' } | { kind: 'recover' } | { kind: 'void'; what: 'payment' | 'holding' | 'recovery'; id: string; label: string } | null;

export function PaymentsPanel({ caseFileId }: { caseFileId: string }) {
  const query = useFilePayments(caseFileId);
  const voiding = useVoidPayment({ fields: ['reason'] });
  const [open, setOpen] = useState<Open>(null);
  const d = query.data;
  const close = () => setOpen(null);
  const actions = d?.mayRecord && d.workers.length > 0 && (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" onClick={() => setOpen({ kind: 'record' })}>记录支付</Button>
      <Button size="small" onClick={() => setOpen({ kind: 'hold' })}>登记代管</Button>
      {d.advance.advancedFen > 0 && <Button size="small" onClick={() => setOpen({ kind: 'recover' })}>登记追回</Button>}
    </Stack>
  );
  return (
    <Section title="支付情况" actions={actions}>
      {query.isPending && <Loading />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {d && (
        <Paper variant="outlined" data-testid="payments-panel" sx={{ overflowX: 'auto' }}>
          {d.workers.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>本案卷的接待登记没有列出投诉人，无法逐人登记支付。</Typography>
          ) : (
            <Table size="small" aria-label="各劳动者支付情况">
              <TableHead>
                <TableRow>
                  <TableCell>姓名</TableCell>
                  <TableCell align="right">欠薪金额</TableCell>
                  <TableCell align="right">已支付</TableCell>
                  <TableCell align="right">尚欠</TableCell>
                  <TableCell align="right">待本人签收</TableCell>
                  <TableCell align="right">代为保管</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {d.workers.map((w) => (
                  <TableRow key={w.personId} data-testid="payment-worker-row">
                    <TableCell>
                      {w.name}
                      {w.untraceable && <Chip size="small" color="warning" variant="outlined" label="下落不明" sx={{ ml: 1 }} />}
                      {w.outstandingFen === 0 && w.owedFen !== null && <Chip size="small" color="success" variant="outlined" label="已付清" sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell align="right" sx={money}>{yuan(w.owedFen)}</TableCell>
                    <TableCell align="right" sx={money}>
                      {formatYuan(w.paidFen)}
                      {w.overpaidFen > 0 && <Typography variant="caption" color="warning.main" component="div">多付 {formatYuan(w.overpaidFen)}，请核对欠薪金额</Typography>}
                    </TableCell>
                    <TableCell align="right" sx={{ ...money, fontWeight: 600 }}>{yuan(w.outstandingFen)}</TableCell>
                    <TableCell align="right" sx={{ ...money, ...muted(w.pendingFen) }}>{formatYuan(w.pendingFen)}</TableCell>
                    <TableCell align="right" sx={{ ...money, ...muted(w.heldFen) }}>{formatYuan(w.heldFen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow data-testid="payments-total" sx={{ '& td': { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' } }}>
                  <TableCell>合计 {d.workers.length} 人{d.totals.unknownCount > 0 ? `（${d.totals.unknownCount} 人未申报）` : ''}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.owedFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.paidFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.outstandingFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.pendingFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.heldFen)}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          )}
          {d.advance.advancedFen > 0 && (
            <Typography variant="body2" component="div" sx={{ px: 2, py: 1 }} data-testid="advance-line">
              应急周转金已垫付 {formatYuan(d.advance.advancedFen)}，已追回 {formatYuan(d.advance.recoveredFen)}，<b>尚待追回 {formatYuan(d.advance.outstandingFen)}</b>
              {d.advance.overRecoveredFen > 0 ? `（多追回 ${formatYuan(d.advance.overRecoveredFen)}，请核对）` : ''}
              {d.advance.recoveries.map((r) => (
                <Typography key={r.id} variant="caption" component="div" color={r.status === 'void' ? 'text.disabled' : 'text.secondary'} data-testid="recovery-row">
                  {r.recoveredOn} 从{r.fromName}追回 {formatYuan(r.amountFen)}{r.status === 'void' ? `（已作废：${r.voidReason ?? ''}）` : ''}
                  {d.mayRecord && r.status === 'valid' && (
                    <Button size="small" color="error" sx={{ py: 0, ml: 1, minWidth: 0 }} onClick={() => setOpen({ kind: 'void', what: 'recovery', id: r.id, label: `${r.recoveredOn} 追回 ${formatYuan(r.amountFen)}` })}>作废</Button>
                  )}
                </Typography>
              ))}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 2, pt: 1, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
            只有转账到劳动者本人银行卡，或劳动者本人签名、按手印的收条，才计入已支付（《保障农民工工资支付条例》第十一条、第三十一条）；交包工头、班组长转交的，各人签收前列为“待本人签收”。
          </Typography>
          <PaymentList data={d} onReceipt={(preset) => setOpen({ kind: 'record', preset })} onVoid={(what, id, label) => setOpen({ kind: 'void', what, id, label })} />
        </Paper>
      )}
      {d && open?.kind === 'record' && <RecordPaymentDialog data={d} preset={open.preset} onClose={close} />}
      {d && open?.kind === 'hold' && <HoldDialog data={d} onClose={close} />}
      {d && open?.kind === 'recover' && <RecoverDialog data={d} onClose={close} />}
      {open?.kind === 'void' && (
        <ReasonDialog
          title="作废支付记录"
          explain={<>作废“{open.label}”。记录不会删除，作废理由记入案卷记录和审计记录，各人的已支付、尚欠随之重算。</>}
          reason={{ label: '作废理由', example: '金额登记错误，应为3000元', hint: '不少于4个字，写明错在哪里' }}
          confirm={{ label: '作废', busyLabel: '正在作废…', color: 'error' }}
          mutation={voiding}
          input={(reason) => ({ what: open.what, id: open.id, reason })}
          onDone={close}
          onClose={close}
        />
      )}
    </Section>
  );
}
