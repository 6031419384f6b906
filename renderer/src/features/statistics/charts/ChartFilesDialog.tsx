// The files behind one bar or point of a chart: as many as the bar counts (or whose amounts sum to it), each opening
// its case file or its intake record. The dialog says what the bar counted, so the leader can check it file by file.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { ChartFilesInput } from '../../../../../shared/contract/statistics-charts';
import { formatYuan } from '../../../../../shared/domain/money';
import { ErrorState, Loading } from '../../../components/States';
import { useChartFiles } from './queries';

export interface ChartPick {
  input: ChartFilesInput;
  /** '2026年11月 投诉登记 5件' */
  title: string;
  /** What the bar counts, in one sentence (the chart's caption). */
  counts: string;
  /** Money bars list each file's share; count bars list one row a file (or a deadline). */
  money: boolean;
  /** What one row is: '件投诉', '件案卷', '项期限'. */
  noun: string;
  /** The date column: the date that put the row in the bar (接待日期, 期限日 …). */
  dateLabel: string;
}

export function ChartFilesDialog({ pick, onClose }: { pick: ChartPick | null; onClose: () => void }) {
  const files = useChartFiles(pick?.input ?? null);
  const d = files.data;
  return (
    <Dialog open={pick !== null} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="chart-files-title">
      <DialogTitle id="chart-files-title">{pick?.title}</DialogTitle>
      <DialogContent data-testid="chart-files">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{pick?.counts}</Typography>
        {files.isPending ? (
          <Loading />
        ) : files.isError ? (
          <ErrorState error={files.error} onRetry={() => void files.refetch()} />
        ) : d && d.items.length === 0 ? (
          <Typography sx={{ py: 2 }}>没有记录</Typography>
        ) : d ? (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="chart-files-total">
              共 {d.total} {pick?.noun}{d.sum !== null && `，合计 ${formatYuan(d.sum)}`}{d.items.length < d.total && `；下面列出前 ${d.items.length} 条`}
            </Typography>
            <Table size="small" aria-label={pick?.title}>
              <TableHead>
                <TableRow>
                  <TableCell>{d.items[0]?.kind === 'intake' ? '登记号' : '案号'}</TableCell>
                  <TableCell>{d.items[0]?.kind === 'intake' ? '事由' : '案卷'}</TableCell>
                  <TableCell>单位</TableCell>
                  <TableCell>{pick?.dateLabel}</TableCell>
                  {pick?.money && <TableCell align="right">金额</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {d.items.map((f, i) => {
                  const to = f.kind === 'intake' ? `/intakes/${f.id}` : `/cases/${f.id}`;
                  return (
                    <TableRow key={`${f.id}:${i}`} data-testid="chart-file-row">
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.number || '—'}</TableCell>
                      <TableCell><Link component={RouterLink} to={to} underline="hover" onClick={onClose}>{f.title}</Link></TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.unitName}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.date}</TableCell>
                      {pick?.money && <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{f.amount === null ? '—' : formatYuan(f.amount)}</TableCell>}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </>
        ) : null}
      </DialogContent>
      <DialogActions><Button onClick={onClose}>关闭</Button></DialogActions>
    </Dialog>
  );
}
