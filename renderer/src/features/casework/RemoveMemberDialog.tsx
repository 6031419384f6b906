// Someone leaves the file's team, with the reason, which goes on the file's timeline and the audit trail.
import { TEAM_ROLE_LABEL, type TeamMember } from '../../../../shared/contract/casework';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useRemoveMember } from './queries';

export function RemoveMemberDialog({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const removing = useRemoveMember({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`移出办案组：${member.name}`}
      explain={
        <>
          {member.name}将不再担任本案{TEAM_ROLE_LABEL[member.role]}。调整和理由记入案卷办理记录和审计记录。
          {member.role === 'leader' ? '移出后本案暂无包案领导，任一局领导可审批本案事项。' : ''}
        </>
      }
      reason={{ label: '调整理由', example: '工作调整，改由其他承办人办理', hint: '必填，记入案卷办理记录' }}
      confirm={{ label: '移出', busyLabel: '正在提交…', color: 'error' }}
      mutation={removing}
      input={(reason) => ({ memberId: member.id, reason: reason.trim() })}
      onDone={onClose}
      onClose={onClose}
    />
  );
}
