// The conflict screen: someone else saved this record after the form was opened, so the save was refused rather than
// overwriting them. Field by field (the form's own labels) where the two differ: what the form started from, what the
// other person saved and what this person typed; long texts as changed lines. The person keeps theirs or takes the
// other's per field, or all at once, and saves on the new version; 取消 goes back to the form with everything typed.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { dateTimeOf } from '../../../shared/domain/time';
import { differences, merge, type Choice, type ConflictField } from './conflict';
import { lineDiff } from './line-diff';

export interface ConflictDialogProps<V> {
  fields: readonly ConflictField<V>[];
  /** What the form started from, what the other person saved, what this person typed. */
  base: V;
  theirs: V;
  mine: V;
  /** Who saved the other version and when, where the record says. */
  savedBy?: string | null;
  savedAt?: number | null;
  busy?: boolean;
  /** The record as chosen, to save on the new version ('theirs' everywhere: nothing of mine is kept). */
  onResolve: (values: V, how: 'mine' | 'theirs' | 'chosen') => void;
  /** Back to the form, everything typed still there. */
  onCancel: () => void;
}

const EMPTY = '（空）';

function Diff({ before, after, title }: { before: string; after: string; title: string }) {
  const lines = lineDiff(before, after);
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary">{title}</Typography>
      <Box component="pre" aria-label={title} sx={{ m: 0, p: 1, maxHeight: 240, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'inherit', fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {lines.length === 0 && <Box component="span" sx={{ color: 'text.disabled' }}>{EMPTY}</Box>}
        {lines.map((l, i) => (
          <Box key={i} data-diff={l.kind}
            sx={l.kind === 'same' ? { color: 'text.secondary' } : l.kind === 'added' ? { bgcolor: '#e6f4ea' } : { bgcolor: '#fce8e6', textDecoration: 'line-through' }}>
            {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : '  '}{l.text}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

function Pick({ label, value, both, onChange }: { label: string; value: Choice; both: boolean; onChange: (c: Choice) => void }) {
  return (
    <RadioGroup row value={value} onChange={(e) => onChange(e.target.value as Choice)} aria-label={`${label}：采用`}>
      <FormControlLabel value="mine" control={<Radio size="small" />} label="保留我的" />
      <FormControlLabel value="theirs" control={<Radio size="small" />} label="采用对方的" />
      {both && <FormControlLabel value="both" control={<Radio size="small" />} label="合并双方的修改" />}
    </RadioGroup>
  );
}

const cell = (s: string) => (s === '' ? <Box component="span" sx={{ color: 'text.disabled' }}>{EMPTY}</Box> : s);

export function ConflictDialog<V>({ fields, base, theirs, mine, savedBy, savedAt, busy, onResolve, onCancel }: ConflictDialogProps<V>) {
  const diffs = differences(fields, base, theirs, mine);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(diffs.map((d) => [d.field.key, d.proposed])));
  const choose = (key: string, c: Choice) => setChoices({ ...choices, [key]: c });
  const short = diffs.filter((d) => !d.field.long);
  const long = diffs.filter((d) => d.field.long);
  const who = savedBy ? `${savedBy}${savedAt ? `（${dateTimeOf(savedAt)}）` : ''}` : '另一位工作人员';
  const note = (d: (typeof diffs)[number]) => (d.theirsChanged && d.mineChanged ? (d.combined ? '双方改了不同的条目' : '双方都改了') : d.theirsChanged ? '对方改了' : '我改了');

  return (
    <Dialog open onClose={busy ? undefined : onCancel} fullWidth maxWidth="lg" aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">他人已修改此记录</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">
            在您编辑期间，{who}已保存了这条记录，您的内容尚未保存，也没有丢失。请逐项选择保留您的内容或采用对方的内容，再保存。
          </Alert>
          {diffs.length === 0 && <Typography>对方保存的内容与您填写的完全相同，直接保存即可。</Typography>}
          {short.length > 0 && (
            <Table size="small" aria-label="不同之处">
              <TableHead>
                <TableRow>
                  <TableCell>项目</TableCell><TableCell>打开时的内容</TableCell><TableCell>对方保存的</TableCell><TableCell>我填写的</TableCell><TableCell>采用</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {short.map((d) => (
                  <TableRow key={d.field.key} data-testid={`conflict-${d.field.key}`}>
                    <TableCell><Typography variant="body2" sx={{ fontWeight: 500 }}>{d.field.label}</Typography><Typography variant="caption" color="text.secondary">{note(d)}</Typography></TableCell>
                    <TableCell sx={{ color: 'text.secondary' }}>{cell(d.field.show(base))}</TableCell>
                    <TableCell sx={d.theirsChanged ? { bgcolor: '#fff4e5' } : undefined}>{cell(d.field.show(theirs))}</TableCell>
                    <TableCell sx={d.mineChanged ? { bgcolor: '#e8f0fe' } : undefined}>{cell(d.field.show(mine))}</TableCell>
                    <TableCell><Pick label={d.field.label} value={choices[d.field.key] ?? d.proposed} both={d.combined !== null} onChange={(c) => choose(d.field.key, c)} /></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {long.map((d) => (
            <Box key={d.field.key} data-testid={`conflict-${d.field.key}`}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Typography variant="subtitle2">{d.field.label}</Typography>
                <Typography variant="caption" color="text.secondary">{note(d)}（与打开时相比：绿色为新增的行，红色划线为删去的行）</Typography>
                <Box sx={{ flex: 1 }} />
                <Pick label={d.field.label} value={choices[d.field.key] ?? d.proposed} both={d.combined !== null} onChange={(c) => choose(d.field.key, c)} />
              </Stack>
              <Stack direction="row" spacing={2}>
                <Diff title="对方的修改" before={d.field.show(base)} after={d.field.show(theirs)} />
                <Diff title="我的修改" before={d.field.show(base)} after={d.field.show(mine)} />
              </Stack>
            </Box>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>取消</Button>
        <Box sx={{ flex: 1 }} />
        <Button color="warning" onClick={() => onResolve(mine, 'mine')} disabled={busy}>用我的内容覆盖</Button>
        <Button onClick={() => onResolve(theirs, 'theirs')} disabled={busy}>采用对方的内容</Button>
        <Button variant="contained" onClick={() => onResolve(merge(theirs, mine, diffs, choices), 'chosen')} disabled={busy}>{busy ? '正在保存…' : '按所选保存'}</Button>
      </DialogActions>
    </Dialog>
  );
}
