// 开庭排期: the institute's week at a glance — rooms down the side, Monday to Friday across (a weekend day only when
// something is booked on it) — or one day; filtered to one arbitrator or clerk. Each hearing opens its case file.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { addDays, WEEKDAY_ZH, weekday } from '../../../../shared/domain/calendar';
import { dateKeyOf } from '../../../../shared/domain/time';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { cell, mondayOf, shownRooms, weekDays } from './calendar-grid';
import { HearingItem } from './HearingItem';
import { ArbitratorRates } from './ArbitratorRates';
import { usePermissions } from '../../app/session';
import { useHearingList, useSittingStaff } from './queries';
import { UnavailableDays } from './UnavailableDays';
import { WeekNoticesDialog } from './WeekNoticesDialog';

const dayHead = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日 ${WEEKDAY_ZH[weekday(d)]}`;

export function HearingCalendarPage() {
  const today = dateKeyOf(Date.now());
  const [view, setView] = useState<'week' | 'day'>('week');
  const [day, setDay] = useState(today);
  const [staffId, setStaffId] = useState('');
  const [notices, setNotices] = useState(false);
  const monday = mondayOf(day);
  const range = view === 'week' ? { from: monday, to: addDays(monday, 6) } : { from: day, to: day };
  const q = useHearingList({ ...range, staffId: staffId || null });
  const sitting = useSittingStaff();
  const step = view === 'week' ? 7 : 1;
  const head = usePermissions().has('proceeding.approve');

  return (
    <>
      <PageHeader title="开庭排期" subtitle="各仲裁庭室的开庭安排；点击一次开庭可打开其案卷。" />
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v: 'week' | 'day' | null) => v && setView(v)} aria-label="视图">
          <ToggleButton value="week">周</ToggleButton>
          <ToggleButton value="day">日</ToggleButton>
        </ToggleButtonGroup>
        <Button size="small" startIcon={<ChevronLeftIcon />} onClick={() => setDay(addDays(day, -step))}>{view === 'week' ? '上一周' : '前一天'}</Button>
        <Button size="small" onClick={() => setDay(today)}>{view === 'week' ? '本周' : '今天'}</Button>
        <Button size="small" endIcon={<ChevronRightIcon />} onClick={() => setDay(addDays(day, step))}>{view === 'week' ? '下一周' : '后一天'}</Button>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="calendar-range">
          {view === 'week' ? `${range.from} 至 ${range.to}` : dayHead(day)}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button size="small" variant="outlined" onClick={() => setNotices(true)}>制作{view === 'week' ? '本周' : '当日'}开庭通知书</Button>
        <TextField select size="small" label="仲裁员或书记员" value={staffId} onChange={(e) => setStaffId(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value="">全部</MenuItem>
          {sitting.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
        </TextField>
      </Stack>
      {q.isPending && <Loading label="正在载入开庭安排…" />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (() => {
        const rooms = shownRooms(q.data.rooms, q.data.hearings);
        if (rooms.length === 0) return <Paper variant="outlined" sx={{ p: 3 }}><Typography color="text.secondary">尚未设置仲裁庭室：请管理员在“设置 · 仲裁庭室”中添加。</Typography></Paper>;
        const days = view === 'week' ? weekDays(monday, q.data.hearings) : [day];
        return (
          <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={view === 'week' ? '本周开庭安排' : '当日开庭安排'} sx={{ tableLayout: 'fixed', minWidth: 160 + days.length * 180 }}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 140 }}>仲裁庭室</TableCell>
                  {days.map((d) => <TableCell key={d} sx={{ fontWeight: 600, bgcolor: d === today ? 'action.selected' : undefined }}>{dayHead(d)}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {rooms.map((r) => (
                  <TableRow key={r.id} sx={{ verticalAlign: 'top' }}>
                    <TableCell>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.name}</Typography>
                      <Typography variant="caption" color="text.secondary">{r.capacity}人{r.recording ? ' · 录音录像' : ''}{r.active ? '' : ' · 已停用'}</Typography>
                    </TableCell>
                    {days.map((d) => <TableCell key={d} data-testid={`cell-${r.name}-${d}`}>{cell(q.data.hearings, r.id, d).map((h) => <HearingItem key={h.id} h={h} />)}</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {q.data.hearings.length === 0 && <Typography color="text.secondary" sx={{ p: 2 }}>{view === 'week' ? '本周' : '当日'}没有开庭安排{staffId ? '（已按人员筛选）' : ''}。</Typography>}
          </Paper>
        );
      })()}
      <UnavailableDays from={range.from} to={range.to} />
      {notices && <WeekNoticesDialog from={range.from} to={range.to} onClose={() => setNotices(false)} />}
      {head && <ArbitratorRates today={today} />}
    </>
  );
}
