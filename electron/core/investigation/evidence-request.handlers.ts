import { defineHandlers } from '../kernel/handler';
import { issueEvidenceRequest, listEvidenceRequests, recordEvidenceReturn } from './evidence-request.service';

export const evidenceRequestHandlers = defineHandlers({
  'evidenceRequest.list': (call, input) => listEvidenceRequests(call, input.caseFileId),
  'evidenceRequest.issue': (call, input) => issueEvidenceRequest(call, input),
  'evidenceRequest.recordReturn': (call, input) => recordEvidenceReturn(call, input),
});
