// An instant typed as a date and a time of day (Beijing time), as a clerk says it: 2026-11-25 09:40.
import { Stack, TextField } from '@mui/material';
import { dateKeyOf, dateTimeOf, instantOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';

export interface DateTime {
  date: string;
  time: string;
}

export function dateTimeNow(ms = Date.now()): DateTime {
  return { date: dateKeyOf(ms), time: dateTimeOf(ms).slice(11) };
}

const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

/** The instant, or null when the date or the time is not a real one. */
export function instantOfDateTime(v: DateTime): number | null {
  const m = TIME.exec(v.time.trim());
  if (!v.date || !m) return null;
  const ms = instantOf(v.date, `${m[1]!.padStart(2, '0')}:${m[2]}`);
  return Number.isNaN(ms) ? null : ms;
}

export function DateTimeField({ label, value, onChange, error, helperText }: { label: string; value: DateTime; onChange: (v: DateTime) => void; error?: string; helperText?: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={label}>
      <DateField label={`${label}（日期）`} value={value.date} onChange={(date) => onChange({ ...value, date })} error={error} helperText={helperText} width={196} wideHelper />
      <TextField size="small" label="时:分" value={value.time} onChange={(e) => onChange({ ...value, time: e.target.value })} error={!!error}
        placeholder="09:40" sx={{ width: 96 }} slotProps={{ htmlInput: { 'aria-label': `${label}（时:分）`, inputMode: 'numeric', maxLength: 5 } }} />
    </Stack>
  );
}
