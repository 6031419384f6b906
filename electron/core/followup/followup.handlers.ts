import { defineHandlers } from '../kernel/handler';
import { caseFollowup, logCallback, waitingComplainants } from './followup.service';
import { checkRepeats } from './repeats.service';

export const followupHandlers = defineHandlers({
  'repeats.check': (call, input) => checkRepeats(call, input),
  'followup.get': (call, input) => caseFollowup(call, input),
  'followup.callback': (call, input) => logCallback(call, input),
  'followup.waiting': (call) => waitingComplainants(call),
});
