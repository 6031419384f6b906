// A long period's report counted as a job (statistics.computeJob): started when the page shows the period, followed
// table by table, cancellable; its result is the report statistics.compute would give (with the digest 报送 uses).
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Box, Button } from '@mui/material';
import { useEffect, useRef } from 'react';
import type { JobInfo } from '../../../../shared/contract/jobs';
import type { StatScopeInput } from '../../../../shared/contract/statistics';
import { useJobRun } from '../../app/jobs';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useReportJobStart, type ComputedReport } from './queries';

export function useReportJob(scope: StatScopeInput, enabled: boolean) {
  const run = useJobRun(useReportJobStart(), scope);
  const key = JSON.stringify(scope);
  const startedFor = useRef<string | null>(null);
  useEffect(() => {
    // Each period and unit once, as the month's query is asked once; 重新统计 starts it again.
    if (!enabled || startedFor.current === key) return;
    startedFor.current = key;
    void run.start();
  }, [enabled, key, run]);
  const job = run.job;
  const report = job?.status === 'succeeded' ? ((job.result as unknown as { report: ComputedReport } | null)?.report ?? null) : null;
  return { job, report, running: run.running || run.busy, failure: run.failure, start: run.start, cancel: run.cancel };
}

/** The job's state where the tables will be: its progress with 取消, or why there are no tables. */
export function ReportJobState({ job, failure, onCancel, onRestart }: { job: JobInfo | null; failure: string | null; onCancel: () => void; onRestart: () => void }) {
  if (failure) return <Alert severity="error">{failure}</Alert>;
  if (!job || job.status === 'running') {
    return (
      <Box data-testid="report-job" sx={{ py: 2 }}>
        <JobProgressBar job={job ?? PENDING} label="统计进度" />
        <Box sx={{ mt: 1 }}>
          <Button size="small" startIcon={<StopIcon />} onClick={onCancel} disabled={!job}>取消统计</Button>
        </Box>
      </Box>
    );
  }
  const again = <Button color="inherit" size="small" onClick={onRestart}>重新统计</Button>;
  if (job.status === 'cancelled') return <Alert severity="info" action={again}>统计已取消，没有生成报表。</Alert>;
  return <Alert severity="error" action={again}>{job.error?.message ?? job.message}</Alert>;
}

const PENDING: JobInfo = { id: '', kind: 'statistics.report', status: 'running', done: 0, total: 0, message: '正在启动统计…', startedAt: 0, finishedAt: null, result: null, error: null };
