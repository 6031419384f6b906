// 工作人员: everyone in this unit, active or not, with their roles, certificates (flagged before they lapse) and
// account (temporary password, lockout, last sign-in); the administrator adds people and resets passwords here.
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import LockResetIcon from '@mui/icons-material/LockReset';
import {
  Box, Button, Chip, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography,
} from '@mui/material';
import { useState } from 'react';
import { EMPLOYMENT, STAFF_ROLE } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { AccountCell } from './AccountCell';
import { CertCell, certState, EXPIRY_WARNING_DAYS } from './CertCell';
import { useStaff, useUnits } from './queries';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { StaffDialog } from './StaffDialog';

export function StaffTab() {
  const { unit, staff: me } = useSession();
  const staff = useStaff();
  const units = useUnits();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);

  if (staff.isPending || units.isPending) return <Loading />;
  if (staff.isError) return <ErrorState error={staff.error} onRetry={() => void staff.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const departments = units.data.find((u) => u.id === unit.id)?.departments ?? [];
  const member = editing && editing !== 'new' ? (staff.data.find((s) => s.id === editing) ?? null) : null;
  const resetFor = resetting ? (staff.data.find((s) => s.id === resetting) ?? null) : null;
  const flagged = staff.data.filter((s) => s.active && ['expired', 'expiring'].some((st) => st === certState(s.enforcementCertNo, s.enforcementCertExpiry) || st === certState(s.arbitratorCertNo, s.arbitratorCertExpiry)));

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 2, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {unit.name}的工作人员和账户。新增人员时设置初始密码，当面交给本人，本人首次登录时须修改。人员不会被删除，离岗的请停用，其经办记录仍保留。证件在 {EXPIRY_WARNING_DAYS} 天内到期或已过期的会标出。
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>新增工作人员</Button>
      </Box>
      {flagged.length > 0 && (
        <Typography variant="body2" color="warning.dark" sx={{ mb: 1 }} data-testid="cert-warning">
          {flagged.map((s) => s.name).join('、')}的执法证或仲裁员证已过期或即将到期，请及时办理换证。
        </Typography>
      )}
      {staff.data.length === 0 ? (
        <EmptyState title="本单位还没有工作人员" action={<Button variant="contained" onClick={() => setEditing('new')}>新增工作人员</Button>} />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="工作人员">
            <TableHead>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>科室</TableCell>
                <TableCell>角色</TableCell>
                <TableCell>电话</TableCell>
                <TableCell>执法证</TableCell>
                <TableCell>仲裁员证</TableCell>
                <TableCell>账户</TableCell>
                <TableCell>状态</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {staff.data.map((s) => (
                <TableRow key={s.id} data-testid="staff-row" sx={{ opacity: s.active ? 1 : 0.6, verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {s.name}
                    {s.id === me.id && <Chip size="small" variant="outlined" label="本人" sx={{ ml: 1 }} />}
                    <Typography variant="caption" color="text.secondary" component="div">{EMPLOYMENT.label(s.employment)}</Typography>
                  </TableCell>
                  <TableCell sx={{ minWidth: '5em', textWrap: 'balance' }}>{s.departmentName ?? '—'}</TableCell>
                  <TableCell>{s.roles.length ? s.roles.map((r, i) => <Box key={r} component="span" sx={{ whiteSpace: 'nowrap' }}>{STAFF_ROLE.label(r)}{i < s.roles.length - 1 && '、'}</Box>) : '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.phone ?? '—'}</TableCell>
                  <TableCell><CertCell no={s.enforcementCertNo} expiry={s.enforcementCertExpiry} /></TableCell>
                  <TableCell><CertCell no={s.arbitratorCertNo} expiry={s.arbitratorCertExpiry} /></TableCell>
                  <TableCell><AccountCell account={s.account} self={s.id === me.id} /></TableCell>
                  <TableCell>{s.active ? <Chip size="small" color="success" variant="outlined" label="在岗" /> : <Chip size="small" label="已停用" />}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {s.id !== me.id && s.active && (
                      <Tooltip title={`重置密码：${s.name}`}>
                        <IconButton size="small" aria-label={`重置密码：${s.name}`} onClick={() => setResetting(s.id)}><LockResetIcon fontSize="small" /></IconButton>
                      </Tooltip>
                    )}
                    <Tooltip title={`编辑 ${s.name}`}>
                      <IconButton size="small" aria-label={`编辑 ${s.name}`} onClick={() => setEditing(s.id)}><EditIcon fontSize="small" /></IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing !== null && (
        <StaffDialog key={editing} member={editing === 'new' ? null : member} latest={member} departments={departments} onClose={() => setEditing(null)} />
      )}
      {resetFor && <ResetPasswordDialog key={resetFor.id} member={resetFor} onClose={() => setResetting(null)} />}
    </>
  );
}
