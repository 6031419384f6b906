import { defineHandlers } from '../kernel/handler';
import { requireInstallation } from '../kernel/installation';
import { ratesPerArbitrator } from './arbitration-closing.service';

export const arbitrationOutcomeHandlers = defineHandlers({
  'arbitration.arbitratorRates': (call, input) => ratesPerArbitrator(call, requireInstallation(call.core).unitId, input.from, input.to),
});
