// The 庭审笔录's parts typed at the hearing: who is present (each party, legal representative or agent, and whom an
// agent speaks for), and the entries in the hearing's order — each a stage, a speaker and what was said.
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Button, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { ATTENDEE_CAPACITY, ATTENDEE_SIDE, TRANSCRIPT_STAGE, TRANSCRIPT_STAGES, type TranscriptAttendee, type TranscriptEntry } from '../../../../shared/domain/hearing-transcript';

/** The case's parties by name: whom an agent or legal representative appears for, filled in for the clerk. */
export interface CaseParties {
  applicants: readonly string[];
  respondents: readonly string[];
}

/** The party an attendee on this side most likely speaks for: the side's only (or first) party; none for a third party. */
const partyOf = (parties: CaseParties, side: TranscriptAttendee['side']) => (side === 'applicant' ? parties.applicants[0] : side === 'respondent' ? parties.respondents[0] : undefined) ?? '';

export function AttendeesEditor({ value, parties, onChange, error }: { value: TranscriptAttendee[]; parties: CaseParties; onChange: (v: TranscriptAttendee[]) => void; error?: string }) {
  const set = (i: number, a: TranscriptAttendee) => onChange(value.map((x, n) => (n === i ? a : x)));
  const named = new Set([...parties.applicants, ...parties.respondents]);
  // Changing the side moves a party filled in (or none) to the new side's; a party the clerk typed stays.
  const moveSide = (a: TranscriptAttendee, side: TranscriptAttendee['side']): TranscriptAttendee => ({ ...a, side, party: a.party === '' || named.has(a.party) ? partyOf(parties, side) : a.party });
  return (
    <Stack spacing={1} data-testid="attendees-editor">
      <Typography variant="subtitle2">到庭人员（{value.length} 人）</Typography>
      {value.map((a, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="attendee">
          <TextField select size="small" label="哪一方" value={a.side} onChange={(e) => set(i, moveSide(a, e.target.value as TranscriptAttendee['side']))} sx={{ width: 110 }}>
            {Object.entries(ATTENDEE_SIDE).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
          </TextField>
          <TextField select size="small" label="身份" value={a.capacity} onChange={(e) => set(i, { ...a, capacity: e.target.value as TranscriptAttendee['capacity'] })} sx={{ width: 190 }}>
            {Object.entries(ATTENDEE_CAPACITY).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
          </TextField>
          <TextField size="small" label="姓名" value={a.name} onChange={(e) => set(i, { ...a, name: e.target.value })} sx={{ width: 140 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
          {a.capacity !== 'party' && (
            <TextField size="small" label="代表的当事人" value={a.party} onChange={(e) => set(i, { ...a, party: e.target.value })} sx={{ flex: 1 }} slotProps={{ htmlInput: { maxLength: 80 } }} />
          )}
          <Tooltip title="删除该到庭人员">
            <IconButton aria-label={`删除第${i + 1}名到庭人员`} onClick={() => onChange(value.filter((_, n) => n !== i))}><DeleteOutlineIcon /></IconButton>
          </Tooltip>
        </Stack>
      ))}
      {error && <Alert severity="error">{error}</Alert>}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...value, { side: 'respondent', capacity: 'agent', name: '', party: partyOf(parties, 'respondent') }])}>添加到庭人员</Button>
      </div>
    </Stack>
  );
}

export function EntriesEditor({ value, onChange, error }: { value: TranscriptEntry[]; onChange: (v: TranscriptEntry[]) => void; error?: string }) {
  const set = (i: number, e: TranscriptEntry) => onChange(value.map((x, n) => (n === i ? e : x)));
  const last = value.at(-1);
  // The clerk types as the hearing runs: a new entry takes the cursor (and comes into view) at its speaker.
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Stack spacing={1.5} data-testid="entries-editor">
      <Typography variant="subtitle2">庭审记录（{value.length} 条，按庭审顺序：开庭、陈述、举证质证、辩论、最后陈述、调解）</Typography>
      {value.map((x, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1.5 }} data-testid="transcript-entry">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack spacing={1} sx={{ flex: 1 }}>
              <Stack direction="row" spacing={1}>
                <TextField select size="small" label="阶段" value={x.stage} onChange={(e) => set(i, { ...x, stage: e.target.value as TranscriptEntry['stage'] })} sx={{ width: 260 }}>
                  {TRANSCRIPT_STAGES.map((s) => <MenuItem key={s} value={s}>{TRANSCRIPT_STAGE[s]}</MenuItem>)}
                </TextField>
                <TextField size="small" label={`第${i + 1}条 发言人`} value={x.speaker} autoFocus={added === i} onChange={(e) => set(i, { ...x, speaker: e.target.value })} sx={{ flex: 1 }}
                  placeholder="如：首席仲裁员王芳、申请人扎西" slotProps={{ htmlInput: { maxLength: 60 } }} />
              </Stack>
              <TextField size="small" label={`第${i + 1}条 内容`} multiline minRows={2} value={x.text} onChange={(e) => set(i, { ...x, text: e.target.value })} slotProps={{ htmlInput: { maxLength: 8000 } }} />
            </Stack>
            <Tooltip title="删除这条记录">
              <IconButton aria-label={`删除第${i + 1}条记录`} onClick={() => onChange(value.filter((_, n) => n !== i))}><DeleteOutlineIcon /></IconButton>
            </Tooltip>
          </Stack>
        </Paper>
      ))}
      {error && <Alert severity="error">{error}</Alert>}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => { setAdded(value.length); onChange([...value, { stage: last?.stage ?? 'opening', speaker: '', text: '' }]); }}>添加一条记录</Button>
      </div>
    </Stack>
  );
}
