import { defineHandlers } from '../kernel/handler';
import { arbitrationDraft, openArbitrationFromAgreement } from './mediation-arbitration.service';

export const mediationArbitrationHandlers = defineHandlers({
  'mediation.arbitrationDraft': (call, input) => arbitrationDraft(call, input.caseFileId),
  'mediation.openArbitration': (call, input) => openArbitrationFromAgreement(call, input),
});
