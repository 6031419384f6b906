// 庭审笔录 as the clerk types it at the hearing: the times and place, those present, the language and interpreter, and
// the entries in order. Saved as a draft while typing — a moment after each change, at the version last saved — so
// nothing typed is lost; closing saves what is pending first. The core's refusal is shown at the field.
import { Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { TranscriptSaveInput, TranscriptView } from '../../../../shared/contract/hearing-transcripts';
import type { TranscriptAttendee, TranscriptEntry } from '../../../../shared/domain/hearing-transcript';
import { dateTimeOf } from '../../../../shared/domain/time';
import { LANGUAGE, type Language } from '../../../../shared/domain/vocabulary';
import { ConflictDialog } from '../../components/ConflictDialog';
import { useConflict } from '../../components/useConflict';
import { DateTimeField, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { AttendeesEditor, EntriesEditor } from './TranscriptEntries';
import { useReadTranscript, useSaveTranscript } from './queries';
import { TRANSCRIPT_CONFLICT_FIELDS, transcriptValues, type TranscriptValues } from './transcript-values';

const FIELDS = ['startedAt', 'endedAt', 'place', 'attendees', 'language', 'languageOther', 'interpreterName', 'interpreterDutyTold', 'entries'];
const AUTOSAVE_MS = 1200;

export function TranscriptDialog({ record, onClose }: { record: TranscriptView; onClose: () => void }) {
  const [opened] = useState(() => transcriptValues(record));
  const [start, setStart] = useState<DateTime>(opened.start);
  const [end, setEnd] = useState<DateTime>(opened.end);
  const [place, setPlace] = useState(opened.place);
  const [attendees, setAttendees] = useState<TranscriptAttendee[]>(opened.attendees);
  const [language, setLanguage] = useState<Language>(opened.language);
  const [languageOther, setLanguageOther] = useState(opened.languageOther);
  const [interpreter, setInterpreter] = useState(opened.interpreter);
  const [dutyTold, setDutyTold] = useState(opened.dutyTold);
  const [entries, setEntries] = useState<TranscriptEntry[]>(opened.entries);
  const values: TranscriptValues = { start, end, place, attendees, language, languageOther, interpreter, dutyTold, entries };
  const setValues = (v: TranscriptValues) => {
    setStart(v.start); setEnd(v.end); setPlace(v.place); setAttendees(v.attendees); setLanguage(v.language);
    setLanguageOther(v.languageOther); setInterpreter(v.interpreter); setDutyTold(v.dutyTold); setEntries(v.entries);
  };
  const saving = useSaveTranscript({ fields: FIELDS });
  const { fieldErrors: errors, clearField: clear } = saving;
  // The version the next save is made at, and when the last save landed.
  const version = useRef(record.rowVersion);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const snapshot = JSON.stringify(values);
  const [saved, setSaved] = useState(snapshot);
  // The content a save was refused for: not sent again until it changes (the refusal stays shown at its field).
  const [refused, setRefused] = useState<string | null>(null);
  const [advice, setAdvice] = useState(record.advice);
  // What the last save landed (the base a conflict is compared with): another clerk's save in between is refused as
  // stale and the conflict screen shows both (issue #16: never a silent overwrite, never a lost edit).
  const base = useRef(opened);
  const read = useReadTranscript();
  const conflicts = useConflict({ fetch: () => read(record.caseFileId, record.id), valuesOf: transcriptValues, editable: (r) => r.status === 'draft' });

  const input = (v: TranscriptValues): { input: TranscriptSaveInput; problems: Record<string, string> } => {
    const startedAt = instantOfDateTime(v.start);
    const endedAt = v.end.date === '' && v.end.time === '' ? null : instantOfDateTime(v.end);
    const problems: Record<string, string> = {};
    if (startedAt === null) problems.startedAt = '请填写开庭的日期和时间（时:分）';
    if (endedAt === null && !(v.end.date === '' && v.end.time === '')) problems.endedAt = '闭庭时间的日期或时:分有误';
    return {
      problems,
      input: {
        id: record.id,
        rowVersion: version.current,
        startedAt: startedAt ?? 0,
        endedAt,
        place: v.place,
        attendees: v.attendees,
        language: v.language,
        languageOther: v.language === 'other' ? v.languageOther : null,
        interpreterName: v.language === 'zh' ? null : v.interpreter || null,
        interpreterDutyTold: v.dutyTold,
        entries: v.entries,
      },
    };
  };
  const save = async (v: TranscriptValues = values): Promise<boolean> => {
    const at = JSON.stringify(v);
    const { input: i, problems } = input(v);
    const r = await saving.run(i, problems);
    if (!r.ok) {
      setRefused(at);
      await conflicts.check(r, i.rowVersion, base.current, v);
      return false;
    }
    version.current = r.value.rowVersion;
    base.current = v;
    setAdvice(r.value.advice);
    setSaved(at);
    setSavedAt(Date.now());
    return true;
  };
  // The clerk's choice on the conflict screen: the form takes the chosen values on the other person's version and
  // saves them, unless nothing of the clerk's was kept (their record is then the saved one).
  const resolve = (v: TranscriptValues, how: 'mine' | 'theirs' | 'chosen') => {
    const c = conflicts.conflict!;
    version.current = c.current.rowVersion;
    base.current = c.theirs;
    setAdvice(c.current.advice);
    setSaved(JSON.stringify(c.theirs));
    setValues(v);
    conflicts.close();
    saving.reset();
    if (how !== 'theirs') void save(v);
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  // A moment after the typing stops, the draft is saved; a refusal waits for the next change.
  useEffect(() => {
    if (snapshot === saved || snapshot === refused || saving.busy) return;
    const timer = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [snapshot, saved, refused, saving.busy]);
  const pending = snapshot !== saved;
  const close = async () => {
    if (pending && !(await save())) return;
    onClose();
  };

  return (
    <Dialog open onClose={saving.busy ? undefined : () => void close()} fullWidth maxWidth="md" aria-labelledby="transcript-title">
      <DialogTitle id="transcript-title">庭审笔录（草稿）</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            仲裁庭：{record.arbitrators.map((a) => `${record.arbitrators.length === 1 ? '独任仲裁员' : a.presiding ? '首席仲裁员' : '仲裁员'}${a.name}`).join('，')}；书记员：{record.clerk}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
            <DateTimeField label="开庭" value={start} onChange={(v) => { setStart(v); clear('startedAt'); }} error={errors.startedAt} />
            <DateTimeField label="闭庭" value={end} onChange={(v) => { setEnd(v); clear('endedAt'); }} error={errors.endedAt} helperText="定稿前填写" />
          </Stack>
          <TextField size="small" label="开庭地点" required value={place} onChange={(e) => { setPlace(e.target.value); clear('place'); }} error={!!errors.place} helperText={errors.place} slotProps={{ htmlInput: { maxLength: 120 } }} />
          <AttendeesEditor value={attendees} parties={record.parties} onChange={(v) => { setAttendees(v); clear('attendees'); }} error={errors.attendees} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle2">庭审语言</Typography>
            <RadioGroup row value={language} onChange={(e) => { setLanguage(e.target.value as Language); clear('language', 'interpreterName', 'languageOther'); }} aria-label="庭审语言">
              {LANGUAGE.values.map((l) => <FormControlLabel key={l} value={l} control={<Radio size="small" />} label={LANGUAGE.label(l)} />)}
            </RadioGroup>
            {language === 'other' && <TextField size="small" label="语言" value={languageOther} onChange={(e) => { setLanguageOther(e.target.value); clear('languageOther'); }} error={!!errors.languageOther} helperText={errors.languageOther} sx={{ width: 140 }} />}
          </Stack>
          {language !== 'zh' && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField size="small" label="翻译人员" required value={interpreter} onChange={(e) => { setInterpreter(e.target.value); clear('interpreterName'); }} error={!!errors.interpreterName} helperText={errors.interpreterName} sx={{ width: 240 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
              <div>
                <FormControlLabel label="已告知翻译人员应如实、完整翻译" control={<Checkbox checked={dutyTold} onChange={(e) => { setDutyTold(e.target.checked); clear('interpreterDutyTold'); }} />} />
                {errors.interpreterDutyTold && <FormHelperText error>{errors.interpreterDutyTold}</FormHelperText>}
              </div>
            </Stack>
          )}
          <EntriesEditor value={entries} onChange={(v) => { setEntries(v); clear('entries'); }} error={errors.entries} />
          {advice.map((a) => <Alert key={a} severity="info">{a}</Alert>)}
          {saving.formError && !conflicts.conflict && <Alert severity="error">{saving.formError}</Alert>}
          {conflicts.problem && <Alert severity="error">{conflicts.problem}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Box sx={{ flex: 1, pl: 2 }}>
          <Typography variant="body2" color={pending ? 'text.secondary' : 'success.main'} data-testid="autosave-status">
            {saving.busy ? '正在保存…' : pending ? '有尚未保存的内容' : savedAt ? `草稿已自动保存（${dateTimeOf(savedAt).slice(11)}）` : '草稿已保存'}
          </Typography>
        </Box>
        <Button variant="contained" onClick={() => void close()} disabled={saving.busy}>{pending ? '保存并关闭' : '关闭'}</Button>
      </DialogActions>
      {conflicts.conflict && (
        <ConflictDialog fields={TRANSCRIPT_CONFLICT_FIELDS} base={conflicts.conflict.base} theirs={conflicts.conflict.theirs} mine={conflicts.conflict.mine}
          savedBy={conflicts.conflict.current.savedBy?.name} savedAt={conflicts.conflict.current.savedAt} busy={saving.busy} onResolve={resolve} onCancel={conflicts.close} />
      )}
    </Dialog>
  );
}
