import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { openDatabase } from '../../db/open';

export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');

/**
 * A database as a fresh installation starts: migrated (reference data included) and with the bundled holiday
 * calendar, checkpointed into one file.
 */
export async function buildTemplateDatabase(dir: string): Promise<string> {
  const core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, appVersion: 'test' });
  if (core.startupError) throw new Error(core.startupError.message);
  await core.close();
  const file = join(dir, 'xinan.sqlite3');
  const db = openDatabase(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}
