// Where the desk sends the matter (分级负责，归口办理), the answer given on the spot, and the leader who takes it on.
import { Checkbox, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { INTAKE_ROUTE, proceedingKindForRoute, type IntakeRoute } from '../../../../../shared/domain/vocabulary';
import { useCall } from '../../../platform/queries';
import type { Errors, FormValues } from './model';
import { ScreeningAdvice } from './ScreeningFields';

export function RoutingSection({ control, register, errors }: { control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: Errors }) {
  const route = useWatch({ control, name: 'route' });
  const kind = useWatch({ control, name: 'kind' });
  const staff = useCall('staff.list', {});
  const leaders = (staff.data ?? []).filter((s) => s.roles.includes('leader'));
  const opensCase = route !== '' && proceedingKindForRoute(route as IntakeRoute) !== null;
  const routes = INTAKE_ROUTE.values.filter((r) => (kind === 'consultation' ? proceedingKindForRoute(r) === null : kind === 'report' ? r !== 'arbitration' && r !== 'mediation' : true));
  const { ref: answerRef, ...answerReg } = register('answer');
  const { ref: leaderRef, ...leaderReg } = register('leaderStaffId');
  return (
    <Stack spacing={2}>
      <Controller control={control} name="route" render={({ field }) => (
        <RadioGroup row {...field} aria-label="处理去向">
          {routes.map((r) => <FormControlLabel key={r} value={r} control={<Radio size="small" />} label={INTAKE_ROUTE.label(r)} />)}
          <FormControlLabel value="" control={<Radio size="small" />} label="暂不分办" />
        </RadioGroup>
      )} />
      {errors.route && <span style={{ color: '#d32f2f', fontSize: 12 }}>{errors.route}</span>}
      <ScreeningAdvice control={control} />
      {(route === 'answered' || route === 'referredElsewhere') && (
        <TextField label={route === 'answered' ? '答复内容' : '告知其向何部门反映'} {...answerReg} inputRef={answerRef} multiline minRows={2}
          error={!!errors.answer} helperText={errors.answer} />
      )}
      {opensCase && (
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={2}>
          <TextField select label="包案领导" {...leaderReg} inputRef={leaderRef} sx={{ width: 200 }} error={!!errors.leaderStaffId}
            helperText={errors.leaderStaffId ?? (leaders.length === 0 ? '尚未登记局领导' : undefined)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
            <option value="">（稍后指定）</option>
            {leaders.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </TextField>
          <Controller control={control} name="urgent" render={({ field }) => (
            <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="紧急（群体性事件苗头等）" />
          )} />
        </Stack>
      )}
    </Stack>
  );
}
