import { defineHandlers } from '../kernel/handler';
import { fileInstalments } from './mediation.service';

export const mediationHandlers = defineHandlers({
  'mediation.instalments': (call, input) => fileInstalments(call, input.caseFileId),
});
