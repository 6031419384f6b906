// The first run: which unit this installation serves, and the first member of staff (the future administrator).
import {
  Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, FormLabel, MenuItem, Paper, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SetupStatus } from '../../../../shared/contract/session';
import { EMPLOYMENT, STAFF_ROLE, type Employment, type StaffRole } from '../../../../shared/domain/vocabulary';
import { Loading } from '../../components/States';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';
import { useCall } from '../../platform/queries';

const ROLE_CHOICES: StaffRole[] = ['receptionist', 'inspector', 'mediator', 'arbitrator', 'clerk', 'leader'];

export function FirstRunPage({ status }: { status: SetupStatus }) {
  const units = useCall('units.list', {});
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>(['receptionist']);
  const [employment, setEmployment] = useState<Employment>('fullTime');
  const [phone, setPhone] = useState('');
  const [demo, setDemo] = useState(false);
  const { errors, failure, busy, submit } = useSubmit(
    () => call('setup.initialize', { unitId, staff: { name, departmentId: departmentId || null, roles, employment, phone: phone || null }, demo }),
    () => void queryClient.invalidateQueries(),
  );

  if (units.isPending) return <Loading />;
  const unit = units.data?.find((u) => u.id === unitId);

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6 }}>
      <Paper component="form" onSubmit={submit} sx={{ maxWidth: 640, mx: 'auto', p: 4 }} noValidate>
        <Typography variant="h5" component="h1">
          薪安 · 首次设置
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 3 }}>
          一台电脑上的薪安服务一个单位（市局或一个县、区局）。请选择本机服务的单位，并登记第一位工作人员；
          启用账户后，这位工作人员将成为管理员。版本 {status.appVersion}
        </Typography>
        <Stack spacing={2.5}>
          <TextField select label="本机服务的单位" value={unitId} required autoFocus
            onChange={(e) => { setUnitId(e.target.value); setDepartmentId(''); }}
            error={!!errors.unitId} helperText={errors.unitId ?? '其他单位作为参考数据保留，用于转办和移送'}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
            <option value="" />
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>{u.level === 'city' ? u.name : `\u3000${u.name}`}</option>
            ))}
          </TextField>
          <Typography variant="subtitle1" component="h2" sx={{ pt: 1 }}>第一位工作人员</Typography>
          <TextField label="姓名" value={name} onChange={(e) => setName(e.target.value)} required
            error={!!errors['staff.name']} helperText={errors['staff.name']} />
          <TextField select label="科室" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} disabled={!unit}
            error={!!errors['staff.departmentId'] || !!errors.departmentId} helperText={errors['staff.departmentId'] ?? errors.departmentId}>
            <MenuItem value="">（暂不选择）</MenuItem>
            {unit?.departments.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
          <Box>
            <FormLabel component="legend">角色</FormLabel>
            <FormGroup row>
              {ROLE_CHOICES.map((r) => (
                <FormControlLabel key={r} label={STAFF_ROLE.label(r)} control={
                  <Checkbox checked={roles.includes(r)} onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} />
                } />
              ))}
            </FormGroup>
            {errors['staff.roles'] && <Typography color="error" variant="caption">{errors['staff.roles']}</Typography>}
          </Box>
          <RadioGroup row value={employment} onChange={(e) => setEmployment(e.target.value as Employment)}>
            {EMPLOYMENT.values.map((v) => <FormControlLabel key={v} value={v} control={<Radio />} label={EMPLOYMENT.label(v)} />)}
          </RadioGroup>
          <TextField label="联系电话" value={phone} onChange={(e) => setPhone(e.target.value)}
            error={!!errors['staff.phone']} helperText={errors['staff.phone']} />
          {status.offerDemo && (
            <FormControlLabel control={<Checkbox checked={demo} onChange={(e) => setDemo(e.target.checked)} />}
              label="同时载入演示数据（虚构的工作人员、单位和接待登记，仅供开发与培训，不要用于正式工作）" />
          )}
          {failure && <Alert severity="error">{failure.message}</Alert>}
          <Box>
            <Button type="submit" variant="contained" disabled={busy}>完成设置</Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
}
