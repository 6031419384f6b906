// The startup screen when the database is lost or damaged: what happened in plain words, the backups found, and a
// restore authorised by an administrator of the backup. Nothing here creates an empty database.
import { Alert, AlertTitle, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract/maintenance';
import { BackupTable } from './BackupTable';
import { useRecoveryStatus } from './queries';
import { RestoreDialog } from './RestoreDialog';

export function RecoveryPage({ code, message, onRestored }: { code: 'DB_CORRUPT' | 'DB_LOST'; message: string; onRestored: () => void }) {
  const [folder, setFolder] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const status = useRecoveryStatus(folder);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const s = status.data;
  return (
    <Box sx={{ p: 6, maxWidth: 900, mx: 'auto' }} data-testid="recovery-page">
      <Alert severity="error">
        <AlertTitle>{code === 'DB_CORRUPT' ? '数据库已损坏，薪安已停止写入' : '数据库文件缺失，这不是首次运行'}</AlertTitle>
        {message}
      </Alert>
      <Typography variant="h6" sx={{ mt: 4 }}>可用于恢复的备份</Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
        <TextField
          label="备份文件夹"
          size="small"
          value={typed || s?.folder || ''}
          onChange={(e) => setTyped(e.target.value)}
          placeholder="例如：E:\薪安备份"
          helperText="备份在别的磁盘或U盘上时，连接后填写其文件夹"
          sx={{ flex: 1 }}
        />
        <Button variant="outlined" onClick={() => setFolder(typed.trim() || null)}>查找备份</Button>
      </Stack>
      {status.isError && <Alert severity="error" sx={{ mt: 2 }}>{(status.error as Error).message}</Alert>}
      {s && s.backups.length === 0 && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {s.folder ? '该文件夹中没有找到薪安备份。' : '尚未设置备份文件夹。'}请连接存放备份的磁盘后填写文件夹，或联系技术支持。
        </Alert>
      )}
      {s && s.backups.length > 0 && (
        <BackupTable
          backups={s.backups}
          note={(_, i) => (i === 0 ? '最新' : '')}
          actions={(b, i) => (
            <Button size="small" variant={i === 0 ? 'contained' : 'text'} color="warning" onClick={() => setRestoring(b)}>恢复…</Button>
          )}
        />
      )}
      {restoring && <RestoreDialog backup={restoring} mode="startup" folder={folder} onClose={() => setRestoring(null)} onRestored={onRestored} />}
    </Box>
  );
}
