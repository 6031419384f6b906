// 重置密码: the administrator sets a temporary password for someone who forgot theirs or is locked out. It unlocks
// the account, ends that person's open sessions, and must be changed at their next sign-in.
import { useState } from 'react';
import type { StaffMember } from '../../../../shared/contract/reference';
import { ReasonDialog } from '../../components/ReasonDialog';
import { PasswordHandover } from './PasswordHandover';
import { useResetPassword } from './queries';
import { TemporaryPasswordField } from './TemporaryPasswordField';

export function ResetPasswordDialog({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  // The words this act needs are the temporary password itself, handed over once it is set.
  const [handedOver, setHandedOver] = useState<string | null>(null);
  const resetting = useResetPassword({ fields: ['temporaryPassword'] });
  const locked = member.account?.lockedUntil != null;
  return (
    <ReasonDialog
      title={`重置密码：${member.name}`}
      explain={
        <>
          为{member.name}设置一个临时密码{locked ? '，同时解除账户锁定' : ''}。{member.name}已登录的窗口会退出，须用临时密码重新登录并立即修改密码。
          请先当面核实是本人提出的请求。
        </>
      }
      field="temporaryPassword"
      reason={(f) => <TemporaryPasswordField label="临时密码" personName={member.name} autoFocus {...f} />}
      confirm={{ label: '重置密码', busyLabel: '正在保存…' }}
      mutation={resetting}
      input={(temporaryPassword) => ({ id: member.id, temporaryPassword })}
      onDone={(_, temporaryPassword) => setHandedOver(temporaryPassword)}
      done={handedOver === null ? null : { content: <PasswordHandover name={member.name} password={handedOver} what="临时密码" />, closeLabel: '已交给本人，关闭' }}
      onClose={onClose}
    />
  );
}
