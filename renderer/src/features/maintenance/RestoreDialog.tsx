// Restoring a backup: what will happen (the current database moved aside, never deleted; everyone signs in again),
// the reason for the audit trail, the backup's password when it is encrypted — and, on the startup screen where no
// one can sign in, the name and password of an administrator as they were in the backup.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract/maintenance';
import { fmtDateTime } from '../../components/format';
import { ReasonField } from '../../components/ReasonField';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';
import { PasswordField } from '../account/PasswordField';

type Props = {
  backup: BackupSummary;
  onClose: () => void;
  onRestored: () => void;
} & ({ mode: 'signedIn' } | { mode: 'startup'; folder: string | null });

export function RestoreDialog(props: Props) {
  const { backup } = props;
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const form = useSubmit(
    () =>
      props.mode === 'startup'
        ? call('recovery.restore', { id: backup.id, folder: props.folder, password: backup.encrypted ? password : null, reason, adminName, adminPassword })
        : call('backup.restore', { id: backup.id, password: backup.encrypted ? password : null, reason }),
    () => {
      props.onRestored();
      props.onClose();
    },
  );
  return (
    <Dialog open onClose={form.busy ? undefined : props.onClose} maxWidth="sm" fullWidth>
      <form onSubmit={(e) => void form.submit(e)}>
        <DialogTitle>从备份恢复</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Typography variant="body2">
              将恢复 {fmtDateTime(backup.createdAt)} 的{backup.kindLabel}（{backup.files} 个文件，审计记录 {backup.auditRows} 条）。
              恢复前先校验备份；{props.mode === 'signedIn' ? '先另做一份“恢复前备份”，' : ''}当前数据库移至数据目录的隔离文件夹保存（不删除）。
              备份之后登记的内容不在备份中。恢复后所有人需要重新登录。
            </Typography>
            {props.mode === 'startup' && (
              <>
                <Alert severity="info">请填写该备份中管理员账户的姓名和密码（即备份当时的管理员密码）。</Alert>
                <TextField label="管理员姓名" value={adminName} onChange={(e) => { setAdminName(e.target.value); form.clear('adminName'); }} error={!!form.errors.adminName} helperText={form.errors.adminName} size="small" />
                <PasswordField label="管理员密码" value={adminPassword} onChange={(v) => { setAdminPassword(v); form.clear('adminPassword'); }} error={!!form.errors.adminPassword} helperText={form.errors.adminPassword} size="small" />
              </>
            )}
            {backup.encrypted && (
              <PasswordField label="备份密码" value={password} onChange={(v) => { setPassword(v); form.clear('password'); }} error={!!form.errors.password} helperText={form.errors.password ?? '这份备份已加密'} size="small" />
            )}
            <ReasonField label="恢复理由" example="数据库损坏，恢复到昨晚的备份" hint="记入审计记录" value={reason} error={form.errors.reason} onChange={(v) => { setReason(v); form.clear('reason'); }} />
            {form.failure && !Object.keys(form.errors).length && <Alert severity="error">{form.failure.message}</Alert>}
            {form.busy && <Alert severity="info">正在校验并恢复，请勿关闭薪安…</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={form.busy}>取消</Button>
          <Button type="submit" variant="contained" color="warning" disabled={form.busy}>恢复</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function BackupPasswordDialog({ onCancel, onPassword }: { onCancel: () => void; onPassword: (password: string) => void }) {
  const [password, setPassword] = useState('');
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPassword(password);
        }}
      >
        <DialogTitle>校验加密备份</DialogTitle>
        <DialogContent>
          <PasswordField label="备份密码" value={password} onChange={setPassword} autoFocus fullWidth size="small" sx={{ mt: 1 }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>取消</Button>
          <Button type="submit" variant="contained" disabled={!password}>校验</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
