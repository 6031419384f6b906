import { defineHandlers } from '../kernel/handler';
import { callerCan } from '../session/session.service';
import { exportHead, listAudit, verifyAudit } from './audit.service';
import { recordScreenExport } from './screen-export';

export const auditHandlers = defineHandlers({
  'audit.list': (call, input) => listAudit(call.core, input, { reporterRead: callerCan(call, 'reporter.read') }),
  'audit.verify': (call, input) => verifyAudit(call, input.head),
  'audit.exportHead': (call) => exportHead(call),
  'audit.recordScreenExport': (call, input) => {
    recordScreenExport(call, input);
    return {};
  },
});
