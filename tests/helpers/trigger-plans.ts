// The statements of triggers that keep a derived table, each as SQLite runs it when its trigger fires (NEW.x and OLD.x
// bound as parameters) with its query plan: the tests that check such a table is kept with seeks, not scans.
import type { Db } from '../../db/open';

export interface TriggerStatement {
  trigger: string;
  sql: string;
  args: string[];
  plan: string[];
}

/** The triggers of sqlite_master matching `where` (a condition on name and tbl_name), by name. */
export function triggersWhere(db: Db, where: string, ...params: string[]): { name: string; sql: string }[] {
  return db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND ${where} ORDER BY name`).all(...params) as { name: string; sql: string }[];
}

export function triggerStatements(db: Db, triggers: readonly { name: string; sql: string }[]): TriggerStatement[] {
  return triggers.flatMap((t) =>
    t.sql
      .slice(t.sql.indexOf('BEGIN') + 5, t.sql.lastIndexOf('END'))
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map((statement) => {
        const args: string[] = [];
        const sql = statement.replace(/\b(?:NEW|OLD)\.\w+/g, () => (args.push('x'), '?'));
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);
        return { trigger: t.name, sql, args, plan };
      }),
  );
}
