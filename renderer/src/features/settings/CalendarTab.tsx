// 节假日: the years the calendar covers and where each came from; a year's days; entering a new year's notice.
import { Alert, Box, Button, Chip, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { dateKeyOf } from '../../../../shared/domain/time';
import { fmtDateTime } from '../../components/format';
import { ErrorState, Loading } from '../../components/States';
import { groupsFromDays } from './calendar-groups';
import { CalendarYearDialog } from './CalendarYearDialog';
import { RegionalHolidays } from './RegionalHolidays';
import { useCalendar } from './queries';

export function CalendarTab() {
  const thisYear = Number(dateKeyOf(Date.now()).slice(0, 4));
  const [year, setYear] = useState<number>(thisYear);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const view = useCalendar(year);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const covered = new Set(view.data.years.map((y) => y.year));
  const missing = [thisYear, thisYear + 1].filter((y) => !covered.has(y));
  const groups = groupsFromDays(view.data.days);

  return (
    <>
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => setEditing('new')}>录入</Button>}>
          {missing.join('、')}年的放假安排尚未录入：落在这些年份的期限按普通周末推算，显示为“暂定”。国务院办公厅发布当年放假通知后，请在此录入。
        </Alert>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          期限按本机日历推算（{view.data.version}）。每年的放假日（含调休放假和其间的周末）和调休上班日，以国务院办公厅通知为准；随软件提供的数据可以更正。
        </Typography>
        <Button variant="contained" onClick={() => setEditing('new')}>录入某年放假安排</Button>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(420px, 1fr) minmax(360px, 1fr)', gap: 2, alignItems: 'start' }}>
        <TableContainer component={Paper} sx={{ maxHeight: 560 }}>
          <Table size="small" stickyHeader aria-label="已录入的年份">
            <TableHead>
              <TableRow>
                <TableCell>年份</TableCell>
                <TableCell>来源</TableCell>
                <TableCell align="right">放假</TableCell>
                <TableCell align="right">调休上班</TableCell>
                <TableCell>录入</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {view.data.years.map((y) => (
                <TableRow key={y.year} hover selected={y.year === year} sx={{ cursor: 'pointer' }} onClick={() => setYear(y.year)} data-testid="calendar-year-row">
                  <TableCell>{y.year}</TableCell>
                  <TableCell sx={{ maxWidth: 260 }}>{y.source}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{y.offDays}天</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{y.workDays}天</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary', fontSize: 12 }}>{y.enteredBy ?? '随软件提供'}<br />{fmtDateTime(y.enteredAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <Paper sx={{ p: 2 }} data-testid="calendar-year-detail">
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>{year}年</Typography>
            {covered.has(year) ? <Link component="button" onClick={() => setEditing(year)}>更正</Link> : <Chip size="small" color="warning" label="未录入" />}
          </Stack>
          {groups.length === 0 ? (
            <Typography variant="body2" color="text.secondary">本年放假安排尚未录入。</Typography>
          ) : (
            groups.map((g, i) => (
              <Box key={i} sx={{ py: 0.75, borderTop: i ? '1px solid' : 'none', borderColor: 'divider' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{g.name}</Typography>
                {g.offFrom && <Typography variant="body2">放假：{g.offFrom} 至 {g.offTo}</Typography>}
                {g.workDays && <Typography variant="body2" color="text.secondary">调休上班：{g.workDays}</Typography>}
              </Box>
            ))
          )}
        </Paper>
      </Box>
      <RegionalHolidays regional={view.data.regional} />
      {editing !== null && (
        <CalendarYearDialog
          year={editing === 'new' ? null : editing}
          info={editing === 'new' ? null : (view.data.years.find((y) => y.year === editing) ?? null)}
          days={editing === year ? view.data.days : []}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setYear(saved);
          }}
        />
      )}
    </>
  );
}
