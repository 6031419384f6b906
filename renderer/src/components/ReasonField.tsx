// The reason a recorded act needs (viewing full personal data, voiding a document): a short multi-line field with
// an example, its rule under it, and the core's message when it refuses.
import { TextField } from '@mui/material';

export function ReasonField(props: { label: string; example: string; hint: string; value: string; error?: string; onChange: (v: string) => void }) {
  return (
    <TextField
      label={props.label}
      placeholder={`例如：${props.example}`}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      autoFocus
      multiline
      minRows={2}
      error={!!props.error}
      helperText={props.error ?? props.hint}
      slotProps={{ htmlInput: { maxLength: 200 } }}
    />
  );
}
