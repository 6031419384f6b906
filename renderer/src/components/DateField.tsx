// A date typed or picked as YYYY-MM-DD (the contract's date key), the same on every machine whatever its locale.
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helperText?: string;
  width?: number;
  /** Lets a long message run past the field's width (a dialog's date field with the core's sentence under it). */
  wideHelper?: boolean;
}

export function DateField({ label, value, onChange, error, helperText, width = 170, wideHelper = false }: Props) {
  return (
    <DatePicker
      label={label}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      onChange={(d) => onChange(d && d.isValid() ? d.format('YYYY-MM-DD') : '')}
      slotProps={{ field: { clearable: true }, textField: { size: 'small', sx: { width, ...(wideHelper ? { '& .MuiFormHelperText-root': { width: 'max-content', maxWidth: 520 } } : {}) }, error: !!error, helperText: error ?? helperText } }}
    />
  );
}
