// 批量登记送达: one act of service for several documents of the file — the employer's clerk signs at the counter for the
// 开庭通知书 of every case of a 系列案, or one party takes the 受理通知书 and 应诉通知书 of all its cases. Choose the
// recipient (one party across the cases), tick the papers still owed to it (grouped by case: 案号 and its workers), enter
// the facts once; the core records each as services.record would, all or none, and names the paper it refuses.
import { Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, List, ListItem, ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { FileServices } from '../../../../shared/contract/services';
import type { DocumentKind } from '../../../../shared/domain/vocabulary';
import { ErrorState, Loading } from '../../components/States';
import { onFormSubmit } from '../../platform/mutations';
import { batchRecipients, itemKey, type BatchItem, type BatchRecipient } from './batch-items';
import { useFileServices, useRecordServiceBatch } from './queries';
import { FACT_FIELDS, ServiceFactsFields, useServiceFacts } from './ServiceFacts';

const FIELDS = ['items', ...FACT_FIELDS];
const paper = (i: Pick<BatchItem, 'title' | 'number'>) => `${i.title}${i.number ? `（${i.number}）` : ''}`;

/** What to tick first: every paper owed to the recipient, or only those of one kind (the sitting's 开庭通知书). */
export interface BatchPreset {
  kind?: DocumentKind;
}

function preselected(r: BatchRecipient | undefined, preset: BatchPreset): Set<string> {
  return new Set((r?.cases ?? []).flatMap((c) => c.items).filter((i) => !preset.kind || i.kind === preset.kind).map(itemKey));
}

function Checklist({ r, ticked, setTicked }: { r: BatchRecipient; ticked: Set<string>; setTicked: (s: Set<string>) => void }) {
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(ticked);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    setTicked(next);
  };
  return (
    <Paper variant="outlined" sx={{ maxHeight: 280, overflow: 'auto', px: 1.5, py: 1 }} data-testid="batch-service-items">
      {r.cases.map((c) => {
        const keys = c.items.map(itemKey);
        const all = keys.every((k) => ticked.has(k));
        const some = keys.some((k) => ticked.has(k));
        return (
          <Box key={c.proceedingId} sx={{ mb: 0.5 }}>
            <FormControlLabel
              control={<Checkbox size="small" checked={all} indeterminate={some && !all} onChange={(e) => toggle(keys, e.target.checked)} />}
              label={<Typography variant="subtitle2">{c.caseNumber ?? '（尚未编号）'}{c.applicants ? ` · 申请人：${c.applicants}` : ''}</Typography>}
            />
            {c.items.map((i) => (
              <FormControlLabel key={itemKey(i)} sx={{ display: 'flex', ml: 3 }}
                control={<Checkbox size="small" checked={ticked.has(itemKey(i))} onChange={(e) => toggle([itemKey(i)], e.target.checked)} />}
                label={<Typography variant="body2">{paper(i)}</Typography>} />
            ))}
          </Box>
        );
      })}
    </Paper>
  );
}

function BatchForm({ file, preset, onClose }: { file: FileServices; preset: BatchPreset; onClose: () => void }) {
  const recipients = useMemo(() => batchRecipients(file), [file]);
  const first = (preset.kind ? recipients.find((r) => r.cases.some((c) => c.items.some((i) => i.kind === preset.kind))) : undefined) ?? recipients[0];
  // Until the clerk chooses, the first recipient and the preset's papers (the list may refresh after the dialog opens).
  const [chosenKey, setPartyKey] = useState<string | null>(null);
  const r = recipients.find((x) => x.partyKey === chosenKey) ?? first;
  const partyKey = r?.partyKey ?? '';
  const [tickedBy, setTicked] = useState<Set<string> | null>(null);
  const ticked = tickedBy ?? preselected(r, preset);
  const recording = useRecordServiceBatch({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = recording;
  const { state, facts } = useServiceFacts(recording);
  const [done, setDone] = useState<{ line: string; servedOn: string }[] | null>(null);
  const chosen = (r?.cases ?? []).flatMap((c) => c.items.map((i) => ({ ...i, caseNumber: c.caseNumber }))).filter((i) => ticked.has(itemKey(i)));

  const send = onFormSubmit(async () => {
    const f = facts();
    const problems = chosen.length === 0 ? { ...f.problems, items: '请至少勾选一份文书' } : f.problems;
    const input = { ...f.value, items: chosen.map((i) => ({ documentId: i.documentId, proceedingId: i.proceedingId, recipientId: i.recipientId, awardFinality: i.kind === 'award' ? f.awardFinality : null })) };
    const res = await recording.run(input, problems);
    if (!res.ok) return;
    const of = new Map(chosen.map((i) => [itemKey(i), i]));
    setDone(res.value.services.map((s) => {
      const i = of.get(itemKey(s));
      const where = i?.caseNumber && i.caseNumber !== i.number ? `${i.caseNumber} ` : '';
      return { line: `${where}${i ? paper(i) : ''} → ${s.recipientName}`, servedOn: s.servedOn };
    }));
  });

  if (done) {
    return (
      <>
        <DialogContent>
          <Alert severity="success" sx={{ mb: 1 }} data-testid="batch-service-done">已登记 {done.length} 份文书的送达，各案期限已重新计算。</Alert>
          <List dense disablePadding>
            {done.map((d) => <ListItem key={d.line} disableGutters sx={{ py: 0 }}><ListItemText primary={d.line} secondary={`送达日期 ${d.servedOn}`} /></ListItem>)}
          </List>
        </DialogContent>
        <DialogActions><Button variant="contained" onClick={onClose}>完成</Button></DialogActions>
      </>
    );
  }
  if (recipients.length === 0) {
    return (
      <>
        <DialogContent><Typography data-testid="batch-service-none">本案卷的文书均已送达，没有待登记的送达。</Typography></DialogContent>
        <DialogActions><Button onClick={onClose}>关闭</Button></DialogActions>
      </>
    );
  }
  return (
    <form onSubmit={send} noValidate>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label="受送达人" value={partyKey} onChange={(e) => { const next = recipients.find((x) => x.partyKey === e.target.value); setPartyKey(e.target.value); setTicked(preselected(next, {})); clear('items'); }}
            helperText="同一当事人在本案卷各案件中的未送达文书；一次签收、一份凭证，分别记入各案">
            {recipients.map((x) => <MenuItem key={x.partyKey} value={x.partyKey}>{x.name}（{x.role}，未送达 {x.count} 份）</MenuItem>)}
          </TextField>
          {r && <Checklist r={r} ticked={ticked} setTicked={(s) => { setTicked(s); clear('items'); }} />}
          <Typography variant="body2" color={errors.items ? 'error' : 'text.secondary'} role={errors.items ? 'alert' : undefined}>{errors.items ?? `已勾选 ${chosen.length} 份`}</Typography>
          <ServiceFactsFields s={state} binding={recording} publicNoticeDays={file.publicNoticeDays} award={chosen.some((i) => i.kind === 'award')} />
          {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在登记…' : `登记送达（${chosen.length} 份）`}</Button>
      </DialogActions>
    </form>
  );
}

export function BatchServiceDialog({ caseFileId, preset = {}, onClose }: { caseFileId: string; preset?: BatchPreset; onClose: () => void }) {
  const q = useFileServices(caseFileId);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="batch-service-title">
      <DialogTitle id="batch-service-title">批量登记送达</DialogTitle>
      {q.isPending && <DialogContent><Loading label="正在查找未送达的文书…" /></DialogContent>}
      {q.isError && <DialogContent><ErrorState error={q.error} onRetry={() => void q.refetch()} /></DialogContent>}
      {q.data && <BatchForm file={q.data} preset={preset} onClose={onClose} />}
    </Dialog>
  );
}

/** The panel's entry: shown to who may record services when some recipient is owed two papers or more. */
export function BatchServiceButton({ file }: { file: FileServices | undefined }) {
  const [open, setOpen] = useState(false);
  if (!file?.mayAct || !batchRecipients(file).some((r) => r.count >= 2)) return null;
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>批量登记送达</Button>
      {open && <BatchServiceDialog caseFileId={file.caseFileId} onClose={() => setOpen(false)} />}
    </>
  );
}
