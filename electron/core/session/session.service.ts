// Sessions: who is working through a transport. Until accounts exist (issue #5) a person signs in by choosing
// their name; the session, held server-side, is what every later call is attributed to.
import type { SessionInfo } from '../../../shared/contract/session';
import type { CallContext, CoreServices } from '../context';
import { ServiceError } from '../errors';
import { requireInstallation } from '../installation';
import { getUnitSummary } from '../reference/units.service';
import { findStaff, toSummary } from '../reference/staff.service';
import { tx, writeContext } from '../tx';

export function sessionInfo(core: CoreServices, staffId: string): SessionInfo | null {
  const inst = requireInstallation(core);
  const member = findStaff(core, staffId);
  if (!member || !member.active || member.unitId !== inst.unitId) return null;
  return { staff: toSummary(member), unit: getUnitSummary(core, inst.unitId) };
}

export function startSession(call: CallContext, staffId: string): SessionInfo {
  const info = sessionInfo(call.core, staffId);
  if (!info) throw new ServiceError('FORBIDDEN', '该工作人员不存在、已停用或不属于本单位，无法登录');
  call.session.staffId = staffId;
  tx({ ...writeContext(call), actorStaffId: staffId }, (w) => {
    w.audit({ action: 'login', entity: 'session', entityId: call.session.id, change: { staffId } });
  });
  return info;
}

export function endSession(call: CallContext): void {
  const staffId = call.session.staffId;
  if (!staffId) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: 'logout', entity: 'session', entityId: call.session.id, change: { staffId } });
  });
  call.session.staffId = null;
}

export function candidates(core: CoreServices) {
  const inst = requireInstallation(core);
  const rows = core
    .prepare(
      `SELECT s.id, s.name, d.name AS department_name,
              (SELECT json_group_array(role) FROM (SELECT role FROM staff_roles r WHERE r.staff_id = s.id ORDER BY role)) AS roles
       FROM staff s LEFT JOIN departments d ON d.id = s.department_id
       WHERE s.unit_id = ? AND s.active = 1 ORDER BY d.sort_order, s.name`,
    )
    .all(inst.unitId) as { id: string; name: string; department_name: string | null; roles: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, departmentName: r.department_name, roles: JSON.parse(r.roles) }));
}
