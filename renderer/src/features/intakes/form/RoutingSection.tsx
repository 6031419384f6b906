// Where the desk sends the matter (分级负责，归口办理), the answer given on the spot, and the leader who takes it on.
import { Checkbox, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useEffect } from 'react';
import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { INTAKE_ROUTE, proceedingKindForRoute, type IntakeRoute } from '../../../../../shared/domain/vocabulary';
import { growingTextarea } from '../../../components/growing-textarea';
import { useCall } from '../../../platform/queries';
import { useRoutingOptions } from '../../routing/queries';
import type { Errors, FormValues } from './model';
import { ScreeningAdvice } from './ScreeningFields';

/** The department for the route; a choice the new route cannot take falls back to the default. */
function DepartmentSelect({ value, onChange, takers, error, loaded }: { value: string; onChange: (v: string) => void; takers: { id: string; name: string }[]; error: string | undefined; loaded: boolean }) {
  const stale = value !== '' && loaded && !takers.some((d) => d.id === value);
  useEffect(() => {
    if (stale) onChange('');
  }, [stale, onChange]);
  return (
    <TextField select label="承办部门" value={stale ? '' : value} onChange={(e) => onChange(e.target.value)} sx={{ width: 220 }} error={!!error}
      helperText={error ?? (takers.length === 0 && loaded ? '本单位没有对应部门' : undefined)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
      <option value="">{takers[0] ? `${takers[0].name}（默认）` : '（按去向默认）'}</option>
      {takers.slice(1).map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
    </TextField>
  );
}

export function RoutingSection({ control, register, errors }: { control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: Errors }) {
  const route = useWatch({ control, name: 'route' });
  const kind = useWatch({ control, name: 'kind' });
  const staff = useCall('staff.list', {});
  const leaders = (staff.data ?? []).filter((s) => s.roles.includes('leader'));
  const opensCase = route !== '' && proceedingKindForRoute(route as IntakeRoute) !== null;
  const routes = INTAKE_ROUTE.values.filter((r) => (kind === 'consultation' ? proceedingKindForRoute(r) === null : kind === 'report' ? r !== 'arbitration' && r !== 'mediation' : true));
  const { ref: answerRef, ...answerReg } = register('answer');
  const { ref: unitRef, ...unitReg } = register('transferUnitId');
  const { ref: bodyRef, ...bodyReg } = register('otherBody');
  const options = useRoutingOptions();
  // The departments that may take the route, the unit's default first (归口办理): the clerk rarely has to choose.
  const takers = route === '' ? [] : (options.data?.byRoute[route as IntakeRoute] ?? []).map((id) => options.data!.departments.find((d) => d.id === id)!).filter(Boolean);
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
      {route === 'referredElsewhere' && (
        <TextField label="告知其前往的部门或机关" {...bodyReg} inputRef={bodyRef} sx={{ maxWidth: 420 }} error={!!errors.otherBody} helperText={errors.otherBody ?? '如：市人社局工伤保险科、住建局'} />
      )}
      {route === 'transfer' && (
        <TextField select label="移送单位" {...unitReg} inputRef={unitRef} sx={{ maxWidth: 420 }} error={!!errors.transferUnitId}
          helperText={errors.transferUnitId ?? '记为待移送，由局领导安排移送'} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
          <option value="">请选择</option>
          {(options.data?.units ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </TextField>
      )}
      {(route === 'answered' || route === 'referredElsewhere') && (
        <TextField label={route === 'answered' ? '答复内容' : '告知其向何部门反映'} {...answerReg} inputRef={answerRef} {...growingTextarea(2)}
          error={!!errors.answer} helperText={errors.answer} />
      )}
      {opensCase && (
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={2}>
          <Controller control={control} name="departmentId" render={({ field }) => (
            <DepartmentSelect value={field.value} onChange={field.onChange} takers={takers} error={errors.departmentId} loaded={!!options.data} />
          )} />
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
