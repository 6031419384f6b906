// Sessions: who is working through a transport (one per window port, per bridge cookie, per test client). The
// session is held in the core; every call is attributed to it, and its roles are read from the database on every
// call, so a deactivation, a role change or a password reset takes effect at once.
import type { SessionInfo } from '../../../shared/contract/session';
import { can, permissionsOf, type Permission } from '../../../shared/domain/permissions';
import type { StaffRole } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices, Principal, Session } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { getUnitSummary } from '../reference/units.service';
import { findStaff, toSummary } from '../reference/staff.service';
import { tx, writeContext } from '../kernel/tx';

export function principalOf(core: CoreServices, staffId: string): Principal | null {
  const row = core
    .prepare(
      `SELECT s.id, s.active, s.unit_id = (SELECT unit_id FROM installation WHERE id = 1) AS in_unit,
              (SELECT json_group_array(role) FROM staff_roles r WHERE r.staff_id = s.id) AS roles,
              a.must_change_password, a.row_version AS credential_version
       FROM staff s LEFT JOIN accounts a ON a.staff_id = s.id WHERE s.id = ?`,
    )
    .get(staffId) as
    | { id: string; active: number; in_unit: number; roles: string; must_change_password: number | null; credential_version: number | null }
    | undefined;
  if (!row) return null;
  return {
    staffId: row.id,
    active: row.active === 1,
    inUnit: row.in_unit === 1,
    roles: JSON.parse(row.roles) as StaffRole[],
    mustChangePassword: row.must_change_password === 1,
    credentialVersion: row.credential_version,
  };
}

/** Whether the caller holds a permission (for shaping output; the channel's own permission is checked in dispatch). */
export function callerCan(call: CallContext, permission: Permission): boolean {
  if (!call.session.staffId) return false;
  const p = call.principal ?? principalOf(call.core, call.session.staffId);
  return !!p && can(p.roles, permission);
}

/** Why a signed-in session no longer counts, or null while it does. */
export function sessionInvalidReason(p: Principal | null, session: Session): string | null {
  if (!p || !p.active || !p.inUnit) return '您的账户已停用或不属于本单位，已退出登录';
  if (p.credentialVersion !== session.credentialVersion) {
    return '账户密码已更改（本人在其他窗口修改，或管理员重置），请用新密码重新登录';
  }
  return null;
}

export function sessionInfo(core: CoreServices, session: Session): SessionInfo | null {
  if (!session.staffId) return null;
  const inst = requireInstallation(core);
  const member = findStaff(core, session.staffId);
  const p = principalOf(core, session.staffId);
  if (!member || !p || sessionInvalidReason(p, session)) return null;
  return {
    staff: toSummary(member),
    unit: getUnitSummary(core, inst.unitId),
    permissions: [...permissionsOf(p.roles)],
    mustChangePassword: p.mustChangePassword,
    locked: session.locked,
    idleLockMinutes: Math.round(session.idleLockMs / 60_000),
  };
}

export function endSession(call: CallContext): void {
  const staffId = call.session.staffId;
  if (!staffId) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: 'logout', entity: 'session', entityId: call.session.id, change: { staffId } });
    w.changed('connection', null);
  });
  call.session.staffId = null;
  call.session.endedReason = null;
  call.session.locked = false;
  call.session.authenticatedAt = null;
  call.session.credentialVersion = null;
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
