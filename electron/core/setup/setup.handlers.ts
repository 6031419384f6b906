import { seedDemo } from '../demo/seed-demo';
import { defineHandlers } from '../handler';
import { startSession } from '../session/session.service';
import { initialize, setupStatus } from './setup.service';

export const setupHandlers = defineHandlers({
  'setup.status': (call) => setupStatus(call.core),
  'setup.initialize': (call, input) => {
    const staffId = initialize(call, input);
    const info = startSession(call, staffId);
    if (input.demo) seedDemo(call);
    return info;
  },
});
