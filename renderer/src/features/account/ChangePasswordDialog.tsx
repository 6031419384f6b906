// 修改密码 from the top bar: anyone may change their own password at any time.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Snackbar } from '@mui/material';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { ChangePasswordFields } from './ChangePasswordFields';
import { useChangePassword } from './useChangePassword';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { staff } = useSession();
  const [done, setDone] = useState(false);
  const form = useChangePassword(() => setDone(true));
  if (done) {
    return (
      <Snackbar open autoHideDuration={4000} onClose={onClose} anchorOrigin={{ vertical: 'top', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={onClose}>密码已修改，下次登录请使用新密码</Alert>
      </Snackbar>
    );
  }
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="change-password-title">
      <Box component="form" noValidate onSubmit={form.submit} sx={{ display: 'contents' }}>
        <DialogTitle id="change-password-title">修改密码</DialogTitle>
        <DialogContent>
          <Box sx={{ pt: 1 }}>
            <ChangePasswordFields form={form} personName={staff.name} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={form.busy}>{form.busy ? '正在保存…' : '修改密码'}</Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
