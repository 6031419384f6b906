// A proceeding's clocks: what each is, from when, until when, how it stands today, and — opened on request — why the
// date is what it is (the same trace and statute the 期限计算 page shows).
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, Collapse, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import type { StoredDeadlineOut } from '../../../../shared/contract/casework';
import { ErrorState, Loading } from '../../components/States';
import { DueStateChip, ProvisionalChip } from './DueChips';
import { useDeadlineTrace } from './queries';

/** Opened on request: the core recomputes the trace then (it is not stored with every clock). */
function Trace({ d }: { d: StoredDeadlineOut }) {
  const q = useDeadlineTrace(d.id);
  if (q.isPending) return <Loading label="正在推算…" />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const { trace, source } = q.data;
  return (
    <Box sx={{ py: 1, px: 1 }} data-testid="deadline-trace">
      {d.warnings.map((w) => <Alert key={w} severity="warning" sx={{ mb: 1 }}>{w}</Alert>)}
      {source === 'changed' && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="deadline-trace-changed">
          此期限计算后，节假日日历或期限参数已有变更，而本程序的期限未再重新计算；以下过程按现行日历和参数推算，可能与当时不同，届满日以上表为准
        </Alert>
      )}
      <Box component="ol" sx={{ pl: 3, my: 0 }}>
        {trace.map((line, i) => <li key={i}><Typography variant="body2">{line}</Typography></li>)}
      </Box>
      {!trace.some((line) => line.includes(d.citation)) && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>依据：{d.citation}</Typography>
      )}
    </Box>
  );
}

function Row({ d }: { d: StoredDeadlineOut }) {
  const [open, setOpen] = useState(false);
  return (
    <Fragment>
      <TableRow data-testid="deadline-row" sx={{ '& > td': { borderBottom: open ? 'none' : undefined } }}>
        <TableCell sx={{ minWidth: 180 }}>
          <Typography variant="body2">{d.label}{d.party && !d.label.includes(d.party) ? `（${d.party}）` : ''}</Typography>
          {d.actor === 'party' && <Typography variant="caption" color="text.secondary">当事人的期限</Typography>}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.startDate}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{d.dueDate}</TableCell>
        <TableCell>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <DueStateChip state={d.dueState} overdueDays={d.overdueDays} />
            <ProvisionalChip deadline={d} />
            {d.metOn && <Typography variant="caption" color="text.secondary">{d.metOn} 完成</Typography>}
          </Stack>
        </TableCell>
        <TableCell align="right">
          <Button size="small" onClick={() => setOpen(!open)} endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />} aria-expanded={open}
            sx={{ whiteSpace: 'nowrap' }}>
            推算过程
          </Button>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={5} sx={{ py: 0, bgcolor: open ? 'action.hover' : undefined }}>
          <Collapse in={open} unmountOnExit><Trace d={d} /></Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}

export function DeadlineTable({ deadlines, title }: { deadlines: StoredDeadlineOut[]; title: string }) {
  if (deadlines.length === 0) return <Typography variant="body2" color="text.secondary">本程序尚无计时的期限</Typography>;
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>期限</TableCell>
          <TableCell>起算日</TableCell>
          <TableCell>届满日</TableCell>
          <TableCell>状态</TableCell>
          <TableCell align="right">为什么是这一天</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {deadlines.map((d) => <Row key={d.id} d={d} />)}
      </TableBody>
    </Table>
  );
}
