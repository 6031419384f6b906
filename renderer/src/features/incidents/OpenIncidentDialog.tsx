// 登记群体性事件: when it began and when the bureau learned of it (the report clocks run from then), where, what the
// crowd does, how many and who leads them. The core makes the file urgent and sets the clocks from the local plan.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { INCIDENT_ACT, INCIDENT_PLACE, type IncidentAct, type IncidentPlace } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from './DateTimeField';
import { useOpenIncident } from './queries';

const BAD_TIME = '请填写日期和时间（时:分，如 09:40）';
/** The fields this dialog shows messages at; anything else the core says goes above the buttons. */
const FIELDS = ['startedAt', 'learnedAt', 'place', 'acts', 'peopleCount', 'leaders', 'description'];

export function OpenIncidentDialog({ caseFileId, urgent, onClose }: { caseFileId: string; urgent: boolean; onClose: () => void }) {
  const opening = useOpenIncident({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = opening;
  const [started, setStarted] = useState<DateTime>(() => dateTimeNow());
  const [learned, setLearned] = useState<DateTime>(() => dateTimeNow());
  const [placeKind, setPlaceKind] = useState<IncidentPlace>('bureauGate');
  const [place, setPlace] = useState('');
  const [acts, setActs] = useState<IncidentAct[]>([]);
  const [people, setPeople] = useState('');
  const [leaders, setLeaders] = useState('');
  const [description, setDescription] = useState('');

  const send = onFormSubmit(async () => {
    const startedAt = instantOfDateTime(started);
    const learnedAt = instantOfDateTime(learned);
    const problems: Record<string, string> = {};
    if (startedAt === null) problems.startedAt = BAD_TIME;
    if (learnedAt === null) problems.learnedAt = BAD_TIME;
    // Blank or not a number: NaN, which the contract refuses with its own message (and which is never sent).
    const peopleCount = people.trim() === '' ? NaN : Number(people.trim());
    const r = await opening.run({ caseFileId, startedAt: startedAt ?? 0, learnedAt: learnedAt ?? 0, placeKind, place, acts, description, peopleCount, leaders }, problems);
    if (r.ok) onClose();
  });
  const toggle = (a: IncidentAct) => {
    setActs((v) => (v.includes(a) ? v.filter((x) => x !== a) : [...v, a]));
    clear('acts');
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="open-incident-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="open-incident-title">登记群体性事件</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="warning">
              登记后{urgent ? '' : '案卷标为紧急，'}事件列在每位领导工作台的最上方；向上级报告、通报公安（工程建设领域还须通报住建）的时限自接报时间起，按本局应急预案参数计算（本局口径，待核实）。
            </Alert>
            <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <DateTimeField label="事发时间" value={started} onChange={(v) => { setStarted(v); clear('startedAt'); }} error={errors.startedAt} />
              <DateTimeField label="接报时间" value={learned} onChange={(v) => { setLearned(v); clear('learnedAt'); }} error={errors.learnedAt} helperText="报告时限自此起算" />
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField select label="地点" value={placeKind} onChange={(e) => { setPlaceKind(e.target.value as IncidentPlace); clear('place'); }} sx={{ width: 180 }}>
                {INCIDENT_PLACE.values.map((p) => <MenuItem key={p} value={p}>{INCIDENT_PLACE.label(p)}</MenuItem>)}
              </TextField>
              <TextField label="具体地点" value={place} onChange={(e) => { setPlace(e.target.value); clear('place'); }} sx={{ flex: 1 }} required={placeKind !== 'bureauGate'}
                placeholder={placeKind === 'site' ? '例如：桑珠孜区珠峰路安置房项目工地' : placeKind === 'road' ? '例如：上海北路与青岛路路口' : undefined}
                error={!!errors.place} helperText={errors.place ?? (placeKind === 'bureauGate' ? '选填' : undefined)} slotProps={{ htmlInput: { maxLength: 200 } }} />
            </Stack>
            <FormControl error={!!errors.acts} component="fieldset">
              <FormLabel component="legend">事件情形（可多选）</FormLabel>
              <FormGroup row>
                {INCIDENT_ACT.values.map((a) => <FormControlLabel key={a} control={<Checkbox size="small" checked={acts.includes(a)} onChange={() => toggle(a)} />} label={INCIDENT_ACT.label(a)} />)}
              </FormGroup>
              {errors.acts && <FormHelperText>{errors.acts}</FormHelperText>}
            </FormControl>
            <Stack direction="row" spacing={2}>
              <TextField label="人数" value={people} onChange={(e) => { setPeople(e.target.value); clear('peopleCount'); }} required sx={{ width: 140 }}
                error={!!errors.peopleCount} helperText={errors.peopleCount ?? '约数即可'} slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }} />
              <TextField label="带头人" value={leaders} onChange={(e) => setLeaders(e.target.value)} sx={{ flex: 1 }} placeholder="例如：边巴次仁（班组长）"
                error={!!errors.leaders} helperText={errors.leaders ?? '选填：姓名、身份或联系方式'} slotProps={{ htmlInput: { maxLength: 200 } }} />
            </Stack>
            <TextField label="事件经过" value={description} onChange={(e) => { setDescription(e.target.value); clear('description'); }} required multiline minRows={3}
              placeholder="例如：十二名工人在局门口拉横幅讨要工资，堵住大门，情绪激动" error={!!errors.description} helperText={errors.description} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {opening.formError && <Alert severity="error">{opening.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>{busy ? '正在提交…' : '登记'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
