import { defineHandlers } from '../handler';
import { candidates, endSession, sessionInfo, startSession } from './session.service';

export const sessionHandlers = defineHandlers({
  'session.candidates': (call) => candidates(call.core),
  'session.start': (call, input) => startSession(call, input.staffId),
  'session.current': (call) => (call.session.staffId ? sessionInfo(call.core, call.session.staffId) : null),
  'session.end': (call) => {
    endSession(call);
    return {};
  },
});
