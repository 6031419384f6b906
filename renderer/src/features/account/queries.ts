// One's own account: unlocking the screen and changing one's password. The core's answer about a password is the
// message (wrong, locked out): no precheck, the forms check an empty box and the new password's rule themselves.
import { useChannelMutation, type FormBinding } from '../../platform/mutations';

export const useUnlock = () => useChannelMutation('session.unlock', { precheck: false });

export const useChangeOwnPassword = (form?: FormBinding<'account.changePassword'>) =>
  useChannelMutation('account.changePassword', { ...form, precheck: false });
