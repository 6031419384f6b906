// 报送: the leader confirms the report as shown — its period, unit, definitions version and the time it was counted —
// and the core stores it as submitted (figures, version, the files behind each figure). Refused when the files
// changed since it was counted: the report is counted again and looked at again before it goes.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import type { StatScopeInput } from '../../../../shared/contract/statistics';
import { lookedAt, useStatMutation, type ComputedReport, type StatOutput } from './queries';
import { fmtComputedAt } from './ReportTables';

interface Props {
  scope: StatScopeInput;
  report: ComputedReport;
  /** The period has not ended: its figures will still change. */
  open: boolean;
  onRecount: () => void;
  onDone: (submitted: StatOutput<'statistics.submit'>) => void;
  onClose: () => void;
}

export function SubmitDialog({ scope, report, open, onRecount, onDone, onClose }: Props) {
  const submit = useStatMutation('statistics.submit', ['statistics.submitted']);
  const send = async () => {
    const r = await submit.run({ ...scope, ...lookedAt(report) });
    if (r) onDone(r);
  };
  const stale = submit.error?.code === 'CONFLICT';
  return (
    <Dialog open onClose={submit.busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="submit-title">
      <DialogTitle id="submit-title">报送统计报表</DialogTitle>
      <DialogContent>
        <Typography variant="body2" component="div" sx={{ '& p': { my: 0.5 } }}>
          <p>统计期间：<b>{report.period.label}</b>（{report.period.from} 至 {report.period.to}）</p>
          <p>单位：<b>{report.unit.name}</b>{report.unit.includeSubunits ? '（含各区县）' : ''}</p>
          <p>指标口径：第 {report.definitionsVersion} 版；统计时间：{fmtComputedAt(report.computedAt)}</p>
        </Typography>
        <Alert severity="info" sx={{ mt: 1.5 }}>
          报送后，报表按现在的数字、口径版本和每个数字背后的案卷保存，不能再修改；发现错误只能“更正”并写明理由。
        </Alert>
        {open && <Alert severity="warning" sx={{ mt: 1 }}>本期尚未结束，报送后发生的案件不会计入这份报表。</Alert>}
        {submit.error && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="submit-error" action={stale ? <Button color="inherit" size="small" onClick={onRecount}>重新统计</Button> : undefined}>
            {submit.error.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submit.busy}>取消</Button>
        <Button variant="contained" onClick={() => void send()} disabled={submit.busy || stale}>
          {submit.busy ? '正在报送…' : '确认报送'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
