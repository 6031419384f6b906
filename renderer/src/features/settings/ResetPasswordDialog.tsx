// 重置密码: the administrator sets a temporary password for someone who forgot theirs or is locked out. It unlocks
// the account, ends that person's open sessions, and must be changed at their next sign-in.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import type { StaffMember } from '../../../../shared/contract/reference';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';
import { checkInput } from '../../platform/validate';
import { PasswordHandover } from './PasswordHandover';
import { TemporaryPasswordField } from './TemporaryPasswordField';

export function ResetPasswordDialog({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const [temporaryPassword, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { errors, failure, busy, submit, clear } = useSubmit(
    () => call('staff.resetPassword', checkInput('staff.resetPassword', { id: member.id, temporaryPassword })),
    () => setDone(true),
  );
  const locked = member.account?.lockedUntil != null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reset-password-title">
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id="reset-password-title">重置密码：{member.name}</DialogTitle>
        <DialogContent>
          {done ? (
            <PasswordHandover name={member.name} password={temporaryPassword} what="临时密码" />
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <DialogContentText>
                为{member.name}设置一个临时密码{locked ? '，同时解除账户锁定' : ''}。{member.name}已登录的窗口会退出，须用临时密码重新登录并立即修改密码。
                请先当面核实是本人提出的请求。
              </DialogContentText>
              <TemporaryPasswordField label="临时密码" value={temporaryPassword} personName={member.name} autoFocus
                onChange={(v) => { setPassword(v); clear('temporaryPassword'); }} error={errors.temporaryPassword} />
              {failure && !errors.temporaryPassword && <Alert severity="error">{errors.id ?? failure.message}</Alert>}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {done ? (
            <Button variant="contained" onClick={onClose}>已交给本人，关闭</Button>
          ) : (
            <>
              <Button onClick={onClose}>取消</Button>
              <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '重置密码'}</Button>
            </>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
