// 调解协议履行情况 on the case page: each instalment with its worker (or the group), due date, amount, payer and what
// the counted payments came to; a missed one (逾期未履行) in red with the way back — the file's inspection, referral or
// arbitration and the steps they offer now, each opening its dialog in one click, the workers' 支付令申请书 and their
// arbitration application prefilled from the agreement — and the 15-day window for a joint 仲裁审查 (办案规则 Art. 74).
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions } from '../../app/session';
import { IssueDialog } from '../documents/ProceedingPapers';
import { useDocumentFiles, useNotice } from '../documents/useDocumentFiles';
import type { FileInstalments } from '../../../../shared/contract/mediation';
import { INSTALMENT_STATE_LABEL } from '../../../../shared/domain/mediation-agreement';
import { formatYuan } from '../../../../shared/domain/money';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { Section } from '../../components/DetailFields';
import { requestStep } from '../casework/step-request';
import { ArbitrationFromAgreementDialog } from './ArbitrationFromAgreementDialog';
import { useFileInstalments } from './queries';

const money = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const STATE_COLOR = { met: 'success', open: 'default', missed: 'error' } as const;

/** Brings the proceeding's card into view and opens the step's dialog there: the way back in one action. */
function goTo(proceedingId: string, action: string): void {
  document.getElementById(`proceeding-${proceedingId}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  requestStep(proceedingId, action);
}

/**
 * 支付令申请书 (调解仲裁法 Art. 16): the workers' application to the court, made from the agreement whose instalment was
 * missed — previewed, then issued on 确认制作 (the core refuses it, in its own words, while no instalment is missed).
 */
function PaymentOrderButton({ caseFileId, proceedingId }: { caseFileId: string; proceedingId: string }) {
  const permissions = usePermissions();
  const { notify, element } = useNotice();
  const files = useDocumentFiles(notify);
  const [open, setOpen] = useState(false);
  if (!permissions.has('document.issue')) return null;
  return (
    <>
      <Button size="small" variant="outlined" color="error" onClick={() => setOpen(true)} data-testid="payment-order">制作支付令申请书</Button>
      {open && (
        <IssueDialog
          paper={{ label: '支付令申请书', step: '达成调解协议' }}
          request={{ kind: 'paymentOrderApplication', proceedingId }}
          caseFileId={caseFileId}
          files={files}
          onClose={() => setOpen(false)}
        />
      )}
      {element}
    </>
  );
}

/**
 * 申请劳动仲裁 for the workers still owed under the agreement: the application prefilled from the file, edited and
 * confirmed in the dialog, then sent to the 仲裁院 to 签收 (the core refuses with its reason: an arbitration already open …).
 */
function ArbitrationButton({ caseFileId }: { caseFileId: string }) {
  const permissions = usePermissions();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!permissions.has('proceeding.act')) return null;
  return (
    <>
      <Button size="small" variant="outlined" color="error" onClick={() => { setDone(null); setOpen(true); }} data-testid="arbitration-from-agreement">申请劳动仲裁</Button>
      {done && <Typography variant="body2" data-testid="arbitration-from-agreement-done">{done}</Typography>}
      {open && <ArbitrationFromAgreementDialog caseFileId={caseFileId} onClose={() => setOpen(false)} onDone={(m) => { setOpen(false); setDone(m); }} />}
    </>
  );
}

function WayBack({ d }: { d: FileInstalments }) {
  const missedIn = d.agreements.filter((a) => a.instalments.some((i) => i.state === 'missed'));
  return (
    <Alert severity="error" data-testid="instalment-missed" sx={{ mb: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>有 {d.missedCount} 期调解协议逾期未履行。</Typography>
      {d.wayBack.length > 0 ? (
        <Stack spacing={0.5} sx={{ mt: 0.5 }}>
          {d.wayBack.map((w) => (
            <Stack key={w.proceedingId} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2">{PROCEEDING_KIND.label(w.kind)}（{w.statusLabel}）：</Typography>
              {w.actions.map((a) => (
                <Button key={a.action} size="small" variant="outlined" color="error" disabled={!!a.blockedBy} title={a.blockedBy ?? undefined} onClick={() => goTo(w.proceedingId, a.action)}>
                  {a.label}
                </Button>
              ))}
              {w.actions.length === 0 && <Typography variant="body2" color="text.secondary">当前没有可办理的步骤</Typography>}
            </Stack>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2">本案卷没有立案查处、移送公安或仲裁程序可以转回办理。</Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">劳动者可以持调解协议书向人民法院申请支付令（《劳动争议调解仲裁法》第十六条）：</Typography>
        {missedIn.map((a) => <PaymentOrderButton key={a.id} caseFileId={d.caseFileId} proceedingId={a.proceedingId} />)}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">尚欠工资的劳动者也可以申请劳动争议仲裁（申请书由案卷填写，经劳动者核对确认后登记，转仲裁院签收）：</Typography>
        <ArbitrationButton caseFileId={d.caseFileId} />
      </Stack>
    </Alert>
  );
}

export function AgreementPanel({ caseFileId }: { caseFileId: string }) {
  const q = useFileInstalments(caseFileId);
  const d = q.data;
  if (!d || d.agreements.length === 0) return null;
  return (
    <Section title="调解协议履行情况">
      <Paper variant="outlined" data-testid="agreement-panel">
        <Box sx={{ p: 2, pb: 0 }}>
          {d.missedCount > 0 && <WayBack d={d} />}
        </Box>
        {d.agreements.map((a) => (
          <Box key={a.id} sx={{ px: 2, pb: 2 }}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {a.signedOn} 达成调解协议，分 {a.instalments.length} 期履行，合计 <b>{formatYuan(a.totalFen)}</b>（签订时尚欠工资 {formatYuan(a.outstandingFen)}）
              {a.overOwedReason ? `；超出欠薪的理由：${a.overOwedReason}` : ''}
            </Typography>
            {a.review && (
              <Typography variant="body2" color={a.review.status === 'open' ? 'warning.main' : 'text.secondary'} data-testid="review-window">
                双方可自协议生效之日起十五日内（{a.review.startDate} 至 {a.review.dueDate}）共同向仲裁委员会申请仲裁审查（{a.review.citation}）
              </Typography>
            )}
            <Table size="small" sx={{ mt: 1 }}>
              <TableHead>
                <TableRow>
                  <TableCell>期次</TableCell>
                  <TableCell>收款人</TableCell>
                  <TableCell>支付义务人</TableCell>
                  <TableCell>到期日期</TableCell>
                  <TableCell align="right">本期金额</TableCell>
                  <TableCell align="right">已支付</TableCell>
                  <TableCell align="right">尚欠</TableCell>
                  <TableCell>状态</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {a.instalments.map((i) => (
                  <TableRow key={i.id} data-testid="instalment-row" sx={i.state === 'missed' ? { '& td': { color: 'error.main', fontWeight: 600 } } : undefined}>
                    <TableCell>第{i.seq}期</TableCell>
                    <TableCell>{i.personName ?? '全体劳动者'}</TableCell>
                    <TableCell>{i.payerName}</TableCell>
                    <TableCell sx={money}>{i.dueOn}</TableCell>
                    <TableCell align="right" sx={money}>{formatYuan(i.amountFen)}</TableCell>
                    <TableCell align="right" sx={money}>{formatYuan(i.paidFen)}</TableCell>
                    <TableCell align="right" sx={money}>{formatYuan(i.leftFen)}</TableCell>
                    <TableCell>
                      <Chip size="small" color={STATE_COLOR[i.state]} variant={i.state === 'open' ? 'outlined' : 'filled'}
                        label={i.state === 'missed' ? `${INSTALMENT_STATE_LABEL.missed}（${i.overdueDays}天）` : INSTALMENT_STATE_LABEL[i.state]} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))}
        <Typography variant="caption" color="text.secondary" component="div" sx={{ px: 2, pb: 1 }}>
          在“支付情况”中记录支付时选择对应的分期；只有转账到劳动者本人银行卡或本人签收的款项计入（《保障农民工工资支付条例》第十一条、第三十一条）。
        </Typography>
      </Paper>
    </Section>
  );
}
