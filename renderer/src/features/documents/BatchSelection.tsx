// Ticking rows in the ledger to make their registration forms in one batch: at most BATCH_LIMIT at once, kept while
// the person filters and searches, cleared once the batch has run.
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { BATCH_LIMIT, type BatchItem } from './batch-summary';
import { BatchIntakeRecordsDialog } from './BatchIntakeRecordsDialog';

export function useBatchSelection(enabled: boolean) {
  const [selected, setSelected] = useState<ReadonlyMap<string, BatchItem>>(new Map());
  const full = selected.size >= BATCH_LIMIT;
  const toggle = (item: BatchItem) =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(item.id)) next.delete(item.id);
      else if (next.size < BATCH_LIMIT) next.set(item.id, { id: item.id, regNoText: item.regNoText });
      return next;
    });
  /** The header box: ticks every row shown (up to the limit), or clears them when all are ticked. */
  const toggleAll = (items: readonly BatchItem[]) =>
    setSelected((s) => {
      const next = new Map(s);
      if (items.length > 0 && items.every((i) => next.has(i.id))) for (const i of items) next.delete(i.id);
      else for (const i of items) if (next.size < BATCH_LIMIT) next.set(i.id, { id: i.id, regNoText: i.regNoText });
      return next;
    });
  return {
    enabled,
    selected,
    full,
    has: (id: string) => selected.has(id),
    toggle,
    toggleAll,
    clear: () => setSelected(new Map()),
  };
}

export function BatchBar({ batch }: { batch: ReturnType<typeof useBatchSelection> }) {
  const [open, setOpen] = useState(false);
  const n = batch.selected.size;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 2, py: 1, minHeight: 48, bgcolor: n > 0 ? 'action.selected' : undefined, borderBottom: 1, borderColor: 'divider' }} data-testid="batch-bar">
      <Typography variant="body2" color={n > 0 ? 'text.primary' : 'text.secondary'} sx={{ flex: 1 }}>
        {n === 0 ? '勾选登记，可批量制作登记表' : `已选 ${n} 条${batch.full ? `（已达上限 ${BATCH_LIMIT} 条）` : `，一次最多 ${BATCH_LIMIT} 条`}`}
      </Typography>
      {n > 0 && <Button size="small" onClick={batch.clear}>清除选择</Button>}
      <Box>
        <Button size="small" variant="contained" startIcon={<NoteAddOutlinedIcon />} disabled={n === 0} onClick={() => setOpen(true)}>
          批量制作登记表
        </Button>
      </Box>
      {open && <BatchIntakeRecordsDialog items={[...batch.selected.values()]} onClose={() => setOpen(false)} onFinished={batch.clear} />}
    </Stack>
  );
}
