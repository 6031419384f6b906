import { defineHandlers } from '../kernel/handler';
import { addEvidence, listEvidence, printCatalogue, recordOpinion } from './arbitration-evidence.service';

export const arbitrationEvidenceHandlers = defineHandlers({
  'arbitrationEvidence.list': (call, input) => listEvidence(call, input.caseFileId),
  'arbitrationEvidence.add': (call, input) => addEvidence(call, input),
  'arbitrationEvidence.opinion': (call, input) => recordOpinion(call, input),
  'arbitrationEvidence.print': (call, input) => printCatalogue(call, input),
});
