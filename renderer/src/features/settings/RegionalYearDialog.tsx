// Entering or correcting one year's regional days off: each day with its name, and the notice they come from.
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { RegionalYearInfo } from '../../../../shared/contract/deadlines';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useSetRegionalYear } from './queries';

interface Row {
  date: string;
  name: string;
}

export function RegionalYearDialog({ region, info, onClose }: { region: string; info: RegionalYearInfo | null; onClose: () => void }) {
  const [y, setY] = useState(String(info?.year ?? new Date().getFullYear() + 1));
  const [source, setSource] = useState(info?.source ?? '');
  const [rows, setRows] = useState<Row[]>(info ? info.days.map((d) => ({ ...d })) : [{ date: '', name: '藏历新年' }, { date: '', name: '雪顿节' }]);
  const saving = useSetRegionalYear();
  const { fieldErrors: errors, busy } = saving;
  const submit = onFormSubmit(async () => {
    const r = await saving.run({ year: Number(y), rowVersion: info?.rowVersion ?? null, source, note: null, days: rows });
    if (r.ok) onClose();
  });
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{info ? `更正${info.year}年地方节日` : `录入某年地方节日（${region}）`}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2}>
              <TextField label="年份" value={y} onChange={(e) => setY(e.target.value)} disabled={!!info} sx={{ width: 110 }} error={!!errors.year} helperText={errors.year} />
              <TextField label="来源（文件名称、文号或网址）" value={source} onChange={(e) => setSource(e.target.value)} sx={{ flex: 1 }} required
                placeholder="如：西藏自治区人民政府办公厅关于某年藏历新年放假的通知" error={!!errors.source} helperText={errors.source} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              逐日填写放假日期（多日的节日每天一行，含其间的周末）。日期须在所填年份内，同一天只录一次。
            </Typography>
            {rows.map((r, i) => (
              <Box key={i} sx={{ display: 'grid', gridTemplateColumns: '190px 1fr 40px', gap: 1.5, alignItems: 'flex-start' }} data-testid="regional-day">
                <DateField label="日期" value={r.date} onChange={(v) => set(i, { date: v })} error={errors[`days.${i}.date`]} width={190} wideHelper />
                <TextField label="节日" size="small" value={r.name} onChange={(e) => set(i, { name: e.target.value })} error={!!errors[`days.${i}.name`]} helperText={errors[`days.${i}.name`]} />
                <IconButton aria-label={`删除第${i + 1}天`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </Box>
            ))}
            <Box>
              <Button size="small" startIcon={<AddIcon />} onClick={() => setRows([...rows, { date: '', name: rows.at(-1)?.name ?? '' }])}>添加一天</Button>
            </Box>
            {errors.days && <Alert severity="error">{errors.days}</Alert>}
            {saving.error && <Alert severity="error">{saving.error.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>保存</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
