// What each statistics table provides the report: its indicators' definitions and, over a read-only connection,
// every figure for a scope and the files behind any one figure. A table's SQL lives in its own data module beside
// it (statistics/<table>.data.ts); nothing here writes.
import type { Db as Database } from '../../../db/open';
import type { IndicatorDefinition, StatFileRef, StatTableKind, StatValue } from '../../../shared/domain/statistics/model';

/** The files counted: those of these units (one county, or a city and its counties) in the period, both days included. */
export interface StatScope {
  from: string;
  to: string;
  unitIds: readonly string[];
}

/** A file as a table's SQL reads it for the drill-down: the number a person reads (案号, or the 登记号's parts), title, unit, the deciding date. */
export interface StatFileRow {
  caseFileId: string;
  /** The proceeding's 案号, null before it has one. */
  number: string | null;
  regYear: number | null;
  regNo: number | null;
  title: string;
  unitName: string;
  date: string;
}

/**
 * The bureau's choices where the official formula is not known (本局口径), read from the parameters in force:
 * key → value. Each table reads its own keys; their version is the report's definitions version.
 */
export type StatBasis = Readonly<Record<string, string | number | boolean>>;

export interface StatTableCounter {
  kind: StatTableKind;
  /** The table's indicators in column order, as the basis in force defines them. */
  definitions(basis: StatBasis): IndicatorDefinition[];
  /** Every figure of the table for the scope: indicator key → value. */
  count(db: Database, scope: StatScope, basis: StatBasis): Record<string, StatValue>;
  /**
   * The files behind one figure: for a count, exactly as many as it counts; for money or workers, files whose
   * `amount` sums to it. A rate's or an average's files are those of its denominator.
   */
  files(db: Database, scope: StatScope, key: string, basis: StatBasis): StatFileRef[];
  /**
   * Optional: every figure with its files in one pass (a submitted report stores the files behind each figure); without
   * it the report calls `files` once per indicator.
   */
  figures?(db: Database, scope: StatScope, basis: StatBasis): Record<string, { value: StatValue; files: StatFileRef[] }>;
}
