// Changing one's own password (account.changePassword): the current password, then the new one twice. The form
// checks the rule and the confirmation first; the core checks the current password and the rule again.
import { useState } from 'react';
import { AppErrorException } from '../../../../shared/contract/result';
import type { SessionInfo } from '../../../../shared/contract/session';
import { useSession, useSessionControl } from '../../app/session';
import { useSubmit } from '../../components/useSubmit';
import { call } from '../../platform/api';
import { newPasswordProblems } from './password-rules';

export function useChangePassword(onDone: (info: SessionInfo) => void) {
  const { staff } = useSession();
  const control = useSessionControl();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const submit = useSubmit(
    async () => {
      const problems = newPasswordProblems(newPassword, confirm, staff.name);
      if (!currentPassword) problems.currentPassword = '请输入当前密码';
      if (Object.keys(problems).length > 0) throw new AppErrorException({ code: 'VALIDATION', message: '', fields: problems });
      return call('account.changePassword', { currentPassword, newPassword });
    },
    (info) => {
      control.update(info);
      onDone(info);
    },
  );
  const edit = (field: string, set: (v: string) => void) => (v: string) => {
    set(v);
    submit.clear(field);
  };
  return {
    values: { currentPassword, newPassword, confirm },
    setCurrent: edit('currentPassword', setCurrent),
    setNew: edit('newPassword', setNew),
    setConfirm: edit('confirm', setConfirm),
    ...submit,
    // Messages about a field show at the field; only a refusal about nothing in particular needs a banner.
    failure: submit.failure && !submit.failure.fields ? submit.failure : null,
  };
}
