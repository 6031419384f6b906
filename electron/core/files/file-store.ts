// The content-addressed file store under the data dir: files/<first two hex digits>/<sha256>. A file is written
// to a temporary name, synced, renamed into place and its directory synced BEFORE the row that names it commits,
// so a committed row never points at a missing or half-written file. A crash in between leaves an orphan file
// with no row; orphans are swept at start. Files are read back with their hash checked.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Prepare } from '../../../db/statements';
import type { TxWriter } from '../tx';

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

/**
 * Deletes files no row names (left by a crash between writing a file and committing its row) and stale temporary
 * files. Only files older than `graceMs` go, so a write in progress in another process is never swept.
 */
export function sweepOrphans(root: string, prepare: Prepare, now: number, graceMs = 60 * 60 * 1000): { removed: number } {
  if (!existsSync(root)) return { removed: 0 };
  const known = prepare('SELECT 1 FROM files WHERE sha256 = ?');
  let removed = 0;
  for (const sub of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    const dir = join(root, sub);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const orphan = name.startsWith(TMP_PREFIX) || (HEX64.test(name) && !known.get(name));
      if (!orphan) continue;
      if (now - statSync(path).mtimeMs < graceMs) continue;
      unlinkSync(path);
      removed++;
    }
  }
  return { removed };
}
