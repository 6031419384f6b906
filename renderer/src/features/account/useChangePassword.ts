// Changing one's own password (account.changePassword): the current password, then the new one twice. The form
// checks the rule and the confirmation first; the core checks the current password and the rule again.
import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/session';
import { useSession, useSessionControl } from '../../app/session';
import { onFormSubmit } from '../../platform/mutations';
import { newPasswordProblems } from './password-rules';
import { useChangeOwnPassword } from './queries';

export function useChangePassword(onDone: (info: SessionInfo) => void) {
  const { staff } = useSession();
  const control = useSessionControl();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  // Messages about a field show at the field; only a refusal about nothing in particular needs a banner.
  const change = useChangeOwnPassword({ fields: ['currentPassword', 'newPassword', 'confirm'] });
  const submit = onFormSubmit(async () => {
    const problems = newPasswordProblems(newPassword, confirm, staff.name);
    if (!currentPassword) problems.currentPassword = '请输入当前密码';
    const r = await change.run({ currentPassword, newPassword }, problems);
    if (!r.ok) return;
    control.update(r.value);
    onDone(r.value);
  });
  const edit = (field: string, set: (v: string) => void) => (v: string) => {
    set(v);
    change.clearField(field);
  };
  return {
    values: { currentPassword, newPassword, confirm },
    setCurrent: edit('currentPassword', setCurrent),
    setNew: edit('newPassword', setNew),
    setConfirm: edit('confirm', setConfirm),
    errors: change.fieldErrors,
    formError: change.formError,
    busy: change.busy,
    submit,
  };
}
