// 维护: backups and restore, and long work run as a job in the core (progress pushed live, cancellable).
import { Alert, Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import type { JobInfo } from '../../../../shared/contract/jobs';
import { useJobRun } from '../../app/jobs';
import { JobProgressBar } from '../../components/JobProgressBar';
import { fmtDateTime } from '../../components/format';
import { BackupCard } from '../maintenance/BackupCard';
import { useStartSearchRebuild } from './queries';

const OUTCOME: Record<Exclude<JobInfo['status'], 'running'>, { severity: 'success' | 'error' | 'info'; title: string }> = {
  succeeded: { severity: 'success', title: '已完成' },
  failed: { severity: 'error', title: '失败' },
  cancelled: { severity: 'info', title: '已取消' },
};

function JobProgress({ job }: { job: JobInfo }) {
  if (job.status !== 'running') {
    const o = OUTCOME[job.status];
    return (
      <Alert severity={o.severity} sx={{ mt: 2 }} data-testid="job-outcome">
        {o.title}：{job.error?.message ?? job.message}
        {job.finishedAt !== null && <Typography variant="caption" component="div">结束于 {fmtDateTime(job.finishedAt)}</Typography>}
      </Alert>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <JobProgressBar job={job} label="重建进度" testId="job-progress" />
    </Box>
  );
}

/** Remembers the last rebuild for this window, so leaving the tab and coming back still shows its progress. */
const LAST_JOB_KEY = 'xinan.lastJob.search.rebuild';

function SearchRebuildCard() {
  const rebuild = useStartSearchRebuild();
  const { job, running, busy, failure, start, cancel } = useJobRun(rebuild, { kind: 'search.rebuild' }, {
    initialId: sessionStorage.getItem(LAST_JOB_KEY),
    onStarted: (info) => sessionStorage.setItem(LAST_JOB_KEY, info.id),
  });

  return (
    <Card variant="outlined" sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>重建检索索引</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {'重新计算全部接待登记、被投诉方和工程项目的检索词（姓名、单位名称、拼音首字母、证件号、工单号）。' +
            '检索结果明显缺漏时使用。重建在后台进行，期间可以照常工作；中途取消不影响已处理部分的检索。'}
        </Typography>
        {job && <JobProgress job={job} />}
        {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        {running ? (
          <Button key="cancel" variant="outlined" color="warning" onClick={() => void cancel()} disabled={job?.message === '正在取消…'}>取消</Button>
        ) : (
          <Button key="start" variant="contained" onClick={() => void start()} disabled={busy}>{job ? '再次重建' : '开始重建'}</Button>
        )}
      </CardActions>
    </Card>
  );
}

export function MaintenanceTab() {
  return (
    <>
      <BackupCard />
      <SearchRebuildCard />
    </>
  );
}
