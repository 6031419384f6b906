// Giving freed pages back to the disk (db/reclaim.ts): a new database does it in place (auto_vacuum INCREMENTAL),
// an older one is switched by one VACUUM when the disk has room — and nothing happens for a little free space.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { reclaimFreeSpace } from '../../db/reclaim';
import { freshDataDir } from '../helpers/data-dir';

/** 4,000 rows of 2 KB, then three quarters deleted: about 6 MB of free pages in an 8 MB file. */
function filled(db: Db): void {
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 4000; i++) insert.run(`${i}`.padEnd(2000, 'x'));
  })();
  db.exec('DELETE FROM t WHERE id % 4 <> 0');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

const count = (db: Db) => (db.prepare('SELECT count(*) AS n, sum(length(body)) AS b FROM t').get() as { n: number; b: number });

describe('giving free pages back to the disk', () => {
  it('shrinks a new database in place, keeping every row', () => {
    const file = join(freshDataDir(), 'new.sqlite3');
    const db = openDatabase(file);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    filled(db);
    const rows = count(db);
    const before = statSync(file).size;
    const r = reclaimFreeSpace(db, file, { minBytes: 1024 * 1024 });
    expect(r.action).toBe('incremental');
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    // The free pages go (the kept rows' half-empty pages stay: only a VACUUM repacks them).
    expect(statSync(file).size).toBeLessThan(before * 0.55);
    expect(count(db)).toEqual(rows);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('switches an older database by one VACUUM only when asked and the disk has room', () => {
    const file = join(freshDataDir(), 'old.sqlite3');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    filled(raw);
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(0);
    const rows = count(db);
    const before = statSync(file).size;
    // Too little disk for the copy: nothing is touched, and the reason is said.
    // The background job never asks for the VACUUM (it would hold the write lock for its whole run).
    expect(reclaimFreeSpace(db, file, { minBytes: 1024 * 1024 })).toMatchObject({ action: 'skipped', reason: expect.stringContaining('不在后台自动进行') });
    const refused = reclaimFreeSpace(db, file, { minBytes: 1024 * 1024, diskFree: () => before, vacuum: true });
    expect(refused).toMatchObject({ action: 'skipped', reason: expect.stringContaining('磁盘剩余空间不足') });
    expect(statSync(file).size).toBe(before);
    const r = reclaimFreeSpace(db, file, { minBytes: 1024 * 1024, vacuum: true });
    expect(r.action).toBe('vacuum');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(statSync(file).size).toBeLessThan(before * 0.4);
    expect(count(db)).toEqual(rows);
    db.close();
  });

  it('leaves a little free space for the next rows', () => {
    const file = join(freshDataDir(), 'small.sqlite3');
    const db = openDatabase(file);
    filled(db);
    const before = statSync(file).size;
    expect(reclaimFreeSpace(db, file)).toMatchObject({ action: 'none' });
    expect(statSync(file).size).toBe(before);
    db.close();
  });
});
