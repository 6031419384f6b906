// 备份与恢复 (the administrator's): where backups go and how often, a backup now (encrypted when it leaves the PC),
// its progress, the backups in the folder with their checks, and a restore that moves the current data aside.
import { Alert, Box, Button, Card, CardContent, FormControlLabel, LinearProgress, Stack, Switch, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { BackupOverview, BackupSummary } from '../../../../shared/contract/maintenance';
import { onFormSubmit } from '../../platform/mutations';
import { onBackupProgress, type BackupProgressEvent } from '../../platform/queries';
import { PasswordField } from '../account/PasswordField';
import { fmtAge, fmtBytes } from './format';
import { BackupPasswordDialog, RestoreDialog } from './RestoreDialog';
import { BackupTable } from './BackupTable';
import { useBackupOverview, useConfigureBackup, useRunBackup, useVerifyBackup } from './queries';
import { fmtDateTime } from '../../components/format';

const STAGE = { database: '复制数据库', files: '复制文件', verify: '校验备份' } as const;

const SETTINGS_FIELDS = ['folder', 'warnAfterDays', 'keep.daily', 'keep.weekly', 'keep.monthly'];

function SettingsForm({ overview }: { overview: BackupOverview }) {
  const s = overview.settings;
  const [folder, setFolder] = useState(s.folder ?? '');
  const [daily, setDaily] = useState(s.schedule === 'daily');
  const [warnAfterDays, setWarn] = useState(String(s.warnAfterDays));
  const [keep, setKeep] = useState({ daily: String(s.keep.daily), weekly: String(s.keep.weekly), monthly: String(s.keep.monthly) });
  const [saved, setSaved] = useState(false);
  const form = useConfigureBackup({ fields: SETTINGS_FIELDS });
  const save = onFormSubmit(async () => {
    const r = await form.run({
      folder,
      schedule: daily ? 'daily' : 'off',
      warnAfterDays: Number(warnAfterDays),
      keep: { daily: Number(keep.daily), weekly: Number(keep.weekly), monthly: Number(keep.monthly) },
    });
    if (r.ok) setSaved(true);
  });
  const num = (label: string, value: string, set: (v: string) => void, field: string) => (
    <TextField
      label={label}
      value={value}
      onChange={(e) => {
        set(e.target.value.replace(/[^0-9]/g, ''));
        form.clearField(field);
        setSaved(false);
      }}
      error={!!form.fieldErrors[field]}
      helperText={form.fieldErrors[field]}
      size="small"
      sx={{ width: 140 }}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
  return (
    <Box component="form" onSubmit={save} sx={{ mt: 2 }}>
      <Stack spacing={2}>
        <TextField
          label="备份文件夹"
          value={folder}
          onChange={(e) => {
            setFolder(e.target.value);
            form.clearField('folder');
            setSaved(false);
          }}
          placeholder="例如：E:\薪安备份 或 /media/usb/薪安备份"
          error={!!form.fieldErrors.folder}
          helperText={form.fieldErrors.folder ?? '选另一块磁盘、U盘或网络共享上的文件夹；不能在数据目录之内（那块磁盘损坏时备份会一起丢失）'}
          size="small"
          fullWidth
        />
        <FormControlLabel control={<Switch checked={daily} onChange={(e) => setDaily(e.target.checked)} />} label="每日自动备份（薪安运行时，距上次备份满一天即备份）" />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          {num('未备份提醒（天）', warnAfterDays, setWarn, 'warnAfterDays')}
          {num('保留每日备份（份）', keep.daily, (v) => setKeep({ ...keep, daily: v }), 'keep.daily')}
          {num('保留每周备份（份）', keep.weekly, (v) => setKeep({ ...keep, weekly: v }), 'keep.weekly')}
          {num('保留每月备份（份）', keep.monthly, (v) => setKeep({ ...keep, monthly: v }), 'keep.monthly')}
        </Stack>
        {form.formError && <Alert severity="error">{form.formError}</Alert>}
        {saved && <Alert severity="success">备份设置已保存</Alert>}
        <Box>
          <Button type="submit" variant="outlined" disabled={form.busy}>保存备份设置</Button>
        </Box>
      </Stack>
    </Box>
  );
}

function RunBackup({ overview }: { overview: BackupOverview }) {
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<BackupProgressEvent | null>(null);
  const [done, setDone] = useState<BackupSummary | null>(null);
  useEffect(() => onBackupProgress(setProgress), []);
  const form = useRunBackup({ fields: ['password'] });
  const run = onFormSubmit(async () => {
    setDone(null);
    const r = await form.run({ password: encrypt ? password : null, note: note || null });
    setProgress(null);
    if (!r.ok) return;
    setDone(r.value);
    setPassword('');
    setConfirm('');
  });
  const disabled = !overview.settings.folder || form.busy || overview.running;
  return (
    <Box component="form" onSubmit={run} sx={{ mt: 3 }}>
      <Typography variant="subtitle2">立即备份</Typography>
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField label="备注（可不填）" value={note} onChange={(e) => setNote(e.target.value)} size="small" sx={{ maxWidth: 420 }} slotProps={{ htmlInput: { maxLength: 200 } }} />
        <FormControlLabel control={<Switch checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />} label="加密（备份要带离本机时使用；忘记密码将无法恢复）" />
        {encrypt && (
          <Stack direction="row" spacing={2}>
            <PasswordField label="备份密码" value={password} onChange={(v) => { setPassword(v); form.clearField('password'); }} error={!!form.fieldErrors.password} helperText={form.fieldErrors.password ?? '至少 8 位'} size="small" />
            <PasswordField label="再次输入" value={confirm} onChange={setConfirm} size="small" error={!!confirm && confirm !== password} helperText={confirm && confirm !== password ? '两次输入不一致' : ' '} />
          </Stack>
        )}
        {form.busy && (
          <Box data-testid="backup-progress">
            <Typography variant="caption">{progress ? `${STAGE[progress.stage]}：${progress.done} / ${progress.total}` : '正在备份…'}</Typography>
            <LinearProgress variant={progress && progress.total ? 'determinate' : 'indeterminate'} value={progress && progress.total ? (100 * progress.done) / progress.total : 0} />
          </Box>
        )}
        {form.formError && <Alert severity="error">{form.formError}</Alert>}
        {done && (
          <Alert severity="success" data-testid="backup-done">
            备份完成并已校验：{fmtDateTime(done.createdAt)}，{done.files} 个文件，数据库 {fmtBytes(done.bytes)}{done.encrypted ? '，已加密' : ''}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" disabled={disabled || (encrypt && (password.length < 8 || password !== confirm))}>立即备份</Button>
        </Box>
      </Stack>
    </Box>
  );
}

function BackupList({ overview }: { overview: BackupOverview }) {
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<BackupSummary | null>(null);
  const verifying = useVerifyBackup();
  const verify = async (b: BackupSummary, password: string | null) => {
    const r = await verifying.run({ id: b.id, password });
    setChecked((c) => ({ ...c, [b.id]: r.ok ? '校验通过' : r.error.message }));
  };
  const noteOf = (b: BackupSummary) => (verifying.sending?.id === b.id ? '正在校验…' : checked[b.id]);
  if (overview.backups.length === 0) return <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>备份文件夹中还没有备份。</Typography>;
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="subtitle2">备份文件夹中的备份（新的在前）</Typography>
      <BackupTable
        backups={overview.backups}
        testId="backup-list"
        note={(b) => [b.note, noteOf(b)].filter(Boolean).join(' · ')}
        actions={(b) => (
          <>
            <Button size="small" onClick={() => (b.encrypted ? setAsking(b) : void verify(b, null))}>校验</Button>
            <Button size="small" color="warning" onClick={() => setRestoring(b)}>恢复…</Button>
          </>
        )}
      />
      {asking && (
        <BackupPasswordDialog
          onCancel={() => setAsking(null)}
          onPassword={(p) => {
            setAsking(null);
            void verify(asking, p);
          }}
        />
      )}
      {restoring && <RestoreDialog backup={restoring} mode="signedIn" onClose={() => setRestoring(null)} />}
    </Box>
  );
}

export function BackupCard() {
  const overview = useBackupOverview();
  const o = overview.data;
  return (
    <Card variant="outlined" sx={{ maxWidth: 900, mb: 3 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>备份与恢复</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          备份包括数据库和全部已存文书、证件照片，写入后逐项校验（完整性检查、记录数、审计链头、每个文件的校验值）。文件只复制新增的部分。
        </Typography>
        {!o ? (
          overview.isError ? <Alert severity="error" sx={{ mt: 2 }}>{(overview.error as Error).message}</Alert> : <LinearProgress sx={{ mt: 2 }} />
        ) : (
          <>
            <Box sx={{ mt: 2 }} data-testid="backup-state">
              <Typography variant="body2">最近一次有效备份：{o.lastGood ? fmtAge(o.lastGood.at) : '尚无'}</Typography>
              {o.lastAttempt && !o.lastAttempt.ok && <Alert severity="error" sx={{ mt: 1 }}>{fmtDateTime(o.lastAttempt.at)} 的备份失败：{o.lastAttempt.message}</Alert>}
              {o.lastIntegrityCheck && (
                <Typography variant="body2" color={o.lastIntegrityCheck.ok ? 'text.secondary' : 'error'}>
                  最近一次完整性检查（每周）：{fmtDateTime(o.lastIntegrityCheck.at)}，{o.lastIntegrityCheck.ok ? '通过' : '未通过'}
                </Typography>
              )}
              {!o.settings.folder && <Alert severity="warning" sx={{ mt: 1 }}>尚未选择备份文件夹：在选择之前不会进行任何自动备份。</Alert>}
              {o.folderProblem && <Alert severity="warning" sx={{ mt: 1 }}>备份文件夹暂不可用：{o.folderProblem}</Alert>}
            </Box>
            <SettingsForm overview={o} />
            <RunBackup overview={o} />
            <BackupList overview={o} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
