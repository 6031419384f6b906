// Someone leaves the file's team, with the reason, which goes on the file's timeline and the audit trail.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { TEAM_ROLE_LABEL, type TeamMember } from '../../../../shared/contract/casework';
import { ReasonField } from '../../components/ReasonField';
import { useSubmit } from '../../components/useSubmit';
import { useCaseworkCalls } from './queries';

export function RemoveMemberDialog({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const calls = useCaseworkCalls();
  const { errors, setErrors, failure, busy, submit, clear } = useSubmit(() => calls.removeMember({ memberId: member.id, reason: reason.trim() }), onClose);
  const send = (e: FormEvent) => {
    if (reason.trim() === '') {
      e.preventDefault();
      setErrors({ reason: '请填写调整理由' });
      return;
    }
    void submit(e);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="remove-member-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="remove-member-title">移出办案组：{member.name}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <Typography variant="body2">
              {member.name}将不再担任本案{TEAM_ROLE_LABEL[member.role]}。调整和理由记入案卷办理记录和审计记录。
              {member.role === 'leader' ? '移出后本案暂无包案领导，任一局领导可审批本案事项。' : ''}
            </Typography>
            <ReasonField label="调整理由" example="工作调整，改由其他承办人办理" hint="必填，记入案卷办理记录" value={reason} error={errors.reason}
              onChange={(v) => {
                setReason(v);
                clear('reason');
              }} />
            {failure && !errors.reason && <Alert severity="error">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>{busy ? '正在提交…' : '移出'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
