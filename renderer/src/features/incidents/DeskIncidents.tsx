// The desk's incidents and supervision: every open 群体性事件 of the unit on top, in red, with its report clocks
// counting down; the open 督办 with their report-by dates. Each item opens its case file.
import { Box, List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { DeskSummary } from '../../../../shared/contract/casework';
import { dateTimeOf } from '../../../../shared/domain/time';
import { INCIDENT_ACT, SUPERVISION_LEVEL } from '../../../../shared/domain/vocabulary';
import { DueStateChip } from '../casework/DueChips';
import { placeText } from './IncidentCard';
import { useNow } from './queries';
import { ReportClocks } from './ReportClocks';

export function DeskIncidents({ items, count, readAt }: { items: DeskSummary['incidents']; count: number; readAt: number }) {
  const now = useNow(readAt);
  if (count === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-label="群体性事件" data-testid="desk-incidents" sx={{ mb: 2, borderColor: 'error.main', borderWidth: 2, bgcolor: 'rgba(211, 47, 47, 0.04)' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'error.main', px: 2, pt: 1.5, pb: 0.5 }}>
        群体性事件 · 处置中
        <Typography component="span" sx={{ ml: 1, color: 'error.main' }}>{count}</Typography>
      </Typography>
      <List dense disablePadding>
        {items.map((i) => (
          <ListItemButton key={i.id} component={RouterLink} to={`/cases/${i.caseFileId}`} divider data-testid="desk-incident" sx={{ alignItems: 'flex-start' }}>
            <ListItemText
              primary={<Box component="span" sx={{ fontWeight: 600 }}>{i.caseTitle}</Box>}
              secondary={
                <Stack component="span" spacing={0.75} sx={{ mt: 0.5 }}>
                  <span>{`${dateTimeOf(i.startedAt)} 起 · ${placeText(i)} · 约${i.peopleCount}人 · ${i.acts.map((a) => INCIDENT_ACT.label(a)).join('、')}`}</span>
                  <ReportClocks clocks={i.clocks} now={now} />
                </Stack>
              }
              slotProps={{ secondary: { component: 'span' } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}

export function SupervisionList({ items }: { items: DeskSummary['supervisions'] }) {
  if (items.length === 0) return <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2, pt: 1 }}>没有在办的督办事项</Typography>;
  return (
    <List dense disablePadding>
      {items.map((s) => (
        <ListItemButton key={s.id} component={RouterLink} to={`/cases/${s.caseFileId}`} divider data-testid="desk-supervision" sx={{ alignItems: 'flex-start' }}>
          <ListItemText
            primary={<><Box component="span" sx={{ fontWeight: 600 }}>{SUPERVISION_LEVEL.label(s.level)}</Box>：{s.caseTitle}</>}
            secondary={s.demands}
            slotProps={{ secondary: { sx: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } } }}
          />
          <Stack spacing={0.5} sx={{ alignItems: 'flex-end', ml: 2, flexShrink: 0 }}>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>报告期限 {s.reportBy}</Typography>
            <DueStateChip state={s.dueState} overdueDays={s.overdueDays} />
          </Stack>
        </ListItemButton>
      ))}
    </List>
  );
}
