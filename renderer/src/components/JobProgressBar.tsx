// A running job's bar: the core's message on the left, done/total on the right.
import { Box, LinearProgress, Typography } from '@mui/material';
import type { JobInfo } from '../../../shared/contract/jobs';

export function JobProgressBar({ job, label, testId, countTestId }: { job: JobInfo; label: string; testId?: string; countTestId?: string }) {
  const pct = job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <Box data-testid={testId}>
      <LinearProgress variant={job.total > 0 ? 'determinate' : 'indeterminate'} value={pct} aria-label={label} />
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 0.75 }}>
        <Typography variant="body2" color="text.secondary">{job.message}</Typography>
        <Typography variant="body2" color="text.secondary" data-testid={countTestId}>
          {job.total > 0 ? `${job.done} / ${job.total}（${pct}%）` : '正在统计…'}
        </Typography>
      </Box>
    </Box>
  );
}
