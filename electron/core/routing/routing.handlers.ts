import { defineHandlers } from '../kernel/handler';
import { acceptRouting, rerouteIntake, returnRouting } from './routing-decisions';
import { inbox, intakeRoutings, routingOptions, transfers } from './routing-lists';

export const routingHandlers = defineHandlers({
  'routing.options': (call) => routingOptions(call),
  'routing.inbox': (call, input) => inbox(call, input),
  'routing.ofIntake': (call, input) => intakeRoutings(call, input.intakeId),
  'routing.accept': (call, input) => acceptRouting(call, input),
  'routing.return': (call, input) => returnRouting(call, input),
  'routing.reroute': (call, input) => rerouteIntake(call, input),
  'routing.transfers': (call, input) => transfers(call, input),
});
