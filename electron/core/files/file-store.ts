// The content-addressed file store under the data dir: files/<first two hex digits>/<sha256>. A file is written
// to a temporary name, synced, renamed into place and its directory synced BEFORE the row that names it commits,
// so a committed row never points at a missing or half-written file. A crash in between leaves an orphan file
// with no row; such orphans are moved to the quarantine folder at start, never deleted. Files are read back with their hash checked.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Prepare } from '../../../db/statements';
import type { TxWriter } from '../kernel/tx';

const HEX64 = /^[0-9a-f]{64}$/;
const TMP_PREFIX = '.tmp-';

export class FileStoreError extends Error {}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function filePath(root: string, hash: string): string {
  if (!HEX64.test(hash)) throw new FileStoreError(`文件标识无效：${hash.slice(0, 80)}`);
  return join(root, hash.slice(0, 2), hash);
}

function syncDir(dir: string): void {
  // Directories cannot be opened for fsync on Windows; there the rename is durable once the file is synced.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether the stored file under this name is intact (present, and its bytes still hash to its name). */
function intact(path: string, hash: string): boolean {
  try {
    return sha256(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}

/**
 * Writes the bytes durably (before any row names them) and returns their hash. Writing the same bytes again costs a
 * read; a stored copy found damaged or altered on disk is replaced by the good one (rename is atomic).
 */
export function putFile(root: string, bytes: Buffer): string {
  const hash = sha256(bytes);
  const dest = filePath(root, hash);
  if (existsSync(dest) && statSync(dest).size === bytes.length && intact(dest, hash)) return hash;
  const dir = join(root, hash.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${TMP_PREFIX}${randomUUID()}`);
  const fd = openSync(tmp, 'wx');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, dest);
  syncDir(dir);
  return hash;
}

/** Records a stored file in the open transaction (idempotent). */
export function recordFile(w: TxWriter, hash: string, bytes: number, mime: string): void {
  w.prepare('INSERT INTO files (sha256, bytes, mime, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(hash, bytes, mime, w.now);
}

/** Reads a stored file and checks it is still the file that was stored. */
export function readStoredFile(root: string, hash: string): Buffer {
  const path = filePath(root, hash);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new FileStoreError(`文件缺失：${hash}（数据目录的 files 文件夹可能被改动，请从备份恢复）`);
  }
  if (sha256(bytes) !== hash) throw new FileStoreError(`文件已损坏或被改动：${hash}（内容与其哈希不符，请从备份恢复）`);
  return bytes;
}

/** At most this many unlisted files are moved aside at one start; more means the database lost rows, not a crash. */
export const ORPHAN_QUARANTINE_MAX = 20;
/** Only files written this recently are a crash's leftovers; older unlisted files mean an older database. */
export const ORPHAN_RECENT_MS = 7 * 24 * 60 * 60 * 1000;

export interface SweepResult {
  /** Moved to the quarantine folder (names kept). */
  quarantined: string[];
  /** Unlisted files left where they are, and why. */
  leftInPlace: number;
  reason: 'none' | 'tooMany' | 'tooOld' | null;
}

/**
 * Moves files no row names (left by a crash between writing a file and committing its row) and stale temporary files
 * into `quarantineDir`, keeping their names — never deletes. Only files older than `graceMs` are considered, so a
 * write in progress is never touched. Call it only on a database that passed its integrity check. When the unlisted
 * files are many, or any is older than a crash could explain, none is moved: the database is probably older than
 * the file store (a restore or a replaced file), and the files are what a restore needs.
 */
export function sweepOrphans(root: string, prepare: Prepare, now: number, quarantineDir: string, graceMs = 60 * 60 * 1000): SweepResult {
  if (!existsSync(root)) return { quarantined: [], leftInPlace: 0, reason: null };
  const known = prepare('SELECT 1 FROM files WHERE sha256 = ?');
  const orphans: { path: string; name: string; mtimeMs: number }[] = [];
  for (const sub of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    const dir = join(root, sub);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const orphan = name.startsWith(TMP_PREFIX) || (HEX64.test(name) && !known.get(name));
      if (!orphan) continue;
      const mtimeMs = statSync(path).mtimeMs;
      if (now - mtimeMs < graceMs) continue;
      orphans.push({ path, name, mtimeMs });
    }
  }
  if (orphans.length === 0) return { quarantined: [], leftInPlace: 0, reason: null };
  if (orphans.length > ORPHAN_QUARANTINE_MAX) return { quarantined: [], leftInPlace: orphans.length, reason: 'tooMany' };
  if (orphans.some((o) => now - o.mtimeMs > ORPHAN_RECENT_MS)) return { quarantined: [], leftInPlace: orphans.length, reason: 'tooOld' };
  mkdirSync(quarantineDir, { recursive: true });
  for (const o of orphans) renameSync(o.path, join(quarantineDir, o.name));
  syncDir(quarantineDir);
  return { quarantined: orphans.map((o) => o.name), leftInPlace: 0, reason: null };
}
