// 我的开庭: on an arbitrator's or a clerk's desk, the hearings they sit in over the next four weeks, each opening its
// case file.
import { Box } from '@mui/material';
import { addDays } from '../../../../shared/domain/calendar';
import { dateKeyOf } from '../../../../shared/domain/time';
import { ErrorState } from '../../components/States';
import { AllLink, DeskSection } from '../desk/DeskLists';
import { oneBlockPerSitting } from './calendar-grid';
import { HearingItem } from './HearingItem';
import { useHearingList } from './queries';

export function MyHearings({ staffId }: { staffId: string }) {
  const today = dateKeyOf(Date.now());
  const q = useHearingList({ from: today, to: addDays(today, 27), staffId });
  const items = oneBlockPerSitting(q.data?.hearings ?? []);
  return (
    <DeskSection title="我的开庭（四周内）" count={items.length} testId="desk-hearings" more={<AllLink to="/hearings" shown={items.length} total={items.length} />}>
      <Box sx={{ px: 2, pb: 1.5, pt: 0.5 }}>
        {q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : items.length === 0 ? (
          <Box sx={{ color: 'text.secondary', typography: 'body2', py: 1 }}>{q.isPending ? '正在加载…' : '四周内没有您参加的开庭'}</Box>
        ) : items.map((h) => <HearingItem key={h.id} h={h} wide showDate />)}
      </Box>
    </DeskSection>
  );
}
