// A reply deadline set by another body (12345, the clue platform, a petition transfer, a superior's assignment):
// highlighted once it is today or past, so the desk answers before it is overdue.
import { Chip, Stack } from '@mui/material';
import { daysFromToday } from './days';

export function ReplyDue({ due }: { due: string | null }) {
  if (due === null) return <>—</>;
  const days = daysFromToday(due);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{due}</span>
      {days < 0 && <Chip size="small" color="error" label={`已逾期 ${-days} 天`} />}
      {days === 0 && <Chip size="small" color="warning" label="今日到期" />}
      {days > 0 && <Chip size="small" variant="outlined" label={`还有 ${days} 天`} />}
    </Stack>
  );
}
