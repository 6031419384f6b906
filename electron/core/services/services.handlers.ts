import { defineHandlers } from '../kernel/handler';
import { recordServiceBatch } from './service-batch';
import { issueServiceReceipt } from './service-receipt';
import { listFileServices, recordService, viewProof, voidService } from './services.service';

export const servicesHandlers = defineHandlers({
  'services.list': (call, input) => listFileServices(call, input.caseFileId),
  'services.record': (call, input) => recordService(call, input),
  'services.recordBatch': (call, input) => recordServiceBatch(call, input),
  'services.void': (call, input) => voidService(call, input),
  'services.proof': (call, input) => viewProof(call, input),
  'services.receipt': (call, input) => issueServiceReceipt(call, input),
});
