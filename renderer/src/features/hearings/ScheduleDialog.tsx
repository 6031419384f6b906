// Booking a hearing for an arbitration case, or moving one (延期开庭): the day, the time and the room; the tribunal
// and its clerk come from the composition. On a 系列案's file the cases ready for a hearing may be heard together in
// one sitting (同时审理本系列案件), and a sitting's hearing is moved alone or with all its cases. What the slot breaks
// is shown as it is chosen; the core decides.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { CaseHearings, HearingRecord } from '../../../../shared/contract/hearings';
import { TIME_PATTERN } from '../../../../shared/domain/hearings';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { useDebounced } from '../../components/useDebounced';
import { onFormSubmit } from '../../platform/mutations';
import { usePostpone, useRooms, useSchedule, useSlotReview } from './queries';
import { SeriesChoice, SittingScope } from './SittingChoices';
import { SlotReview } from './SlotReview';

interface Props {
  proceedingId: string;
  /** Tribunal line for the title: who sits. */
  tribunal: string;
  /** The hearing being postponed, or null to book a new one. */
  moving: HearingRecord | null;
  /** The 系列案's cases on its file (empty otherwise): the ready ones may be heard in the same sitting. */
  seriesCases?: CaseHearings['seriesCases'];
  onClose: () => void;
  onDone: (h: HearingRecord) => void;
}

const WHO = { applicant: '申请人', respondent: '被申请人', tribunal: '仲裁庭决定' } as const;
const SLOT_FIELDS = ['date', 'start', 'end', 'roomId', 'shortNoticeAgreement', 'dayOffConfirmed', 'requestedBy', 'requestedOn', 'reason', 'jointProceedingIds'];

export function ScheduleDialog({ proceedingId: fileProceedingId, tribunal, moving, seriesCases = [], onClose, onDone }: Props) {
  const proceedingId = moving?.proceedingId ?? fileProceedingId;
  const [joint, setJoint] = useState<string[]>([]);
  const [wholeSitting, setWholeSitting] = useState(true);
  const rooms = useRooms();
  const [date, setDate] = useState(moving?.date ?? '');
  const [start, setStart] = useState(moving?.start ?? '09:30');
  const [end, setEnd] = useState(moving?.end ?? '11:30');
  const [roomId, setRoomId] = useState(moving?.roomId ?? '');
  const [agreement, setAgreement] = useState('');
  const [dayOff, setDayOff] = useState(false);
  const [requestedBy, setRequestedBy] = useState<'applicant' | 'respondent' | 'tribunal'>('tribunal');
  const [requestedOn, setRequestedOn] = useState(dateKeyOf(Date.now()));
  const [reason, setReason] = useState('');
  const binding = { fields: (k: string) => SLOT_FIELDS.includes(k) };
  const schedule = useSchedule(binding);
  const postpone = usePostpone(binding);
  const acting = moving ? postpone : schedule;
  const errors = acting.fieldErrors;
  // Debounced as one string: an object would be new on every render and never settle.
  const [dDate, dStart, dEnd, dRoom] = useDebounced([date, start, end, roomId].join('|'), 250).split('|') as [string, string, string, string];
  const slot = { date: dDate, start: dStart, end: dEnd, roomId: dRoom };
  const reviewable = /^\d{4}-\d{2}-\d{2}$/.test(slot.date) && TIME_PATTERN.test(slot.start) && TIME_PATTERN.test(slot.end) && slot.end > slot.start && slot.roomId !== '';
  const jointIds = moving ? [] : joint.filter((id) => id !== proceedingId);
  const review = useSlotReview({ proceedingId, ...slot, hearingId: moving?.id ?? null, jointProceedingIds: jointIds }, reviewable);
  const clear = (...names: string[]) => acting.clearField(...names);

  const send = onFormSubmit(async () => {
    const base = { date, start, end, roomId, shortNoticeAgreement: agreement, dayOffConfirmed: dayOff };
    const r = moving
      ? await postpone.run({ hearingId: moving.id, expectedRowVersion: moving.rowVersion, requestedBy, requestedOn: requestedBy === 'tribunal' ? null : requestedOn, reason, ...base, wholeSitting: wholeSitting && moving.sittingId !== null })
      : await schedule.run({ proceedingId, ...base, jointProceedingIds: jointIds });
    if (r.ok) onDone(r.value);
  });
  const active = (rooms.data ?? []).filter((r) => r.active);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="schedule-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="schedule-title">{moving ? '延期开庭' : '安排开庭'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">仲裁庭：{tribunal}</Typography>
            {!moving && seriesCases.length > 1 && <SeriesChoice proceedingId={proceedingId} cases={seriesCases} chosen={joint} onChange={(ids) => { setJoint(ids); clear('jointProceedingIds', 'roomId'); }} error={errors.jointProceedingIds} />}
            {moving && (
              <>
                <Typography variant="body2">原定 {moving.date} {moving.start}—{moving.end}（{moving.roomName}）{moving.caseNumber ? ` · ${moving.caseNumber}` : ''}</Typography>
                <SittingScope hearing={moving} whole={wholeSitting} onChange={setWholeSitting} verb="延期" />
                <RadioGroup row value={requestedBy} onChange={(e) => { setRequestedBy(e.target.value as typeof requestedBy); clear('requestedOn'); }} aria-label="延期由谁提出">
                  {(Object.keys(WHO) as (keyof typeof WHO)[]).map((k) => <FormControlLabel key={k} value={k} control={<Radio />} label={k === 'tribunal' ? WHO[k] : `${WHO[k]}申请`} />)}
                </RadioGroup>
                {requestedBy !== 'tribunal' && <DateField label="申请日期" value={requestedOn} onChange={(v) => { setRequestedOn(v); clear('requestedOn'); }} error={errors.requestedOn} width={200} wideHelper />}
                <TextField label="延期理由" value={reason} onChange={(e) => { setReason(e.target.value); clear('reason'); }} multiline minRows={2} error={!!errors.reason} helperText={errors.reason ?? '必填'} />
              </>
            )}
            <DateField label={moving ? '新的开庭日期' : '开庭日期'} value={date} onChange={(v) => { setDate(v); clear('date', 'dayOffConfirmed'); }} error={errors.date} width={200} wideHelper />
            <Stack direction="row" spacing={2}>
              <TextField label="开始时间" value={start} onChange={(e) => { setStart(e.target.value); clear('start'); }} size="small" error={!!errors.start} helperText={errors.start ?? '如 09:30'} sx={{ width: 160 }} />
              <TextField label="结束时间" value={end} onChange={(e) => { setEnd(e.target.value); clear('end'); }} size="small" error={!!errors.end} helperText={errors.end ?? '如 11:30'} sx={{ width: 160 }} />
            </Stack>
            <TextField select label="仲裁庭室" value={roomId} onChange={(e) => { setRoomId(e.target.value); clear('roomId', 'start'); }} size="small" error={!!errors.roomId} helperText={errors.roomId ?? (active.length === 0 ? '尚未设置仲裁庭室，请管理员在“设置 · 仲裁庭室”中添加' : undefined)}>
              {active.map((r) => <MenuItem key={r.id} value={r.id}>{r.name}（{r.capacity}人{r.recording ? '，有录音录像' : ''}）</MenuItem>)}
            </TextField>
            <SlotReview review={reviewable ? review.data : undefined} agreed={agreement.trim() !== ''} shownAtFields={Object.values(errors)} />
            {(review.data?.noticeProblem || errors.date?.includes('当事人同意')) && (
              <TextField label="当事人同意缩短通知期限的情况" value={agreement} onChange={(e) => { setAgreement(e.target.value); clear('date'); }} multiline minRows={2}
                helperText="写明哪些当事人、何时、以何种方式同意（如书面同意书已附卷）" />
            )}
            {(review.data?.dayOffWarning || errors.dayOffConfirmed) && (
              <FormControlLabel control={<Checkbox checked={dayOff} onChange={(e) => { setDayOff(e.target.checked); clear('dayOffConfirmed'); }} />} label="确认在非工作日开庭" />
            )}
            {errors.dayOffConfirmed && <Typography variant="body2" color="error">{errors.dayOffConfirmed}</Typography>}
            {acting.formError && <Alert severity="error" data-testid="schedule-refusal">{acting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={acting.busy}>{acting.busy ? '正在提交…' : moving ? '确认延期' : '确认安排'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
