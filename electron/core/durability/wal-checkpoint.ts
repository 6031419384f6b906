// The WAL checkpoint off a save's path (issue #15, save-case; docs/performance.md, "The checkpoint after the reply").
// SQLite's automatic checkpoint runs inside the commit that takes the WAL past 1,000 pages: a desk's save, every
// eighth or so, waited for a thousand pages copied into the database file and its fsync. The core's connection now
// checkpoints by itself only past WAL_BOUND_PAGES (the bound, should the core never pause), and checkpoints PASSIVE
// after every CHECKPOINT_EVERY calls that wrote — in a setImmediate, so after the call's reply has gone out.
import type { Db } from '../../../db/open';

/** SQLite's own checkpoint, on the core's connection, only past this many WAL pages (16 MB at 4 KB pages). */
export const WAL_BOUND_PAGES = 4000;
/** Calls that wrote between two checkpoints: a save writes ≈ 100–120 pages, so ≈ 1,000 pages as SQLite's default. */
export const CHECKPOINT_EVERY = 8;

export function walCheckpointer(target: () => Db | null, onError: (e: unknown) => void) {
  let configured: Db | null = null;
  let writes = 0;
  let scheduled = false;
  const checkpoint = () => {
    scheduled = false;
    const db = target();
    if (!db?.open || db.inTransaction) return;
    writes = 0;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (e) {
      onError(e);
    }
  };
  return {
    /** A call that may write is about to run: counted, and a checkpoint queued after it when due. */
    wrote() {
      const db = target();
      if (!db?.open) return;
      if (configured !== db) {
        db.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
        configured = db;
      }
      if (++writes < CHECKPOINT_EVERY || scheduled) return;
      scheduled = true;
      setImmediate(checkpoint);
    },
  };
}
