// A password box: hidden by default with a button to show what was typed, and a warning when Caps Lock is on
// (the commonest reason a right password is refused).
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { IconButton, InputAdornment, TextField, Tooltip, type TextFieldProps } from '@mui/material';
import { useState, type KeyboardEvent } from 'react';

type Props = Omit<TextFieldProps, 'type' | 'onChange' | 'value'> & { value: string; onChange: (value: string) => void };

export function PasswordField({ value, onChange, helperText, slotProps, ...rest }: Props) {
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const onKey = (e: KeyboardEvent) => setCapsLock(e.getModifierState('CapsLock'));
  return (
    <TextField
      {...rest}
      type={shown ? 'text' : 'password'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKey}
      onKeyUp={onKey}
      helperText={capsLock ? `大写锁定已打开${helperText ? `；${String(helperText)}` : ''}` : helperText}
      slotProps={{
        ...slotProps,
        htmlInput: { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off', ...(slotProps?.htmlInput as object) },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={shown ? '隐藏密码' : '显示密码'}>
                <IconButton size="small" edge="end" aria-label={shown ? '隐藏密码' : '显示密码'} onClick={() => setShown(!shown)} tabIndex={-1}>
                  {shown ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
