// A list of a document template (权利义务告知事项, 联系方式…): numbered items to edit, add, remove and reorder; the
// placeholder chips insert into the item last edited.
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, FormHelperText, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { insertPlaceholder } from './template-draft';
import { PlaceholderChips, restoreCaret, type PieceSpec } from './TemplatePieces';

export function TemplateListField({ spec, items, errors, onChange }: {
  spec: PieceSpec;
  items: string[];
  /** The core's messages by key: 'lists.rights' for the whole list, 'lists.rights[2]' for an item. */
  errors: Record<string, string>;
  onChange: (items: string[]) => void;
}) {
  const refs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const key = `lists.${spec.name}`;
  const listError = errors[key];

  const set = (i: number, v: string) => onChange(items.map((x, j) => (j === i ? v : x)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
    setActive(i + by);
  };
  const remove = (i: number) => {
    onChange(items.filter((_, j) => j !== i));
    setActive(null);
  };
  const add = (text = '') => {
    onChange([...items, text]);
    setActive(items.length);
    requestAnimationFrame(() => refs.current[items.length]?.focus());
  };
  const insert = (name: string) => {
    const i = active !== null && active < items.length ? active : items.length - 1;
    if (i < 0) return add(`{${name}}`);
    const el = refs.current[i] ?? null;
    const { text, caret } = insertPlaceholder(items[i], name, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    set(i, text);
    restoreCaret(el, caret);
  };

  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: listError ? 'error.main' : 'divider', borderRadius: 1, px: 2, pt: 0.5, pb: 1.5, m: 0 }} data-testid={`template-list-${spec.name}`}>
      <Typography component="legend" variant="body2" sx={{ px: 0.5, color: listError ? 'error.main' : 'text.secondary' }}>
        {spec.label}{spec.required ? ' *' : ''}（{items.length} 项）
      </Typography>
      {spec.note && <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>{spec.note}</Typography>}
      {items.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {spec.required ? '至少应有一项。' : '没有项目：文书上不印这部分。'}
        </Typography>
      )}
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        {items.map((item, i) => {
          const itemError = errors[`${key}[${i}]`];
          const n = i + 1;
          return (
            <Box key={i} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <Typography variant="body2" color="text.secondary" sx={{ width: 24, pt: 1, textAlign: 'right', flexShrink: 0 }}>{n}.</Typography>
              <TextField
                value={item}
                onChange={(e) => set(i, e.target.value)}
                onFocus={() => setActive(i)}
                multiline
                fullWidth
                inputRef={(el: HTMLTextAreaElement | null) => { refs.current[i] = el; }}
                error={!!itemError}
                helperText={itemError}
                slotProps={{ htmlInput: { 'aria-label': `${spec.label}第${n}项`, 'data-piece': `${key}[${i}]` } }}
              />
              <Box sx={{ display: 'flex', flexShrink: 0 }}>
                <Tooltip title="上移"><span><IconButton size="small" aria-label={`上移第${n}项`} disabled={i === 0} onClick={() => move(i, -1)}><ArrowUpwardIcon fontSize="small" /></IconButton></span></Tooltip>
                <Tooltip title="下移"><span><IconButton size="small" aria-label={`下移第${n}项`} disabled={i === items.length - 1} onClick={() => move(i, 1)}><ArrowDownwardIcon fontSize="small" /></IconButton></span></Tooltip>
                <Tooltip title="删除这一项"><IconButton size="small" aria-label={`删除第${n}项`} onClick={() => remove(i)}><DeleteOutlineIcon fontSize="small" /></IconButton></Tooltip>
              </Box>
            </Box>
          );
        })}
      </Stack>
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1.5 }}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => add()} disabled={items.length >= 40}>添加一项</Button>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <PlaceholderChips names={spec.placeholders} where={`“${spec.label}”`} onInsert={insert} />
        </Box>
      </Box>
    </Box>
  );
}
