// 收件箱 (归口办理): the files the desk routed to a department, awaiting its 签收 — oldest first, each with the day the
// bureau received it and its 受理 clock from the stored deadlines, so the department sees what is urgent. Its staff
// and head take a file (签收) or return it to the desk with a reason; leaders look into every department's inbox.
import { Alert, Button, Chip, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { INBOX_VIEW, type InboxItem, type InboxView } from '../../../../shared/contract/routing';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { ReasonDialog } from '../../components/ReasonDialog';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { fmtDateTime } from '../../components/format';
import { DueStateChip } from '../casework/DueChips';
import { useAcceptRouting, useInbox, useReturnRouting, type InboxDue } from './queries';

const DUES: { value: 'all' | 'overdue' | 'dueSoon'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '受理已逾期' },
  { value: 'dueSoon', label: '3个工作日内到期' },
];

export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const view = (params.get('view') as InboxView | null) ?? 'awaiting';
  const due = (params.get('due') as InboxDue) ?? null;
  const urgentOnly = params.get('urgent') === '1';
  const { list, items, more } = useInbox(params.get('dept'), view in INBOX_VIEW ? view : 'awaiting', due, urgentOnly);
  const first = list.data?.pages[0];
  const accepting = useAcceptRouting();
  const [returning, setReturning] = useState<InboxItem | null>(null);

  return (
    <>
      <PageHeader
        title={first?.department ? `收件箱 · ${first.department.name}` : '收件箱'}
        subtitle="接待窗口分办到本部门的案卷，按分办先后排列；受理期限自本机关收到投诉或申请之日起算，签收不影响期限"
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {first && first.choices.length > 1 && (
            <TextField select size="small" label="部门" value={first.department?.id ?? ''} onChange={(e) => set('dept', e.target.value)} sx={{ minWidth: 200 }}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
              {first.choices.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </TextField>
          )}
          <ToggleButtonGroup exclusive size="small" color="primary" value={view} onChange={(_, v: string | null) => v && set('view', v === 'awaiting' ? null : v)} aria-label="签收情况">
            {Object.entries(INBOX_VIEW).map(([v, label]) => <ToggleButton key={v} value={v}>{label}</ToggleButton>)}
          </ToggleButtonGroup>
          <ToggleButtonGroup exclusive size="small" color="primary" value={due ?? 'all'} onChange={(_, v: string | null) => v && set('due', v === 'all' ? null : v)} aria-label="受理期限">
            {DUES.map((d) => <ToggleButton key={d.value} value={d.value}>{d.label}</ToggleButton>)}
          </ToggleButtonGroup>
          <ToggleButton size="small" value="urgent" selected={urgentOnly} onChange={() => set('urgent', urgentOnly ? null : '1')}>仅紧急和集体</ToggleButton>
        </Stack>
      </Paper>
      {accepting.formError && <Alert severity="error" sx={{ mb: 2 }}>{accepting.formError}</Alert>}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Loading />
      ) : first && !first.department ? (
        <EmptyState title="您不属于接收案卷的部门" hint="收件箱属于劳动保障监察、仲裁和劳动关系等部门；如需调整所在部门，请联系管理员。" />
      ) : items.length === 0 && !list.isError ? (
        <EmptyState title={view === 'awaiting' ? '没有待签收的案卷' : `没有${INBOX_VIEW[view]}的案卷`} />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="收件箱">
            <TableHead>
              <TableRow>
                <TableCell>登记号</TableCell>
                <TableCell>案卷</TableCell>
                <TableCell>程序</TableCell>
                <TableCell>收到日期</TableCell>
                <TableCell>受理期限</TableCell>
                <TableCell>分办</TableCell>
                <TableCell align="right">{view === 'awaiting' ? '操作' : '处理'}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((r) => (
                <TableRow key={r.id} data-testid="inbox-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.regNoText}</TableCell>
                  <TableCell sx={{ minWidth: 180, maxWidth: 340 }}>
                    <Link component={RouterLink} to={`/cases/${r.caseFileId}`} underline="hover" color="inherit">{r.caseTitle}</Link>
                    {r.urgent && <Chip size="small" color="error" label="紧急" sx={{ ml: 1 }} />}
                    {r.collective && <Chip size="small" color="secondary" label="集体" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{PROCEEDING_KIND.label(r.proceedingKind)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.receivedDate}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.due ? (
                      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                        <span>{r.due.dueDate}</span>
                        <DueStateChip state={r.due.dueState} overdueDays={r.due.overdueDays} />
                      </Stack>
                    ) : '—'}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Typography variant="body2">{r.routedBy.name}</Typography>
                    <Typography variant="caption" color="text.secondary">{fmtDateTime(r.routedAt)}</Typography>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {view === 'awaiting' && first?.mayDecide ? (
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        <Button size="small" variant="contained" disabled={accepting.busy} aria-label={`签收 ${r.regNoText}`}
                          onClick={() => void accepting.run({ routingId: r.id, rowVersion: r.rowVersion })}>签收</Button>
                        <Button size="small" color="warning" aria-label={`退回 ${r.regNoText}`} onClick={() => setReturning(r)}>退回</Button>
                      </Stack>
                    ) : r.decidedBy ? (
                      <Typography variant="caption" color="text.secondary" title={r.returnReason ?? undefined}>
                        {r.decidedBy.name} {r.decidedAt ? fmtDateTime(r.decidedAt) : ''}{r.returnReason ? `：${r.returnReason}` : ''}
                      </Typography>
                    ) : (
                      <Typography variant="caption" color="text.secondary">待签收</Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LoadMore {...more} />
        </TableContainer>
      )}
      {returning && <ReturnDialog item={returning} onClose={() => setReturning(null)} />}
    </>
  );
}

function ReturnDialog({ item, onClose }: { item: InboxItem; onClose: () => void }) {
  const returning = useReturnRouting({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`退回接待窗口：${item.regNoText}`}
      explain={<>“{item.caseTitle}”将退回接待窗口重新分办。退回理由记入案卷办理记录和审计记录；受理期限仍自{item.receivedDate}起算，不因退回而中断。</>}
      reason={{ label: '退回理由', example: '不属于本部门职责，系劳动合同解除争议，请转仲裁院', hint: '必填，接待窗口据此重新分办' }}
      confirm={{ label: '退回', busyLabel: '正在退回…', color: 'warning' }}
      mutation={returning}
      input={(reason) => ({ routingId: item.id, rowVersion: item.rowVersion, reason: reason.trim() })}
      onDone={onClose}
      onClose={onClose}
    />
  );
}
