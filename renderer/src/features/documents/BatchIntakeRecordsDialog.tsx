// 批量制作登记表: the registration forms of the intakes selected in the ledger, made by the core as one job
// (documents.batch) with progress pushed live and a cancel; at the end, how many were made and why any were not.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { documentBatchResult } from '../../../../shared/contract/documents';
import type { JobInfo } from '../../../../shared/contract/jobs';
import { useJobRun } from '../../app/jobs';
import { JobProgressBar } from '../../components/JobProgressBar';
import { batchSummary, type BatchItem } from './batch-summary';
import { useDocumentBatch, useRefreshDocuments } from './queries';

function Outcome({ job, items }: { job: JobInfo; items: readonly BatchItem[] }) {
  const parsed = documentBatchResult.safeParse(job.result);
  if (job.status === 'cancelled' && !parsed.success) {
    return <Alert severity="info" data-testid="batch-summary">已取消。已制作的文书保留在各登记中。</Alert>;
  }
  if (job.status === 'failed' || !parsed.success) {
    return <Alert severity="error" data-testid="batch-summary">批量制作失败：{job.error?.message ?? job.message}。已制作的文书保留在各登记中。</Alert>;
  }
  const { headline, failures } = batchSummary(items, parsed.data);
  return (
    <Alert severity={failures.length > 0 ? 'warning' : job.status === 'cancelled' ? 'info' : 'success'} data-testid="batch-summary">
      {headline}
      {failures.length > 0 && (
        <List dense disablePadding sx={{ mt: 0.5 }}>
          {failures.map((f, i) => (
            <ListItem key={i} disableGutters sx={{ py: 0 }}>
              <ListItemText primary={`${f.regNo}：${f.message}`} />
            </ListItem>
          ))}
        </List>
      )}
    </Alert>
  );
}

export function BatchIntakeRecordsDialog({ items, onClose, onFinished }: { items: readonly BatchItem[]; onClose: () => void; onFinished: () => void }) {
  const refresh = useRefreshDocuments();
  const batch = useDocumentBatch();
  const { job, running, busy, failure, start, cancel } = useJobRun(batch, {
    requests: items.map((i) => ({ kind: 'intakeRecord' as const, intakeId: i.id })),
    caseFileId: null,
  });
  const finished = job !== null && !running;

  const close = () => {
    if (finished) {
      refresh();
      onFinished();
    }
    onClose();
  };

  return (
    <Dialog open onClose={running ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="batch-title">
      <DialogTitle id="batch-title">批量制作登记表</DialogTitle>
      <DialogContent>
        {!job ? (
          <Typography variant="body2" sx={{ mb: 1 }}>
            将为所选的 {items.length} 条接待登记各制作一份登记表（编号取登记号），记入各自的登记和案卷。制作在后台进行，可随时取消，已制作的保留。
          </Typography>
        ) : (
          <>
            {running ? <JobProgressBar job={job} label="制作进度" testId="batch-progress" countTestId="batch-count" /> : <Outcome job={job} items={items} />}
          </>
        )}
        {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
      </DialogContent>
      <DialogActions>
        {!job ? (
          <>
            <Button onClick={close}>取消</Button>
            <Button variant="contained" onClick={() => void start()} disabled={busy}>{busy ? '正在启动…' : `开始制作（${items.length} 份）`}</Button>
          </>
        ) : running ? (
          <Button color="warning" variant="outlined" onClick={() => void cancel()} disabled={job.message === '正在取消…'}>取消</Button>
        ) : (
          <Button variant="contained" onClick={close}>完成</Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
