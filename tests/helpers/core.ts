// A real core on a fresh copy of the migrated template database, with a settable clock, for integration tests.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/logger';
import { clientFor, type Client } from './client';
import { freshDataDir } from './data-dir';

export { clientFor, type Client };

export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');

/** 2026-11-25 10:00 in Asia/Shanghai. */
export const TEST_NOW = instantOf('2026-11-25', '10:00');

export class TestClock {
  constructor(public t = TEST_NOW) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

export interface TestCore {
  core: Core;
  client: Client;
  clock: TestClock;
  dataDir: string;
}

/**
 * A core on a fresh data dir. By default the first run is done: 日喀则市人社局, first staff 次仁卓玛 at the
 * reception desk (signed in), plus a leader 李强 and an inspector 张伟.
 */
export async function testCore(options: { initialized?: boolean; offerDemo?: boolean; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? freshDataDir();
  const clock = new TestClock();
  const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, clock, logger: silentLogger, appVersion: '0.1.0-test', offerDemo: options.offerDemo ?? false });
  onTestFinished(() => core.close());
  const client = clientFor(core);
  if (options.initialized ?? true) {
    await client.call('setup.initialize', {
      unitId: 'unit-540200',
      staff: { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'], employment: 'fullTime' },
    });
    await client.call('staff.create', { name: '李强', departmentId: 'dept-540200-leadership', roles: ['leader'], employment: 'fullTime' });
    await client.call('staff.create', { name: '张伟', departmentId: 'dept-540200-inspection', roles: ['inspector'], employment: 'fullTime', enforcementCertNo: '藏人社监字0231' });
  }
  return { core, client, clock, dataDir };
}

/** Row counts of every business table, to prove a refused call wrote nothing. */
export function businessCounts(core: Core): Record<string, number> {
  const db = core.services!.db;
  const tables = [
    'installation', 'staff', 'staff_roles', 'parties', 'projects', 'persons', 'person_phones', 'intakes', 'intake_parties',
    'intake_complainants', 'case_files', 'proceedings', 'proceeding_parties', 'case_events', 'audit_log', 'parameters',
    'number_series', 'intake_search_terms', 'name_search_terms',
  ];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}
