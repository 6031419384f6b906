// First run and signing in: whether this installation is set up, the unit and administrator it starts with, and
// who may sign in.
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

export const useSetupStatus = () => useChannelQuery('setup.status', {});
/** Every unit: the installation chooses the one it serves. */
export const useUnitChoices = () => useChannelQuery('units.list', {});
export const useSignInCandidates = () => useChannelQuery('session.candidates', {});

export const useInitialize = (form?: FormBinding<'setup.initialize'>) => useChannelMutation('setup.initialize', { ...form, invalidates: ['setup.status'] });
/** The core's answer about a password is the whole message: no precheck (an empty box is the form's own check). */
export const useSignIn = () => useChannelMutation('session.login', { precheck: false });
