// Editing reference data: a unit's name and status, a department's name, function and status. Never deletion:
// cases and staff keep pointing at them.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import type { Department, Unit } from '../../../../shared/contract/reference';
import { CAPABILITY, type Capability } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { useSaveDepartment, useStaff, useUpdateUnit } from './queries';

export function UnitDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName);
  const [active, setActive] = useState(unit.active);
  const saving = useUpdateUnit({ fields: ['name', 'shortName', 'active'] });
  const { fieldErrors: errors, busy } = saving;
  const submit = onFormSubmit(async () => {
    if ((await saving.run({ id: unit.id, rowVersion: unit.rowVersion, name, shortName, active })).ok) onClose();
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>修改单位</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField label="单位名称" value={name} onChange={(e) => setName(e.target.value)} autoFocus error={!!errors.name} helperText={errors.name} />
            <TextField label="简称" value={shortName} onChange={(e) => setShortName(e.target.value)} error={!!errors.shortName} helperText={errors.shortName ?? '用于列表和案卷，如“桑珠孜区”'} />
            <TextField label="行政区划代码" value={unit.regionCode} disabled helperText="区划代码是单位的标识，不能修改" />
            <FormControlLabel control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />} label={active ? '在用' : '已停用'} />
            {errors.active && <Alert severity="error">{errors.active}</Alert>}
            {saving.formError && <Alert severity="error">{saving.formError}</Alert>}
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

export function DepartmentDialog({ unit, department, capability, onClose }: { unit: Unit; department: Department | null; capability: Capability; onClose: () => void }) {
  const [name, setName] = useState(department?.name ?? '');
  const [cap, setCap] = useState<Capability>(department?.capability ?? capability);
  const [active, setActive] = useState(department?.active ?? true);
  const [headStaffId, setHeadStaffId] = useState(department?.head?.id ?? '');
  const staff = useStaff();
  const candidates = (staff.data ?? []).filter((s) => s.unitId === unit.id && (s.active || s.id === headStaffId));
  const saving = useSaveDepartment({ fields: ['name', 'capability', 'active', 'headStaffId'] });
  const { fieldErrors: errors, busy } = saving;
  const submit = onFormSubmit(async () => {
    const input = { id: department?.id ?? null, rowVersion: department?.rowVersion ?? null, unitId: unit.id, name, capability: cap, active, headStaffId: headStaffId || null };
    if ((await saving.run(input)).ok) onClose();
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{department ? '修改科室' : `新增科室：${unit.shortName}`}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField label="科室名称" value={name} onChange={(e) => setName(e.target.value)} autoFocus error={!!errors.name} helperText={errors.name} />
            <TextField select label="职能" value={cap} onChange={(e) => setCap(e.target.value as Capability)} error={!!errors.capability} helperText={errors.capability}>
              {CAPABILITY.values.map((c) => <MenuItem key={c} value={c}>{CAPABILITY.label(c)}</MenuItem>)}
            </TextField>
            <TextField select label="负责人" value={headStaffId} onChange={(e) => setHeadStaffId(e.target.value)} error={!!errors.headStaffId}
              helperText={errors.headStaffId ?? '负责人签收本科室的案卷，可调整其办案组；不设则由局领导调整'}>
              <MenuItem value="">（不设）</MenuItem>
              {candidates.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}{s.departmentName ? `（${s.departmentName}）` : ''}</MenuItem>)}
            </TextField>
            <FormControlLabel control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />} label={active ? '在用' : '已撤销'} />
            {errors.active && <Alert severity="error">{errors.active}</Alert>}
            {saving.formError && <Alert severity="error">{saving.formError}</Alert>}
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
