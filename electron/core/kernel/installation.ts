// Which unit this installation serves. Everything a user does happens in that unit's scope.
import { ServiceError } from './errors';
import type { CoreServices } from './context';

export interface InstallationRow {
  unitId: string;
  installationId: string;
  demo: boolean;
}

export function getInstallation(core: CoreServices): InstallationRow | null {
  const row = core.prepare('SELECT unit_id, installation_id, demo FROM installation WHERE id = 1').get() as
    | { unit_id: string; installation_id: string; demo: number }
    | undefined;
  return row ? { unitId: row.unit_id, installationId: row.installation_id, demo: row.demo === 1 } : null;
}

export function requireInstallation(core: CoreServices): InstallationRow {
  const inst = getInstallation(core);
  if (!inst) throw new ServiceError('NOT_INITIALIZED', '本机尚未完成首次设置，请先选择服务单位并登记第一位工作人员');
  return inst;
}
