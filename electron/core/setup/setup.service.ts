// The first run: which unit this installation serves, and its first staff member (who becomes the
// administrator when accounts arrive). Demo data only when asked for, and only where it is offered.
import { randomUUID } from 'node:crypto';
import { handedOverMessage, handoverState } from '../durability/handover';
import { insertInto } from '../../../db/insert';
import type { z } from 'zod';
import type { setupInitializeInput, SetupStatus } from '../../../shared/contract/session';
import { installation } from '../../../db/schema';
import type { CallContext, CoreServices } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { getInstallation } from '../kernel/installation';
import { insertStaff } from '../reference/staff.service';
import { getUnitSummary, unitExists } from '../reference/units.service';
import { tx, writeContext } from '../kernel/tx';
import { checkNewPassword, insertAccount } from '../accounts/accounts.service';
import { hashPassword } from '../accounts/passwords';

export function setupStatus(core: CoreServices): SetupStatus {
  const inst = getInstallation(core);
  const handed = inst ? handoverState(core.db) : null;
  return {
    initialized: inst !== null,
    unit: inst ? getUnitSummary(core, inst.unitId) : null,
    offerDemo: core.config.offerDemo,
    demo: inst?.demo ?? false,
    appVersion: core.config.appVersion,
    handedOver: handed ? { at: handed.at, server: handed.server, message: handedOverMessage(handed) } : null,
  };
}

/**
 * Records the installation's unit and its administrator (the first person, whose only role is 管理员: they then
 * create the staff who do the casework); returns the administrator's staff id.
 */
export async function initialize(call: CallContext, input: z.output<typeof setupInitializeInput>): Promise<string> {
  const core = call.core;
  if (input.demo && !core.config.offerDemo) {
    throw new ServiceError('FORBIDDEN', '此安装不提供演示数据');
  }
  if (!unitExists(core, input.unitId)) throw invalid({ unitId: '所选单位不存在' });
  if (getInstallation(core)) throw new ServiceError('ALREADY_INITIALIZED', '本机已完成首次设置');
  checkNewPassword(input.password, input.staff.name, 'password');
  const passwordHash = await hashPassword(input.password, core.config.passwordCost);
  return tx(writeContext(call), (w) => {
    if (getInstallation(core)) throw new ServiceError('ALREADY_INITIALIZED', '本机已完成首次设置');
    insertInto(core.prepare, installation, { id: 1, unitId: input.unitId, installationId: randomUUID(), demo: input.demo, createdAt: w.now, createdBy: null });
    const staffId = insertStaff(w, core, input.unitId, { ...input.staff, roles: ['admin'] });
    insertAccount(w, staffId, passwordHash, false);
    w.audit({ action: 'initialize', entity: 'installation', entityId: '1', change: { unitId: input.unitId, demo: input.demo, firstStaffId: staffId } });
    return staffId;
  });
}
