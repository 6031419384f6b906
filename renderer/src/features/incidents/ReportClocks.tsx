// An incident's report clocks as chips that count down: due at the hour the local plan sets, red once over, green
// when reported in time. Read with the core's own rule (shared/domain/incidents.ts) against the moving instant.
import { Chip, Stack } from '@mui/material';
import type { ReportClock } from '../../../../shared/contract/incidents';
import { describeReportClock, reportClockState, type ReportClockState } from '../../../../shared/domain/incidents';
import { dateKeyOf, dateTimeOf } from '../../../../shared/domain/time';

const COLOR: Record<ReportClockState, { color: 'warning' | 'error' | 'success'; variant: 'filled' | 'outlined' }> = {
  running: { color: 'warning', variant: 'filled' },
  overdue: { color: 'error', variant: 'filled' },
  met: { color: 'success', variant: 'outlined' },
  metLate: { color: 'error', variant: 'outlined' },
};

/** '10:45' today, '11-24 10:45' another day. */
function clockTime(at: number, now: number): string {
  const full = dateTimeOf(at);
  return dateKeyOf(at) === dateKeyOf(now) ? full.slice(11) : full.slice(5);
}

export function ReportClocks({ clocks, now }: { clocks: ReportClock[]; now: number }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {clocks.map((c) => {
        const read = reportClockState(c.dueAt, c.metAt, now);
        const { color, variant } = COLOR[read.state];
        const due = read.state === 'running' || read.state === 'overdue' ? `${clockTime(c.dueAt, now)}前 · ` : '';
        return <Chip key={c.recipient} size="small" color={color} variant={variant} label={`${c.label}：${due}${describeReportClock(read)}`} data-testid="report-clock" />;
      })}
    </Stack>
  );
}
