// 未答复的投诉人 on the leader's desk (首问负责, 减少越级上访): complainants not yet answered whose feedback date has
// passed or falls within 3 working days, overdue first. Each opens its case file, where the call-back is logged.
import { Box, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../components/States';
import { DeskSection } from '../desk/DeskLists';
import { FeedbackChip } from './FeedbackChip';
import { useWaitingComplainants } from './queries';

export function WaitingComplainants() {
  const waiting = useWaitingComplainants();
  const d = waiting.data;
  const count = d ? d.overdue + d.dueSoon : 0;
  return (
    <DeskSection title="未答复的投诉人" count={count} testId="desk-waiting-complainants">
      {waiting.isError ? (
        <ErrorState error={waiting.error} onRetry={() => void waiting.refetch()} />
      ) : !d || d.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2, pt: 1 }}>{d ? '没有逾期或3个工作日内到期未答复的投诉人' : '正在加载…'}</Typography>
      ) : (
        <List dense disablePadding>
          {d.items.map((w) => (
            <ListItemButton key={w.intakeId} component={RouterLink} to={w.caseFileId ? `/cases/${w.caseFileId}` : `/intakes/${w.intakeId}`} divider data-testid="waiting-complainant">
              <ListItemText
                primary={<Box component="span" sx={{ fontWeight: 600 }}>{w.names}</Box>}
                secondary={`${w.caseTitle ?? '未立卷'} · 登记号 ${w.regNoText} · ${w.receivedDate} 接待${w.attempts > 0 ? ` · 已回访${w.attempts}次未联系上` : ''}`}
                slotProps={{ secondary: { sx: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } } }}
              />
              <Stack spacing={0.5} sx={{ alignItems: 'flex-end', ml: 2, flexShrink: 0 }}>
                <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>答复期限 {w.feedbackDue}</Typography>
                <FeedbackChip state={w.state} overdueDays={w.overdueDays} />
              </Stack>
            </ListItemButton>
          ))}
        </List>
      )}
    </DeskSection>
  );
}
