// The filter bar pieces every list uses: the search box (with what it can find), a closed-list filter, a yes/no.
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, MenuItem, TextField } from '@mui/material';

export const SEARCH_HINT = '姓名、单位、拼音首字母、证件号、工单号';

export function SearchBox({ value, onChange, ariaLabel }: { value: string; onChange: (v: string) => void; ariaLabel: string }) {
  return (
    <TextField label="检索" placeholder={SEARCH_HINT} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 360 }}
      slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }, htmlInput: { 'aria-label': ariaLabel } }} />
  );
}

export function VocabFilter<T extends string>({ label, value, onChange, vocab, width = 120 }: {
  label: string;
  value: T | '';
  onChange: (v: T | '') => void;
  vocab: { values: readonly T[]; label: (v: T) => string };
  width?: number;
}) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value as T | '')} sx={{ minWidth: width }}>
      <MenuItem value="">全部</MenuItem>
      {vocab.values.map((v) => <MenuItem key={v} value={v}>{vocab.label(v)}</MenuItem>)}
    </TextField>
  );
}

export type YesNo = '' | 'yes' | 'no';

export const yesNoFilter = (v: YesNo): boolean | null => (v === '' ? null : v === 'yes');

export function YesNoFilter({ label, value, onChange, width = 110 }: { label: string; value: YesNo; onChange: (v: YesNo) => void; width?: number }) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value as YesNo)} sx={{ minWidth: width }}>
      <MenuItem value="">全部</MenuItem>
      <MenuItem value="yes">是</MenuItem>
      <MenuItem value="no">否</MenuItem>
    </TextField>
  );
}
