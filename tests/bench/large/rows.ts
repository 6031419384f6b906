// Bulk rows in the app's own shapes: one prepared INSERT per table and column list, its column names read from the
// drizzle schema (as db/insert.ts does for a single row), and deterministic time-ordered ids.
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Prepare } from '../../../db/statements';

export type RowWriter<T extends SQLiteTable> = (values: T['$inferInsert']) => void;

/** A writer for rows that set exactly `keys` (the schema's property names); booleans are stored as 0/1. */
export function rowWriter<T extends SQLiteTable>(prepare: Prepare, table: T, keys: readonly (keyof T['$inferInsert'] & string)[]): RowWriter<T> {
  const config = getTableConfig(table);
  const columns = keys.map((k) => {
    const column = (table as unknown as Record<string, { name?: string }>)[k];
    if (!column?.name || !config.columns.includes(column as never)) throw new Error(`${config.name} has no column for ${k}`);
    return `"${column.name}"`;
  });
  const statement = prepare(`INSERT INTO "${config.name}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  // One argument array per writer, filled in place (no per-row array, closure or spread: millions of rows at scale).
  const args: unknown[] = new Array(keys.length);
  return (values) => {
    const v = values as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]!];
      args[i] = typeof x === 'boolean' ? (x ? 1 : 0) : (x ?? null);
    }
    statement.run(args);
  };
}

/**
 * UUIDv7-shaped ids (as electron/core/kernel/ids.ts makes them) from the record's own time and a running counter in
 * place of the random part: unique, sorted by time, and the same for the same seed.
 */
export class Ids {
  private n = 0;
  private readonly s: string;
  constructor(salt: number) {
    this.s = (salt & 0xfff).toString(16).padStart(3, '0');
  }
  at(ms: number): string {
    const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
    const c = (this.n++).toString(16).padStart(12, '0');
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${this.s}-8${c.slice(0, 3)}-${c.slice(3).padStart(12, '0')}`;
  }
}
