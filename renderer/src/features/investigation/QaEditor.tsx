// The questions and answers of a 询问笔录, in order: each pair a question and an answer, added at the end, removed
// while a draft. Tibetan and Chinese alike are typed as they were said and interpreted.
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Button, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';

export interface QaPair {
  q: string;
  a: string;
}

export function QaEditor({ value, onChange, error }: { value: QaPair[]; onChange: (v: QaPair[]) => void; error?: string }) {
  const set = (i: number, pair: QaPair) => onChange(value.map((x, n) => (n === i ? pair : x)));
  return (
    <Stack spacing={1.5} data-testid="qa-editor">
      <Typography variant="subtitle2">问答（{value.length} 组）</Typography>
      {value.map((x, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1.5 }} data-testid="qa-pair">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack spacing={1} sx={{ flex: 1 }}>
              <TextField size="small" label={`第${i + 1}问`} multiline value={x.q} onChange={(e) => set(i, { ...x, q: e.target.value })} slotProps={{ htmlInput: { maxLength: 2000 } }} />
              <TextField size="small" label={`第${i + 1}答`} multiline minRows={2} value={x.a} onChange={(e) => set(i, { ...x, a: e.target.value })} slotProps={{ htmlInput: { maxLength: 6000 } }} />
            </Stack>
            <Tooltip title="删除这组问答">
              <IconButton aria-label={`删除第${i + 1}组问答`} onClick={() => onChange(value.filter((_, n) => n !== i))}><DeleteOutlineIcon /></IconButton>
            </Tooltip>
          </Stack>
        </Paper>
      ))}
      {error && <Alert severity="error">{error}</Alert>}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...value, { q: '', a: '' }])}>添加一组问答</Button>
      </div>
    </Stack>
  );
}
