// Nothing the bureau stored is deleted by the program: a damaged database and stored files no row names are moved
// to <data dir>/quarantine, keeping their names, so an administrator (or a restore) can put them back.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DataDirPaths } from '../kernel/data-dir';

export function quarantineRoot(paths: DataDirPaths): string {
  return join(paths.root, 'quarantine');
}

/** Where quarantined stored files go: one flat folder, each file under its own hash. */
export function quarantinedFilesDir(paths: DataDirPaths): string {
  return join(quarantineRoot(paths), 'files');
}

export function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/**
 * Moves the database file and its -wal/-shm companions (they belong together: howtocorrupt.html §1.3) into a new
 * folder under quarantine/ and returns that folder. The connection must be closed first.
 */
export function quarantineDatabase(paths: DataDirPaths, reason: 'damaged' | 'replaced' | 'failed-restore', now: number): string {
  const dir = join(quarantineRoot(paths), `${reason}-${stamp(now)}`);
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const file = paths.dbFile + suffix;
    if (existsSync(file)) renameSync(file, join(dir, basename(file)));
  }
  return dir;
}

/** Stored files in the file store (content-addressed names only), without reading them. */
export function countStoredFiles(filesRoot: string): number {
  if (!existsSync(filesRoot)) return 0;
  let n = 0;
  for (const sub of readdirSync(filesRoot)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    const dir = join(filesRoot, sub);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) if (/^[0-9a-f]{64}$/.test(name)) n++;
  }
  return n;
}
