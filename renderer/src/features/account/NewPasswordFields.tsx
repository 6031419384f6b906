// A new password and its confirmation, with the rule shown and checked as the person types (the core checks again).
import { Box, Stack } from '@mui/material';
import { useState } from 'react';
import { checkPasswordStrength } from '../../../../shared/domain/password';
import { PASSWORD_RULE } from './password-rules';
import { PasswordField } from './PasswordField';

export function NewPasswordFields({ label = '新密码', value, confirm, onChange, onConfirmChange, personName, error, confirmError, autoFocus }: {
  label?: string;
  value: string;
  confirm: string;
  onChange: (v: string) => void;
  onConfirmChange: (v: string) => void;
  /** The person whose password this is: it may not contain their name. */
  personName: string;
  error?: string;
  confirmError?: string;
  autoFocus?: boolean;
}) {
  const [touched, setTouched] = useState(false);
  const strength = checkPasswordStrength(value, personName.trim() || undefined);
  const live = value && !strength.ok ? strength.reason : null;
  // Said while typing only once the confirmation can no longer turn out right.
  const mismatch = confirm !== '' && (!value.startsWith(confirm) || confirm.length >= value.length) && confirm !== value ? '两次输入的密码不一致' : null;
  return (
    <Stack spacing={2}>
      <PasswordField label={label} value={value} onChange={onChange} onBlur={() => setTouched(true)} required autoFocus={autoFocus}
        error={!!error || (touched && !!live)}
        helperText={error ?? (live ? `${live}（${PASSWORD_RULE}）` : value ? <Box component="span" sx={{ color: 'success.main' }}>密码符合要求</Box> : PASSWORD_RULE)} />
      <PasswordField label={`再次输入${label}`} value={confirm} onChange={onConfirmChange} required
        error={!!confirmError || !!mismatch} helperText={confirmError ?? mismatch ?? ' '} />
    </Stack>
  );
}
