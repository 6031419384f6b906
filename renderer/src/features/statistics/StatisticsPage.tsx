// 统计报表: the bureau's tables for a period and unit, counted from its files by the definitions in force; every
// figure opens the files behind it. A leader 报送 the report as shown (kept as submitted) and 更正 it with a reason;
// the reports sent are listed below. On paper: the tables and their definitions, without the controls.
import RefreshIcon from '@mui/icons-material/Refresh';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Button, GlobalStyles, Paper } from '@mui/material';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { statPeriodInput, type StatScopeInput } from '../../../../shared/contract/statistics';
import type { StatPeriod } from '../../../../shared/domain/statistics/model';
import { dateKeyOf } from '../../../../shared/domain/time';
import { usePermissions, useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useStatQuery, useUnits } from './queries';
import { DrillDownDialog } from './DrillDownDialog';
import { ExportButtons } from './ExportButtons';
import { countsAsJob, isOpen, lastMonth, periodFromParams, withPeriod } from './period';
import { ReportJobState, useReportJob } from './report-job';
import { PeriodPicker } from './PeriodPicker';
import { ReportHeading, ReportTables } from './ReportTables';
import type { FigureRef } from './StatTableView';
import { SubmitDialog } from './SubmitDialog';
import { SubmittedReports, SubmittedReportDialog } from './SubmittedReports';

/** On paper: no menu, bar or buttons; the tables at full width. */
const PRINT = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.MuiAppBar-root, .MuiDrawer-root, .no-print, .MuiDialog-root': { display: 'none !important' },
        'main.MuiBox-root, main': { padding: '0 !important' },
        '@page': { size: 'A4 landscape', margin: '12mm' },
      },
    }}
  />
);

export function StatisticsPage({ today = dateKeyOf(Date.now()) }: { today?: string }) {
  const { unit } = useSession();
  const permissions = usePermissions();
  const canSubmit = permissions.has('statistics.submit');
  const units = useUnits();
  const canIncludeSubunits = unit.level === 'city' && (units.data ?? []).some((u) => u.parentId === unit.id && u.active);

  // The period and unit live in the address: back from a file opened from a figure, the same report is there.
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params) ?? lastMonth(today);
  const includeSubunits = params.get('subunits') === '1';
  const setPeriod = (p: StatPeriod) => setParams((prev) => withPeriod(prev, p), { replace: true });
  const setIncludeSubunits = (on: boolean) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (on) next.set('subunits', '1');
      else next.delete('subunits');
      return next;
    }, { replace: true });
  const [figure, setFigure] = useState<FigureRef | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);

  const checked = statPeriodInput.safeParse(period);
  const periodError = checked.success ? null : (checked.error.issues[0]?.message ?? '请选择统计期间');
  const scope: StatScopeInput = { period, unitId: unit.id, includeSubunits: includeSubunits && canIncludeSubunits };
  // A month is one call; a longer period is a job the page follows table by table and can cancel.
  const long = checked.success && countsAsJob(period);
  const query = useStatQuery('statistics.compute', scope, { enabled: checked.success && !long });
  const job = useReportJob(scope, long);
  const report = long
    ? { data: job.report ?? undefined, isFetching: job.running, isError: false, error: null, isPending: job.report === null }
    : query;
  const recount = () => void (long ? job.start() : query.refetch());

  return (
    <>
      {PRINT}
      <PageHeader
        title="统计报表"
        subtitle="数字由案卷自动统计，不可手填；点任一数字可查看计入它的案卷，点表头的 ⓘ 查看指标口径。“导出 Excel / 导出 PDF”按统计时的数字生成报表文件（记入审计）。"
        actions={
          <span className="no-print" style={{ display: 'flex', gap: 8 }}>
            <Button startIcon={<RefreshIcon />} onClick={recount} disabled={!checked.success || report.isFetching}>重新统计</Button>
            <ExportButtons source={report.data ? { counted: { ...scope, digest: report.data.digest } } : null} disabled={report.isFetching} onRecount={recount} />
            {canSubmit && (
              <Button variant="contained" startIcon={<SendIcon />} onClick={() => setSubmitting(true)} disabled={!report.data || report.isFetching}>
                报送
              </Button>
            )}
          </span>
        }
      />
      <PeriodPicker
        period={period}
        onPeriod={setPeriod}
        today={today}
        unit={{ name: unit.name, canIncludeSubunits }}
        includeSubunits={scope.includeSubunits ?? false}
        onIncludeSubunits={setIncludeSubunits}
        periodError={periodError}
      />
      {submittedId && (
        <Alert severity="success" sx={{ mb: 2 }} className="no-print" onClose={() => setSubmittedId(null)} data-testid="submitted-note" action={<Button color="inherit" size="small" onClick={() => setViewing(submittedId)}>查看</Button>}>
          {report.data?.period.label}报表已报送，按报送时的数字保存。
        </Alert>
      )}
      <Paper sx={{ p: 2, '@media print': { boxShadow: 'none', p: 0 } }}>
        {!checked.success ? (
          <EmptyState title={periodError ?? '请选择统计期间'} hint="请选择统计起始日和截止日" />
        ) : report.isError ? (
          <ErrorState error={report.error} onRetry={recount} />
        ) : long && !report.data ? (
          <ReportJobState job={job.job} failure={job.failure} onCancel={() => void job.cancel()} onRestart={recount} />
        ) : report.isPending || !report.data ? (
          <Loading label="正在统计…" />
        ) : report.data.tables.length === 0 ? (
          <EmptyState title="没有可统计的报表" hint="本单位还没有启用统计表，请联系管理员" />
        ) : (
          <>
            <ReportHeading report={report.data} />
            {isOpen(period, today) && <Alert severity="info" sx={{ mb: 1.5 }} className="no-print">本期尚未结束，数字还会随办案变化。</Alert>}
            <ReportTables report={report.data} onFigure={setFigure} />
          </>
        )}
      </Paper>
      <SubmittedReports canCorrect={canSubmit} />
      {figure && <DrillDownDialog scope={scope} figure={figure} onClose={() => setFigure(null)} />}
      {submitting && report.data && (
        <SubmitDialog
          scope={scope}
          report={report.data}
          open={isOpen(period, today)}
          onClose={() => setSubmitting(false)}
          onRecount={() => {
            setSubmitting(false);
            recount();
          }}
          onDone={(s) => {
            setSubmitting(false);
            setSubmittedId(s.id);
          }}
        />
      )}
      {viewing && <SubmittedReportDialog id={viewing} canCorrect={canSubmit} onClose={() => setViewing(null)} />}
    </>
  );
}
