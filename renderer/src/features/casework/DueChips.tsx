// A deadline's state as a chip, read against today by the core: due soon amber, overdue red with its days, met green;
// and the mark of a date counted on a year whose holiday notice is not entered yet.
import { Chip, Tooltip } from '@mui/material';
import type { StoredDeadlineOut } from '../../../../shared/contract/casework';
import { DUE_STATE_LABEL, type DueState } from '../../../../shared/domain/due-state';

type Color = 'default' | 'warning' | 'error' | 'success' | 'info';

const COLOR: Record<DueState, { color: Color; filled: boolean }> = {
  running: { color: 'info', filled: false },
  dueSoon: { color: 'warning', filled: true },
  overdue: { color: 'error', filled: true },
  lapsed: { color: 'default', filled: true },
  elapsed: { color: 'default', filled: true },
  paused: { color: 'default', filled: false },
  met: { color: 'success', filled: true },
  metLate: { color: 'error', filled: false },
  extended: { color: 'info', filled: false },
};

export function dueStateText(state: DueState, overdueDays: number): string {
  return state === 'overdue' && overdueDays > 0 ? `已逾期${overdueDays}天` : DUE_STATE_LABEL[state];
}

export function DueStateChip({ state, overdueDays }: { state: DueState; overdueDays: number }) {
  const { color, filled } = COLOR[state];
  return <Chip size="small" color={color} variant={filled ? 'filled' : 'outlined'} label={dueStateText(state, overdueDays)} data-testid="due-state" />;
}

/** The core's note on a provisional date ("2027年放假安排未录入", or 日期暂定), or null. */
export function provisionalText(d: Pick<StoredDeadlineOut, 'provisionalNote'>): string | null {
  return d.provisionalNote;
}

export function ProvisionalChip({ deadline }: { deadline: Pick<StoredDeadlineOut, 'provisionalNote'> }) {
  const text = provisionalText(deadline);
  if (!text) return null;
  return (
    <Tooltip title="该年的放假安排尚未录入，届满日按普通周末暂定；请在“设置 → 节假日”录入国务院办公厅的放假通知">
      <Chip size="small" color="warning" variant="outlined" label={text} data-testid="due-provisional" />
    </Tooltip>
  );
}
