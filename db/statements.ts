// Prepared-statement cache: each distinct SQL text is prepared once per connection and reused.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

export type Prepare = (sql: string) => Statement;

export function statementCache(db: Db): Prepare {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
}
