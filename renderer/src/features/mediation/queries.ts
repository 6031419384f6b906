// A file's 调解协议 and its instalments, each against the counted payments linked to it (mediation.instalments).
import { useChannelQuery } from '../../platform/queries';

export const useFileInstalments = (caseFileId: string) => useChannelQuery('mediation.instalments', { caseFileId }, { enabled: caseFileId !== '' });
