// 已报送报表: every report sent up the line, newest first, each opened read-only with its figures as submitted; a
// report since corrected says so and leads to its 更正, and a leader may 更正 one not yet corrected.
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useStatQuery } from './queries';
import { CorrectDialog } from './CorrectDialog';
import { ExportButtons } from './ExportButtons';
import { fmtComputedAt, ReportHeading, ReportTables } from './ReportTables';

export function SubmittedReportDialog({ id, canCorrect, onClose }: { id: string; canCorrect: boolean; onClose: () => void }) {
  const [shown, setShown] = useState(id);
  const [correcting, setCorrecting] = useState(false);
  const report = useStatQuery('statistics.submittedReport', { id: shown });
  const r = report.data;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xl" aria-labelledby="submitted-title">
      <DialogTitle id="submitted-title">已报送的报表{r ? `：${r.report.period.label} · ${r.report.unit.name}` : ''}</DialogTitle>
      <DialogContent dividers>
        {report.isError ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : !r ? (
          <Loading />
        ) : (
          <>
            {r.correctedBy && (
              <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="corrected-banner" action={<Button color="inherit" size="small" onClick={() => setShown(r.correctedBy!)}>查看更正报表</Button>}>
                这份报表已被更正，数字以更正后的报表为准。下面是报送时的原数字。
              </Alert>
            )}
            {r.corrects && (
              <Alert severity="info" sx={{ mb: 1.5 }} data-testid="corrects-banner" action={<Button color="inherit" size="small" onClick={() => setShown(r.corrects!.id)}>查看原报表</Button>}>
                这是一份更正报表。更正理由：{r.corrects.reason}
              </Alert>
            )}
            <Typography variant="body2" sx={{ mb: 1 }}>
              报送人：{r.submittedBy}；报送时间：{fmtComputedAt(r.submittedAt)}。报表按报送时保存，不能修改。
            </Typography>
            <ReportHeading report={r.report} />
            <ReportTables report={r.report} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {r && <ExportButtons source={{ submittedId: r.id }} />}
        {canCorrect && r && !r.correctedBy && <Button color="warning" onClick={() => setCorrecting(true)}>更正</Button>}
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
      {correcting && r && (
        <CorrectDialog
          submitted={r}
          onClose={() => setCorrecting(false)}
          onDone={(c) => {
            setCorrecting(false);
            setShown(c.id);
          }}
        />
      )}
    </Dialog>
  );
}

export function SubmittedReports({ canCorrect }: { canCorrect: boolean }) {
  const list = useStatQuery('statistics.submitted', { limit: 100 });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Paper sx={{ p: 2, mt: 3 }} className="no-print">
      <Typography variant="h6" component="h2" sx={{ fontSize: 16, mb: 1 }}>已报送报表</Typography>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <EmptyState title="还没有报送过报表" hint="领导核对本期报表后，点“报送”即保存一份报送时的报表" />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label="已报送报表">
            <TableHead>
              <TableRow>
                <TableCell>统计期间</TableCell>
                <TableCell>单位</TableCell>
                <TableCell>口径版本</TableCell>
                <TableCell>报送时间</TableCell>
                <TableCell>报送人</TableCell>
                <TableCell>状态</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.map((s) => (
                <TableRow key={s.id} hover data-testid="submitted-row">
                  <TableCell>{s.period.label}</TableCell>
                  <TableCell>{s.unit.name}{s.unit.includeSubunits ? '（含各区县）' : ''}</TableCell>
                  <TableCell>第 {s.definitionsVersion} 版</TableCell>
                  <TableCell>{fmtComputedAt(s.submittedAt)}</TableCell>
                  <TableCell>{s.submittedBy}</TableCell>
                  <TableCell>
                    {s.correctedBy ? (
                      <Chip size="small" color="warning" label="已更正" />
                    ) : s.corrects ? (
                      <Chip size="small" color="info" label="更正报表" title={`更正理由：${s.corrects.reason}`} />
                    ) : (
                      <Chip size="small" label="已报送" />
                    )}
                  </TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setOpen(s.id)} aria-label={`查看${s.period.label}报表`}>查看</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {open && <SubmittedReportDialog id={open} canCorrect={canCorrect} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
