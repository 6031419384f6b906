// Giving the disk back. SQLite keeps the pages a large delete or a compaction frees (the free list) and reuses them
// for later rows, but the file never shrinks by itself. After work that frees a lot (the deadlines' trace
// compaction), this returns the free pages to the file system: with auto_vacuum = INCREMENTAL (new databases are
// created so, db/open.ts) by `PRAGMA incremental_vacuum`, cheap and in place; an older database (auto_vacuum NONE)
// is switched to INCREMENTAL by one VACUUM, which rewrites the whole file under the write lock and needs about as
// much free disk again — so it is done only when asked (`vacuum: true`) and enough is free. The background job never
// asks: a VACUUM holds the write lock for its whole run (12.7 s at 20,000 intakes on a loaded machine, minutes at a
// million), longer than a desk's save waits, so a save in that window would fail. An older file's free pages are
// still reused by new rows; it only does not shrink. The incremental way gives pages back a slice at a time, each
// slice its own short transaction, so saves go on between them.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './open';

/** Free pages are given back only when they are at least this many bytes … */
export const RECLAIM_MIN_BYTES = 8 * 1024 * 1024;
/** … and at least this share of the file: a little free space is reused by the next rows anyway. */
export const RECLAIM_MIN_SHARE = 0.05;
/** A VACUUM writes a copy of the database (and the WAL as large again): this much free disk per byte of the file. */
export const VACUUM_DISK_FACTOR = 2.2;
/** Pages given back per `incremental_vacuum` step (16 MiB at 4 KiB pages): each step is one short write transaction. */
export const INCREMENTAL_STEP_PAGES = 4096;

export type ReclaimResult =
  | { action: 'none'; reason: string; bytesBefore: number; freeBytes: number }
  | { action: 'incremental' | 'vacuum'; bytesBefore: number; bytesAfter: number; freeBytes: number; ms: number }
  | { action: 'skipped'; reason: string; bytesBefore: number; freeBytes: number };

const num = (db: Db, pragma: string) => Number(db.pragma(pragma, { simple: true }));

/** The free pages of the database, and whether they are worth giving back now. */
export function freeSpace(db: Db): { pageSize: number; pages: number; freePages: number; autoVacuum: 'none' | 'full' | 'incremental' } {
  const mode = num(db, 'auto_vacuum');
  return { pageSize: num(db, 'page_size'), pages: num(db, 'page_count'), freePages: num(db, 'freelist_count'), autoVacuum: mode === 2 ? 'incremental' : mode === 1 ? 'full' : 'none' };
}

/**
 * Returns the free pages to the file system when there are enough of them (see the limits above). `dbFile` is the
 * database's path, for the free-disk check before a VACUUM. Must not run inside a transaction.
 */
export function reclaimFreeSpace(
  db: Db,
  dbFile: string,
  opts: { minBytes?: number; minShare?: number; diskFree?: (dir: string) => number; vacuum?: boolean } = {},
): ReclaimResult {
  const s = freeSpace(db);
  const bytesBefore = s.pages * s.pageSize;
  const freeBytes = s.freePages * s.pageSize;
  if (freeBytes < (opts.minBytes ?? RECLAIM_MIN_BYTES) || s.freePages < s.pages * (opts.minShare ?? RECLAIM_MIN_SHARE)) {
    return { action: 'none', reason: '空闲页不多，留待新数据复用', bytesBefore, freeBytes };
  }
  const started = performance.now();
  if (s.autoVacuum === 'incremental') {
    for (let left = s.freePages; left > 0; ) {
      db.pragma(`incremental_vacuum(${INCREMENTAL_STEP_PAGES})`);
      const now = num(db, 'freelist_count');
      if (now >= left) break;
      left = now;
    }
  } else if (!opts.vacuum) {
    return { action: 'skipped', reason: '旧版数据库文件需一次整体整理（VACUUM）才能缩小，整理期间无法保存，故不在后台自动进行；空闲空间仍供新数据复用', bytesBefore, freeBytes };
  } else {
    const diskFree = (opts.diskFree ?? ((dir: string) => {
      const st = statfsSync(dir);
      return st.bavail * st.bsize;
    }))(dirname(dbFile));
    if (diskFree < bytesBefore * VACUUM_DISK_FACTOR) {
      return { action: 'skipped', reason: `磁盘剩余空间不足以整理数据库（需约 ${Math.ceil((bytesBefore * VACUUM_DISK_FACTOR) / 1048576)} MB）`, bytesBefore, freeBytes };
    }
    // Takes effect with the VACUUM: from then on, incremental_vacuum gives space back without a rewrite.
    db.pragma('auto_vacuum = INCREMENTAL');
    db.exec('VACUUM');
  }
  // The pages leave the WAL for the file, and the WAL its size.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { action: s.autoVacuum === 'incremental' ? 'incremental' : 'vacuum', bytesBefore, bytesAfter: num(db, 'page_count') * s.pageSize, freeBytes, ms: Math.round(performance.now() - started) };
}
