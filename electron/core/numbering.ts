// Number series (登记号 now; 案号 and 文号 later). Issued inside the caller's BEGIN IMMEDIATE transaction,
// so two writers can never take the same number; a number once issued is never reused.
import type { Prepare } from '../../db/statements';

export function nextNumber(prepare: Prepare, unitId: string, series: string, year: number): number {
  const row = prepare(
      `INSERT INTO number_series (unit_id, series, year, last) VALUES (?, ?, ?, 1)
       ON CONFLICT (unit_id, series, year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(unitId, series, year) as { last: number };
  return row.last;
}
