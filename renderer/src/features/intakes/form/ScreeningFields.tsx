// What the routing rules need to know of a complaint: when the violation ended (监察条例 Art. 20, the two-year cut-off)
// and whether the matter is already before mediation, arbitration or a court (Art. 21). The advice — the cut-off date
// and the warnings — is the domain's (shared/domain/intake-screening.ts), shown as it says; it never blocks saving.
import { Alert, Stack, TextField, Typography } from '@mui/material';
import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { isDateKey } from '../../../../../shared/contract/primitives';
import { screenIntake, type Screening } from '../../../../../shared/domain/intake-screening';
import { dateKeyOf } from '../../../../../shared/domain/time';
import { PENDING_ELSEWHERE } from '../../../../../shared/domain/vocabulary';
import { DateField } from '../../../components/DateField';
import type { Errors, FormValues } from './model';

/** The screening of the form as typed; a date still being typed counts as not given. */
export function useScreening(control: Control<FormValues>): Screening {
  const [receivedAt, violationEndDate, pendingElsewhere, route] = useWatch({ control, name: ['receivedAt', 'violationEndDate', 'pendingElsewhere', 'route'] });
  return screenIntake({
    receivedDate: dateKeyOf(receivedAt),
    violationEndDate: isDateKey(violationEndDate) ? violationEndDate : null,
    pendingElsewhere: pendingElsewhere || null,
    route: route || null,
  });
}

export function ScreeningFields({ control, register, errors }: { control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: Errors }) {
  const { cutoff } = useScreening(control);
  const { ref, ...pendingReg } = register('pendingElsewhere');
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Controller control={control} name="violationEndDate" render={({ field }) => (
          <DateField label="违法行为终止日期" value={field.value} onChange={field.onChange} width={200} error={errors.violationEndDate}
            helperText="发生之日或连续状态终了之日" />
        )} />
        <TextField select label="是否已申请调解、仲裁或者起诉" {...pendingReg} inputRef={ref} sx={{ width: 260 }} error={!!errors.pendingElsewhere}
          helperText={errors.pendingElsewhere} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
          <option value="">未询问</option>
          {PENDING_ELSEWHERE.values.map((v) => <option key={v} value={v}>{PENDING_ELSEWHERE.label(v)}</option>)}
        </TextField>
      </Stack>
      {cutoff && <Typography variant="body2" color={cutoff.passed ? 'warning.dark' : 'text.secondary'} data-testid="screening-cutoff">{cutoff.text}</Typography>}
    </Stack>
  );
}

/** The warnings for the route chosen (a matter past the cut-off, or before another body, sent to inspection). */
export function ScreeningAdvice({ control }: { control: Control<FormValues> }) {
  const { warnings } = useScreening(control);
  if (warnings.length === 0) return null;
  return (
    <Stack spacing={1}>
      {warnings.map((w) => (
        <Alert key={w.code} severity="warning" data-testid={`screening-${w.code}`}>{w.message}</Alert>
      ))}
    </Stack>
  );
}
