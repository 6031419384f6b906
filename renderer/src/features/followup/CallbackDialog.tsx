// 登记回访: a call-back to a complainant — when, how (电话/当面/短信), whether it reached them, what was said, and
// whether they are satisfied. One that reached them answers them (首问负责).
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { FollowupEntry } from '../../../../shared/contract/followup';
import { CALLBACK_METHOD, CALLBACK_METHODS, SATISFACTION, SATISFACTIONS, type CallbackMethod, type Satisfaction } from '../../../../shared/domain/followup';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { useLogCallback } from './queries';

const FIELDS = ['at', 'personId', 'content', 'satisfaction'];

export function CallbackDialog({ entry, onClose }: { entry: FollowupEntry; onClose: () => void }) {
  const logging = useLogCallback({ fields: FIELDS });
  const { fieldErrors: errors, busy, clearField: clear } = logging;
  const [at, setAt] = useState<DateTime>(() => dateTimeNow());
  const [personId, setPersonId] = useState<string>(entry.complainants[0]?.id ?? '');
  const [method, setMethod] = useState<CallbackMethod>('phone');
  const [reached, setReached] = useState<'yes' | 'no'>('yes');
  const [content, setContent] = useState('');
  const [satisfaction, setSatisfaction] = useState<Satisfaction | ''>('');

  const send = onFormSubmit(async () => {
    const instant = instantOfDateTime(at);
    const problems: Record<string, string> = instant === null ? { at: '请填写回访的日期和时间（时:分）' } : {};
    const r = await logging.run(
      { intakeId: entry.intakeId, personId: personId || null, at: instant ?? 0, method, reached: reached === 'yes', content, satisfaction: reached === 'yes' && satisfaction ? satisfaction : null },
      problems,
    );
    if (r.ok) onClose();
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="callback-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="callback-title">登记回访（接待登记 {entry.regNoText}）</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DateTimeField label="回访时间" value={at} onChange={(v) => { setAt(v); clear('at'); }} error={errors.at} />
            <Stack direction="row" spacing={2}>
              <TextField select label="回访对象" value={personId} onChange={(e) => { setPersonId(e.target.value); clear('personId'); }} sx={{ flex: 1 }}
                error={!!errors.personId} helperText={errors.personId}>
                {entry.complainants.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
                <MenuItem value="">{entry.hiddenReporters > 0 ? '举报人（保密）' : '投诉人代表或全体'}</MenuItem>
              </TextField>
              <TextField select label="方式" value={method} onChange={(e) => setMethod(e.target.value as CallbackMethod)} sx={{ width: 140 }}>
                {CALLBACK_METHODS.map((m) => <MenuItem key={m} value={m}>{CALLBACK_METHOD[m]}</MenuItem>)}
              </TextField>
            </Stack>
            <RadioGroup row value={reached} onChange={(e) => { setReached(e.target.value as 'yes' | 'no'); clear('satisfaction'); }} aria-label="是否联系上">
              <FormControlLabel value="yes" control={<Radio size="small" />} label="已联系上" />
              <FormControlLabel value="no" control={<Radio size="small" />} label="未联系上" />
            </RadioGroup>
            <TextField label={reached === 'yes' ? '答复内容' : '情况说明'} value={content} onChange={(e) => { setContent(e.target.value); clear('content'); }} required multiline minRows={3}
              placeholder={reached === 'yes' ? '例如：告知已立案，监察大队将于下周到工地调查' : '例如：电话无人接听，明日再联系'}
              error={!!errors.content} helperText={errors.content} slotProps={{ htmlInput: { maxLength: 2000 } }} />
            {reached === 'yes' && (
              <TextField select label="投诉人是否满意" value={satisfaction} onChange={(e) => { setSatisfaction(e.target.value as Satisfaction); clear('satisfaction'); }}
                error={!!errors.satisfaction} helperText={errors.satisfaction} sx={{ width: 240 }}>
                {SATISFACTIONS.map((s) => <MenuItem key={s} value={s}>{SATISFACTION[s]}</MenuItem>)}
              </TextField>
            )}
            {logging.formError && <Alert severity="error">{logging.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '登记回访'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
