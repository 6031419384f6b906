// The locked screen: drawn over the application, which stays mounted underneath, so whatever was half typed is still
// there after unlocking. Opaque — a passer-by sees whose desk it is, not the complainants on it. A modal, so an open
// dialog's focus trap yields to it; without onClose, Esc does nothing. When the bureau server no longer knew this
// tab (restarted, or the tab expired) the page has a new one and the same person signs in again here, over the
// same screen: nothing typed is lost.
import LockIcon from '@mui/icons-material/Lock';
import { Box, Button, Modal, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { STAFF_ROLE } from '../../../../shared/domain/vocabulary';
import { useSession, useSessionControl } from '../../app/session';
import { useConnection } from '../../platform/connection';
import { onFormSubmit } from '../../platform/mutations';
import { useSignIn } from '../setup/queries';
import { PasswordField } from './PasswordField';
import { useUnlock } from './queries';

export function LockScreen() {
  const { staff, unit } = useSession();
  const control = useSessionControl();
  const [password, setPassword] = useState('');
  const { signInAgain } = useConnection();
  const unlockingOnly = useUnlock();
  const signingIn = useSignIn();
  const unlocking = signInAgain ? signingIn : unlockingOnly;
  const failure = unlocking.formError;
  const input = useRef<HTMLInputElement>(null);

  const unlock = onFormSubmit(async () => {
    if (!password) return unlocking.refuse({}, '请输入密码');
    const r = signInAgain ? await signingIn.run({ staffId: staff.id, password }) : await unlockingOnly.run({ password });
    if (r.ok) return control.update(r.value);
    const error = r.error;
    // Locked out, or the session is gone: unlocking is over, the sign-in screen says why.
    if (error.code === 'ACCOUNT_LOCKED' || (error.code === 'UNAUTHENTICATED' && !error.fields?.password)) {
      control.ended(error.message);
      return;
    }
    setPassword('');
    input.current?.focus();
  });

  return (
    <Modal open aria-labelledby="lock-title" sx={{ zIndex: (t) => t.zIndex.tooltip + 10 }}
      slotProps={{ backdrop: { sx: { bgcolor: 'primary.dark' } } }}>
      <Box data-testid="lock-screen" sx={{ position: 'fixed', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', outline: 'none',
        background: (t) => `linear-gradient(160deg, ${t.palette.primary.dark}, ${t.palette.primary.main})` }}>
        <Paper component="form" noValidate onSubmit={unlock} elevation={8} sx={{ width: 400, p: 4 }}>
          <Stack spacing={2} sx={{ alignItems: 'stretch' }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <LockIcon color="primary" fontSize="large" />
              <Box>
                <Typography id="lock-title" variant="h6" component="h1">{signInAgain ? '请重新登录' : '屏幕已锁定'}</Typography>
                <Typography variant="body2" color="text.secondary">{unit.name}</Typography>
              </Box>
            </Stack>
            <Box>
              <Typography variant="h5" component="p" data-testid="locked-person">{staff.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[staff.departmentName, staff.roles.map((r) => STAFF_ROLE.label(r)).join('、')].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
            <Typography variant="body2">
              {signInAgain ? '与服务器的会话已失效（服务器可能已重启）。正在填写的内容仍在，输入密码后可继续。' : '正在填写的内容仍在，输入密码解锁后可继续。'}
            </Typography>
            <PasswordField label="密码" value={password} onChange={(v) => { setPassword(v); unlocking.reset(); }} autoFocus inputRef={input}
              error={!!failure} helperText={failure ?? ' '} />
            <Button type="submit" variant="contained" size="large" disabled={unlocking.busy}>{unlocking.busy ? '正在验证…' : signInAgain ? '登录' : '解锁'}</Button>
            <Box>
              <Button size="small" onClick={() => void control.signOut()}>不是{staff.name}？退出登录</Button>
              <Typography variant="caption" color="text.secondary" component="p">退出后未保存的内容将丢失（接待登记表的草稿仍保留在本人名下）。</Typography>
            </Box>
          </Stack>
        </Paper>
      </Box>
    </Modal>
  );
}
