// Reading an arbitration report the way the statistics tests check it: the total row's figures by short key, and the
// files behind every figure equal to it (a count lists as many files, workers and money sum to it, a rate lists its
// denominator, an average its files and their days).
import { expect } from 'vitest';
import type { StatReport } from '../../shared/domain/statistics/model';
import type { Client } from './core';

export type Report = StatReport & { digest: string };

/** Every figure of the arbitration table's total row: key → value (rates and averages with their two counts). */
export function figures(r: Report) {
  const table = r.tables.find((x) => x.kind === 'arbitration')!;
  const total = table.rows.find((x) => x.isTotal)!;
  return Object.fromEntries(Object.entries(total.values).map(([k, v]) => [k.replace('arbitration.', ''), v.numerator === undefined ? v.value : [v.value, v.numerator, v.denominator]]));
}

/** The files behind every figure of the arbitration table equal the figure. */
export async function expectFilesEqualFigures(c: Client, r: Report) {
  const scope = { period: { kind: r.period.kind, from: r.period.from, to: r.period.to }, unitId: r.unit.id, includeSubunits: r.unit.includeSubunits };
  const total = r.tables.find((x) => x.kind === 'arbitration')!.rows.find((x) => x.isTotal)!;
  for (const d of r.definitions.filter((x) => x.table === 'arbitration')) {
    const v = total.values[d.key]!;
    const f = await c.call('statistics.files', { ...scope, indicatorKey: d.key, limit: 1000 });
    expect(f.items.length, d.key).toBe(f.total);
    if (d.valueKind === 'rate') expect(f.total, d.key).toBe(v.denominator);
    else if (d.valueKind === 'days') expect([f.total, f.sum], d.key).toEqual([v.denominator, v.numerator]);
    else if (d.key === 'arbitration.workers' || d.key === 'arbitration.workersCollective' || d.valueKind === 'moneyFen') expect(f.sum, d.key).toBe(v.value);
    else expect(f.total, d.key).toBe(v.value);
  }
}
