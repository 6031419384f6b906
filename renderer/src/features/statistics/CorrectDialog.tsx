// 更正 of a submitted report: its period and unit counted again now, the figures that differ listed, and a reason;
// the core stores a new report naming the one it corrects — the submitted one is never changed.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { statCorrectInput } from '../../../../shared/contract/statistics';
import { fieldErrors } from '../../../../shared/contract/validation';
import { REASON_MIN_CHARS } from '../../../../shared/domain/fields';
import { ReasonField } from '../../components/ReasonField';
import { ErrorState, Loading } from '../../components/States';
import { lookedAt, useStatMutation, useStatQuery, type StatOutput } from './queries';
import { fmtComputedAt } from './ReportTables';
import { reportChanges } from './report-diff';

type Submitted = StatOutput<'statistics.submittedReport'>;

export function CorrectDialog({ submitted, onDone, onClose }: { submitted: Submitted; onDone: (c: StatOutput<'statistics.correct'>) => void; onClose: () => void }) {
  const { period, unit } = submitted.report;
  const now = useStatQuery('statistics.compute', {
    period: { kind: period.kind, from: period.from, to: period.to },
    unitId: unit.id,
    includeSubunits: unit.includeSubunits,
  });
  const correct = useStatMutation('statistics.correct', ['statistics.submitted', 'statistics.submittedReport']);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const changes = now.data ? reportChanges(submitted.report, now.data) : [];

  const send = async () => {
    if (!now.data) return;
    const input = { reportId: submitted.id, ...lookedAt(now.data), reason };
    // The contract's own rule for the reason, in the core's words, before anything is sent.
    const parsed = statCorrectInput.safeParse(input);
    if (!parsed.success) return setReasonError(fieldErrors(parsed.error).reason ?? parsed.error.issues[0]?.message);
    const r = await correct.run(input);
    if (r) onDone(r);
  };

  return (
    <Dialog open onClose={correct.busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="correct-title">
      <DialogTitle id="correct-title">更正已报送的报表：{period.label} · {unit.name}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          原报表不会改变；更正是一份新的报表，注明它更正的报表和理由，按现在的案卷重新统计。
        </Typography>
        {now.isError ? (
          <ErrorState error={now.error} onRetry={() => void now.refetch()} />
        ) : now.isPending ? (
          <Loading label="正在按现在的案卷重新统计…" />
        ) : changes.length === 0 ? (
          <Alert severity="info" data-testid="correct-no-change">按现在的案卷重新统计，数字与报送时相同（统计时间 {fmtComputedAt(now.data.computedAt)}）。</Alert>
        ) : (
          <Table size="small" aria-label="更正后变化的数字" data-testid="correct-changes">
            <TableHead>
              <TableRow>
                <TableCell>统计表</TableCell>
                <TableCell>单位</TableCell>
                <TableCell>指标</TableCell>
                <TableCell align="right">报送时</TableCell>
                <TableCell align="right">更正后</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((c) => (
                <TableRow key={`${c.table}-${c.unitName}-${c.label}`}>
                  <TableCell>{c.table}</TableCell>
                  <TableCell>{c.unitName}</TableCell>
                  <TableCell>{c.label}</TableCell>
                  <TableCell align="right">{c.before}</TableCell>
                  <TableCell align="right">{c.after}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography component="div" sx={{ mt: 2, display: 'grid' }}>
          <ReasonField
            label="更正理由"
            example="一件集体争议案件的受理日期登记有误，已更正"
            hint={`至少${REASON_MIN_CHARS}个字：写明哪里错了、怎样更正，上级据此核对`}
            value={reason}
            error={reasonError}
            onChange={(v) => {
              setReason(v);
              setReasonError(undefined);
            }}
          />
        </Typography>
        {correct.error && <Alert severity="error" sx={{ mt: 1 }} data-testid="correct-error">{correct.error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={correct.busy}>取消</Button>
        <Button variant="contained" color="warning" onClick={() => void send()} disabled={correct.busy || !now.data}>
          {correct.busy ? '正在报送更正…' : '报送更正'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
