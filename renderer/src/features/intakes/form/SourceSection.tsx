// How the matter arrived: its type, the channel, another body's work-order number and reply deadline, and when.
import { FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import dayjs from 'dayjs';
import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { DateField } from '../../../components/DateField';
import { EXTERNAL_CHANNELS, INTAKE_CHANNEL, INTAKE_KIND } from '../../../../../shared/domain/vocabulary';
import type { Errors, FormValues } from './model';

export function SourceSection({ control, register, errors }: { control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: Errors }) {
  const channel = useWatch({ control, name: 'channel' });
  const external = EXTERNAL_CHANNELS.includes(channel);
  const { ref: channelRef, ...channelReg } = register('channel');
  const { ref: extRef, ...extReg } = register('externalNo');
  return (
    <Stack spacing={2}>
      <Controller control={control} name="kind" render={({ field }) => (
        <RadioGroup row {...field} aria-label="登记类型">
          {INTAKE_KIND.values.map((k) => <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={INTAKE_KIND.label(k)} />)}
        </RadioGroup>
      )} />
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField select label="来源渠道" {...channelReg} inputRef={channelRef} sx={{ width: 200 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
          {INTAKE_CHANNEL.values.map((c) => <option key={c} value={c}>{INTAKE_CHANNEL.label(c)}</option>)}
        </TextField>
        {external && (
          <>
            <TextField label="工单或来文编号" {...extReg} inputRef={extRef} required sx={{ width: 220 }} error={!!errors.externalNo} helperText={errors.externalNo} />
            <Controller control={control} name="replyDue" render={({ field }) => (
              <DateField label="回复期限" value={field.value} onChange={field.onChange} error={errors.replyDue} helperText="交办方要求的答复日期" />
            )} />
          </>
        )}
        <Controller control={control} name="receivedAt" render={({ field }) => (
          <DateTimePicker label="接待时间" value={dayjs(field.value)} ampm={false} format="YYYY-MM-DD HH:mm" disableFuture
            onChange={(d) => d && d.isValid() && field.onChange(d.valueOf())}
            slotProps={{ textField: { size: 'small', sx: { width: 210 }, error: !!errors.receivedAt, helperText: errors.receivedAt } }} />
        )} />
      </Stack>
    </Stack>
  );
}
