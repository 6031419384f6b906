// The password an administrator sets for someone else: shown as typed (it is handed over, then replaced), with a
// button that makes one that is easy to read out.
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Button, Stack, TextField } from '@mui/material';
import { PASSWORD_RULE, generatePassword } from '../account/password-rules';

export function TemporaryPasswordField({ label, value, onChange, personName, error, autoFocus }: {
  label: string; value: string; onChange: (v: string) => void; personName: string; error?: string; autoFocus?: boolean;
}) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField label={label} value={value} onChange={(e) => onChange(e.target.value)} required autoFocus={autoFocus} sx={{ flex: 1 }}
        error={!!error} helperText={error ?? `${PASSWORD_RULE}；对方首次登录时须改为自己的密码`}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false, style: { fontFamily: 'monospace' } } }} />
      <Button startIcon={<AutorenewIcon />} onClick={() => onChange(generatePassword(personName))} sx={{ mt: 0.25, whiteSpace: 'nowrap' }}>
        生成
      </Button>
    </Stack>
  );
}
