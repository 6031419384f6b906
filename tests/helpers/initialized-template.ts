// Every integration test's core starts from the same first run (accounts.ts `firstRunForTests`). It is done once per
// run into this template, and testCore() copies it: creating four people is four Argon2 hashes, three first sign-ins
// and three password changes, repeated in some thousand tests.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { openDatabase } from '../../db/open';
import { clientFor } from './client';
import { firstRunForTests } from './accounts';
import { TEST_NOW, testCoreOptions } from './test-core-options';

export interface InitializedTemplate {
  /** A data dir after the first run, closed cleanly: copy every entry of it into a test's data dir. */
  dataDir: string;
  /** Staff ids by name (firstRunForTests). */
  staff: Record<string, string>;
}

/** Runs the first run at TEST_NOW (the clock testCore starts at) on a copy of the migrated template, in `dir`. */
export async function buildInitializedTemplate(templateDb: string, dir: string): Promise<InitializedTemplate> {
  copyFileSync(templateDb, join(dir, 'xinan.sqlite3'));
  const core = createCore(testCoreOptions(dir, { now: () => TEST_NOW }));
  if (core.startupError) throw new Error(core.startupError.message);
  const staff = await firstRunForTests(core, clientFor(core));
  await core.close();
  const db = openDatabase(join(dir, 'xinan.sqlite3'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // The core's own log of that run is no test's business.
  rmSync(join(dir, 'logs'), { recursive: true, force: true });
  return { dataDir: dir, staff };
}
