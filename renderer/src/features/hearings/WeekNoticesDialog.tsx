// 制作本周开庭通知书: the notices the shown week's hearings still owe, one per party of each hearing, made by the core
// as one job (documents.batch) with progress and cancel; each filed in its own case, where its 送达 is recorded. The
// same for the 延期开庭通知书 a postponed sitting owes (PostponementNoticesDialog).
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { documentBatchResult } from '../../../../shared/contract/documents';
import type { HearingNoticeRequests, PostponementNoticeRequests } from '../../../../shared/contract/hearings';
import { useJobRun } from '../../app/jobs';
import { JobProgressBar } from '../../components/JobProgressBar';
import { ErrorState, Loading } from '../../components/States';
import { useDocumentBatch, useRefreshDocuments } from '../documents/queries';
import { useNoticeRequests, usePostponementNoticeRequests } from './queries';

type Item = HearingNoticeRequests['items'][number] | PostponementNoticeRequests['items'][number];
const line = (i: Item) => `${i.date} ${i.start} ${i.roomName} · ${i.caseNumber ?? ''} · 致${i.recipient}`;

function Run({ paper, items, onClose, onServe }: { paper: string; items: readonly Item[]; onClose: () => void; onServe?: () => void }) {
  const refresh = useRefreshDocuments();
  const batch = useDocumentBatch();
  const { job, running, busy, failure, start, cancel } = useJobRun(batch, { requests: items.map((i) => i.request), caseFileId: null });
  const parsed = job && !running ? documentBatchResult.safeParse(job.result) : null;
  const close = () => {
    if (job && !running) refresh();
    onClose();
  };
  return (
    <>
      <DialogContent>
        {!job && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>将为下列 {items.length} 名当事人各制作一份{paper}，记入各自的案卷；制作在后台进行，可随时取消，已制作的保留。</Typography>
            <List dense disablePadding data-testid="week-notices">
              {items.map((i) => <ListItem key={`${i.request.hearingId}-${i.request.recipientId}`} disableGutters sx={{ py: 0 }}><ListItemText primary={line(i)} /></ListItem>)}
            </List>
          </>
        )}
        {job && running && <JobProgressBar job={job} label="制作进度" testId="batch-progress" countTestId="batch-count" />}
        {job && !running && (
          <Alert severity={parsed?.success && parsed.data.failures.length === 0 && job.status === 'succeeded' ? 'success' : 'warning'} data-testid="batch-summary">
            {parsed?.success
              ? `${job.status === 'cancelled' ? '已取消：' : ''}已制作 ${parsed.data.issued} 份${paper}${parsed.data.failures.length ? `，${parsed.data.failures.length} 份未能制作` : ''}。请在各案卷的“文书”中打印，送达后登记送达回证。`
              : job.status === 'cancelled' ? '已取消。已制作的通知书保留在各案卷中。' : `批量制作失败：${job.error?.message ?? job.message}`}
            {parsed?.success && parsed.data.failures.map((f) => <div key={f.index}>{line(items[f.index]!)}：{f.message}</div>)}
          </Alert>
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
          <>
            {onServe && parsed?.success && parsed.data.issued > 0 && <Button onClick={() => { refresh(); onServe(); }}>登记送达</Button>}
            <Button variant="contained" onClick={close}>完成</Button>
          </>
        )}
      </DialogActions>
    </>
  );
}

/**
 * The notices of the hearings between two days, or of one sitting's cases (a 系列案 heard together). `onServe`, on a
 * sitting's file, offers to record their service in one batch once they are made.
 */
export function WeekNoticesDialog({ from, to, sittingId = null, onClose, onServe }: { from: string; to: string; sittingId?: string | null; onClose: () => void; onServe?: () => void }) {
  const q = useNoticeRequests({ from, to, sittingId });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="week-notices-title">
      <DialogTitle id="week-notices-title">{sittingId ? `制作本庭次开庭通知书（${from}）` : `制作开庭通知书（${from} 至 ${to}）`}</DialogTitle>
      {q.isPending && <DialogContent><Loading label="正在查找待制作的开庭通知书…" /></DialogContent>}
      {q.isError && <DialogContent><ErrorState error={q.error} onRetry={() => void q.refetch()} /></DialogContent>}
      {q.data && q.data.items.length === 0 && (
        <>
          <DialogContent>
            <Typography data-testid="batch-summary">{q.data.alreadyIssued > 0 ? `这段时间的开庭通知书均已制作（共 ${q.data.alreadyIssued} 份）。` : '这段时间没有待开庭的安排。'}</Typography>
          </DialogContent>
          <DialogActions>
            {onServe && q.data.alreadyIssued > 0 && <Button onClick={onServe}>登记送达</Button>}
            <Button onClick={onClose}>关闭</Button>
          </DialogActions>
        </>
      )}
      {q.data && q.data.items.length > 0 && <Run paper="开庭通知书" items={q.data.items} onClose={onClose} onServe={onServe} />}
    </Dialog>
  );
}

/** The 延期开庭通知书 a postponed hearing's sitting owes — every case postponed with it, each party — in one batch. */
export function PostponementNoticesDialog({ hearingId, onClose }: { hearingId: string; onClose: () => void }) {
  const q = usePostponementNoticeRequests({ hearingId });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="postponement-notices-title">
      <DialogTitle id="postponement-notices-title">制作本庭次延期开庭通知书</DialogTitle>
      {q.isPending && <DialogContent><Loading label="正在查找待制作的延期开庭通知书…" /></DialogContent>}
      {q.isError && <DialogContent><ErrorState error={q.error} onRetry={() => void q.refetch()} /></DialogContent>}
      {q.data && q.data.items.length === 0 && (
        <>
          <DialogContent>
            <Typography data-testid="batch-summary">本庭次没有待制作的延期开庭通知书{q.data.alreadyIssued > 0 ? `（已制作 ${q.data.alreadyIssued} 份）` : ''}。</Typography>
          </DialogContent>
          <DialogActions><Button onClick={onClose}>关闭</Button></DialogActions>
        </>
      )}
      {q.data && q.data.items.length > 0 && <Run paper="延期开庭通知书" items={q.data.items} onClose={onClose} />}
    </Dialog>
  );
}
