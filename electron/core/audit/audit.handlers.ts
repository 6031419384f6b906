import { defineHandlers } from '../handler';
import { exportHead, listAudit, verifyAudit } from './audit.service';

export const auditHandlers = defineHandlers({
  'audit.list': (call, input) => listAudit(call.core, input),
  'audit.verify': (call, input) => verifyAudit(call.core, input.head),
  'audit.exportHead': (call) => exportHead(call),
});
