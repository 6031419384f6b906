// Backups: the database through SQLite's online backup API (or VACUUM INTO where a synchronous copy is needed, before
// a migration) — never a file copy of a live WAL database (sqlite.org/howtocorrupt.html §1.3) — and the file store,
// content-addressed, so a new backup copies only files no earlier backup holds. Each backup is verified after it is
// written (integrity_check, row counts, the audit chain and its head, every file's hash) before its manifest is
// written: a folder without manifest.json is not a backup.
//
// <folder>/xinan-backups/files/ab/<sha256>              stored files shared by the plain backups
// <folder>/xinan-backups/<stamp>-<kind>/xinan.sqlite3     the database copy
// <folder>/xinan-backups/<stamp>-<kind>/manifest.json     what it holds and how it was verified
// An encrypted backup (one that leaves the PC) holds everything itself: xinan.sqlite3.enc and files/<sha256>.enc.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { verifyAuditChain } from '../../../db/audit-chain';
import type { Db } from '../../../db/open';
import type { DataDirPaths } from '../kernel/data-dir';
import { filePath, sha256 } from '../files/file-store';
import { newKeyParams, openFile, openStream, sealFile, sealStream, unlockKey, type KeyParams } from './backup-crypto';
import { checkNow } from './integrity';
import { stamp } from './quarantine';

export const BACKUP_KINDS = ['daily', 'manual', 'beforeMigrate', 'beforeRestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = { daily: '定时备份', manual: '手动备份', beforeMigrate: '升级前备份', beforeRestore: '恢复前备份' };

const manifestSchema = z.object({
  format: z.literal('xinan-backup'),
  version: z.literal(1),
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.number(),
  appVersion: z.string(),
  installationId: z.string().nullable(),
  unitId: z.string().nullable(),
  userVersion: z.number(),
  db: z.object({ file: z.string(), bytes: z.number(), sha256: z.string() }),
  tables: z.record(z.string(), z.number()),
  audit: z.object({ count: z.number(), headSeq: z.number().nullable(), headHash: z.string().nullable() }),
  files: z.array(z.object({ sha256: z.string(), bytes: z.number() })),
  encryption: z.object({ kdf: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number(), salt: z.string(), check: z.string() }).nullable(),
  verified: z.object({ at: z.number(), ms: z.number(), integrity: z.literal('ok') }),
  note: z.string().nullable(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupRef {
  dir: string;
  manifest: BackupManifest;
}

export class BackupError extends Error {}

export const BACKUP_ROOT_NAME = 'xinan-backups';
export const backupRoot = (folder: string) => join(folder, BACKUP_ROOT_NAME);
const sharedFiles = (root: string) => join(root, 'files');

function fileSha256(path: string): string {
  const h = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes bytes to `dest` through a temporary name, synced, then renamed: a half-written file never has the name. */
function writeDurably(dest: string, bytes: Buffer): void {
  const tmp = `${dest}.tmp-${randomUUID()}`;
  writeFileSync(tmp, bytes);
  syncFile(tmp);
  renameSync(tmp, dest);
}

/** Row counts of every table of a database (the search index's shadow tables included: they are data too). */
export function tableCounts(db: Db): Record<string, number> {
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(names.map((n) => [n, (db.prepare(`SELECT count(*) AS n FROM "${n.replace(/"/g, '""')}"`).get() as { n: number }).n]));
}

function listedFiles(db: Db): { sha256: string; bytes: number }[] {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'`).get();
  return has ? (db.prepare('SELECT sha256, bytes FROM files ORDER BY sha256').all() as { sha256: string; bytes: number }[]) : [];
}

function installationOf(db: Db): { installationId: string | null; unitId: string | null } {
  try {
    const row = db.prepare('SELECT installation_id, unit_id FROM installation WHERE id = 1').get() as { installation_id: string; unit_id: string } | undefined;
    return { installationId: row?.installation_id ?? null, unitId: row?.unit_id ?? null };
  } catch {
    return { installationId: null, unitId: null };
  }
}

export interface BackupProgress {
  (stage: 'database' | 'files' | 'verify', done: number, total: number): void;
}

export interface WriteBackupOptions {
  db: Db;
  paths: DataDirPaths;
  folder: string;
  kind: BackupKind;
  now: number;
  appVersion: string;
  /** 'online': SQLite's backup API, page by page between other work; 'vacuum': VACUUM INTO, synchronous. */
  method: 'online' | 'vacuum';
  password?: string | null;
  note?: string | null;
  progress?: BackupProgress;
}

/** Copies the live database into `dest` without stopping the core (same-connection writes join the copy). */
async function copyDatabase(db: Db, dest: string, method: 'online' | 'vacuum', progress?: BackupProgress): Promise<void> {
  if (method === 'vacuum') {
    db.prepare('VACUUM INTO ?').run(dest);
  } else {
    await db.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        progress?.('database', totalPages - remainingPages, totalPages);
        return 200;
      },
    });
  }
  syncFile(dest);
}

/**
 * Makes one backup and verifies it; returns it, or throws BackupError (the half-made folder is removed — it is a
 * copy, never the bureau's only data).
 */
export async function writeBackup(o: WriteBackupOptions): Promise<BackupRef> {
  const b = beginBackup(o);
  try {
    await copyDatabase(o.db, b.plainDb, o.method, o.progress);
  } catch (e) {
    b.abort();
    throw new BackupError(backupFailureMessage(e));
  }
  return b.finish();
}

/** The same with VACUUM INTO, without yielding: before a migration, when the core has not started yet. */
export function writeBackupSync(o: Omit<WriteBackupOptions, 'method'>): BackupRef {
  const b = beginBackup(o);
  try {
    o.db.prepare('VACUUM INTO ?').run(b.plainDb);
    syncFile(b.plainDb);
  } catch (e) {
    b.abort();
    throw new BackupError(backupFailureMessage(e));
  }
  return b.finish();
}

function beginBackup(o: Omit<WriteBackupOptions, 'method'>): { plainDb: string; abort(): void; finish(): BackupRef } {
  const root = backupRoot(o.folder);
  const id = `${stamp(o.now)}-${o.kind}${o.password ? '-enc' : ''}`;
  const dir = join(root, id);
  const work = join(o.paths.root, 'tmp', `backup-${randomUUID()}`);
  mkdirSync(work, { recursive: true });
  try {
    mkdirSync(root, { recursive: true });
    mkdirSync(dir, { recursive: false });
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw new BackupError((e as { code?: string }).code === 'EEXIST' ? `备份 ${id} 已存在，请稍后再试` : backupFailureMessage(e));
  }
  // The database goes to the data dir's own scratch folder first: a plain copy never lands on removable media when
  // the backup is to be encrypted.
  const plainDb = join(work, 'xinan.sqlite3');
  const abort = () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  };
  return { plainDb, abort, finish: () => finishBackup(o, { root, id, dir, work, plainDb }) };
}

function finishBackup(o: Omit<WriteBackupOptions, 'method'>, at: { root: string; id: string; dir: string; work: string; plainDb: string }): BackupRef {
  const { root, id, dir, work, plainDb } = at;
  try {
    const copy = new Database(plainDb, { readonly: true, fileMustExist: true });
    let tables: Record<string, number>;
    let files: { sha256: string; bytes: number }[];
    let audit: BackupManifest['audit'];
    let userVersion: number;
    let inst: { installationId: string | null; unitId: string | null };
    try {
      tables = tableCounts(copy);
      files = listedFiles(copy);
      const chain = verifyAuditChain(copy);
      if (!chain.intact) throw new BackupError(`备份中的审计记录链不完整：${chain.message}`);
      audit = { count: chain.count, headSeq: chain.headSeq, headHash: chain.headHash };
      userVersion = copy.pragma('user_version', { simple: true }) as number;
      inst = installationOf(copy);
    } finally {
      copy.close();
    }
    let encryption: KeyParams | null = null;
    let key: Buffer | null = null;
    if (o.password) {
      const made = newKeyParams(o.password);
      encryption = made.params;
      key = made.key;
    }
    const dbName = key ? 'xinan.sqlite3.enc' : 'xinan.sqlite3';
    if (key) sealStream(key, plainDb, join(dir, dbName));
    else {
      copyFileSync(plainDb, join(dir, dbName));
      syncFile(join(dir, dbName));
    }
    const dbSha = fileSha256(join(dir, dbName));

    // 2. The stored files: only those this backup store does not hold yet (plain); all of them (encrypted).
    const store = key ? join(dir, 'files') : sharedFiles(root);
    mkdirSync(store, { recursive: true });
    let done = 0;
    for (const f of files) {
      const target = key ? join(store, `${f.sha256}.enc`) : filePath(store, f.sha256);
      if (!key && existsSync(target) && statSync(target).size === f.bytes) {
        o.progress?.('files', ++done, files.length);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(filePath(o.paths.files, f.sha256));
      } catch {
        throw new BackupError(`数据目录中缺少已登记的文件 ${f.sha256.slice(0, 12)}…：请先处理文件缺失，再备份`);
      }
      if (sha256(bytes) !== f.sha256) throw new BackupError(`数据目录中的文件 ${f.sha256.slice(0, 12)}… 已损坏：请先从较早的备份恢复该文件`);
      mkdirSync(join(target, '..'), { recursive: true });
      writeDurably(target, key ? sealFile(key, bytes) : bytes);
      o.progress?.('files', ++done, files.length);
    }

    // 3. Verify what is now on the backup medium, read back from it.
    const started = Date.now();
    const manifest: BackupManifest = {
      format: 'xinan-backup',
      version: 1,
      id,
      kind: o.kind,
      createdAt: o.now,
      appVersion: o.appVersion,
      installationId: inst.installationId,
      unitId: inst.unitId,
      userVersion,
      db: { file: dbName, bytes: statSync(join(dir, dbName)).size, sha256: dbSha },
      tables,
      audit,
      files,
      encryption,
      verified: { at: 0, ms: 0, integrity: 'ok' },
      note: o.note ?? null,
    };
    // A copy in the shared store that an earlier backup wrote and the medium has since damaged is written again from
    // the data dir (itself hash-checked): otherwise every later backup would fail on it and none would ever repair it.
    const repair = key
      ? undefined
      : (f: { sha256: string }) => {
          const bytes = readFileSync(filePath(o.paths.files, f.sha256));
          if (sha256(bytes) !== f.sha256) throw new BackupError(`数据目录中的文件 ${f.sha256.slice(0, 12)}… 已损坏：请先从较早的备份恢复该文件`);
          writeDurably(filePath(store, f.sha256), bytes);
          return readFileSync(filePath(store, f.sha256)); // read back from the medium, as every other file is
        };
    verifyBackupContents(dir, manifest, { key, scratch: work, progress: o.progress, repair });
    manifest.verified = { at: Date.now(), ms: Date.now() - started, integrity: 'ok' };
    writeDurably(join(dir, 'manifest.json'), Buffer.from(JSON.stringify(manifest, null, 1)));
    return { dir, manifest };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(backupFailureMessage(e));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A Chinese sentence for an I/O failure while writing or reading a backup (no English, no paths). */
export function backupFailureMessage(e: unknown): string {
  const code = (e as { code?: string })?.code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return '备份失败：备份磁盘空间不足。请清理空间或换一块磁盘后重试';
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'EIO') return '备份失败：备份磁盘无法读写（可能已拔出或损坏），请检查后重试';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '备份失败：没有写入备份文件夹的权限';
  return '备份失败：写入或校验备份时出错，详情已记入日志';
}

/**
 * Checks a backup as it is on its medium: the database's hash, integrity_check, row counts and audit chain head as
 * recorded, and every listed file present with its hash. Throws BackupError naming the first problem.
 */
function verifyBackupContents(
  dir: string,
  m: BackupManifest,
  o: { key: Buffer | null; scratch: string; progress?: BackupProgress; repair?: (f: { sha256: string }) => Buffer },
): void {
  const stored = join(dir, m.db.file);
  if (!existsSync(stored)) throw new BackupError('备份缺少数据库文件');
  if (fileSha256(stored) !== m.db.sha256) throw new BackupError('备份中的数据库文件与记录的校验值不符（文件已损坏或被改动）');
  let dbFile = stored;
  if (o.key) {
    dbFile = join(o.scratch, `verify-${randomUUID()}.sqlite3`);
    openStream(o.key, stored, dbFile);
  }
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const check = checkNow(db, 'full');
    if (!check.ok) throw new BackupError('备份的数据库未通过完整性检查（integrity_check）');
    const counts = tableCounts(db);
    for (const [t, n] of Object.entries(m.tables)) {
      if (counts[t] !== n) throw new BackupError(`备份中数据表 ${t} 的记录数与记录不符`);
    }
    const chain = verifyAuditChain(db);
    if (!chain.intact || chain.headSeq !== m.audit.headSeq || chain.headHash !== m.audit.headHash) throw new BackupError('备份中的审计记录链与记录的链头不符');
  } finally {
    db.close();
    if (dbFile !== stored) rmSync(dbFile, { force: true });
  }
  const store = o.key ? join(dir, 'files') : sharedFiles(join(dir, '..'));
  let done = 0;
  for (const f of m.files) {
    const path = o.key ? join(store, `${f.sha256}.enc`) : filePath(store, f.sha256);
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(path);
    } catch {
      if (!o.repair) throw new BackupError(`备份缺少文件 ${f.sha256.slice(0, 12)}…`);
    }
    if (bytes && o.key) bytes = openFile(o.key, bytes);
    if ((bytes === null || sha256(bytes) !== f.sha256) && o.repair) bytes = o.repair(f);
    if (bytes === null || sha256(bytes) !== f.sha256) throw new BackupError(`备份中的文件 ${f.sha256.slice(0, 12)}… 已损坏`);
    o.progress?.('verify', ++done, m.files.length);
  }
}

export function readManifest(dir: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The backups in a folder (its xinan-backups/, or the folder itself when it is one), newest first. */
export function listBackups(folder: string): BackupRef[] {
  const roots = [backupRoot(folder), folder];
  const out: BackupRef[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    let names: string[];
    try {
      names = readdirSync(root);
    } catch {
      continue;
    }
    for (const name of names) {
      const dir = join(root, name);
      if (seen.has(dir)) continue;
      const manifest = readManifest(dir);
      if (manifest) {
        seen.add(dir);
        out.push({ dir, manifest });
      }
    }
  }
  return out.sort((a, b) => b.manifest.createdAt - a.manifest.createdAt);
}

/** Verifies a backup again (before a restore, or the weekly drill). Throws BackupError. */
export function verifyBackup(ref: BackupRef, scratch: string, password?: string | null): void {
  const key = ref.manifest.encryption ? unlockKey(password ?? '', ref.manifest.encryption) : null;
  mkdirSync(scratch, { recursive: true });
  verifyBackupContents(ref.dir, ref.manifest, { key, scratch });
}

/** Writes the backup's database, decrypted where needed, to `dest`. */
export function extractDatabase(ref: BackupRef, dest: string, password?: string | null): void {
  const src = join(ref.dir, ref.manifest.db.file);
  if (ref.manifest.encryption) openStream(unlockKey(password ?? '', ref.manifest.encryption), src, dest);
  else {
    copyFileSync(src, dest);
    syncFile(dest);
  }
}

/** One stored file of a backup, decrypted and checked. */
export function backupFileBytes(ref: BackupRef, hash: string, key: Buffer | null): Buffer {
  const path = key ? join(ref.dir, 'files', `${hash}.enc`) : filePath(sharedFiles(join(ref.dir, '..')), hash);
  let bytes: Buffer = readFileSync(path);
  if (key) bytes = openFile(key, bytes);
  if (sha256(bytes) !== hash) throw new BackupError(`备份中的文件 ${hash.slice(0, 12)}… 已损坏`);
  return bytes;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Which backups rotation keeps: scheduled ones as the newest `daily`, then the newest of each of the last `weekly`
 * weeks and `monthly` months; manual and before-migration/restore backups, the newest 10 of each kind.
 */
export function backupsToKeep(refs: BackupRef[], keep: { daily: number; weekly: number; monthly: number }): Set<string> {
  const kept = new Set<string>();
  const byKind = (k: BackupKind) => refs.filter((r) => r.manifest.kind === k).sort((a, b) => b.manifest.createdAt - a.manifest.createdAt);
  const daily = byKind('daily');
  daily.slice(0, keep.daily).forEach((r) => kept.add(r.dir));
  const pick = (bucket: (t: number) => string, n: number) => {
    const seen = new Set<string>();
    for (const r of daily) {
      const b = bucket(r.manifest.createdAt);
      if (seen.has(b)) continue;
      seen.add(b);
      if (seen.size > n) break;
      kept.add(r.dir);
    }
  };
  pick((t) => String(Math.floor((t + 3 * DAY) / (7 * DAY))), keep.weekly);
  pick((t) => new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 7), keep.monthly);
  for (const k of ['manual', 'beforeMigrate', 'beforeRestore'] as const) byKind(k).slice(0, 10).forEach((r) => kept.add(r.dir));
  return kept;
}

/** Removes backups rotation does not keep, and shared files no kept plain backup lists. Returns what went. */
export function rotateBackups(folder: string, keep: { daily: number; weekly: number; monthly: number }): { removed: string[]; filesRemoved: number } {
  const refs = listBackups(folder);
  const kept = backupsToKeep(refs, keep);
  const removed: string[] = [];
  for (const r of refs) {
    if (!kept.has(r.dir)) {
      rmSync(r.dir, { recursive: true, force: true });
      removed.push(r.manifest.id);
    }
  }
  const needed = new Set<string>();
  for (const r of refs) if (kept.has(r.dir) && !r.manifest.encryption) for (const f of r.manifest.files) needed.add(f.sha256);
  let filesRemoved = 0;
  const store = sharedFiles(backupRoot(folder));
  if (existsSync(store)) {
    for (const sub of readdirSync(store)) {
      const d = join(store, sub);
      for (const name of readdirSync(d)) {
        if (!needed.has(name)) {
          rmSync(join(d, name), { force: true });
          filesRemoved++;
        }
      }
    }
  }
  return { removed, filesRemoved };
}
