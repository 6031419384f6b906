// Typed inserts through the statement cache. Drizzle's builder prepares a new statement on every run, and
// better-sqlite3 frees native statements only when the GC gets round to them, so a busy desk would grow in
// memory; this keeps drizzle's column names and types but prepares each distinct insert once.
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Prepare } from './statements';

const columnNames = new WeakMap<SQLiteTable, { table: string; columns: Map<string, string> }>();

function describe(table: SQLiteTable) {
  let d = columnNames.get(table);
  if (!d) {
    const config = getTableConfig(table);
    const columns = new Map<string, string>();
    for (const [key, column] of Object.entries(table)) {
      if (column && typeof column === 'object' && 'name' in column && config.columns.includes(column as never)) columns.set(key, (column as { name: string }).name);
    }
    d = { table: config.name, columns };
    columnNames.set(table, d);
  }
  return d;
}

export function insertInto<T extends SQLiteTable>(prepare: Prepare, table: T, values: T['$inferInsert']): void {
  const { table: name, columns } = describe(table);
  const keys = Object.keys(values).filter((k) => (values as Record<string, unknown>)[k] !== undefined);
  const cols = keys.map((k) => {
    const c = columns.get(k);
    if (!c) throw new Error(`${name} has no column for ${k}`);
    return `"${c}"`;
  });
  const sql = `INSERT INTO "${name}" (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  prepare(sql).run(
    ...keys.map((k) => {
      const v = (values as Record<string, unknown>)[k];
      return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }),
  );
}
