// Whether the database was closed cleanly last time, and untouched since (issue #15 item 5: start-up at scale).
//
// quick_check reads the whole file: seconds at 100,000 intakes, minutes at a million. It still runs at every start
// (in a worker, on its own read-only connection), but a large file closed cleanly by this program and not changed
// since need not hold the desk's first save until the verdict: what could have damaged it is a crash, a power cut,
// another program writing the file, or the disk itself — the first three leave no mark or change the file's size or
// time, and the last is what the check, still running, catches (a damaged file is then quarantined and writes stop,
// as when a call meets corruption). After anything else — no mark, a mark that does not match the file, a WAL left
// behind — writes wait for the verdict as before.
//
// The mark is a small file beside the database, written after the checkpoint and the close, and taken (deleted) as
// the next start opens the file, so a start that crashes leaves none.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLEAN_CLOSE_FILE = 'clean-close.json';

interface CleanCloseMark {
  v: 1;
  /** The database file's size and modification time (ns, as a decimal string) right after it was closed. */
  size: number;
  mtimeNs: string;
  closedAt: number;
}

export type CleanCloseVerdict = { trusted: true } | { trusted: false; reason: 'noMark' | 'unreadable' | 'changed' | 'wal' | 'noFile' };

function stamp(dbFile: string): { size: number; mtimeNs: string } | null {
  try {
    const s = statSync(dbFile, { bigint: true });
    return { size: Number(s.size), mtimeNs: s.mtimeNs.toString() };
  } catch {
    return null;
  }
}

/** After a healthy close (checkpointed, connection closed): marks the file as closed cleanly. Never throws. */
export function recordCleanClose(root: string, dbFile: string, now: number): boolean {
  const s = stamp(dbFile);
  if (!s) return false;
  const mark: CleanCloseMark = { v: 1, ...s, closedAt: now };
  const file = join(root, CLEAN_CLOSE_FILE);
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(mark));
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}

/** At start, before the database is opened: reads and deletes the mark, and says whether the file is as it was left. */
export function takeCleanClose(root: string, dbFile: string): CleanCloseVerdict {
  const file = join(root, CLEAN_CLOSE_FILE);
  if (!existsSync(file)) return { trusted: false, reason: 'noMark' };
  let mark: Partial<CleanCloseMark> | null;
  try {
    mark = JSON.parse(readFileSync(file, 'utf8')) as Partial<CleanCloseMark>;
  } catch {
    mark = null;
  } finally {
    rmSync(file, { force: true });
  }
  if (!mark || mark.v !== 1 || typeof mark.size !== 'number' || typeof mark.mtimeNs !== 'string') return { trusted: false, reason: 'unreadable' };
  const now = stamp(dbFile);
  if (!now) return { trusted: false, reason: 'noFile' };
  if (now.size !== mark.size || now.mtimeNs !== mark.mtimeNs) return { trusted: false, reason: 'changed' };
  // A clean close checkpoints and removes the WAL; one with content was written after the mark.
  const wal = stamp(`${dbFile}-wal`);
  if (wal && wal.size > 0) return { trusted: false, reason: 'wal' };
  return { trusted: true };
}
