// The desk's lists, each item a link to its case file: approvals waiting for this leader, urgent and collective
// files, and clocks due soon or overdue.
import { Box, Chip, Link, List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { DeskDeadline, DeskSummary } from '../../../../shared/contract/casework';
import { formatYuan } from '../../../../shared/domain/money';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { fmtDate, fmtDateTime } from '../../components/format';
import { DueStateChip, ProvisionalChip } from '../casework/DueChips';

export function DeskSection({ title, count, more, children, testId }: { title: string; count: number | string; more?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }} data-testid={testId} component="section" aria-label={title}>
      <Stack direction="row" sx={{ alignItems: 'center', px: 2, pt: 1.5, pb: 0.5, gap: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          {title}
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>{count}</Typography>
        </Typography>
        {more}
      </Stack>
      {children}
    </Paper>
  );
}

function Empty({ text }: { text: string }) {
  return <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2, pt: 1 }}>{text}</Typography>;
}

function Flags({ urgent, collective }: { urgent: boolean; collective: boolean }) {
  return (
    <>
      {urgent && <Chip size="small" color="error" label="紧急" sx={{ ml: 1 }} />}
      {collective && <Chip size="small" color="secondary" label="集体" sx={{ ml: 1 }} />}
    </>
  );
}

export function ApprovalList({ items }: { items: DeskSummary['approvals'] }) {
  if (items.length === 0) return <Empty text="没有等待您审批的事项" />;
  return (
    <List dense disablePadding>
      {items.map((a) => (
        <ListItemButton key={a.id} component={RouterLink} to={`/cases/${a.caseFileId}`} divider data-testid="desk-approval">
          <ListItemText
            primary={<><Box component="span" sx={{ fontWeight: 600 }}>{a.label}</Box>：{a.caseTitle}</>}
            secondary={`${PROCEEDING_KIND.label(a.proceedingKind)} · ${a.requestedBy.name} ${fmtDateTime(a.requestedAt)} 提请`}
          />
          <Typography variant="body2" color="primary" sx={{ whiteSpace: 'nowrap', ml: 2 }}>去审批</Typography>
        </ListItemButton>
      ))}
    </List>
  );
}

/** 包案领导 proposed by the desk at intake, waiting for this department head's confirmation; each opens its file. */
export function PendingLeaderList({ items }: { items: DeskSummary['pendingLeaders'] }) {
  return (
    <List dense disablePadding>
      {items.map((p) => (
        <ListItemButton key={p.memberId} component={RouterLink} to={`/cases/${p.caseFileId}`} divider data-testid="desk-pending-leader">
          <ListItemText primary={p.caseTitle} secondary={`提议包案领导：${p.leader.name} · ${fmtDate(p.proposedAt)} 接待登记时提议`} />
          <Typography variant="body2" color="primary" sx={{ whiteSpace: 'nowrap', ml: 2 }}>去确认</Typography>
        </ListItemButton>
      ))}
    </List>
  );
}

/** 调解协议 instalments past due and not met: in red, each opening its file (the way back is offered there). */
export function MissedInstalmentList({ items }: { items: DeskSummary['missedInstalments'] }) {
  return (
    <List dense disablePadding>
      {items.map((m) => (
        <ListItemButton key={m.instalmentId} component={RouterLink} to={`/cases/${m.caseFileId}`} divider data-testid="desk-missed-instalment">
          <ListItemText
            primary={<Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>{m.caseTitle}：调解协议第{m.seq}期逾期{m.overdueDays}天未履行</Box>}
            secondary={`${m.personName ?? '全体劳动者'} · ${m.payerName} · ${m.dueOn} 到期 ${formatYuan(m.amountFen)}，尚欠 ${formatYuan(m.leftFen)}`}
          />
          <Typography variant="body2" color="error" sx={{ whiteSpace: 'nowrap', ml: 2 }}>去处理</Typography>
        </ListItemButton>
      ))}
    </List>
  );
}

/** Removals from the 失信联合惩戒名单 of the last 30 days: by the system at the end of the term, or early by approval. */
export function DelistingList({ items }: { items: DeskSummary['delistings'] }) {
  return (
    <List dense disablePadding>
      {items.map((r) => (
        <ListItemButton key={r.proceedingId} component={RouterLink} to={`/cases/${r.caseFileId}`} divider data-testid="desk-delisting">
          <ListItemText
            primary={`${r.caseTitle}：${r.removedOn} ${r.early ? '提前移出' : '列入期满三年移出'}失信联合惩戒名单`}
            secondary={`${r.by ? `${r.by.name}办理` : '系统按期满自动移出'} · 记录于 ${fmtDate(r.recordedAt)}`}
          />
        </ListItemButton>
      ))}
    </List>
  );
}

export function UrgentList({ items }: { items: DeskSummary['urgentFiles'] }) {
  if (items.length === 0) return <Empty text="没有在办的紧急或集体案件" />;
  return (
    <List dense disablePadding>
      {items.map((f) => (
        <ListItemButton key={f.id} component={RouterLink} to={`/cases/${f.id}`} divider data-testid="desk-urgent">
          <ListItemText
            primary={<>{f.title}<Flags urgent={f.urgent} collective={f.collective} /></>}
            secondary={`包案领导 ${f.leader?.name ?? '未指定'} · 立卷 ${fmtDate(f.openedAt)}`}
          />
        </ListItemButton>
      ))}
    </List>
  );
}

export function DeadlineList({ items, empty }: { items: DeskDeadline[]; empty: string }) {
  if (items.length === 0) return <Empty text={empty} />;
  return (
    <List dense disablePadding>
      {items.map((d) => (
        <ListItemButton key={d.id} component={RouterLink} to={`/cases/${d.caseFileId}`} divider data-testid="desk-deadline" sx={{ alignItems: 'flex-start' }}>
          <ListItemText
            primary={<>{d.label}{d.party ? `（${d.party}）` : ''}<Flags urgent={d.urgent} collective={d.collective} /></>}
            secondary={`${d.caseTitle} · ${PROCEEDING_KIND.label(d.proceedingKind)}${d.proceedingNumber ? ` ${d.proceedingNumber}` : ''}`}
          />
          <Stack spacing={0.5} sx={{ alignItems: 'flex-end', ml: 2, flexShrink: 0 }}>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>届满 {d.dueDate}</Typography>
            <Stack direction="row" spacing={0.5}>
              <ProvisionalChip deadline={d} />
              <DueStateChip state={d.dueState} overdueDays={d.overdueDays} />
            </Stack>
          </Stack>
        </ListItemButton>
      ))}
    </List>
  );
}

/** "查看全部12条" when the desk shows only the first of them (total null: more than were fetched), else "查看列表". */
export function AllLink({ to, shown, total }: { to: string; shown: number; total: number | null }) {
  return (
    <Link component={RouterLink} to={to} variant="body2" underline="hover" sx={{ whiteSpace: 'nowrap' }}>
      {total === null ? '查看全部' : total > shown ? `查看全部${total}条` : '查看列表'}
    </Link>
  );
}
