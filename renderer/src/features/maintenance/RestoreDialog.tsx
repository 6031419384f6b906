// Restoring a backup: what will happen (the current database moved aside, never deleted; everyone signs in again),
// the reason for the audit trail, the backup's password when it is encrypted — and, on the startup screen where no
// one can sign in, the name and password of an administrator as they were in the backup.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract/maintenance';
import { fmtDateTime } from '../../components/format';
import { ReasonDialog } from '../../components/ReasonDialog';
import { PasswordField } from '../account/PasswordField';
import { useRecoveryRestore, useRestoreBackup } from './queries';

type Props = {
  backup: BackupSummary;
  onClose: () => void;
  onRestored?: () => void;
} & ({ mode: 'signedIn' } | { mode: 'startup'; folder: string | null });

const FIELDS = { fields: ['reason', 'password', 'adminName', 'adminPassword'] };

export function RestoreDialog(props: Props) {
  const { backup } = props;
  const [password, setPassword] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const restoring = useRestoreBackup(FIELDS);
  const recovering = useRecoveryRestore(FIELDS);
  const act = props.mode === 'startup' ? recovering : restoring;
  const errors = act.fieldErrors;
  const common = {
    title: '从备份恢复',
    explain: (
      <>
        将恢复 {fmtDateTime(backup.createdAt)} 的{backup.kindLabel}（{backup.files} 个文件，审计记录 {backup.auditRows} 条）。
        恢复前先校验备份；{props.mode === 'signedIn' ? '先另做一份“恢复前备份”，' : ''}当前数据库移至数据目录的隔离文件夹保存（不删除）。
        备份之后登记的内容不在备份中。恢复后所有人需要重新登录。
      </>
    ),
    reason: { label: '恢复理由', example: '数据库损坏，恢复到昨晚的备份', hint: '记入审计记录' },
    confirm: { label: '恢复', busyLabel: '正在恢复…', color: 'warning' as const },
    busyNote: '正在校验并恢复，请勿关闭薪安…',
    onDone: () => {
      props.onRestored?.();
      props.onClose();
    },
    onClose: props.onClose,
    children: (
      <>
        {props.mode === 'startup' && (
          <>
            <Alert severity="info">请填写该备份中管理员账户的姓名和密码（即备份当时的管理员密码）。</Alert>
            <TextField label="管理员姓名" value={adminName} onChange={(e) => { setAdminName(e.target.value); act.clearField('adminName'); }} error={!!errors.adminName} helperText={errors.adminName} size="small" />
            <PasswordField label="管理员密码" value={adminPassword} onChange={(v) => { setAdminPassword(v); act.clearField('adminPassword'); }} error={!!errors.adminPassword} helperText={errors.adminPassword} size="small" />
          </>
        )}
        {backup.encrypted && (
          <PasswordField label="备份密码" value={password} onChange={(v) => { setPassword(v); act.clearField('password'); }} error={!!errors.password} helperText={errors.password ?? '这份备份已加密'} size="small" />
        )}
      </>
    ),
  };
  const backupPassword = backup.encrypted ? password : null;
  return props.mode === 'startup' ? (
    <ReasonDialog {...common} mutation={recovering} input={(reason) => ({ id: backup.id, folder: props.folder, password: backupPassword, reason, adminName, adminPassword })} />
  ) : (
    <ReasonDialog {...common} mutation={restoring} input={(reason) => ({ id: backup.id, password: backupPassword, reason })} />
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
