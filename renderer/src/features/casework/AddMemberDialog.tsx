// Adds someone to the file's team: a member of staff picked from the unit's list (a 包案领导 must be a leader; an
// inspection's 承办人 must hold a valid 执法证), or, as a 参与人员, a person of another body (住建局, 派出所, 工会 …)
// by name, body and phone. The core checks each rule again and its messages come back to the fields.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { TEAM_ROLE_LABEL, TEAM_ROLES, type TeamMember } from '../../../../shared/contract/casework';
import type { StaffMember } from '../../../../shared/contract/reference';
import { dateKeyOf } from '../../../../shared/domain/time';
import { EMPLOYMENT, type Employment, type StaffRole } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { useAddMember, useStaffList } from './queries';

type Role = TeamMember['role'];
const CASEWORKERS: StaffRole[] = ['inspector', 'mediator', 'arbitrator', 'clerk', 'leader'];

function eligible(s: StaffMember, role: Role): boolean {
  if (role === 'leader') return s.roles.includes('leader');
  return s.roles.some((r) => CASEWORKERS.includes(r));
}

function certNote(s: StaffMember, today: string): string {
  if (!s.enforcementCertNo || !s.enforcementCertExpiry) return '未登记执法证';
  return s.enforcementCertExpiry < today ? `执法证已于 ${s.enforcementCertExpiry} 过期` : `执法证有效期至 ${s.enforcementCertExpiry}`;
}

interface Props {
  caseFileId: string;
  team: TeamMember[];
  inspection: boolean;
  onClose: () => void;
}

/** The fields this dialog shows messages at; anything else the core says goes above the buttons. */
const FIELDS = ['staffId', 'name', 'organisation', 'phone', 'reason'];

export function AddMemberDialog({ caseFileId, team, inspection, onClose }: Props) {
  const staff = useStaffList();
  const adding = useAddMember({ fields: FIELDS });
  const { fieldErrors: errors, busy } = adding;
  const today = dateKeyOf(Date.now());
  const [role, setRole] = useState<Role>('handler');
  const [external, setExternal] = useState(false);
  const [staffId, setStaffId] = useState('');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [phone, setPhone] = useState('');
  const [employment, setEmployment] = useState<Employment>('fullTime');
  const [reason, setReason] = useState('');
  const outside = role === 'participant' && external;
  const picked = (staff.data ?? []).find((s) => s.id === staffId);
  const choices = (staff.data ?? []).filter((s) => s.active && eligible(s, role));

  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    if (!outside && !staffId) problems.staffId = '请选择工作人员';
    if (outside && !name.trim()) problems.name = '请填写参与人员的姓名';
    if (outside && !organisation.trim()) problems.organisation = '请填写所在单位或部门';
    if (!reason.trim()) problems.reason = '请填写调整理由';
    if (Object.keys(problems).length > 0) return adding.refuse(problems);
    const r = await adding.run({
      caseFileId,
      role,
      staffId: outside ? null : staffId,
      name: outside ? name.trim() : null,
      organisation: outside ? organisation.trim() : null,
      phone: outside ? phone.trim() || null : null,
      employment: role === 'participant' ? employment : (picked?.employment ?? 'fullTime'),
      reason: reason.trim(),
    });
    if (r.ok) onClose();
  });
  const clear = adding.clearField;
  const edit = (field: string, set: (v: string) => void) => (v: string) => {
    set(v);
    clear(field);
  };
  const label = (s: StaffMember) => {
    const already = team.some((m) => m.staff?.id === s.id && m.role === role) ? '（已在办案组）' : '';
    const cert = role === 'handler' && inspection ? ` · ${certNote(s, today)}` : '';
    return `${s.name}${s.departmentName ? ` · ${s.departmentName}` : ''}${cert}${already}`;
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="add-member-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="add-member-title">添加办案组成员</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label="职责" value={role} onChange={(e) => { setRole(e.target.value as Role); setStaffId(''); clear('staffId'); }}
              helperText={role === 'leader' ? '一个案卷只有一名包案领导；指定新的包案领导，原包案领导即不再担任' : role === 'handler' && inspection ? '监察案件的承办人须持有效执法证（《劳动保障监察条例》第十六条）' : undefined}>
              {TEAM_ROLES.map((r) => <MenuItem key={r} value={r}>{TEAM_ROLE_LABEL[r]}</MenuItem>)}
            </TextField>
            {role === 'participant' && (
              <RadioGroup row value={external ? 'external' : 'staff'} onChange={(e) => setExternal(e.target.value === 'external')} aria-label="人员来源">
                <FormControlLabel value="staff" control={<Radio size="small" />} label="本单位工作人员" />
                <FormControlLabel value="external" control={<Radio size="small" />} label="其他单位人员" />
              </RadioGroup>
            )}
            {outside ? (
              <>
                <TextField label="姓名" value={name} onChange={(e) => edit('name', setName)(e.target.value)} required error={!!errors.name} helperText={errors.name} />
                <TextField label="所在单位或部门" value={organisation} onChange={(e) => edit('organisation', setOrganisation)(e.target.value)} required
                  error={!!errors.organisation} helperText={errors.organisation ?? '如住建局、派出所、司法所、工会、建设单位'} />
                <TextField label="联系电话" value={phone} onChange={(e) => edit('phone', setPhone)(e.target.value)} error={!!errors.phone} helperText={errors.phone ?? '选填'} />
              </>
            ) : (
              <TextField select label="工作人员" value={staffId} onChange={(e) => {
                edit('staffId', setStaffId)(e.target.value);
                const s = (staff.data ?? []).find((x) => x.id === e.target.value);
                if (s) setEmployment(s.employment);
              }} required error={!!errors.staffId || staff.isError}
                helperText={errors.staffId ?? (staff.isError ? '工作人员名单未能载入，请关闭后重试' : choices.length === 0 && !staff.isPending ? `本单位没有可担任${TEAM_ROLE_LABEL[role]}的在职人员` : undefined)}>
                {choices.map((s) => <MenuItem key={s.id} value={s.id}>{label(s)}</MenuItem>)}
              </TextField>
            )}
            {role === 'participant' && (
              <RadioGroup row value={employment} onChange={(e) => setEmployment(e.target.value as Employment)} aria-label="专职或兼职">
                {EMPLOYMENT.values.map((v) => <FormControlLabel key={v} value={v} control={<Radio size="small" />} label={EMPLOYMENT.label(v)} />)}
              </RadioGroup>
            )}
            <TextField label="调整理由" value={reason} onChange={(e) => edit('reason', setReason)(e.target.value)} required multiline minRows={2}
              placeholder="例如：指定承办人开展调查" error={!!errors.reason} helperText={errors.reason ?? '必填，记入案卷办理记录'} slotProps={{ htmlInput: { maxLength: 500 } }} />
            {adding.formError && <Alert severity="error">{adding.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '添加'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
