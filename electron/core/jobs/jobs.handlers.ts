import { currentBasis } from '../deadlines/recompute-trigger';
import type { CallContext } from '../kernel/context';
import { defineHandlers } from '../kernel/handler';
import { callerCan } from '../session/session.service';

const caller = (call: CallContext) => ({ staffId: call.session.staffId, maintains: callerCan(call, 'maintenance.run') });

export const jobsHandlers = defineHandlers({
  // The recompute runs on the core's own basis (today, the settings in force), never on parameters from the caller.
  'jobs.start': (call, input) =>
    call.core.jobs.start(input.kind, input.kind === 'deadlines.recompute' ? currentBasis(call.core).params : input.params, { staffId: call.session.staffId, sessionId: call.session.id }),
  'jobs.get': (call, input) => call.core.jobs.get(input.jobId, caller(call)),
  'jobs.cancel': (call, input) => call.core.jobs.cancel(input.jobId, caller(call)),
});
