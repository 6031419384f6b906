import { defineHandlers } from '../kernel/handler';
import { ServiceError } from '../kernel/errors';

export const maintenanceHandlers = defineHandlers({
  'backup.status': (call) => call.core.maintenance.status(call.core),
  'backup.overview': (call) => call.core.maintenance.overview(),
  'backup.configure': (call, input) => call.core.maintenance.configure(call, input),
  'backup.run': (call, input) => call.core.maintenance.backUpNow(call, input),
  'backup.verify': (call, input) => call.core.maintenance.verify(call, input),
  'backup.restore': async (call, input) => call.core.maintenance.restore(call, input),
  // With a healthy database the startup screen is not shown; these answer only in recovery mode (see index.ts).
  'recovery.status': (call, input) => call.core.maintenance.recoveryStatus(input.folder),
  'recovery.restore': () => {
    throw new ServiceError('CONFLICT', '数据库完好，无需在启动界面恢复；如需恢复，请由管理员登录后在“设置 › 维护”中操作');
  },
});
