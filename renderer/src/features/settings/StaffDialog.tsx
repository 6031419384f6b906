// Adds a member of staff with the initial password the administrator hands them (staff.create), or edits one
// (staff.update, guarded by rowVersion). Staff are never deleted, only deactivated, so what they did stays
// attributable. 管理员 and 审计员 are held alone (三员分立): the role picker says so as soon as they are mixed.
import {
  Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormHelperText, FormLabel,
  MenuItem, Radio, RadioGroup, Stack, Switch, TextField,
} from '@mui/material';
import { useState } from 'react';
import type { Department, StaffMember } from '../../../../shared/contract/reference';
import { roleSetProblem } from '../../../../shared/domain/permissions';
import { EMPLOYMENT, STAFF_ROLE, type Employment, type StaffRole } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { PasswordHandover } from './PasswordHandover';
import { useCreateStaff, useUpdateStaff } from './queries';
import { TemporaryPasswordField } from './TemporaryPasswordField';

interface Form {
  name: string;
  departmentId: string;
  roles: StaffRole[];
  employment: Employment;
  phone: string;
  enforcementCertNo: string;
  enforcementCertExpiry: string;
  arbitratorCertNo: string;
  arbitratorCertExpiry: string;
  active: boolean;
  rowVersion: number;
  initialPassword: string;
}

const formOf = (m: StaffMember | null): Form => ({
  name: m?.name ?? '',
  departmentId: m?.departmentId ?? '',
  roles: m?.roles ?? [],
  employment: m?.employment ?? 'fullTime',
  phone: m?.phone ?? '',
  enforcementCertNo: m?.enforcementCertNo ?? '',
  enforcementCertExpiry: m?.enforcementCertExpiry ?? '',
  arbitratorCertNo: m?.arbitratorCertNo ?? '',
  arbitratorCertExpiry: m?.arbitratorCertExpiry ?? '',
  active: m?.active ?? true,
  rowVersion: m?.rowVersion ?? 0,
  initialPassword: '',
});

/** `member` is the record being edited, or null to add one; `latest` is the list's current copy of it. */
export function StaffDialog({ member, latest, departments, onClose }: {
  member: StaffMember | null; latest: StaffMember | null; departments: Department[]; onClose: () => void;
}) {
  const { staff: me } = useSession();
  const [form, setForm] = useState<Form>(() => formOf(member));
  const editing = member !== null;
  const self = member?.id === me.id;
  const [created, setCreated] = useState<StaffMember | null>(null);
  // A department the person is in stays choosable even if it has since been closed.
  const choosable = departments.filter((d) => d.active || d.id === form.departmentId);

  // A CONFLICT (someone else saved meanwhile) has the list asked again, so 载入最新信息 loads the latest.
  const creating = useCreateStaff();
  const updating = useUpdateStaff();
  const act = editing ? updating : creating;
  const { fieldErrors: errors, busy } = act;
  const failure = act.error;
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    act.clearField(k); // an edited field drops its old message
  };
  const submit = onFormSubmit(async () => {
    const fields = {
      name: form.name,
      departmentId: form.departmentId || null,
      roles: form.roles,
      employment: form.employment,
      phone: form.phone || null,
      enforcementCertNo: form.enforcementCertNo || null,
      enforcementCertExpiry: form.enforcementCertExpiry || null,
      arbitratorCertNo: form.arbitratorCertNo || null,
      arbitratorCertExpiry: form.arbitratorCertExpiry || null,
    };
    if (member) {
      if ((await updating.run({ ...fields, id: member.id, rowVersion: form.rowVersion, active: form.active })).ok) onClose();
      return;
    }
    const r = await creating.run({ ...fields, initialPassword: form.initialPassword });
    if (r.ok) setCreated(r.value);
  });
  const conflict = failure?.code === 'CONFLICT';
  const roleProblem = errors.roles ?? roleSetProblem(form.roles);

  const reload = () => {
    setForm(formOf(latest));
    act.reset();
  };

  const text = (k: 'name' | 'phone' | 'enforcementCertNo' | 'arbitratorCertNo', label: string, extra: object = {}) => (
    <TextField label={label} value={form[k]} onChange={(e) => set(k, e.target.value)} error={!!errors[k]} helperText={errors[k]} {...extra} />
  );
  const date = (k: 'enforcementCertExpiry' | 'arbitratorCertExpiry', label: string) => (
    <DateField label={label} value={form[k]} onChange={(v) => set(k, v)} width={240} error={errors[k]} />
  );

  if (created) {
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="staff-dialog-title">
        <DialogTitle id="staff-dialog-title">已新增工作人员：{created.name}</DialogTitle>
        <DialogContent>
          <PasswordHandover name={created.name} password={form.initialPassword} what="初始密码" />
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>已交给本人，关闭</Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="staff-dialog-title">
      {/* A real form (display: contents keeps the dialog's layout): Enter submits, and the core's Chinese
          field messages show instead of the browser's own validation bubbles. */}
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id="staff-dialog-title">{editing ? `编辑工作人员：${member.name}` : '新增工作人员'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {text('name', '姓名', { required: true, autoFocus: true })}
            <TextField select label="科室" value={form.departmentId} onChange={(e) => set('departmentId', e.target.value)}
              error={!!errors.departmentId} helperText={errors.departmentId}>
              <MenuItem value="">（不指定科室）</MenuItem>
              {choosable.map((d) => <MenuItem key={d.id} value={d.id}>{d.active ? d.name : `${d.name}（已撤销）`}</MenuItem>)}
            </TextField>
            <Box>
              <FormLabel component="legend" required error={!!roleProblem}>角色</FormLabel>
              <FormGroup row aria-label="角色">
                {STAFF_ROLE.values.map((r) => (
                  <FormControlLabel key={r} label={STAFF_ROLE.label(r)} disabled={self} control={
                    <Checkbox checked={form.roles.includes(r)}
                      onChange={(e) => set('roles', e.target.checked ? [...form.roles, r] : form.roles.filter((x) => x !== r))} />
                  } />
                ))}
              </FormGroup>
              <FormHelperText error={!!roleProblem} data-testid="roles-help">
                {roleProblem ?? (self ? '不能修改自己的角色，请由另一位管理员修改' : '管理员、审计员须单独设立账户，不与办案角色同时担任')}
              </FormHelperText>
            </Box>
            <Box>
              <FormLabel component="legend">用工形式</FormLabel>
              <RadioGroup row value={form.employment} onChange={(e) => set('employment', e.target.value as Employment)}>
                {EMPLOYMENT.values.map((v) => <FormControlLabel key={v} value={v} control={<Radio />} label={EMPLOYMENT.label(v)} />)}
              </RadioGroup>
              {errors.employment && <FormHelperText error>{errors.employment}</FormHelperText>}
            </Box>
            {text('phone', '联系电话')}
            {!editing && (
              <TemporaryPasswordField label="初始密码" value={form.initialPassword} personName={form.name}
                onChange={(v) => set('initialPassword', v)} error={errors.initialPassword} />
            )}
            <Box sx={{ display: 'grid', gridTemplateColumns: '3fr 2fr', gap: 2 }}>
              {text('enforcementCertNo', '执法证号')}
              {date('enforcementCertExpiry', '执法证有效期至')}
              {text('arbitratorCertNo', '仲裁员证号')}
              {date('arbitratorCertExpiry', '仲裁员证有效期至')}
            </Box>
            {editing && (
              <Box>
                <FormControlLabel
                  control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} disabled={member.id === me.id && form.active} />}
                  label={form.active ? '在岗' : '已停用（不能再登录，也不会出现在人员选择中）'} />
                <FormHelperText error={!!errors.active}>
                  {errors.active ?? (member.id === me.id ? '不能停用当前登录的自己' : '工作人员不会被删除；停用后其经办记录仍保留在其名下')}
                </FormHelperText>
              </Box>
            )}
            {failure && (
              <Alert severity={conflict ? 'warning' : 'error'}
                action={conflict && latest ? <Button color="inherit" size="small" onClick={reload} sx={{ whiteSpace: 'nowrap' }}>载入最新信息</Button> : undefined}>
                {failure.message}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '保存'}</Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
