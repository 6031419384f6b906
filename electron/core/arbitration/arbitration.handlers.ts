import { defineHandlers } from '../kernel/handler';
import { getApplication, saveApplication } from './arbitration-application.service';

export const arbitrationHandlers = defineHandlers({
  'arbitration.application': (call, input) => getApplication(call, input.proceedingId),
  'arbitration.saveApplication': (call, input) => saveApplication(call, input),
});
