// The two forms of the evidence list: an item a party submits (name, source, what it proves, pages, whether the
// original was seen, the day — after the 举证期限 it is marked 逾期提交, not refused), and the other side's 质证意见 on
// its 真实性, 合法性 and 关联性, with reasons where it disputes one.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { EvidenceItemView } from '../../../../shared/contract/arbitration-evidence';
import { OPINION, OPINION_ASPECT, type Opinion, type OpinionAspect } from '../../../../shared/domain/arbitration-evidence';
import { dateKeyOf } from '../../../../shared/domain/time';
import { onFormSubmit } from '../../platform/mutations';
import { useAddEvidence, useEvidenceOpinion } from './queries';

export function AddEvidenceDialog({ proceedingId, party, onClose, onAdded }: { proceedingId: string; party: { partyId: string; label: string }; onClose: () => void; onAdded: (warning: string | null) => void }) {
  const [v, setV] = useState({ title: '', source: '', purpose: '', copies: '', originalSeen: false, submittedOn: dateKeyOf(Date.now()) });
  const adding = useAddEvidence({ fields: ['title', 'source', 'purpose', 'copies', 'submittedOn'] });
  const e = adding.fieldErrors;
  const field = (k: 'title' | 'source' | 'purpose' | 'copies' | 'submittedOn', label: string, extra: object = {}) => (
    <TextField size="small" label={label} value={v[k]} onChange={(x) => { setV({ ...v, [k]: x.target.value }); adding.clearField(k); }} error={!!e[k]} helperText={e[k]} {...extra} />
  );
  const send = onFormSubmit(async () => {
    const copies = v.copies.trim() === '' ? null : Number(v.copies);
    const r = await adding.run({ proceedingId, partyId: party.partyId, title: v.title, source: v.source || null, purpose: v.purpose, copies, originalSeen: v.originalSeen, submittedOn: v.submittedOn });
    if (r.ok) onAdded(r.value.warning);
  });
  return (
    <Dialog open onClose={adding.busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="evidence-add-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="evidence-add-title">登记证据：{party.label}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {field('title', '证据名称', { required: true, slotProps: { htmlInput: { maxLength: 120 } } })}
            {field('source', '证据来源（选填）', { slotProps: { htmlInput: { maxLength: 120 } } })}
            {field('purpose', '证明目的', { required: true, multiline: true, minRows: 2, slotProps: { htmlInput: { maxLength: 1000 } } })}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              {field('copies', '页数（选填）', { type: 'number', sx: { width: 140 } })}
              {field('submittedOn', '提交日期', { type: 'date', required: true, sx: { width: 180 }, slotProps: { inputLabel: { shrink: true } } })}
              <FormControlLabel label="已核对原件" control={<Checkbox checked={v.originalSeen} onChange={(x) => setV({ ...v, originalSeen: x.target.checked })} />} />
            </Stack>
            {adding.formError && <Alert severity="error">{adding.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={adding.busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={adding.busy}>{adding.busy ? '正在保存…' : '登记'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function OpinionDialog({ item, by: defaultBy, onClose }: { item: EvidenceItemView; by: string; onClose: () => void }) {
  const [views, setViews] = useState<Record<OpinionAspect, Opinion>>({
    authenticity: item.opinion?.authenticity ?? 'accepted',
    legality: item.opinion?.legality ?? 'accepted',
    relevance: item.opinion?.relevance ?? 'accepted',
  });
  const [text, setText] = useState(item.opinion?.text ?? '');
  const [by, setBy] = useState(item.opinion?.by ?? defaultBy);
  const [on, setOn] = useState(item.opinion?.on ?? dateKeyOf(Date.now()));
  const saving = useEvidenceOpinion({ fields: ['text', 'by', 'on'] });
  const e = saving.fieldErrors;
  const send = onFormSubmit(async () => {
    const r = await saving.run({ id: item.id, rowVersion: item.rowVersion, ...views, text: text || null, by, on });
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={saving.busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="evidence-opinion-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="evidence-opinion-title">质证意见：{item.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2}>
              {(Object.keys(OPINION_ASPECT) as OpinionAspect[]).map((a) => (
                <TextField key={a} select size="small" label={OPINION_ASPECT[a]} value={views[a]} onChange={(x) => { setViews({ ...views, [a]: x.target.value as Opinion }); saving.clearField('text'); }} sx={{ width: 130 }}>
                  {(Object.keys(OPINION) as Opinion[]).map((o) => <MenuItem key={o} value={o}>{OPINION[o]}</MenuItem>)}
                </TextField>
              ))}
            </Stack>
            <TextField size="small" label="理由（不认可的须填写）" multiline minRows={2} value={text} onChange={(x) => { setText(x.target.value); saving.clearField('text'); }} error={!!e.text} helperText={e.text} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            <Stack direction="row" spacing={2}>
              <TextField size="small" label="发表意见的当事人或代理人" required value={by} onChange={(x) => { setBy(x.target.value); saving.clearField('by'); }} error={!!e.by} helperText={e.by} sx={{ flex: 1 }} />
              <TextField size="small" type="date" label="质证日期" required value={on} onChange={(x) => { setOn(x.target.value); saving.clearField('on'); }} error={!!e.on} helperText={e.on} sx={{ width: 180 }} slotProps={{ inputLabel: { shrink: true } }} />
            </Stack>
            {saving.formError && <Alert severity="error">{saving.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving.busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={saving.busy}>{saving.busy ? '正在保存…' : '保存质证意见'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
