// The first sign-in with a temporary password (set by the administrator, or after a reset): nothing else is
// possible until the person chooses their own password, which only they know.
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useSession, useSessionControl } from '../../app/session';
import { ChangePasswordFields } from './ChangePasswordFields';
import { useChangePassword } from './useChangePassword';

export function ForcedPasswordChangePage() {
  const { staff } = useSession();
  const control = useSessionControl();
  const form = useChangePassword(() => {});
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 8 }}>
      <Paper component="form" noValidate onSubmit={form.submit} sx={{ maxWidth: 480, mx: 'auto', p: 4 }}>
        <Typography variant="h5" component="h1">设置您自己的密码</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 3 }}>
          {staff.name}，您好。您正在使用管理员设置的临时密码。请先改为只有您自己知道的密码，然后才能开始工作。
        </Typography>
        <ChangePasswordFields form={form} personName={staff.name} currentLabel="临时密码" />
        <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: 'center' }}>
          <Button type="submit" variant="contained" disabled={form.busy}>{form.busy ? '正在保存…' : '保存新密码并开始工作'}</Button>
          <Box sx={{ flex: 1 }} />
          <Button onClick={() => void control.signOut()}>退出登录</Button>
        </Stack>
      </Paper>
    </Box>
  );
}
