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
}

export function DateField({ label, value, onChange, error, helperText, width = 170 }: Props) {
  return (
    <DatePicker
      label={label}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      onChange={(d) => onChange(d && d.isValid() ? d.format('YYYY-MM-DD') : '')}
      slotProps={{ field: { clearable: true }, textField: { size: 'small', sx: { width }, error: !!error, helperText: error ?? helperText } }}
    />
  );
}
