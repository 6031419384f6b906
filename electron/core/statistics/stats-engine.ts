// One statistics request on a read-only connection, inside one read transaction: the units, the 本局口径 settings,
// their version and every figure come from the same snapshot, whatever the core writes meanwhile. Runs in the
// statistics worker (./stats-worker.ts), or on the calling thread with its own read-only connection when no worker
// can start (./stats-thread.ts). Nothing here writes.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import { registerAuditFunctions } from '../../../db/audit-rows';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { resolveParameter } from '../../../shared/domain/parameters';
import { STAT_BASIS_DEFAULTS, STAT_BASIS_KEYS } from '../../../shared/domain/statistics/basis';
import { STAT_TABLE_TITLES, type IndicatorDefinition, type StatFileRef, type StatPeriod, type StatReport, type StatRow, type StatValue } from '../../../shared/domain/statistics/model';
import { periodLabel } from '../../../shared/domain/statistics/period';
import { STAT_COUNTERS } from './counters';
import { basisRows, definitionsVersion, subunitsOf, unitById, type StatUnit } from './statistics.data';
import type { StatBasis, StatScope, StatTableCounter } from './table';

export interface StatRequestBase {
  unitId: string;
  includeSubunits: boolean;
  period: StatPeriod;
  /** Beijing date the settings are read on (the definitions in force today). */
  today: string;
  /** ISO instant printed on the report. */
  computedAt: string;
}

export type StatRequest =
  | (StatRequestBase & { op: 'report'; withFiles: boolean })
  | (StatRequestBase & { op: 'files'; indicatorKey: string; rowUnitId: string | null })
  | { op: 'definitions'; unitId: string; today: string };

/**
 * Runs `fn` on a fresh read-only connection to the database file, closed afterwards: every statistics path (the
 * worker thread, the job worker, the fallback on the calling thread) counts on one of these, never on the core's
 * write connection. A writer holding the file briefly is waited for (5 s), as the core's own connection does.
 */
export function withStatConnection<T>(dbFile: string, fn: (db: Db) => T): T {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // The steps' inputs are read from the audit trail by entity id's stored form (inspection.data.ts).
    registerAuditFunctions(db);
    return fn(db);
  } finally {
    db.close();
  }
}

/** indicator key → row unit ('*' for the total row) → the case files behind the figure (one entry per case). */
export type StatFilesMap = Record<string, Record<string, string[]>>;

export type StatResponse =
  | { op: 'report'; report: StatReport & { digest: string }; files: StatFilesMap | null }
  | { op: 'files'; files: StatFileRef[] | null; definition: IndicatorDefinition | null }
  | { op: 'definitions'; version: number; definitions: IndicatorDefinition[] };

export const TOTAL_ROW = '*';

function basisFor(db: Db, unit: StatUnit, today: string): StatBasis {
  const rows = basisRows(db);
  return Object.fromEntries(STAT_BASIS_KEYS.map((k) => [k, (resolveParameter(rows, k, unit.regionCode, today)?.value ?? STAT_BASIS_DEFAULTS[k]) as string | number | boolean]));
}

function figuresOf(counter: StatTableCounter, db: Db, scope: StatScope, basis: StatBasis, withFiles: boolean) {
  // Without the files, the values alone: a table may count a figure without listing it (inspection's carried over).
  if (withFiles && counter.figures) return counter.figures(db, scope, basis);
  const values = counter.count(db, scope, basis);
  return Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, files: withFiles ? counter.files(db, scope, k, basis) : [] }]));
}

const hasFigures = (values: Record<string, StatValue>) => Object.values(values).some((v) => v.value !== null && v.value !== 0);

/** SHA-256 of what a person reads: period, unit, definitions version and every figure of every row. */
export function reportDigest(r: Pick<StatReport, 'period' | 'unit' | 'definitionsVersion' | 'tables'>): string {
  return createHash('sha256').update(canonicalJson({ period: r.period, unit: r.unit, definitionsVersion: r.definitionsVersion, tables: r.tables })).digest('hex');
}

function inSnapshot<T>(db: Db, fn: () => T): T {
  db.prepare('BEGIN').run();
  try {
    return fn();
  } finally {
    db.prepare('COMMIT').run();
  }
}

/** A long report run as a job (./stats-job.ts): told each table as it starts, and asked between tables whether to stop. */
export interface StatHooks {
  step?(done: number, total: number, message: string): void;
  cancelled?(): boolean;
}

/** Thrown between two tables when the job was cancelled: nothing was stored, the partial figures are dropped. */
export class StatCancelled extends Error {
  constructor() {
    super('统计已取消');
  }
}

export function runStatRequest(db: Db, req: StatRequest, hooks: StatHooks = {}): StatResponse {
  return inSnapshot(db, () => {
    const unit = unitById(db, req.unitId);
    if (!unit) throw new Error(`统计单位不存在：${req.unitId}`);
    const basis = basisFor(db, unit, req.today);
    if (req.op === 'definitions') {
      return { op: 'definitions', version: definitionsVersion(db), definitions: STAT_COUNTERS.flatMap((c) => c.definitions(basis)) };
    }
    const units = req.includeSubunits ? [unit, ...subunitsOf(db, unit.id)] : [unit];
    const all = units.map((u) => u.id);
    const scopeOf = (ids: readonly string[]): StatScope => ({ from: req.period.from, to: req.period.to, unitIds: ids });
    if (req.op === 'files') {
      const counter = STAT_COUNTERS.find((c) => c.definitions(basis).some((d) => d.key === req.indicatorKey));
      if (!counter) return { op: 'files', files: null, definition: null };
      const definition = counter.definitions(basis).find((d) => d.key === req.indicatorKey)!;
      const ids = req.rowUnitId ? all.filter((id) => id === req.rowUnitId) : all;
      return { op: 'files', files: ids.length === 0 ? [] : counter.files(db, scopeOf(ids), req.indicatorKey, basis), definition };
    }
    const files: StatFilesMap = {};
    const keep = (rowKey: string, figures: Record<string, { files: StatFileRef[] }>) => {
      for (const [k, f] of Object.entries(figures)) (files[k] ??= {})[rowKey] = f.files.map((x) => x.id);
    };
    // One step per table and row unit (the total row included), each announced before it is counted.
    const total = STAT_COUNTERS.length * (req.includeSubunits ? units.length + 1 : 1);
    let done = 0;
    const step = (counter: StatTableCounter, rowName: string) => {
      if (hooks.cancelled?.()) throw new StatCancelled();
      hooks.step?.(done++, total, `正在统计${STAT_TABLE_TITLES[counter.kind]}（${rowName}）`);
    };
    const tables = STAT_COUNTERS.map((counter) => {
      const rows: StatRow[] = [];
      if (req.includeSubunits) {
        for (const u of units) {
          step(counter, u.name);
          const figures = figuresOf(counter, db, scopeOf([u.id]), basis, req.withFiles);
          const values = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f.value]));
          // A row per unit that has files; the total follows.
          if (!hasFigures(values)) continue;
          rows.push({ unitId: u.id, unitName: u.name, isTotal: false, values });
          if (req.withFiles) keep(u.id, figures);
        }
      }
      step(counter, req.includeSubunits ? '合计' : unit.name);
      const sum = figuresOf(counter, db, scopeOf(all), basis, req.withFiles);
      rows.push({ unitId: unit.id, unitName: req.includeSubunits ? '合计' : unit.name, isTotal: true, values: Object.fromEntries(Object.entries(sum).map(([k, f]) => [k, f.value])) });
      if (req.withFiles) keep(TOTAL_ROW, sum);
      return { kind: counter.kind, title: STAT_TABLE_TITLES[counter.kind], columns: counter.definitions(basis).map((d) => d.key), rows };
    });
    const base = {
      period: { ...req.period, label: periodLabel(req.period) },
      unit: { id: unit.id, name: unit.name, includeSubunits: req.includeSubunits },
      definitionsVersion: definitionsVersion(db),
      computedAt: req.computedAt,
      definitions: STAT_COUNTERS.flatMap((c) => c.definitions(basis)),
      tables,
    };
    hooks.step?.(total, total, '统计完成');
    return { op: 'report', report: { ...base, digest: reportDigest(base) }, files: req.withFiles ? files : null };
  });
}
