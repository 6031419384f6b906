import { defineHandlers } from '../kernel/handler';
import { acceptSeries, getGroup, recordConsent, setRepresentatives } from './arbitration-groups.service';

export const arbitrationGroupHandlers = defineHandlers({
  'arbitration.group': (call, input) => getGroup(call, input.proceedingId),
  'arbitration.acceptSeries': (call, input) => acceptSeries(call, input),
  'arbitration.setRepresentatives': (call, input) => setRepresentatives(call, input),
  'arbitration.recordConsent': (call, input) => recordConsent(call, input),
});
