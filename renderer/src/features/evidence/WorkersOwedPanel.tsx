// 劳动者欠薪情况 on the case page: each worker named at the file's complaint intakes with the amount claimed, the
// amount owed (the claim, or its latest correction — corrected with a reason, the history one hover away), paid so
// far (what counts of the payments recorded in 支付情况) and still owed, and a total row; amounts in ¥ with thousands
// separators. A worker with no payment that counts reads 尚无支付记录.
import { Box, Button, Paper, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { CaseWorker } from '../../../../shared/contract/evidence';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { dateTimeOf } from '../../../../shared/domain/time';
import { Section } from '../../components/DetailFields';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ErrorState, Loading } from '../../components/States';
import { useCaseWorkers, useCorrectOwed } from './queries';

const yuan = (fen: number | null) => (fen === null ? '未申报' : formatYuan(fen));

function CorrectDialog({ caseFileId, worker, onClose }: { caseFileId: string; worker: CaseWorker; onClose: () => void }) {
  const [amount, setAmount] = useState(worker.owedFen === null ? '' : (worker.owedFen / 100).toFixed(2));
  const correcting = useCorrectOwed({ fields: ['reason', 'amountFen'] });
  const parsed = parseYuan(amount);
  return (
    <ReasonDialog
      title={`更正${worker.name}的欠薪金额`}
      explain={<>现在的欠薪金额为 <b>{yuan(worker.owedFen)}</b>（接待登记时申报 {yuan(worker.claimedFen)}）。更正后原金额和每次更正都保留，更正人、时间和理由记入案卷记录和审计记录。</>}
      reason={{ label: '更正理由', example: '经核对考勤和工资表，实欠 9 个月工资', hint: '不少于4个字，写明依据' }}
      confirm={{ label: '更正', busyLabel: '正在更正…' }}
      problems={(): Record<string, string> => (parsed.ok ? {} : { amountFen: parsed.reason })}
      mutation={correcting}
      input={(reason) => ({ caseFileId, personId: worker.personId, amountFen: parsed.ok ? parsed.fen : 0, reason })}
      onDone={onClose}
      onClose={onClose}
    >
      <TextField size="small" label="欠薪金额（元）" required value={amount} autoFocus onChange={(e) => { setAmount(e.target.value); correcting.clearField('amountFen'); }}
        error={!!correcting.fieldErrors.amountFen} helperText={correcting.fieldErrors.amountFen ?? (parsed.ok ? `即 ${formatYuan(parsed.fen)}` : '例如 12800 或 1.28万')}
        sx={{ width: 260 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
    </ReasonDialog>
  );
}

function OwedCell({ w }: { w: CaseWorker }) {
  if (w.corrections.length === 0) return <>{yuan(w.owedFen)}</>;
  const history = (
    <Box sx={{ p: 0.5 }}>
      {w.corrections.map((c, i) => (
        <Typography key={i} variant="caption" component="div">
          {dateTimeOf(c.at)} {c.by.name}：{yuan(c.fromFen)} → {yuan(c.toFen)}（{c.reason}）
        </Typography>
      ))}
    </Box>
  );
  return (
    <Tooltip title={history}>
      <Box component="span" sx={{ borderBottom: '1px dotted', borderColor: 'text.secondary', cursor: 'help' }}>
        {yuan(w.owedFen)}<Typography component="span" variant="caption" color="text.secondary">（已更正{w.corrections.length > 1 ? ` ${w.corrections.length} 次` : ''}）</Typography>
      </Box>
    </Tooltip>
  );
}

export function WorkersOwedPanel({ caseFileId }: { caseFileId: string }) {
  const query = useCaseWorkers(caseFileId);
  const [correcting, setCorrecting] = useState<CaseWorker | null>(null);
  const d = query.data;
  const noPayments = d?.workers.every((w) => w.noPayments) ?? true;
  const money = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Section title="劳动者欠薪情况">
      {query.isPending && <Loading />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {d && (
        <Paper variant="outlined" data-testid="workers-owed" sx={{ overflowX: 'auto' }}>
          {d.workers.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              本案卷的接待登记没有列出投诉人。{d.hiddenReporters ? '举报人的身份依法保密，不在此列出。' : ''}
            </Typography>
          ) : (
            <Table size="small" aria-label="劳动者欠薪情况">
              <TableHead>
                <TableRow>
                  <TableCell>姓名</TableCell>
                  <TableCell>登记号</TableCell>
                  <TableCell align="right">申报金额</TableCell>
                  <TableCell align="right">欠薪金额</TableCell>
                  <TableCell align="right">已支付</TableCell>
                  <TableCell align="right">尚欠</TableCell>
                  {d.mayCorrect && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {d.workers.map((w) => (
                  <TableRow key={w.personId} data-testid="worker-row">
                    <TableCell>{w.name}{w.isRepresentative && <Typography component="span" variant="caption" color="text.secondary">（代表）</Typography>}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{w.intakes.join('、')}</TableCell>
                    <TableCell align="right" sx={money}>{yuan(w.claimedFen)}</TableCell>
                    <TableCell align="right" sx={money}><OwedCell w={w} /></TableCell>
                    <TableCell align="right" sx={money}>{w.noPayments ? <Typography variant="body2" component="span" color="text.secondary">¥0.00（尚无支付记录）</Typography> : formatYuan(w.paidFen)}</TableCell>
                    <TableCell align="right" sx={{ ...money, fontWeight: 600 }}>{yuan(w.outstandingFen)}</TableCell>
                    {d.mayCorrect && <TableCell align="right"><Button size="small" onClick={() => setCorrecting(w)}>更正金额</Button></TableCell>}
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow data-testid="workers-total" sx={{ '& td': { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' } }}>
                  <TableCell colSpan={3}>合计 {d.workers.length} 人{d.totals.unknownCount > 0 ? `（${d.totals.unknownCount} 人未申报金额，不计入）` : ''}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.owedFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.paidFen)}</TableCell>
                  <TableCell align="right" sx={money}>{formatYuan(d.totals.outstandingFen)}</TableCell>
                  {d.mayCorrect && <TableCell />}
                </TableRow>
              </TableFooter>
            </Table>
          )}
          {(noPayments || d.unnamedCount > 0 || d.hiddenReporters) && d.workers.length > 0 && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 2, py: 1 }} data-testid="workers-note">
              {noPayments ? '尚无支付记录：在下方“支付情况”中逐人登记支付后，已支付和尚欠随之更新。' : ''}
              {d.unnamedCount > 0 ? `接待登记所报涉及人数中另有 ${d.unnamedCount} 人未列出姓名。` : ''}
              {d.hiddenReporters ? '举报人的身份依法保密，不在此列出。' : ''}
            </Typography>
          )}
        </Paper>
      )}
      {correcting && <CorrectDialog caseFileId={caseFileId} worker={correcting} onClose={() => setCorrecting(null)} />}
    </Section>
  );
}
