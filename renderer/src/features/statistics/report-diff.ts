// What a 更正 would change: each figure of a submitted report against the same figure counted now, as a leader
// reads it before writing the reason.
import type { IndicatorDefinition, StatReport } from '../../../../shared/domain/statistics/model';
import { formatFigure } from './format';

export interface FigureChange {
  table: string;
  unitName: string;
  label: string;
  before: string;
  after: string;
}

export function reportChanges(submitted: StatReport, now: StatReport): FigureChange[] {
  const defs = new Map<string, IndicatorDefinition>(now.definitions.map((d) => [d.key, d]));
  for (const d of submitted.definitions) if (!defs.has(d.key)) defs.set(d.key, d);
  const changes: FigureChange[] = [];
  for (const table of now.tables) {
    const old = submitted.tables.find((t) => t.kind === table.kind);
    for (const row of table.rows) {
      const oldRow = old?.rows.find((r) => r.unitId === row.unitId);
      for (const key of table.columns) {
        const def = defs.get(key);
        if (!def) continue;
        const before = oldRow?.values[key]?.value ?? null;
        const after = row.values[key]?.value ?? null;
        if (before !== after) {
          changes.push({ table: table.title, unitName: row.unitName, label: def.label, before: formatFigure(def, before), after: formatFigure(def, after) });
        }
      }
    }
  }
  return changes;
}
