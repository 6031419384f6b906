import type { Unit, UnitSummary } from '../../../shared/contract/reference';
import type { Capability, UnitLevel } from '../../../shared/domain/vocabulary';
import type { CoreServices } from '../context';
import { notFound } from '../errors';

interface UnitRow {
  id: string;
  region_code: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
  active: number;
}

const UNIT_COLUMNS = 'id, region_code, name, short_name, level, parent_id, active';

function toSummary(r: UnitRow): UnitSummary {
  return { id: r.id, regionCode: r.region_code, name: r.name, shortName: r.short_name, level: r.level, parentId: r.parent_id };
}

export function listUnits(core: CoreServices): Unit[] {
  const units = core.prepare(`SELECT ${UNIT_COLUMNS} FROM units ORDER BY sort_order, region_code`).all() as UnitRow[];
  const depts = core
    .prepare('SELECT id, unit_id, name, capability, active FROM departments ORDER BY sort_order, name')
    .all() as { id: string; unit_id: string; name: string; capability: Capability; active: number }[];
  return units.map((u) => ({
    ...toSummary(u),
    active: u.active === 1,
    departments: depts
      .filter((d) => d.unit_id === u.id)
      .map((d) => ({ id: d.id, unitId: d.unit_id, name: d.name, capability: d.capability, active: d.active === 1 })),
  }));
}

export function getUnitSummary(core: CoreServices, id: string): UnitSummary {
  const row = core.prepare(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = ?`).get(id) as UnitRow | undefined;
  if (!row) throw notFound('单位');
  return toSummary(row);
}

export function unitExists(core: CoreServices, id: string): boolean {
  return core.prepare('SELECT 1 FROM units WHERE id = ?').get(id) !== undefined;
}
