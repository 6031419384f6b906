import { seedDemo } from '../demo/seed-demo';
import { defineHandlers } from '../kernel/handler';
import { bindSession } from '../accounts/accounts.service';
import { ServiceError } from '../kernel/errors';
import { sessionInfo } from '../session/session.service';
import { tx, writeContext } from '../kernel/tx';
import { initialize, setupStatus } from './setup.service';

export const setupHandlers = defineHandlers({
  'setup.status': (call) => setupStatus(call.core),
  'setup.initialize': async (call, input) => {
    const staffId = await initialize(call, input);
    bindSession(call, staffId, 1);
    tx(writeContext(call), (w) => {
      w.prepare('UPDATE accounts SET last_login_at = ? WHERE staff_id = ?').run(w.now, staffId);
      w.audit({ action: 'login', entity: 'session', entityId: call.session.id, change: { staffId, firstRun: true } });
    });
    if (input.demo) await seedDemo(call);
    const info = sessionInfo(call.core, call.session);
    if (!info) throw new ServiceError('INTERNAL', '首次设置已保存，但无法登录，请重新启动');
    return info;
  },
});
