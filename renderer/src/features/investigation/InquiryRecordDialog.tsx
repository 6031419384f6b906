// 询问笔录 as a draft: when and where, the two or more inspectors who ask (监察条例 Art. 16: each with a valid 执法证 —
// only those are offered, the core checks again), the recorder, the person questioned (a party of the file or named
// here), the language and the interpreter (needed when not 汉语, told of the duty), and the questions and answers.
// Saving keeps it a draft; the core's refusal is shown at the field and nothing typed is lost.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormHelperText, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { FileInvestigation, InquiryRecordView } from '../../../../shared/contract/investigation';
import { LANGUAGE, type Language } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { ConflictDialog } from '../../components/ConflictDialog';
import { useConflict } from '../../components/useConflict';
import { DateTimeField, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { inquiryConflictFields, inquiryValues, type InquiryValues } from './inquiry-values';
import { QaEditor, type QaPair } from './QaEditor';
import { useCreateRecord, useReadRecord, useSaveRecord } from './queries';

const FIELDS = ['startedAt', 'endedAt', 'place', 'inspectorIds', 'recorderId', 'interviewee.partyId', 'interviewee.name', 'interviewee.idNumber', 'interviewee.phone', 'language', 'languageOther', 'interpreterName', 'interpreterDutyTold', 'qa'];
const OTHER = '';

export function InquiryRecordDialog({ data, proceedingId, record, onClose }: { data: FileInvestigation; proceedingId: string; record: InquiryRecordView | null; onClose: () => void }) {
  const parties = data.parties.filter((p) => p.proceedingId === proceedingId);
  const [opened] = useState(() => inquiryValues(record));
  const [start, setStart] = useState<DateTime>(opened.start);
  const [end, setEnd] = useState<DateTime>(opened.end);
  const [place, setPlace] = useState(opened.place);
  const [inspectors, setInspectors] = useState<string[]>(opened.inspectors);
  const [recorder, setRecorder] = useState(opened.recorder);
  const [partyId, setPartyId] = useState(opened.partyId);
  const [who, setWho] = useState(opened.who);
  const [language, setLanguage] = useState<Language>(opened.language);
  const [languageOther, setLanguageOther] = useState(opened.languageOther);
  const [interpreter, setInterpreter] = useState(opened.interpreter);
  const [dutyTold, setDutyTold] = useState(opened.dutyTold);
  const [qa, setQa] = useState<QaPair[]>(opened.qa);
  const values: InquiryValues = { start, end, place, inspectors, recorder, partyId, who, language, languageOther, interpreter, dutyTold, qa };
  const setValues = (v: InquiryValues) => {
    setStart(v.start); setEnd(v.end); setPlace(v.place); setInspectors(v.inspectors); setRecorder(v.recorder); setPartyId(v.partyId);
    setWho(v.who); setLanguage(v.language); setLanguageOther(v.languageOther); setInterpreter(v.interpreter); setDutyTold(v.dutyTold); setQa(v.qa);
  };
  const creating = useCreateRecord({ fields: FIELDS });
  const saving = useSaveRecord({ fields: FIELDS });
  const act = record ? saving : creating;
  const { fieldErrors: errors, busy, clearField: clear } = act;
  // Someone else may save the draft while this form is open: the save is made at the version last read, and a refusal
  // as stale opens the conflict screen over what they saved (issue #16: never a silent overwrite, never a lost edit).
  const [version, setVersion] = useState(record?.rowVersion ?? 0);
  const [base, setBase] = useState(opened);
  const read = useReadRecord();
  const conflicts = useConflict({
    fetch: () => (record ? read(data.caseFileId, record.id) : Promise.resolve(null)),
    valuesOf: inquiryValues,
    editable: (r) => r.status === 'draft',
  });
  // Inspectors named on the record stay offered even if their certificate lapsed since (the core says so on save).
  // A long interview is never lost to a stray click or Escape: leaving with unsaved changes asks first.
  const snapshot = JSON.stringify(values);
  const [initial, setInitial] = useState(snapshot);
  const [leaving, setLeaving] = useState(false);
  const cancel = () => (snapshot === initial || leaving ? onClose() : setLeaving(true));
  const offered = [...data.inspectors, ...(record?.inspectors.filter((i) => !data.inspectors.some((x) => x.staffId === i.staffId)) ?? [])];

  const save = async (v: InquiryValues, at: number) => {
    const startedAt = instantOfDateTime(v.start);
    const endedAt = v.end.date === '' && v.end.time === '' ? null : instantOfDateTime(v.end);
    const problems: Record<string, string> = {};
    if (startedAt === null) problems.startedAt = '请填写询问开始的日期和时间（时:分）';
    if (endedAt === null && !(v.end.date === '' && v.end.time === '')) problems.endedAt = '询问结束时间的日期或时:分有误';
    const fields = {
      startedAt: startedAt ?? 0,
      endedAt,
      place: v.place,
      inspectorIds: v.inspectors,
      recorderId: v.recorder || null,
      interviewee: { ...v.who, partyId: v.partyId || null },
      language: v.language,
      languageOther: v.language === 'other' ? v.languageOther : null,
      interpreterName: v.interpreter || null,
      interpreterDutyTold: v.dutyTold,
      qa: v.qa,
    };
    const r = record ? await saving.run({ id: record.id, rowVersion: at, ...fields }, problems) : await creating.run({ proceedingId, ...fields }, problems);
    if (r.ok) onClose();
    else if (record) await conflicts.check(r, at, base, v);
  };
  const send = onFormSubmit(() => save(values, version));
  // The person's choice on the conflict screen: the form takes the chosen values on the other person's version, and
  // saves unless nothing of theirs was kept (then there is nothing to save).
  const resolve = (v: InquiryValues, how: 'mine' | 'theirs' | 'chosen') => {
    const c = conflicts.conflict!;
    setValues(v);
    setVersion(c.current.rowVersion);
    setBase(c.theirs);
    conflicts.close();
    saving.reset();
    if (how === 'theirs') setInitial(JSON.stringify(v));
    else void save(v, c.current.rowVersion);
  };
  const person = (k: keyof typeof who, label: string, max: number, width?: number) => (
    <TextField size="small" label={label} value={who[k] ?? ''} onChange={(e) => { setWho({ ...who, [k]: e.target.value }); clear(`interviewee.${k}`); }}
      error={!!errors[`interviewee.${k}`]} helperText={errors[`interviewee.${k}`]} sx={width ? { width } : { flex: 1 }} slotProps={{ htmlInput: { maxLength: max } }} />
  );

  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth="md" aria-labelledby="inquiry-record-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="inquiry-record-title">{record ? '修改询问笔录（草稿）' : '新建询问笔录'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
              <DateTimeField label="询问开始" value={start} onChange={(v) => { setStart(v); clear('startedAt'); }} error={errors.startedAt} />
              <DateTimeField label="询问结束" value={end} onChange={(v) => { setEnd(v); clear('endedAt'); }} error={errors.endedAt} helperText="定稿前填写" />
            </Stack>
            <TextField size="small" label="询问地点" required value={place} onChange={(e) => { setPlace(e.target.value); clear('place'); }}
              error={!!errors.place} helperText={errors.place} slotProps={{ htmlInput: { maxLength: 120 } }} />
            <div>
              <Typography variant="subtitle2">询问人（两名以上持有效执法证的监察员）</Typography>
              <FormGroup row aria-label="询问人">
                {offered.map((i) => (
                  <FormControlLabel key={i.staffId} label={`${i.name}（${i.certNo}）`}
                    control={<Checkbox checked={inspectors.includes(i.staffId)} onChange={(e) => { setInspectors(e.target.checked ? [...inspectors, i.staffId] : inspectors.filter((x) => x !== i.staffId)); clear('inspectorIds'); }} />} />
                ))}
              </FormGroup>
              {offered.length < 2 && <FormHelperText>本单位持有效执法证的监察员不足两名，请先在“设置 → 人员”中登记执法证号及有效期</FormHelperText>}
              {errors.inspectorIds && <FormHelperText error>{errors.inspectorIds}</FormHelperText>}
            </div>
            <TextField select size="small" label="记录人" value={recorder} onChange={(e) => { setRecorder(e.target.value); clear('recorderId'); }} sx={{ width: 240 }}
              error={!!errors.recorderId} helperText={errors.recorderId ?? '选填'}>
              <MenuItem value="">（不填）</MenuItem>
              {offered.map((i) => <MenuItem key={i.staffId} value={i.staffId}>{i.name}</MenuItem>)}
            </TextField>
            <Typography variant="subtitle2">被询问人</Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField select size="small" label="与本案的关系" value={partyId} onChange={(e) => { const id = e.target.value; setPartyId(id); const p = parties.find((x) => x.id === id); if (p && p.person) setWho({ ...who, name: p.name }); clear('interviewee.partyId'); }}
                sx={{ width: 280 }} error={!!errors['interviewee.partyId']} helperText={errors['interviewee.partyId'] ?? '单位的，填到场人员的姓名'}>
                {parties.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}（{p.role}）</MenuItem>)}
                <MenuItem value={OTHER}>其他人员（证人、班组长等）</MenuItem>
              </TextField>
              {person('name', '姓名', 40)}
              <TextField select size="small" label="性别" value={who.sex ?? ''} onChange={(e) => setWho({ ...who, sex: (e.target.value || null) as 'M' | 'F' | null })} sx={{ width: 90 }}>
                <MenuItem value="">—</MenuItem><MenuItem value="M">男</MenuItem><MenuItem value="F">女</MenuItem>
              </TextField>
            </Stack>
            <Stack direction="row" spacing={2}>{person('idNumber', '身份证件号码', 30)}{person('phone', '联系电话', 30, 180)}</Stack>
            <Stack direction="row" spacing={2}>{person('workplace', '工作单位', 80)}{person('post', '职务（工种）', 40, 180)}</Stack>
            {person('address', '住址', 120)}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle2">询问语言</Typography>
              <RadioGroup row value={language} onChange={(e) => { setLanguage(e.target.value as Language); clear('language', 'interpreterName', 'languageOther'); }} aria-label="询问语言">
                {LANGUAGE.values.map((l) => <FormControlLabel key={l} value={l} control={<Radio size="small" />} label={LANGUAGE.label(l)} />)}
              </RadioGroup>
              {language === 'other' && (
                <TextField size="small" label="语言" value={languageOther} onChange={(e) => { setLanguageOther(e.target.value); clear('languageOther'); }} error={!!errors.languageOther} helperText={errors.languageOther} sx={{ width: 140 }} />
              )}
            </Stack>
            {language !== 'zh' && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField size="small" label="翻译人员" required value={interpreter} onChange={(e) => { setInterpreter(e.target.value); clear('interpreterName'); }}
                  error={!!errors.interpreterName} helperText={errors.interpreterName} sx={{ width: 240 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
                <div>
                  <FormControlLabel label="已告知翻译人员应如实、完整翻译" control={<Checkbox checked={dutyTold} onChange={(e) => { setDutyTold(e.target.checked); clear('interpreterDutyTold'); }} />} />
                  {errors.interpreterDutyTold && <FormHelperText error>{errors.interpreterDutyTold}</FormHelperText>}
                </div>
              </Stack>
            )}
            <QaEditor value={qa} onChange={(v) => { setQa(v); clear('qa'); }} error={errors.qa} />
            {act.formError && !conflicts.conflict && <Alert severity="error">{act.formError}</Alert>}
            {conflicts.problem && <Alert severity="error">{conflicts.problem}</Alert>}
            {leaving && snapshot !== initial && <Alert severity="warning">笔录有尚未保存的内容。请先“保存草稿”；确实不要这些内容的，再点一次“放弃修改”。</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} disabled={busy} color={leaving && snapshot !== initial ? 'warning' : 'primary'}>{leaving && snapshot !== initial ? '放弃修改' : '取消'}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '保存草稿'}</Button>
        </DialogActions>
      </form>
      {conflicts.conflict && (
        <ConflictDialog fields={inquiryConflictFields(data, record)} base={conflicts.conflict.base} theirs={conflicts.conflict.theirs} mine={conflicts.conflict.mine}
          savedBy={conflicts.conflict.current.savedBy?.name} savedAt={conflicts.conflict.current.savedAt} busy={busy} onResolve={resolve} onCancel={conflicts.close} />
      )}
    </Dialog>
  );
}
