// Staff of this installation's unit. Never deleted: deactivated, so what they did stays attributable.
import { and, eq } from 'drizzle-orm';
import { insertInto } from '../../../db/insert';
import type { z } from 'zod';
import type { staffFields, StaffMember, StaffSummary, staffUpdateInput } from '../../../shared/contract/reference';
import type { Employment, StaffRole } from '../../../shared/domain/vocabulary';
import { staff, staffRoles } from '../../../db/schema';
import type { CallContext, CoreServices } from '../kernel/context';
import { conflict, invalid, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { initials } from '../search/terms';
import type { TxWriter } from '../kernel/tx';

interface StaffRow {
  id: string;
  unit_id: string;
  department_id: string | null;
  department_name: string | null;
  name: string;
  employment: Employment;
  phone: string | null;
  enforcement_cert_no: string | null;
  enforcement_cert_expiry: string | null;
  arbitrator_cert_no: string | null;
  arbitrator_cert_expiry: string | null;
  active: number;
  row_version: number;
  roles: string | null;
  must_change_password: number | null;
  failed_attempts: number | null;
  locked_until: number | null;
  last_login_at: number | null;
  password_changed_at: number | null;
}

const STAFF_SELECT = `
  SELECT s.id, s.unit_id, s.department_id, d.name AS department_name, s.name, s.employment, s.phone,
         s.enforcement_cert_no, s.enforcement_cert_expiry, s.arbitrator_cert_no, s.arbitrator_cert_expiry,
         s.active, s.row_version,
         (SELECT json_group_array(role) FROM (SELECT role FROM staff_roles r WHERE r.staff_id = s.id ORDER BY role)) AS roles,
         a.must_change_password, a.failed_attempts, a.locked_until, a.last_login_at, a.password_changed_at
  FROM staff s LEFT JOIN departments d ON d.id = s.department_id LEFT JOIN accounts a ON a.staff_id = s.id`;

function toMember(r: StaffRow, now: number): StaffMember {
  return {
    account:
      r.password_changed_at === null
        ? null
        : {
            mustChangePassword: r.must_change_password === 1,
            lockedUntil: r.locked_until !== null && r.locked_until > now ? r.locked_until : null,
            failedAttempts: r.failed_attempts ?? 0,
            lastLoginAt: r.last_login_at,
            passwordChangedAt: r.password_changed_at,
          },
    id: r.id,
    name: r.name,
    unitId: r.unit_id,
    departmentId: r.department_id,
    departmentName: r.department_name,
    roles: JSON.parse(r.roles ?? '[]') as StaffRole[],
    employment: r.employment,
    active: r.active === 1,
    phone: r.phone,
    enforcementCertNo: r.enforcement_cert_no,
    enforcementCertExpiry: r.enforcement_cert_expiry,
    arbitratorCertNo: r.arbitrator_cert_no,
    arbitratorCertExpiry: r.arbitrator_cert_expiry,
    rowVersion: r.row_version,
  };
}

export function toSummary(m: StaffMember): StaffSummary {
  return {
    id: m.id,
    name: m.name,
    unitId: m.unitId,
    departmentId: m.departmentId,
    departmentName: m.departmentName,
    roles: m.roles,
    employment: m.employment,
    active: m.active,
  };
}

export function findStaff(core: CoreServices, id: string): StaffMember | null {
  const row = core.prepare(`${STAFF_SELECT} WHERE s.id = ?`).get(id) as StaffRow | undefined;
  return row ? toMember(row, core.clock.now()) : null;
}

export function getStaff(core: CoreServices, id: string): StaffMember {
  const m = findStaff(core, id);
  if (!m) throw notFound('工作人员');
  return m;
}

export function listStaff(core: CoreServices, includeInactive: boolean): StaffMember[] {
  const inst = requireInstallation(core);
  const rows = core
    .prepare(`${STAFF_SELECT} WHERE s.unit_id = ? AND (? OR s.active = 1) ORDER BY s.active DESC, d.sort_order, s.name`)
    .all(inst.unitId, includeInactive ? 1 : 0) as StaffRow[];
  return rows.map((r) => toMember(r, core.clock.now()));
}

type StaffFields = z.output<typeof staffFields>;

function checkDepartment(core: CoreServices, unitId: string, departmentId: string | null): void {
  if (departmentId === null) return;
  const ok = core.prepare('SELECT 1 FROM departments WHERE id = ? AND unit_id = ?').get(departmentId, unitId);
  if (!ok) throw invalid({ departmentId: '所选科室不属于本单位' });
}

/** The staff row's own columns from what was entered (the id, unit and timestamps are the caller's). */
function staffColumns(fields: StaffFields) {
  return {
    departmentId: fields.departmentId,
    name: fields.name,
    nameInitials: initials(fields.name, true),
    employment: fields.employment,
    phone: fields.phone,
    enforcementCertNo: fields.enforcementCertNo,
    enforcementCertExpiry: fields.enforcementCertExpiry,
    arbitratorCertNo: fields.arbitratorCertNo,
    arbitratorCertExpiry: fields.arbitratorCertExpiry,
  };
}

/** Inserts a staff member inside an open transaction; used by the first run and by staff.create. */
export function insertStaff(w: TxWriter, core: CoreServices, unitId: string, fields: StaffFields): string {
  checkDepartment(core, unitId, fields.departmentId);
  const id = newId(w.now);
  insertInto(core.prepare, staff, { id, unitId, ...staffColumns(fields), createdAt: w.now, updatedAt: w.now });
  for (const role of new Set(fields.roles)) insertInto(core.prepare, staffRoles, { staffId: id, role });
  w.audit({ action: 'create', entity: 'staff', entityId: id, change: { unitId, ...fields } });
  w.changed('staff', id);
  return id;
}

export function updateStaff(w: TxWriter, call: CallContext, input: z.output<typeof staffUpdateInput>): void {
  const core = call.core;
  const inst = requireInstallation(core);
  const before = findStaff(core, input.id);
  if (!before || before.unitId !== inst.unitId) throw notFound('工作人员');
  if (before.rowVersion !== input.rowVersion) throw conflict('该工作人员的信息');
  if (!input.active && input.id === call.session.staffId) throw invalid({ active: '不能停用当前登录的自己' });
  const sameRoles = before.roles.length === new Set(input.roles).size && input.roles.every((r) => before.roles.includes(r));
  if (input.id === call.session.staffId && !sameRoles) throw invalid({ roles: '不能修改自己的角色，请由另一位管理员修改' });
  // The caller is an administrator who cannot change their own roles or deactivate themselves, so an
  // installation always keeps at least one active administrator.
  checkDepartment(core, inst.unitId, input.departmentId);
  const { id, rowVersion, ...fields } = input;
  core.orm
    .update(staff)
    .set({
      ...staffColumns(fields),
      active: fields.active,
      rowVersion: rowVersion + 1,
      updatedAt: w.now,
    })
    .where(and(eq(staff.id, id), eq(staff.rowVersion, rowVersion)))
    .run();
  core.orm.delete(staffRoles).where(eq(staffRoles.staffId, id)).run();
  for (const role of new Set(fields.roles)) insertInto(core.prepare, staffRoles, { staffId: id, role });
  // The record's fields as they were, under the same names as the update's (the row keeps only what changed).
  const beforeFields = Object.fromEntries(Object.keys(fields).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]));
  w.audit({ action: 'update', entity: 'staff', entityId: id, change: { before: beforeFields, after: fields } });
  w.changed('staff', id);
}
