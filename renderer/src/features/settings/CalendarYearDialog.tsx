// Entering or correcting one year's notice: per holiday, the days off and the make-up working days.
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { CalendarDayRowOut, CalendarYearInfo } from '../../../../shared/contract/deadlines';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { daysFromGroups, groupsFromDays, type HolidayGroup } from './calendar-groups';
import { useSetCalendarYear } from './queries';

const EMPTY: HolidayGroup = { name: '', offFrom: '', offTo: '', workDays: '' };

export function CalendarYearDialog({ year, info, days, onClose }: { year: number | null; info: CalendarYearInfo | null; days: readonly CalendarDayRowOut[]; onClose: (saved: number | null) => void }) {
  const [y, setY] = useState(String(year ?? new Date().getFullYear() + 1));
  const [source, setSource] = useState(info && !info.enteredBy ? '' : (info?.source ?? ''));
  const [groups, setGroups] = useState<HolidayGroup[]>(days.length ? groupsFromDays(days) : [{ ...EMPTY, name: '元旦' }, { ...EMPTY, name: '春节' }]);
  const saving = useSetCalendarYear({
    // Day-level messages point at rows; show them at the holiday they came from ("<group>.<field>").
    mapFields: (fields) => {
      const { days: rows, groupOf } = daysFromGroups(Number(y), groups);
      const mapped: Record<string, string> = {};
      for (const [k, m] of Object.entries(fields)) {
        const d = /^days\.(\d+)\.(\w+)$/.exec(k);
        if (!d) mapped[k] = m;
        else mapped[`${groupOf[Number(d[1])]}.${rows[Number(d[1])].kind === 'work' ? 'workDays' : 'offFrom'}`] = `${rows[Number(d[1])].date}：${m}`;
      }
      return mapped;
    },
  });
  const { fieldErrors: errors, busy } = saving;
  const submit = onFormSubmit(async () => {
    const n = Number(y);
    const { days: rows, errors: local } = daysFromGroups(n, groups);
    if (Object.keys(local).length) return saving.refuse(local, '请改正标红的项目');
    const r = await saving.run({ year: n, rowVersion: info?.rowVersion ?? null, source, days: rows });
    if (r.ok) onClose(r.value.year);
  });
  const set = (i: number, patch: Partial<HolidayGroup>) => setGroups(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  return (
    <Dialog open onClose={() => onClose(null)} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{year ? `更正${year}年放假安排` : '录入某年放假安排'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2}>
              <TextField label="年份" value={y} onChange={(e) => setY(e.target.value)} disabled={!!year} sx={{ width: 120 }} error={!!errors.year} helperText={errors.year} />
              <TextField label="依据（通知名称和文号）" value={source} onChange={(e) => setSource(e.target.value)} sx={{ flex: 1 }} required
                placeholder="如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕某号）" error={!!errors.source} helperText={errors.source} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              按通知逐项填写：放假起止日期（含调休放假和其间的周末），以及调休上班的日期（多个用顿号或空格分隔，可只写月-日）。
            </Typography>
            {groups.map((g, i) => (
              <Box key={i} sx={{ display: 'grid', gridTemplateColumns: '120px 190px 190px 1fr 40px', gap: 1.5, alignItems: 'flex-start' }} data-testid="holiday-group">
                <TextField label="节日" value={g.name} onChange={(e) => set(i, { name: e.target.value })} error={!!errors[`${i}.name`]} helperText={errors[`${i}.name`]} />
                <DateField label="放假自" value={g.offFrom} onChange={(v) => set(i, { offFrom: v })} error={errors[`${i}.offFrom`]} width={190} />
                <DateField label="至" value={g.offTo} onChange={(v) => set(i, { offTo: v })} error={errors[`${i}.offTo`]} width={190} />
                <TextField label="调休上班日" value={g.workDays} onChange={(e) => set(i, { workDays: e.target.value })} placeholder="如：2-14、2-28"
                  error={!!errors[`${i}.workDays`]} helperText={errors[`${i}.workDays`]} />
                <IconButton aria-label={`删除第${i + 1}项`} onClick={() => setGroups(groups.filter((_, j) => j !== i))} sx={{ mt: 0.5 }}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </Box>
            ))}
            <Box>
              <Button size="small" startIcon={<AddIcon />} onClick={() => setGroups([...groups, EMPTY])}>添加节日</Button>
            </Box>
            {errors.days && <Alert severity="error">{errors.days}</Alert>}
            {/* A long form: the refusal is said above the buttons too, whatever the fields say. */}
            {saving.error && <Alert severity="error">{saving.error.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>保存</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
