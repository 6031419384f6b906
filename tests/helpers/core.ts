// A real core on a fresh copy of the migrated template database, with a settable clock, for integration tests.
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import { inject, onTestFinished } from 'vitest';
import { createCore, type Core } from '../../electron/core/index';
import type { Db } from '../../db/open';
import { ADMIN, firstRunForTests, signInAs } from './accounts';
import { clientFor, type Client } from './client';
import { freshDataDir, initializedDataDir } from './data-dir';
import { TEST_NOW, testCoreOptions } from './test-core-options';
import { instantOf } from '../../shared/domain/time';

export { clientFor, type Client };
export { ADMIN, establishStaff, signInAs, STAFF_PASSWORD, TEMP_PASSWORD } from './accounts';

export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');

export { TEST_NOW };

export class TestClock {
  constructor(public t = TEST_NOW) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export interface TestCore {
  core: Core;
  /** 次仁卓玛 at the reception desk, signed in (or an unsigned client when not initialized). */
  client: Client;
  /** The administrator 普布次仁, signed in. */
  admin: Client;
  clock: TestClock;
  dataDir: string;
  /** Staff ids by name. */
  staff: Record<string, string>;
}

/**
 * A core on a fresh data dir. By default the first run is done: 日喀则市人社局 with the administrator 普布次仁;
 * then 次仁卓玛 at the reception desk (signed in as `client`), a leader 李强 and an inspector 张伟.
 */
export async function testCore(options: { initialized?: boolean; offerDemo?: boolean; dataDir?: string; postingsMerge?: boolean } = {}): Promise<TestCore> {
  const initialized = options.initialized ?? true;
  // The usual start is copied from the one made in the global setup (initialized-template.ts), with the same options.
  const copied = initialized && !options.dataDir && !options.offerDemo;
  const dataDir = options.dataDir ?? (copied ? initializedDataDir() : freshDataDir());
  const clock = new TestClock();
  const core = createCore({ ...testCoreOptions(dataDir, clock, options.offerDemo ?? false), postingsMerge: options.postingsMerge ?? false });
  onTestFinished(() => core.close());
  if (!initialized) {
    const unsigned = clientFor(core);
    return { core, client: unsigned, admin: unsigned, clock, dataDir, staff: {} };
  }
  let admin: Client;
  let staff: Record<string, string>;
  if (copied) {
    staff = { ...inject('initializedStaff') };
    admin = await signInAs(core, ADMIN.name, ADMIN.password);
  } else {
    admin = clientFor(core);
    staff = await firstRunForTests(core, admin);
  }
  const client = await signInAs(core, '次仁卓玛');
  return { core, client, admin, clock, dataDir, staff };
}

/** The statements businessCounts uses on a connection: the table list, and one SELECT counting every table in it. */
const countStatements = new WeakMap<Db, { tables: Statement; key: string; counts: Statement }>();

/**
 * Row counts of every table in the database (derived search tables included), to prove a refused call wrote nothing.
 * The tables are listed afresh on every call; their counts come from one statement prepared once per list (a test
 * calls this hundreds of times: preparing ~100 statements each time was most of its cost).
 */
export function businessCounts(core: Core): Record<string, number> {
  const db = core.services!.db;
  let cached = countStatements.get(db);
  const listing = cached?.tables ?? db.prepare(
      // The audit trail counted as its rows through the view audit_log (its stored tables audit_rows and audit_actors apart).
      `SELECT name FROM sqlite_master WHERE (type = 'table' OR name = 'audit_log') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'intake_fts_%' AND name NOT IN ('audit_rows', 'audit_actors') ORDER BY name`,
    );
  const tables = (listing.all() as { name: string }[]).map((t) => t.name);
  const key = tables.join('\n');
  if (!cached || cached.key !== key) {
    const counts = db.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`);
    cached = { tables: listing, key, counts };
    countStatements.set(db, cached);
  }
  return cached.counts.get() as Record<string, number>;
}

/** Rows changed on the core's connection so far (SQLite's total_changes()): a refused call adds exactly its audit row. */
export function totalChanges(core: Core): number {
  return (core.services!.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * A first run that took the demo data (setup.initialize with demo: true) on `day` at 08:30, as the administrator
 * 普布次仁 — the demo's cases, clocks and teams as a bureau would have them that morning.
 */
export async function demoCore(day = '2026-11-25'): Promise<TestCore> {
  const t = await testCore({ initialized: false, offerDemo: true });
  t.clock.t = instantOf(day, '08:30');
  await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
  return t;
}
