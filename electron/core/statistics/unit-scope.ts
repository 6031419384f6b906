// Whose figures the caller may count (shared/domain/statistics/unit-scope.ts): their own unit (staff.unit_id, which
// is the installation's while the session counts at all — session.service principalOf) and, with includeSubunits,
// the units under it. Any other unit is refused with FORBIDDEN and the refusal goes on the audit trail, as a refused
// permission does (dispatch.ts checkAccess). The administrator has no statistics.read (三员分立, permissions.ts), so no
// unit is open to that role: there is no exception to make here.
import { forbiddenUnitMessage, forbiddenUnitOf, type UnitScope } from '../../../shared/domain/statistics/unit-scope';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';

interface UnitRow {
  id: string;
  parentId: string | null;
  name: string;
}

function unitsAround(call: CallContext, ids: readonly string[]): UnitRow[] {
  return call.core
    .prepare(
      `SELECT id, parent_id AS parentId, name FROM units WHERE id IN (SELECT value FROM json_each(?)) OR parent_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids), JSON.stringify(ids)) as UnitRow[];
}

/** The caller's own unit (null when not signed in: dispatch refuses that before any service is reached). */
function ownUnitId(call: CallContext): string | null {
  if (!call.session.staffId) return null;
  const row = call.core.prepare('SELECT unit_id FROM staff WHERE id = ?').get(call.session.staffId) as { unit_id: string } | undefined;
  return row?.unit_id ?? null;
}

/** Whether the caller may count the whole of a scope, asked of many (a list shows only what one may open). */
export function countable(call: CallContext): (scope: UnitScope) => boolean {
  const own = ownUnitId(call);
  const units = own === null ? [] : unitsAround(call, [own]);
  return (scope) => own !== null && forbiddenUnitOf(own, scope, units) === null;
}

/** Refuses, audited, a scope with a unit the caller may not count; nothing else is written. */
export function requireCountable(call: CallContext, scope: UnitScope): void {
  const own = ownUnitId(call);
  const units = unitsAround(call, [scope.unitId, ...(own ? [own] : []), ...(scope.rowUnitId ? [scope.rowUnitId] : [])]);
  const refused = own === null ? scope.unitId : forbiddenUnitOf(own, scope, units);
  if (refused === null) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: 'refused', entity: 'unit', entityId: refused, change: { channel: call.channel, ownUnitId: own, unitId: scope.unitId, includeSubunits: scope.includeSubunits, rowUnitId: scope.rowUnitId ?? null } });
  });
  const name = (id: string | null) => units.find((u) => u.id === id)?.name ?? (id === null ? '本单位' : `单位 ${id}`);
  throw new ServiceError('FORBIDDEN', forbiddenUnitMessage(name(refused), name(own)), { unitId: '不能统计其他单位的数字' });
}
