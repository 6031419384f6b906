// The parameters table as a connection reads it: parsed once and kept while the file's parameter generation (one row,
// kept by triggers on every write of `parameters`: migration 0073_parameter_generation) says they are unchanged. A save
// used to read and parse all of them three times (docs/performance.md, "A save in …").
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import type { ParameterValue } from '../../../shared/domain/parameters';
import type { Confidence } from '../../../shared/domain/vocabulary';

export const PARAMETER_SQL = {
  generation: 'SELECT generation FROM parameter_generation WHERE id = 1',
  all: 'SELECT id, key, region, value, effective_from, source, confidence, note, created_at FROM parameters ORDER BY key, region, effective_from',
} as const;

export interface ParameterRowValue extends ParameterValue {
  id: string;
  note: string | null;
  createdAt: number;
}

/** Every row in (key, region, effective_from) order, and the same rows by key. Frozen: callers share them. */
export interface ParameterSnapshot {
  readonly rows: readonly ParameterRowValue[];
  readonly byKey: ReadonlyMap<string, readonly ParameterRowValue[]>;
}

const held = new WeakMap<Db, { generation: number; snapshot: ParameterSnapshot }>();

/** Freezes a value and everything in it (values shared by every caller). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function readSnapshot(prepare: Prepare): ParameterSnapshot {
  const raw = prepare(PARAMETER_SQL.all).all() as {
    id: string;
    key: string;
    region: string;
    value: string;
    effective_from: string;
    source: string;
    confidence: Confidence;
    note: string | null;
    created_at: number;
  }[];
  const rows = raw.map((r) =>
    deepFreeze({
      id: r.id,
      key: r.key,
      region: r.region,
      value: JSON.parse(r.value) as unknown,
      effectiveFrom: r.effective_from,
      source: r.source,
      confidence: r.confidence,
      note: r.note,
      createdAt: r.created_at,
    }),
  );
  const byKey = new Map<string, ParameterRowValue[]>();
  for (const r of rows) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  for (const list of byKey.values()) Object.freeze(list);
  return { rows: Object.freeze(rows), byKey };
}

/**
 * The parameters as this connection sees them now. The generation is read first: rows committed after it only make
 * the held copy look older than it is (read again next time), never newer. A copy is kept only from a read outside
 * any transaction, where everything read is committed: inside one, the rows may include the transaction's own writes,
 * which a rollback takes back while a later commit could bring the generation to the same number again. Inside a
 * transaction the held copy is used when the generation is the one it was read at — no write of this transaction
 * (each bumps the generation) and no other commit since.
 */
export function parameterSnapshot(db: Db, prepare: Prepare): ParameterSnapshot {
  const generation = (prepare(PARAMETER_SQL.generation).get() as { generation: number } | undefined)?.generation;
  const kept = held.get(db);
  if (generation !== undefined && kept && kept.generation === generation) return kept.snapshot;
  const snapshot = readSnapshot(prepare);
  if (generation !== undefined && !db.inTransaction) held.set(db, { generation, snapshot });
  return snapshot;
}
