import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, onTestFinished } from 'vitest';

export const DB_FILE_NAME = 'xinan.sqlite3';

/** A fresh temp data dir holding a copy of the migrated template database; removed after the test. */
export function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-test-'));
  copyFileSync(inject('templateDb'), join(dir, DB_FILE_NAME));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh temp data dir holding a copy of the data dir after testCore()'s first run (initialized-template.ts); removed after the test. */
export function initializedDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-test-'));
  cpSync(inject('initializedDataDir'), dir, { recursive: true });
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An empty temp data dir (no database yet); removed after the test. */
export function emptyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
