// The statements one call through dispatch runs, captured from the core's own statement cache (every data module
// prepares through it), so the raw replay is exactly the SQL the data modules ran — whatever they become.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../../db/open';
import type { CoreServices } from '../../../electron/core/kernel/context';
import type { Prepare } from '../../../db/statements';

export interface Captured {
  sql: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  args: unknown[];
  modes: [string, unknown[]][];
  reader: boolean;
}

const RUNS = new Set(['all', 'get', 'run', 'iterate']);
const MODES = new Set(['pluck', 'raw', 'expand', 'safeIntegers']);

/** Runs `fn` with the core's prepare wrapped, and returns every statement execution in order. */
export async function captureStatements(services: CoreServices, fn: () => Promise<unknown>): Promise<Captured[]> {
  const original = services.prepare;
  const out: Captured[] = [];
  const wrapped: Prepare = (sql) => {
    const statement = original(sql);
    const modes: [string, unknown[]][] = [];
    const proxy: Statement = new Proxy(statement, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== 'string' || typeof value !== 'function') return value;
        if (RUNS.has(key)) {
          return (...args: unknown[]) => {
            out.push({ sql, method: key as Captured['method'], args, modes: [...modes], reader: target.reader });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (MODES.has(key)) {
          return (...args: unknown[]) => {
            modes.push([key, args]);
            (value as (...a: unknown[]) => unknown).apply(target, args);
            return proxy;
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
    return proxy;
  };
  services.prepare = wrapped;
  try {
    await fn();
  } finally {
    services.prepare = original;
  }
  if (out.length === 0) throw new Error('未捕获到任何语句：核心可能已不再通过语句缓存执行 SQL');
  return out;
}

/**
 * Replays captured statements on a raw connection: reads as they ran; writes inside a transaction rolled back at the
 * end (the call's own rows are already there, and a replay must leave the database as it was).
 */
export function replay(db: Db, prepare: Prepare, statements: readonly Captured[]): void {
  const writes = statements.some((s) => !s.reader);
  if (writes) db.exec('BEGIN IMMEDIATE');
  try {
    for (const s of statements) {
      if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(s.sql)) continue;
      const statement = prepare(s.sql);
      for (const [mode, args] of s.modes) (statement as unknown as Record<string, (...a: unknown[]) => unknown>)[mode]!(...args);
      if (s.method === 'iterate' || s.method === 'all') statement.all(...s.args);
      else if (s.method === 'get') statement.get(...s.args);
      else statement.run(...s.args);
    }
  } finally {
    if (writes) db.exec('ROLLBACK');
  }
}
