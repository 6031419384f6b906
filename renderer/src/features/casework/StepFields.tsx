// The fields of a step's form, drawn from its specs: a date, a paragraph, a line, a list the clerk adds lines to, an
// amount in yuan, a whole number with its unit, or a choice from a closed list.
// Each shows its own message — the schema's when checked here, the core's when it refused.
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, FormHelperText, IconButton, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import type { TeamMember } from '../../../../shared/contract/casework';
import { DateField } from '../../components/DateField';
import type { FieldSpec, StepValues } from './step-fields';

interface Props {
  /** The file's team, for a field naming one of its people. */
  team?: readonly TeamMember[];
  fields: FieldSpec[];
  values: StepValues;
  errors: Record<string, string>;
  onChange: (name: string, value: string | string[], errorKey: string) => void;
}

function ListField({ f, lines, errors, onChange }: { f: FieldSpec; lines: string[]; errors: Record<string, string>; onChange: Props['onChange'] }) {
  const set = (i: number, v: string) => onChange(f.name, lines.map((x, j) => (j === i ? v : x)), `${f.name}.${i}`);
  return (
    <Box role="group" aria-label={f.label}>
      <Typography variant="body2" sx={{ mb: 1 }}>{f.label}{f.required ? '（至少一项，逐项列明）' : ''}</Typography>
      <Stack spacing={1}>
        {lines.map((line, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="body2" color="text.secondary" sx={{ width: 24, pt: 1, textAlign: 'right' }}>{i + 1}.</Typography>
            <TextField fullWidth value={line} onChange={(e) => set(i, e.target.value)} autoFocus={i > 0 && i === lines.length - 1 && line === ''}
              error={!!errors[`${f.name}.${i}`]} helperText={errors[`${f.name}.${i}`]}
              slotProps={{ htmlInput: { 'aria-label': `${f.label}第${i + 1}项`, maxLength: f.max ?? undefined } }} />
            <IconButton aria-label={`删除第${i + 1}项`} disabled={lines.length === 1} onClick={() => onChange(f.name, lines.filter((_, j) => j !== i), f.name)}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange(f.name, [...lines, ''], f.name)} sx={{ mt: 0.5, ml: 3.5 }}>添加一项</Button>
      {errors[f.name] && <FormHelperText error sx={{ ml: 4.5 }}>{errors[f.name]}</FormHelperText>}
    </Box>
  );
}

export function StepFields({ team = [], fields, values, errors, onChange }: Props) {
  return (
    <>
      {fields.map((f) => {
        const v = values[f.name];
        if (f.kind === 'list') return <ListField key={f.name} f={f} lines={Array.isArray(v) ? v : ['']} errors={errors} onChange={onChange} />;
        const text = typeof v === 'string' ? v : '';
        if (f.kind === 'date') {
          return <DateField key={f.name} label={f.label} value={text} onChange={(x) => onChange(f.name, x, f.name)} error={errors[f.name]} width={200} wideHelper />;
        }
        if (f.kind === 'teamMember') {
          return (
            <TextField key={f.name} select label={f.label} value={text} onChange={(e) => onChange(f.name, e.target.value, f.name)}
              error={!!errors[f.name]} helperText={errors[f.name] ?? '选填'} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
              <option value="">{f.none}</option>
              {team.filter((m) => m.staff !== null).map((m) => <option key={m.staff!.id} value={m.staff!.id}>{m.staff!.name}{m.arbitratorCertExpiry ? '（仲裁员）' : ''}</option>)}
            </TextField>
          );
        }
        if (f.kind === 'choice') {
          return (
            <TextField key={f.name} select label={f.label} value={text} onChange={(e) => onChange(f.name, e.target.value, f.name)} required
              error={!!errors[f.name]} helperText={errors[f.name]} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
              <option value="" disabled>请选择</option>
              {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </TextField>
          );
        }
        if (f.kind === 'money' || f.kind === 'count') {
          const unit = f.kind === 'money' ? '元' : f.unit;
          return (
            <TextField key={f.name} label={f.label} value={text} onChange={(e) => onChange(f.name, e.target.value, f.name)} required sx={{ maxWidth: 280 }}
              error={!!errors[f.name]} helperText={errors[f.name] ?? (f.kind === 'money' ? '以元为单位，可精确到分' : undefined)}
              slotProps={{
                htmlInput: { inputMode: f.kind === 'money' ? 'decimal' : 'numeric', maxLength: 20 },
                input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
              }} />
          );
        }
        const hint = f.required ? (f.kind === 'multiline' ? '必填' : undefined) : '选填';
        return (
          <TextField key={f.name} label={f.label} value={text} onChange={(e) => onChange(f.name, e.target.value, f.name)} required={f.required}
            multiline={f.kind === 'multiline'} minRows={f.kind === 'multiline' ? 3 : undefined}
            error={!!errors[f.name]} helperText={errors[f.name] ?? hint} slotProps={{ htmlInput: { maxLength: f.max ?? undefined } }} />
        );
      })}
    </>
  );
}
