// 地方节日（西藏自治区）: the region's own days off (藏历新年, 雪顿节), entered by the administrator year by year with
// the notice they come from, and whether they move statutory deadlines (a parameter, UNCONFIRMED, default off).
import { Alert, Button, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CalendarView } from '../../../../shared/contract/deadlines';
import { fmtDateTime } from '../../components/format';
import { RegionalYearDialog } from './RegionalYearDialog';

export function RegionalHolidays({ regional }: { regional: CalendarView['regional'] }) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const info = typeof editing === 'number' ? (regional.years.find((y) => y.year === editing) ?? null) : null;
  return (
    <Paper sx={{ p: 2, mt: 2 }} data-testid="regional-holidays">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>地方节日（{regional.region}）</Typography>
        <Button variant="outlined" onClick={() => setEditing('new')}>录入某年地方节日</Button>
      </Stack>
      <Alert severity={regional.counted ? 'info' : 'warning'} sx={{ mb: 1.5 }}
        action={<Link component={RouterLink} to="/settings?tab=parameters" sx={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>修改设置</Link>}>
        {regional.counted
          ? '按本单位设置，已录入的地方节日视为休息日：落在其间的期限顺延，计算过程中注明地方节日及其来源。'
          : '按本单位设置，地方节日不影响法定期限（默认；地方节日能否顺延法定期限，规定未明）。录入的日期仅作记录。'}
      </Alert>
      {regional.years.length === 0 ? (
        <Typography variant="body2" color="text.secondary">尚未录入地方节日。藏历新年、雪顿节的放假日期每年不同，请按自治区人民政府当年的通知录入。</Typography>
      ) : (
        <Table size="small" aria-label="已录入的地方节日">
          <TableHead>
            <TableRow>
              <TableCell>年份</TableCell>
              <TableCell>放假日</TableCell>
              <TableCell>来源</TableCell>
              <TableCell>录入</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {regional.years.map((y) => (
              <TableRow key={y.year} data-testid="regional-year-row">
                <TableCell>{y.year}</TableCell>
                <TableCell sx={{ maxWidth: 360 }}>{y.days.map((d) => `${d.date.slice(5)} ${d.name}`).join('、')}</TableCell>
                <TableCell sx={{ maxWidth: 320, wordBreak: 'break-all' }}>{y.source}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary', fontSize: 12 }}>{y.enteredBy ?? '—'}<br />{fmtDateTime(y.enteredAt)}</TableCell>
                <TableCell><Link component="button" onClick={() => setEditing(y.year)}>更正</Link></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing !== null && <RegionalYearDialog region={regional.region} info={info} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
