// The first run: which unit this installation serves, and its administrator — the person who will create the
// accounts of the staff who do the casework and look after the settings. Their role is 管理员 alone.
import { Alert, Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { SetupStatus } from '../../../../shared/contract/session';
import { useSessionControl } from '../../app/session';
import { Loading } from '../../components/States';
import { onFormSubmit } from '../../platform/mutations';
import { NewPasswordFields } from '../account/NewPasswordFields';
import { newPasswordProblems } from '../account/password-rules';
import { DEMO_PASSWORD } from './demo';
import { useInitialize, useUnitChoices } from './queries';

/** The fields this page shows a message at (the administrator's under staff.*). */
const FIELDS = ['unitId', 'staff.name', 'staff.departmentId', 'staff.phone', 'password', 'confirm'];

export function FirstRunPage({ status }: { status: SetupStatus }) {
  const units = useUnitChoices();
  const control = useSessionControl();
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [demo, setDemo] = useState(false);
  const setup = useInitialize({ fields: FIELDS });
  const { fieldErrors: errors, busy } = setup;
  const clear = setup.clearField;
  const submit = onFormSubmit(async () => {
    const input = { unitId, staff: { name, departmentId: departmentId || null, employment: 'fullTime' as const, phone: phone || null }, password, demo };
    const r = await setup.run(input, newPasswordProblems(password, confirm, name, 'password'));
    if (r.ok) control.update(r.value);
  });

  if (units.isPending) return <Loading />;
  const unit = units.data?.find((u) => u.id === unitId);
  const fieldError = (k: string) => errors[`staff.${k}`] ?? errors[k];

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6 }}>
      <Paper component="form" onSubmit={submit} sx={{ maxWidth: 640, mx: 'auto', p: 4 }} noValidate>
        <Typography variant="h5" component="h1">
          薪安 · 首次设置
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 3 }}>
          一台电脑上的薪安服务一个单位（市局或一个县、区局）。请选择本机服务的单位，并设立本机的管理员账户。版本 {status.appVersion}
        </Typography>
        <Stack spacing={2.5}>
          <TextField select label="本机服务的单位" value={unitId} required autoFocus
            onChange={(e) => { setUnitId(e.target.value); setDepartmentId(''); clear('unitId'); }}
            error={!!errors.unitId} helperText={errors.unitId ?? '其他单位作为参考数据保留，用于转办和移送'}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
            <option value="" />
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>{u.level === 'city' ? u.name : `\u3000${u.name}`}</option>
            ))}
          </TextField>
          <Box sx={{ pt: 1 }}>
            <Typography variant="subtitle1" component="h2">管理员</Typography>
            <Typography variant="body2" color="text.secondary" data-testid="admin-explainer">
              管理员负责账户和系统设置，不办理案件；接待、监察、仲裁等办案人员在完成设置后由管理员在“设置 → 工作人员”中添加。
            </Typography>
          </Box>
          <TextField label="姓名" value={name} onChange={(e) => { setName(e.target.value); clear('staff.name'); }} required
            error={!!fieldError('name')} helperText={fieldError('name')} />
          <TextField select label="科室" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} disabled={!unit}
            error={!!fieldError('departmentId')} helperText={fieldError('departmentId') ?? (unit ? ' ' : '请先选择单位')}>
            <MenuItem value="">（暂不选择）</MenuItem>
            {unit?.departments.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
          <TextField label="联系电话" value={phone} onChange={(e) => { setPhone(e.target.value); clear('staff.phone'); }}
            error={!!fieldError('phone')} helperText={fieldError('phone')} />
          <NewPasswordFields label="管理员密码" value={password} confirm={confirm} personName={name}
            onChange={(v) => { setPassword(v); clear('password'); }} onConfirmChange={(v) => { setConfirm(v); clear('confirm'); }}
            error={errors.password} confirmError={errors.confirm} />
          {status.offerDemo && (
            <Box>
              <FormControlLabel control={<Checkbox checked={demo} onChange={(e) => setDemo(e.target.checked)} />}
                label="同时载入演示数据（虚构的工作人员、单位和接待登记，仅供开发与培训，不要用于正式工作）" />
              {demo && <Typography variant="caption" color="text.secondary" component="p" sx={{ ml: 4 }}>演示人员的账户密码均为 {DEMO_PASSWORD}。</Typography>}
            </Box>
          )}
          {setup.formError && <Alert severity="error">{setup.formError}</Alert>}
          <Box>
            <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在设置…' : '完成设置'}</Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
}
