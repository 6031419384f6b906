import { defineHandlers } from '../kernel/handler';
import { exportCatalogue } from './evidence-export';
import { addEvidence, caseEvidence, evidenceFile, withdrawEvidence } from './evidence.service';
import { caseWorkers, correctOwed } from './workers.service';

export const evidenceHandlers = defineHandlers({
  'evidence.list': (call, input) => caseEvidence(call, input.caseFileId),
  'evidence.add': (call, input) => addEvidence(call, input),
  'evidence.file': (call, input) => evidenceFile(call, input.id),
  'evidence.withdraw': (call, input) => withdrawEvidence(call, input),
  'evidence.export': (call, input) => exportCatalogue(call, input.caseFileId),
  'caseWorkers.get': (call, input) => caseWorkers(call, input.caseFileId),
  'caseWorkers.correctOwed': (call, input) => correctOwed(call, input),
});
