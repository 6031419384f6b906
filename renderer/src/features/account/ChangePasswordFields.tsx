import { Alert, Stack } from '@mui/material';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordField } from './PasswordField';
import type { useChangePassword } from './useChangePassword';

/** The three boxes of a password change and the core's refusal, for the forced-change page and the dialog. */
export function ChangePasswordFields({ form, personName, currentLabel = '当前密码' }: { form: ReturnType<typeof useChangePassword>; personName: string; currentLabel?: string }) {
  const { values, errors, formError } = form;
  return (
    <Stack spacing={2}>
      <PasswordField label={currentLabel} value={values.currentPassword} onChange={form.setCurrent} required autoFocus
        error={!!errors.currentPassword} helperText={errors.currentPassword ?? ' '} />
      <NewPasswordFields value={values.newPassword} confirm={values.confirm} onChange={form.setNew} onConfirmChange={form.setConfirm}
        personName={personName} error={errors.newPassword} confirmError={errors.confirm} />
      {formError && <Alert severity="error">{formError}</Alert>}
    </Stack>
  );
}
