// 工作台: where a leader starts the day (领导工作台) — any 群体性事件 being handled, on top in red with its report
// clocks; what waits for their approval, the 督办 and the urgent and collective files, and the clocks of their files
// due within 3 working days or overdue, the 调解协议 instalments missed (in red), and the complainants waiting for an answer (未答复的投诉人) — and where a handler does (我的待办), the same without approvals. Each item
// opens its case file; approving is done there, with the file in front of the leader.
import { Box, Button, CardActionArea, Paper, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDateZh } from '../../../../shared/domain/time';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useSession } from '../../app/session';
import { WaitingComplainants } from '../followup/WaitingComplainants';
import { MyHearings } from '../hearings/MyHearings';
import { DeskIncidents, SupervisionList } from '../incidents/DeskIncidents';
import { AllLink, ApprovalList, DeadlineList, DeskSection, DelistingList, MissedInstalmentList, PendingLeaderList, UrgentList } from './DeskLists';
import { useDeskSummary, useMyOpenDeadlines } from './queries';

// The charts are a leader's only (and the charts library is a third of this page's code): loaded when a leader's desk
// is drawn, after the lists above them.
const DeskCharts = lazy(() => import('./DeskCharts').then((m) => ({ default: m.DeskCharts })));
const StatisticsOverview = lazy(() => import('../statistics/charts/StatisticsOverview').then((m) => ({ default: m.StatisticsOverview })));

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

function weekday(dateKey: string): string {
  return `星期${WEEKDAY[new Date(`${dateKey}T00:00:00Z`).getUTCDay()]}`;
}

function Count({ label, value, tone, to }: { label: string; value: number; tone?: 'error' | 'warning'; to?: string }) {
  const color = value > 0 && tone ? `${tone}.main` : 'text.primary';
  const body = (
    <Box sx={{ p: 1.5, px: 2 }}>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ color, fontWeight: 600, lineHeight: 1.3 }}>{value}</Typography>
    </Box>
  );
  return (
    <Paper variant="outlined" sx={{ minWidth: 0 }} data-testid="desk-count">
      {to ? <CardActionArea component={RouterLink} to={to} aria-label={`${label} ${value}，查看列表`}>{body}</CardActionArea> : body}
    </Paper>
  );
}

/** The person's open clocks that are neither overdue nor due soon (those have their own lists above). */
function OtherDeadlines() {
  const open = useMyOpenDeadlines();
  const rest = (open.data?.items ?? []).filter((d) => d.dueState !== 'overdue' && d.dueState !== 'dueSoon');
  const shown = rest.slice(0, 8);
  const more = !!open.data?.nextCursor;
  return (
    <DeskSection title="我的其他在办期限" count={more ? `${rest.length}+` : rest.length} testId="desk-other-deadlines"
      more={<AllLink to="/due-dates?state=open&scope=mine" shown={shown.length} total={more ? null : rest.length} />}>
      {open.isError ? <ErrorState error={open.error} onRetry={() => void open.refetch()} /> : <DeadlineList items={shown} empty={open.isPending ? '正在加载…' : '您的案卷没有其他尚未完成的期限'} />}
    </DeskSection>
  );
}

export function DeskPage() {
  const { staff } = useSession();
  const leader = staff.roles.includes('leader');
  // Arbitrators and clerks sit in hearings: theirs are on their desk.
  const sits = staff.roles.includes('arbitrator') || staff.roles.includes('clerk');
  const desk = useDeskSummary();
  const title = leader ? '领导工作台' : '我的待办';

  if (desk.isPending) return <><PageHeader title={title} /><Loading /></>;
  if (desk.isError) return <><PageHeader title={title} /><ErrorState error={desk.error} onRetry={() => void desk.refetch()} /></>;
  const d = desk.data;
  const grid = { display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', alignItems: 'start', mb: 2 } as const;
  const urgent = (
    <DeskSection title="紧急和集体案件" count={d.counts.urgent} testId="desk-urgent-files">
      <UrgentList items={d.urgentFiles} />
    </DeskSection>
  );
  const supervisions = (
    <DeskSection title="督办事项" count={d.counts.supervisions} testId="desk-supervisions">
      <SupervisionList items={d.supervisions} />
    </DeskSection>
  );

  return (
    <>
      <PageHeader title={title}
        subtitle={`今天是${formatDateZh(d.today)} ${weekday(d.today)}。期限只统计您包案或在办案组中的案卷；全单位的期限见“办案期限”。`}
        actions={<Button component={RouterLink} to="/due-dates" variant="outlined">办案期限</Button>} />
      <DeskIncidents items={d.incidents} count={d.counts.incidents} readAt={desk.dataUpdatedAt} />
      {d.counts.missedInstalments > 0 && (
        <Box sx={{ mb: 2, '& > section': { borderColor: 'error.main' } }}>
          <DeskSection title="调解协议逾期未履行" count={d.counts.missedInstalments} testId="desk-missed-instalments">
            <MissedInstalmentList items={d.missedInstalments} />
          </DeskSection>
        </Box>
      )}
      {d.counts.pendingLeaders > 0 && (
        <Box sx={{ mb: 2 }}>
          <DeskSection title="待确认的包案领导" count={d.counts.pendingLeaders} testId="desk-pending-leaders">
            <PendingLeaderList items={d.pendingLeaders} />
          </DeskSection>
        </Box>
      )}
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', mb: 2 }}>
        {leader && <Count label="待我审批" value={d.counts.approvals} tone="warning" />}
        {d.counts.pendingLeaders > 0 && <Count label="待确认的包案领导" value={d.counts.pendingLeaders} tone="warning" />}
        <Count label="已逾期" value={d.counts.overdue} tone="error" to="/due-dates?state=overdue" />
        <Count label="3个工作日内到期" value={d.counts.dueSoon} tone="warning" to="/due-dates?state=dueSoon" />
        <Count label="紧急和集体案件" value={d.counts.urgent} />
        <Count label="我的在办案卷" value={d.counts.myFiles} />
      </Box>
      {leader && (
        <Box sx={grid}>
          <DeskSection title="待我审批" count={d.counts.approvals} testId="desk-approvals">
            <ApprovalList items={d.approvals} />
          </DeskSection>
          {supervisions}
          {urgent}
          {d.counts.delistings > 0 && (
            <DeskSection title="近30日移出失信名单" count={d.counts.delistings} testId="desk-delistings">
              <DelistingList items={d.delistings} />
            </DeskSection>
          )}
          <WaitingComplainants />
        </Box>
      )}
      <Box sx={grid}>
        <DeskSection title="已逾期" count={d.counts.overdue} testId="desk-overdue"
          more={d.counts.overdue > 0 && <AllLink to="/due-dates?state=overdue" shown={d.overdue.length} total={d.counts.overdue} />}>
          <DeadlineList items={d.overdue} empty="您的案卷没有逾期的期限" />
        </DeskSection>
        <DeskSection title="3个工作日内到期" count={d.counts.dueSoon} testId="desk-due-soon"
          more={d.counts.dueSoon > 0 && <AllLink to="/due-dates?state=dueSoon" shown={d.dueSoon.length} total={d.counts.dueSoon} />}>
          <DeadlineList items={d.dueSoon} empty="您的案卷近3个工作日内没有到期的期限" />
        </DeskSection>
      </Box>
      <Box sx={grid}>
        {sits && <MyHearings staffId={staff.id} />}
        <OtherDeadlines />
        {!leader && d.counts.supervisions > 0 && supervisions}
        {!leader && urgent}
        {!leader && <WaitingComplainants />}
      </Box>
      {leader && (
        <Suspense fallback={<Loading label="正在加载统计图…" />}>
          <DeskCharts />
          <StatisticsOverview />
        </Suspense>
      )}
    </>
  );
}
