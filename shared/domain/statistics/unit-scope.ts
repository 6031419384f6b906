// Whose figures a person may count: the unit they belong to and, with 含下辖县（区）, the units directly under it (the
// city bureau over its counties, as the report's includeSubunits rows run). Another unit's figures — and the files
// behind them, which name parties and workers — are that unit's to count and to report up the line (the least
// necessary: 个人信息保护法 第六条). The core enforces this (electron/core/statistics/unit-scope.ts); the page offers
// only what it allows.

export interface ScopeUnit {
  id: string;
  parentId: string | null;
}

export interface UnitScope {
  /** The reporting unit. */
  unitId: string;
  includeSubunits: boolean;
  /** A row's unit (the files behind one county's row), if any. */
  rowUnitId?: string | null;
}

/** The units a scope counts: the reporting unit, and its direct subunits with includeSubunits. */
export function unitsInScope(scope: Pick<UnitScope, 'unitId' | 'includeSubunits'>, units: readonly ScopeUnit[]): string[] {
  return [scope.unitId, ...(scope.includeSubunits ? units.filter((u) => u.parentId === scope.unitId).map((u) => u.id) : [])];
}

/**
 * The unit of a scope the person may not count, or null when they may count all of it: the reporting unit must be
 * their own (a county counts itself; the city counts its counties only as the city's report with includeSubunits,
 * never as if it were the county), and a row's unit must be one the scope counts.
 */
export function forbiddenUnitOf(ownUnitId: string, scope: UnitScope, units: readonly ScopeUnit[]): string | null {
  if (scope.unitId !== ownUnitId) return scope.unitId;
  const row = scope.rowUnitId ?? null;
  if (row !== null && !unitsInScope(scope, units).includes(row)) return row;
  return null;
}

/** What the person is told when refused (the refused unit's name, theirs, and what they may count instead). */
export function forbiddenUnitMessage(refusedName: string, ownName: string): string {
  return `您是${ownName}的工作人员，只能统计本单位（市局可含下辖各县（区））的数字，不能统计“${refusedName}”的数字；如需该单位的数字，请由该单位统计和报送`;
}
