// 组庭: the tribunal chosen from the file's team — a panel (the presiding arbitrator and two more) or a sole
// arbitrator, and the clerk. The core checks each one's 仲裁员证 on the day and says so at the field.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { TeamMember } from '../../../../shared/contract/casework';
import { TRIBUNAL_FORM } from '../../../../shared/domain/proceedings/arbitration';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useTakeStep } from '../casework/queries';

interface Props {
  proceedingId: string;
  rowVersion: number;
  team: readonly TeamMember[];
  onClose: () => void;
  onDone: () => void;
}

const FIELDS = ['date', 'form', 'presidingStaffId', 'memberStaffIds', 'clerkStaffId'];

export function ComposeDialog({ proceedingId, rowVersion, team, onClose, onDone }: Props) {
  const people = team.filter((m) => m.staff !== null);
  const certified = people.filter((m) => m.arbitratorCertExpiry !== null);
  const [date, setDate] = useState(dateKeyOf(Date.now()));
  const [form, setForm] = useState<'panel' | 'sole'>('panel');
  const [presiding, setPresiding] = useState('');
  const [members, setMembers] = useState<[string, string]>(['', '']);
  const [clerk, setClerk] = useState('');
  const acting = useTakeStep({ fields: (k) => FIELDS.some((f) => k === f || k.startsWith(`${f}.`)) });
  const errors = acting.fieldErrors;
  const send = onFormSubmit(async () => {
    const memberStaffIds = form === 'panel' ? members.filter((m) => m !== '') : [];
    const r = await acting.run({ proceedingId, action: 'compose', input: { date, form, presidingStaffId: presiding, memberStaffIds, clerkStaffId: clerk }, expectedRowVersion: rowVersion });
    if (r.ok) onDone();
  });
  const pick = (label: string, value: string, set: (v: string) => void, from: readonly TeamMember[], error?: string) => (
    <TextField select label={label} value={value} onChange={(e) => set(e.target.value)} error={!!error} helperText={error} size="small">
      {from.map((m) => (
        <MenuItem key={m.staff!.id} value={m.staff!.id}>
          {m.name}{m.arbitratorCertExpiry ? (m.arbitratorCertExpiry < date ? `（仲裁员证已于 ${m.arbitratorCertExpiry} 到期）` : `（仲裁员证有效期至 ${m.arbitratorCertExpiry}）`) : ''}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="compose-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="compose-title">组成仲裁庭</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {certified.length === 0 && <Alert severity="warning">办案组中还没有持有仲裁员证的人员，请先由包案领导或部门负责人将仲裁员加入办案组。</Alert>}
            <DateField label="组庭日期" value={date} onChange={setDate} error={errors.date} width={200} wideHelper />
            <RadioGroup row value={form} onChange={(e) => setForm(e.target.value as 'panel' | 'sole')} aria-label="组成形式">
              {(Object.keys(TRIBUNAL_FORM) as ('panel' | 'sole')[]).map((k) => <FormControlLabel key={k} value={k} control={<Radio />} label={TRIBUNAL_FORM[k]} />)}
            </RadioGroup>
            {errors.form && <Alert severity="error">{errors.form}</Alert>}
            {pick(form === 'panel' ? '首席仲裁员' : '独任仲裁员', presiding, setPresiding, certified, errors.presidingStaffId)}
            {form === 'panel' && (
              <>
                {pick('仲裁员（一）', members[0], (v) => setMembers([v, members[1]]), certified, errors.memberStaffIds)}
                {pick('仲裁员（二）', members[1], (v) => setMembers([members[0], v]), certified)}
              </>
            )}
            {pick('书记员', clerk, setClerk, people, errors.clerkStaffId)}
            {acting.formError && <Alert severity="error" data-testid="step-refusal">{acting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={acting.busy}>{acting.busy ? '正在提交…' : '确认组庭'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
