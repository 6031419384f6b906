// The audit trail: its pages, the people to filter by, the chain's verification and its head to keep elsewhere.
import type { AuditListInput } from '../../../../shared/contract/audit';
import { useChannelMutation } from '../../platform/mutations';
import { useChannelQuery, useKeysetQuery } from '../../platform/queries';

export const useAuditList = (input: Omit<AuditListInput, 'cursor'>) => useKeysetQuery('audit.list', input);
/** Everyone who may appear on the trail, those since deactivated too. */
export const useAuditPeople = () => useChannelQuery('staff.list', { includeInactive: true });

export const useVerifyAudit = () => useChannelMutation('audit.verify');
/** Exporting the head is itself recorded: the trail is asked again. */
export const useExportAuditHead = () => useChannelMutation('audit.exportHead', { invalidates: ['audit.list'] });
