// On every desk: a warning when the last good backup is older than the bureau's limit — so a lost PC costs at most
// a day, and everyone knows when it would cost more.
import { Alert } from '@mui/material';
import { fmtAge } from './format';
import { useBackupStatus } from './queries';

export function BackupWarning({ canRun }: { canRun: boolean }) {
  const status = useBackupStatus();
  const s = status.data;
  if (!s?.warn) return null;
  const what = s.lastGoodAt === null ? '本机数据尚未备份过' : `数据已超过 ${s.warnAfterDays} 天没有备份（最近一次：${fmtAge(s.lastGoodAt)}）`;
  const todo = canRun
    ? s.folderChosen
      ? '请在“设置 › 维护”中立即备份，并检查备份磁盘是否连接。'
      : '请在“设置 › 维护”中选择另一块磁盘或U盘上的备份文件夹。'
    : '电脑损坏时这期间登记的内容将无法找回，请通知管理员备份。';
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="backup-warning">
      {what}。{todo}
    </Alert>
  );
}
