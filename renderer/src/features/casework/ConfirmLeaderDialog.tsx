// The department head confirms the 包案领导 the desk proposed at intake; the confirmation goes on the file's timeline
// and the audit trail. To choose another leader instead, 添加成员 with the role 包案领导 replaces this one.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { TeamMember } from '../../../../shared/contract/casework';
import { fmtDate } from '../../components/format';
import { useConfirmLeader } from './queries';

export function ConfirmLeaderDialog({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const confirming = useConfirmLeader();
  const submit = async () => {
    const r = await confirming.run({ memberId: member.id });
    if (r.ok) onClose();
  };
  return (
    <Dialog open onClose={confirming.busy ? undefined : onClose} aria-labelledby="confirm-leader-title" maxWidth="sm" fullWidth>
      <DialogTitle id="confirm-leader-title">确认包案领导：{member.name}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          接待登记时（{fmtDate(member.addedAt)}）提议由{member.name}担任本案包案领导。确认后记入案卷办理记录和审计记录。
          如需改由其他局领导包案，请取消，并通过“添加成员”选择职责“包案领导”另行指定。
        </DialogContentText>
        {confirming.formError && <Alert severity="error" sx={{ mt: 2 }}>{confirming.formError}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={confirming.busy}>取消</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={confirming.busy}>
          {confirming.busy ? '正在提交…' : '确认包案'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
