import { defineHandlers } from '../handler';

export const jobsHandlers = defineHandlers({
  'jobs.start': (call, input) => call.core.jobs.start(input.kind, input.params, { staffId: call.session.staffId, sessionId: call.session.id }),
  'jobs.get': (call, input) => call.core.jobs.get(input.jobId),
  'jobs.cancel': (call, input) => call.core.jobs.cancel(input.jobId),
});
