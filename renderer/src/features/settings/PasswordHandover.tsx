// A temporary password, shown once to the administrator who set it, to hand to the person in person. The core keeps
// only its hash; the person must replace it at their first sign-in.
import { Alert, Box, Typography } from '@mui/material';

export function PasswordHandover({ name, password, what }: { name: string; password: string; what: '初始密码' | '临时密码' }) {
  return (
    <Box data-testid="password-handover">
      <Alert severity="success" sx={{ mb: 2 }}>{name}的{what}已设置。</Alert>
      <Typography variant="body2" color="text.secondary">{what}（只显示这一次）</Typography>
      <Typography data-testid="handover-password" sx={{ fontFamily: 'monospace', fontSize: 28, letterSpacing: 3, my: 1, userSelect: 'all' }}>
        {password}
      </Typography>
      <Typography variant="body2">
        请将此密码当面交给{name}本人，不要通过群聊转发。{name}用它登录后须立即设置自己的密码；在此之前不能办理任何业务。
      </Typography>
    </Box>
  );
}
