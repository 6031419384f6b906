// A complainant's feedback date as the core reads it today: answered green, due soon amber, overdue red with its days.
import { Chip } from '@mui/material';
import type { FeedbackState } from '../../../../shared/contract/followup';

export function FeedbackChip({ state, overdueDays }: { state: FeedbackState; overdueDays: number }) {
  if (state === 'answered') return <Chip size="small" color="success" label="已答复" data-testid="feedback-state" />;
  if (state === 'overdue') return <Chip size="small" color="error" label={`逾期未答复${overdueDays}天`} data-testid="feedback-state" />;
  if (state === 'dueSoon') return <Chip size="small" color="warning" label="即将到期" data-testid="feedback-state" />;
  return <Chip size="small" color="info" variant="outlined" label="待答复" data-testid="feedback-state" />;
}
