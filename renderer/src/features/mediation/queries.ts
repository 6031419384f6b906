// A file's 调解协议 and its instalments, each against the counted payments linked to it (mediation.instalments); the
// arbitration application prefilled from a missed instalment and the act that registers it (mediation-arbitration).
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

export const useFileInstalments = (caseFileId: string) => useChannelQuery('mediation.instalments', { caseFileId }, { enabled: caseFileId !== '' });

/** The prefilled application: read fresh each time the dialog opens (a refusal is shown, not retried). */
export const useArbitrationDraft = (caseFileId: string) =>
  useChannelQuery('mediation.arbitrationDraft', { caseFileId }, { retry: false, gcTime: 0, refetchOnWindowFocus: false });

export const useOpenArbitration = (form?: FormBinding<'mediation.openArbitration'>) =>
  useChannelMutation('mediation.openArbitration', { ...form, invalidates: ['mediation.instalments', 'casework.get', 'cases.get', 'mediation.arbitrationDraft'] });
