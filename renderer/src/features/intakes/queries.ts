// Intakes (接待登记) as the ledger and the detail page read them, and the recorded acts on a person's data: full
// numbers shown with a reason, and identity-document pictures (listed, added, viewed with a reason, withdrawn).
// The desk form (IntakeFormPage, form/**) still reads and writes through the platform hooks directly.
import type { IntakeListInput } from '../../../../shared/contract/intakes';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery, useKeysetQuery } from '../../platform/queries';

export const useIntakeList = (input: Omit<IntakeListInput, 'cursor'>) => useKeysetQuery('intakes.list', input);
export const useIntake = (id: string) => useChannelQuery('intakes.get', { id }, { enabled: id !== '' });

/** Full ID number, birth date and phones of one person or party: an unmasking, recorded with its reason. */
export const useRevealPersonal = (form?: FormBinding<'personal.reveal'>) => useChannelMutation('personal.reveal', form);

export const useIdImages = (personId: string) => useChannelQuery('idImages.list', { personId });
export const useAddIdImage = () => useChannelMutation('idImages.add', { invalidates: ['idImages.list'] });
/** The picture, after the view and its reason are on the audit trail. */
export const useViewIdImage = (form?: FormBinding<'idImages.view'>) => useChannelMutation('idImages.view', form);
export const useWithdrawIdImage = (form?: FormBinding<'idImages.withdraw'>) =>
  useChannelMutation('idImages.withdraw', { ...form, invalidates: ['idImages.list'] });
