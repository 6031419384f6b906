// 记录约谈或调度会: the date and place, why, who came — the file's parties (the employer, the 总包, the 建设单位 …, each
// with the person who came for it) and people of other bodies by name and unit — and what came of it.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, IconButton, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { dateKeyOf } from '../../../../shared/domain/time';
import { MEETING_KIND, type MeetingKind } from '../../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useRecordMeeting } from './queries';

export interface FileParty {
  partyId: string;
  name: string;
  /** Its role on the file: 用人单位, 施工总承包单位, 建设单位 … */
  role: string;
}

interface Row {
  partyId: string | null;
  name: string;
  organisation: string;
  /** What they committed to (a 联调会 records each body's commitment). */
  commitment: string;
}

export function MeetingDialog({ caseFileId, parties, onClose }: { caseFileId: string; parties: FileParty[]; onClose: () => void }) {
  const [kind, setKind] = useState<MeetingKind>('interview');
  const [date, setDate] = useState(() => dateKeyOf(Date.now()));
  const [place, setPlace] = useState('');
  const [purpose, setPurpose] = useState('');
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [promised, setPromised] = useState<Record<string, string>>({});
  const [others, setOthers] = useState<Row[]>([]);
  const [outcome, setOutcome] = useState('');
  const fromParties: Row[] = parties.filter((p) => chosen[p.partyId] !== undefined).map((p) => ({ partyId: p.partyId, name: chosen[p.partyId]!, organisation: '', commitment: promised[p.partyId] ?? '' }));
  const attendees = [...fromParties, ...others];
  /** The messages this form shows at a field: a free row's name and unit; a party's (not one of the file's) only above the buttons. */
  const shows = (k: string) => {
    if (['date', 'outcome', 'attendees'].includes(k)) return true;
    const m = /^attendees\.(\d+)\.(name|organisation)$/.exec(k);
    return m !== null && Number(m[1]) >= fromParties.length;
  };
  const recording = useRecordMeeting({ fields: shows });
  const { fieldErrors: errors, busy, clearField: clear } = recording;
  // Messages about free rows come back indexed after the parties' rows.
  const otherError = (i: number, f: 'name' | 'organisation') => errors[`attendees.${fromParties.length + i}.${f}`];
  const send = onFormSubmit(async () => {
    const r = await recording.run({ caseFileId, kind, date, place, purpose, outcome, attendees: attendees.map((a) => ({ partyId: a.partyId, name: a.name, organisation: a.partyId ? null : a.organisation, commitment: a.commitment })) });
    if (r.ok) onClose();
  });
  const setOther = (i: number, patch: Partial<Row>) => setOthers((v) => v.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="meeting-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="meeting-title">记录约谈或调度会</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RadioGroup row value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)} aria-label="类型">
              {MEETING_KIND.values.map((k) => <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={MEETING_KIND.label(k)} />)}
            </RadioGroup>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <DateField label="日期" value={date} onChange={(v) => { setDate(v); clear('date'); }} error={errors.date} width={200} wideHelper />
              <TextField size="small" label="地点" value={place} onChange={(e) => setPlace(e.target.value)} sx={{ flex: 1 }} placeholder="例如：局三楼会议室" helperText="选填" slotProps={{ htmlInput: { maxLength: 200 } }} />
            </Stack>
            <TextField label="事由" value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder={kind === 'interview' ? '例如：督促总包单位限期支付拖欠的工资' : '例如：协调住建、公安和建设单位处置欠薪'}
              helperText="选填" slotProps={{ htmlInput: { maxLength: 500 } }} />
            <Stack spacing={1}>
              <Typography variant="body2" color={errors.attendees ? 'error' : 'text.secondary'}>参加人员</Typography>
              {parties.length === 0 && <Typography variant="body2" color="text.secondary">本案卷没有登记用人单位、总包或建设单位，请按姓名和单位登记。</Typography>}
              {parties.map((p) => (
                <Stack key={p.partyId} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <FormControlLabel sx={{ flex: 1, minWidth: 0 }} label={`${p.name}（${p.role}）`}
                    control={<Checkbox size="small" checked={chosen[p.partyId] !== undefined} onChange={(e) => { setChosen((c) => ({ ...c, [p.partyId]: e.target.checked ? '' : undefined })); clear('attendees'); }} />} />
                  {chosen[p.partyId] !== undefined && (
                    <TextField size="small" label="到场人员" value={chosen[p.partyId]} onChange={(e) => setChosen((c) => ({ ...c, [p.partyId]: e.target.value }))}
                      placeholder="例如：法定代表人王建国" sx={{ width: 240 }} slotProps={{ htmlInput: { 'aria-label': `到场人员：${p.name}`, maxLength: 40 } }} />
                  )}
                  {chosen[p.partyId] !== undefined && (
                    <TextField size="small" label="承诺事项" value={promised[p.partyId] ?? ''} onChange={(e) => setPromised((c) => ({ ...c, [p.partyId]: e.target.value }))}
                      placeholder="选填" sx={{ width: 240 }} slotProps={{ htmlInput: { 'aria-label': `承诺事项：${p.name}`, maxLength: 500 } }} />
                  )}
                </Stack>
              ))}
              {others.map((o, i) => (
                <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <TextField size="small" label={`姓名（第${i + 1}人）`} value={o.name} onChange={(e) => { setOther(i, { name: e.target.value }); clear(`attendees.${fromParties.length + i}.name`); }}
                    sx={{ width: 160 }} error={!!otherError(i, 'name')} helperText={otherError(i, 'name')} />
                  <TextField size="small" label={`所在单位（第${i + 1}人）`} value={o.organisation} onChange={(e) => { setOther(i, { organisation: e.target.value }); clear(`attendees.${fromParties.length + i}.organisation`); }}
                    sx={{ flex: 1 }} placeholder="例如：日喀则市住房和城乡建设局" error={!!otherError(i, 'organisation')} helperText={otherError(i, 'organisation')} />
                  <TextField size="small" label={`承诺事项（第${i + 1}人）`} value={o.commitment} onChange={(e) => setOther(i, { commitment: e.target.value })}
                    sx={{ flex: 1 }} placeholder="选填，例如：暂停总包单位招投标资格" slotProps={{ htmlInput: { maxLength: 500 } }} />
                  <IconButton aria-label={`删除第${i + 1}人`} onClick={() => setOthers((v) => v.filter((_, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton>
                </Stack>
              ))}
              <Button size="small" startIcon={<AddIcon />} onClick={() => { setOthers((v) => [...v, { partyId: null, name: '', organisation: '', commitment: '' }]); clear('attendees'); }} sx={{ alignSelf: 'flex-start' }}>
                按姓名和单位添加
              </Button>
              {errors.attendees && <FormHelperText error>{errors.attendees}</FormHelperText>}
            </Stack>
            <TextField label="结果" value={outcome} onChange={(e) => { setOutcome(e.target.value); clear('outcome'); }} required multiline minRows={3}
              placeholder="例如：总包单位承诺11月30日前代发全部工资，住建局督促落实" error={!!errors.outcome} helperText={errors.outcome ?? '达成的意见、承诺和期限'} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '记录'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
