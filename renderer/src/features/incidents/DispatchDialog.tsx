// 派员赶赴现场: staff of the unit, and people of other bodies (派出所, 住建局 …) by name, sent at a time with a task.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Incident } from '../../../../shared/contract/incidents';
import type { StaffMember } from '../../../../shared/contract/reference';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from './DateTimeField';
import { useDispatch, useUnitStaff } from './queries';

/** The fields this dialog shows messages at: the time, the staff, the task and each other person's name and unit. */
const shows = (k: string) => ['sentAt', 'staffIds', 'task'].includes(k) || /^others\.\d+\.(name|organisation)$/.test(k);

interface Other {
  name: string;
  organisation: string;
}

export function DispatchDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const staff = useUnitStaff();
  const sending = useDispatch({ fields: shows });
  const { fieldErrors: errors, busy, clearField: clear } = sending;
  const [at, setAt] = useState<DateTime>(() => dateTimeNow());
  const [picked, setPicked] = useState<StaffMember[]>([]);
  const [others, setOthers] = useState<Other[]>([]);
  const [task, setTask] = useState('');
  const caseworkers = (staff.data ?? []).filter((s) => s.active && s.roles.some((r) => r !== 'admin' && r !== 'auditor'));

  const send = onFormSubmit(async () => {
    const sentAt = instantOfDateTime(at);
    const problems: Record<string, string> = sentAt === null ? { sentAt: '请填写出发的日期和时间（时:分）' } : {};
    const r = await sending.run({ incidentId: incident.id, sentAt: sentAt ?? 0, staffIds: picked.map((s) => s.id), others, task }, problems);
    if (r.ok) onClose();
  });
  const setOther = (i: number, patch: Partial<Other>) => {
    setOthers((v) => v.map((o, j) => (j === i ? { ...o, ...patch } : o)));
    clear(`others.${i}.name`);
    clear(`others.${i}.organisation`);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="dispatch-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="dispatch-title">派员赶赴现场</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DateTimeField label="出发时间" value={at} onChange={(v) => { setAt(v); clear('sentAt'); }} error={errors.sentAt} />
            <Autocomplete multiple options={caseworkers} value={picked} getOptionLabel={(s) => s.name} isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_, v) => { setPicked(v); clear('staffIds'); }}
              renderOption={(props, s) => <li {...props} key={s.id}>{s.name}{s.departmentName ? ` · ${s.departmentName}` : ''}</li>}
              renderInput={(params) => <TextField {...params} label="本单位人员" error={!!errors.staffIds} helperText={errors.staffIds ?? '可选多人'} />} />
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary">其他单位人员（如派出所民警、住建局工作人员）</Typography>
              {others.map((o, i) => (
                <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <TextField size="small" label={`姓名（第${i + 1}人）`} value={o.name} onChange={(e) => setOther(i, { name: e.target.value })} sx={{ width: 160 }}
                    error={!!errors[`others.${i}.name`]} helperText={errors[`others.${i}.name`]} />
                  <TextField size="small" label={`所在单位（第${i + 1}人）`} value={o.organisation} onChange={(e) => setOther(i, { organisation: e.target.value })} sx={{ flex: 1 }}
                    error={!!errors[`others.${i}.organisation`]} helperText={errors[`others.${i}.organisation`]} />
                  <IconButton aria-label={`删除第${i + 1}人`} onClick={() => setOthers((v) => v.filter((_, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton>
                </Stack>
              ))}
              <Button size="small" startIcon={<AddIcon />} onClick={() => setOthers((v) => [...v, { name: '', organisation: '' }])} sx={{ alignSelf: 'flex-start' }}>添加其他单位人员</Button>
            </Stack>
            <TextField label="任务" value={task} onChange={(e) => setTask(e.target.value)} multiline minRows={2} placeholder="例如：到门口劝导，登记工人名单，引导到接待室反映"
              error={!!errors.task} helperText={errors.task ?? '选填'} slotProps={{ htmlInput: { maxLength: 500 } }} />
            {sending.formError && <Alert severity="error">{sending.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在提交…' : '派员'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
