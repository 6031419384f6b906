// Handing a desktop installation's data to the bureau server (issue #16 Deliver 7, docs/server.md "从单机到服务器"):
// one package file — a verified backup (backup.ts: the database through the backup API, every stored file, their
// hashes, the audit chain's head) plus the handover manifest — and the local copy marked as handed over, so that
// opened again alone it is read-only and says where the data now lives. The package is taken before the mark: the
// server's copy never thinks it is handed over.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { pendingMigrations, readMigrations } from '../../../db/migrate';
import { openDatabase, type Db } from '../../../db/open';
import { statementCache } from '../../../db/statements';
import { dataDirPaths } from '../kernel/data-dir';
import { acquireInstanceLock } from '../kernel/instance-lock';
import { tx } from '../kernel/tx';
import { backupRoot, writeBackup, type BackupManifest } from './backup';
import { checkNow } from './integrity';
import { writeArchive } from './package-archive';
import { stamp } from './quarantine';

export const HANDOVER_MANIFEST = 'handover.json';

export const handoverManifestSchema = z.object({
  format: z.literal('xinan-handover'),
  version: z.literal(1),
  id: z.string(),
  createdAt: z.number(),
  /** Who ran the command (the PC's user name) and on which PC. */
  by: z.string(),
  host: z.string(),
  /** The server's address the data goes to, as the administrator gave it. */
  server: z.string(),
  appVersion: z.string(),
  /** PRAGMA user_version: how many migrations the database has (db/migrate.ts). */
  schemaVersion: z.number(),
  installationId: z.string(),
  unitId: z.string(),
  /** The backup inside the package: backup/<backupId>/manifest.json. */
  backupId: z.string(),
  db: z.object({ file: z.string(), bytes: z.number(), sha256: z.string() }),
  tables: z.record(z.string(), z.number()),
  files: z.array(z.object({ sha256: z.string(), bytes: z.number() })),
  /** The audit chain as its verifier found it in the copy: adopt requires the same head. */
  audit: z.object({ count: z.number(), headSeq: z.number().nullable(), headHash: z.string().nullable() }),
  encrypted: z.boolean(),
});
export type HandoverManifest = z.infer<typeof handoverManifestSchema>;

export interface HandoverState {
  at: number;
  server: string;
  packageRef: string;
}

export class HandoverError extends Error {}

/** Whether (and to where) this database was handed over; null for an installation in service (and before the migration). */
export function handoverState(db: Db): HandoverState | null {
  try {
    const row = db.prepare('SELECT handed_over_at AS at, handed_over_to AS server, handed_over_package AS ref FROM installation WHERE id = 1').get() as
      | { at: number | null; server: string | null; ref: string | null }
      | undefined;
    return row?.at ? { at: row.at, server: row.server ?? '', packageRef: row.ref ?? '' } : null;
  } catch {
    return null;
  }
}

export function shanghaiMinute(t: number): string {
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The sentence a handed-over copy answers every change with, and shows on its banner. */
export function handedOverMessage(s: HandoverState): string {
  return `本机数据已于 ${shanghaiMinute(s.at)} 移交给单位服务器（${s.server}），现在保存在服务器上；本机这份是移交前的只读副本，不能再登记或修改。请在服务器上办理：在浏览器中打开 ${s.server}。`;
}

export function fileSha256(path: string): string {
  const h = createHash('sha256');
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((d) => d.isFile() && !/-(wal|shm)$/.test(d.name)) // a checkpointed copy's empty WAL companions are no part of it
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export interface HandoverOptions {
  dataDir: string;
  out: string;
  server: string;
  by: string;
  appVersion: string;
  migrationsDir: string;
  password?: string | null;
  progress?: (stage: 'database' | 'files' | 'verify', done: number, total: number) => void;
}

export interface HandoverResult {
  manifest: HandoverManifest;
  packageBytes: number;
  packageSha256: string;
  ms: number;
}

/** Makes the package and marks the local copy handed over; throws HandoverError (or DataDirInUseError) changing nothing. */
export async function makeHandover(o: HandoverOptions): Promise<HandoverResult> {
  const started = Date.now();
  const paths = dataDirPaths(o.dataDir);
  if (!existsSync(paths.dbFile)) throw new HandoverError(`数据目录中没有数据库文件：${paths.dbFile}`);
  if (existsSync(o.out)) throw new HandoverError(`${o.out} 已存在：请另选一个文件名，不会覆盖已有文件`);
  if (!existsSync(dirname(o.out))) throw new HandoverError(`保存移交包的文件夹不存在：${dirname(o.out)}`);
  // The desktop app (or a server) on this data dir could take changes after the package is made: they would be lost.
  const lock = acquireInstanceLock(paths.root, 'handover');
  const work = join(dirname(o.out), `.xinan-handover-${randomUUID()}`);
  const partial = `${o.out}.part-${randomUUID()}`;
  let db: Db | null = null;
  try {
    db = openDatabase(paths.dbFile);
    if (pendingMigrations(db, readMigrations(o.migrationsDir)).length > 0) throw new HandoverError('数据库尚未升级到本版本：请先用本版本的薪安打开一次（完成升级），关闭后再移交');
    const inst = db.prepare('SELECT installation_id AS installationId, unit_id AS unitId FROM installation WHERE id = 1').get() as { installationId: string; unitId: string } | undefined;
    if (!inst) throw new HandoverError('本机尚未完成首次设置，没有可移交的数据');
    const already = handoverState(db);
    if (already) throw new HandoverError(`本机数据已于 ${shanghaiMinute(already.at)} 移交给 ${already.server}，不能再次移交`);
    if (!checkNow(db, 'quick').ok) throw new HandoverError('数据库未通过完整性检查（quick_check），不能移交：请先用 npm run restore 从较早的备份恢复');

    const now = Date.now();
    mkdirSync(work);
    const backup = await writeBackup({ db, paths, folder: work, kind: 'manual', now, appVersion: o.appVersion, method: 'online', password: o.password ?? null, note: `移交给服务器 ${o.server}`, progress: o.progress });
    const m: BackupManifest = backup.manifest;
    const manifest: HandoverManifest = {
      format: 'xinan-handover',
      version: 1,
      id: `handover-${stamp(now)}`,
      createdAt: now,
      by: o.by,
      host: hostname(),
      server: o.server,
      appVersion: o.appVersion,
      schemaVersion: m.userVersion,
      installationId: inst.installationId,
      unitId: inst.unitId,
      backupId: m.id,
      db: m.db,
      tables: m.tables,
      files: m.files,
      audit: m.audit,
      encrypted: m.encryption !== null,
    };
    const manifestFile = join(work, HANDOVER_MANIFEST);
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 1));
    const root = backupRoot(work);
    const entries = [{ name: HANDOVER_MANIFEST, path: manifestFile }, ...filesUnder(root).map((p) => ({ name: `backup/${relative(root, p).split('\\').join('/')}`, path: p }))];
    const packageBytes = writeArchive(partial, entries, now);
    const packageSha256 = fileSha256(partial);
    renameSync(partial, o.out);
    try {
      const prepare = statementCache(db);
      tx({ db, prepare, now: Date.now(), actorStaffId: null, sessionId: null, channel: 'cli.handover' }, (w) => {
        w.db
          .prepare('UPDATE installation SET handed_over_at = ?, handed_over_to = ?, handed_over_package = ? WHERE id = 1')
          .run(w.now, o.server, `${manifest.id} sha256:${packageSha256}`);
        w.audit({
          action: 'handover',
          entity: 'installation',
          entityId: inst.installationId,
          change: { packageId: manifest.id, packageSha256, server: o.server, by: o.by, host: manifest.host, auditHeadSeq: m.audit.headSeq, auditHeadHash: m.audit.headHash, files: m.files.length },
        });
      });
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      rmSync(o.out, { force: true });
      throw new HandoverError(`未能在本机记录移交（${(e as Error).message}），移交包已删除，本机数据未改动`);
    }
    return { manifest, packageBytes, packageSha256, ms: Date.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(partial, { force: true });
    if (db?.open) db.close();
    lock.release();
  }
}
