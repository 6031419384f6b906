import { join } from 'node:path';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';

export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');

/** A database migrated to the current schema (reference data included), checkpointed into one file. */
export function buildTemplateDatabase(dir: string): string {
  const file = join(dir, 'template.sqlite3');
  const db = openDatabase(file);
  migrate(db, { migrationsDir: MIGRATIONS_DIR, backupDir: join(dir, 'backups'), appVersion: 'test', now: Date.now });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}
