// Units and their departments: reference data seeded into every database, editable (a renamed bureau, a county
// without its own arbitration committee), never deleted — cases and staff keep pointing at them.
import type { z } from 'zod';
import type { Department, departmentSaveInput, Unit, UnitSummary, unitUpdateInput } from '../../../shared/contract/reference';
import type { Capability, UnitLevel } from '../../../shared/domain/vocabulary';
import { insertInto } from '../../../db/insert';
import { departments } from '../../../db/schema';
import type { CoreServices } from '../kernel/context';
import { conflict, invalid, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { getInstallation } from '../kernel/installation';
import type { TxWriter } from '../kernel/tx';

interface UnitRow {
  id: string;
  region_code: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
  active: number;
  row_version: number;
}

interface DepartmentRow {
  id: string;
  unit_id: string;
  name: string;
  capability: Capability;
  active: number;
  head_staff_id: string | null;
  head_name: string | null;
  row_version: number;
}

const UNIT_COLUMNS = 'id, region_code, name, short_name, level, parent_id, active, row_version';
const DEPARTMENT_COLUMNS = 'd.id, d.unit_id, d.name, d.capability, d.active, d.head_staff_id, (SELECT s.name FROM staff s WHERE s.id = d.head_staff_id) AS head_name, d.row_version';

function toSummary(r: UnitRow): UnitSummary {
  return { id: r.id, regionCode: r.region_code, name: r.name, shortName: r.short_name, level: r.level, parentId: r.parent_id };
}

function toDepartment(d: DepartmentRow): Department {
  return { id: d.id, unitId: d.unit_id, name: d.name, capability: d.capability, active: d.active === 1, head: d.head_staff_id ? { id: d.head_staff_id, name: d.head_name ?? '' } : null, rowVersion: d.row_version };
}

export function listUnits(core: CoreServices): Unit[] {
  const units = core.prepare(`SELECT ${UNIT_COLUMNS} FROM units ORDER BY sort_order, region_code`).all() as UnitRow[];
  const depts = core.prepare(`SELECT ${DEPARTMENT_COLUMNS} FROM departments d ORDER BY d.sort_order, d.name`).all() as DepartmentRow[];
  return units.map((u) => ({
    ...toSummary(u),
    active: u.active === 1,
    rowVersion: u.row_version,
    departments: depts.filter((d) => d.unit_id === u.id).map(toDepartment),
  }));
}

export function getUnit(core: CoreServices, id: string): Unit {
  const unit = listUnits(core).find((u) => u.id === id);
  if (!unit) throw notFound('单位');
  return unit;
}

export function getUnitSummary(core: CoreServices, id: string): UnitSummary {
  const row = core.prepare(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ?`).get(id) as UnitRow | undefined;
  if (!row) throw notFound('单位');
  return toSummary(row);
}

export function unitExists(core: CoreServices, id: string): boolean {
  return core.prepare('SELECT 1 FROM units WHERE id = ?').get(id) !== undefined;
}

export function updateUnit(w: TxWriter, core: CoreServices, input: z.output<typeof unitUpdateInput>): void {
  const before = core.prepare(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ?`).get(input.id) as UnitRow | undefined;
  if (!before) throw notFound('单位');
  if (before.row_version !== input.rowVersion) throw conflict('该单位的信息');
  if (!input.active && getInstallation(core)?.unitId === input.id) throw invalid({ active: '不能停用本机服务的单位' });
  core
    .prepare('UPDATE units SET name = ?, short_name = ?, active = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?')
    .run(input.name, input.shortName, input.active ? 1 : 0, w.now, input.id);
  // The same shape on both sides, so the row keeps only what changed (audit-change.ts).
  w.audit({
    action: 'update',
    entity: 'unit',
    entityId: input.id,
    change: { before: { name: before.name, shortName: before.short_name, active: before.active === 1 }, after: { name: input.name, shortName: input.shortName, active: input.active } },
  });
  w.changed('unit', input.id);
}

/** Creates a department (id null) or updates one; a department that still has active staff is not closed. */
export function saveDepartment(w: TxWriter, core: CoreServices, input: z.output<typeof departmentSaveInput>): string {
  if (!unitExists(core, input.unitId)) throw invalid({ unitId: '单位不存在' });
  // 负责人: an active member of this unit's staff (the head takes files in and sets their teams).
  if (input.headStaffId) {
    const head = core.prepare('SELECT unit_id, active FROM staff WHERE id = ?').get(input.headStaffId) as { unit_id: string; active: number } | undefined;
    if (!head || head.active !== 1 || head.unit_id !== input.unitId) throw invalid({ headStaffId: '负责人须为本单位在职的工作人员' });
  }
  if (input.id === null) {
    const id = newId(w.now);
    const order = (core.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM departments WHERE unit_id = ?').get(input.unitId) as { n: number }).n;
    insertInto(core.prepare, departments, { id, unitId: input.unitId, name: input.name, capability: input.capability, sortOrder: order, active: input.active, headStaffId: input.headStaffId ?? null, createdAt: w.now, updatedAt: w.now });
    w.audit({ action: 'create', entity: 'department', entityId: id, change: input });
    w.changed('unit', input.unitId);
    return id;
  }
  const before = core.prepare(`SELECT ${DEPARTMENT_COLUMNS} FROM departments d WHERE d.id = ?`).get(input.id) as DepartmentRow | undefined;
  if (!before || before.unit_id !== input.unitId) throw notFound('科室');
  if (before.row_version !== input.rowVersion) throw conflict('该科室的信息');
  if (!input.active && before.active === 1) {
    const staffCount = (core.prepare('SELECT count(*) AS n FROM staff WHERE department_id = ? AND active = 1').get(input.id) as { n: number }).n;
    if (staffCount > 0) throw invalid({ active: `该科室仍有在职工作人员 ${staffCount} 人，请先调整他们的科室` });
  }
  core
    .prepare('UPDATE departments SET name = ?, capability = ?, active = ?, head_staff_id = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?')
    .run(input.name, input.capability, input.active ? 1 : 0, input.headStaffId === undefined ? before.head_staff_id : input.headStaffId, w.now, input.id);
  w.audit({
    action: 'update',
    entity: 'department',
    entityId: input.id,
    change: {
      unitId: input.unitId,
      before: { name: before.name, capability: before.capability, active: before.active === 1, headStaffId: before.head_staff_id },
      after: { name: input.name, capability: input.capability, active: input.active, headStaffId: input.headStaffId === undefined ? before.head_staff_id : input.headStaffId },
    },
  });
  w.changed('unit', input.unitId);
  return input.id;
}

export function getDepartment(core: CoreServices, id: string): Department {
  const row = core.prepare(`SELECT ${DEPARTMENT_COLUMNS} FROM departments d WHERE d.id = ?`).get(id) as DepartmentRow | undefined;
  if (!row) throw notFound('科室');
  return toDepartment(row);
}
