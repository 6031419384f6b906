import { changePassword, lock, login, unlock } from '../accounts/accounts.service';
import { ServiceError } from '../kernel/errors';
import { defineHandlers } from '../kernel/handler';
import type { CallContext } from '../kernel/context';
import { candidates, endSession, sessionInfo } from './session.service';

function info(call: CallContext) {
  const i = sessionInfo(call.core, call.session);
  if (!i) throw new ServiceError('UNAUTHENTICATED', '登录已失效，请重新登录');
  return i;
}

export const sessionHandlers = defineHandlers({
  'session.candidates': (call) => candidates(call.core),
  'session.login': async (call, input) => {
    if (call.session.staffId) endSession(call);
    await login(call, input);
    return info(call);
  },
  'session.current': (call) => sessionInfo(call.core, call.session),
  'session.end': (call) => {
    endSession(call);
    return {};
  },
  // dispatch has already counted the call as activity.
  'session.touch': () => ({}),
  'session.lock': (call, input) => {
    lock(call, input.idle);
    return {};
  },
  'session.unlock': async (call, input) => {
    await unlock(call, input.password);
    return info(call);
  },
  'account.changePassword': async (call, input) => {
    await changePassword(call, input);
    return info(call);
  },
});
