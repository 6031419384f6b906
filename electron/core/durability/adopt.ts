// Adopting a handover package on the server machine (issue #16 Deliver 7): into an empty data dir only; the package
// unpacked and EVERYTHING checked against its manifest before anything takes a database's place — each table's row
// count, every stored file's SHA-256, the audit chain verified end to end with its head equal to the manifest's, and
// PRAGMA integrity_check. Every difference is listed (not just the first), and on any of them the data dir is left as
// empty as it was found. Only then the database is put in place, upgraded if the package is older, and the adoption
// recorded on its audit trail.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../../../db/audit-chain';
import { migrate, readMigrations } from '../../../db/migrate';
import { openDatabase } from '../../../db/open';
import { statementCache } from '../../../db/statements';
import { dataDirPaths, dataDirProblem, prepareDataDir } from '../kernel/data-dir';
import { acquireInstanceLock } from '../kernel/instance-lock';
import { tx } from '../kernel/tx';
import { putFile } from '../files/file-store';
import { unlockKey } from './backup-crypto';
import { backupFileBytes, extractDatabase, readManifest, tableCounts, type BackupRef } from './backup';
import { fileSha256, HANDOVER_MANIFEST, handoverManifestSchema, handoverState, shanghaiMinute, type HandoverManifest } from './handover';
import { checkNow } from './integrity';
import { extractArchive, PackageArchiveError } from './package-archive';

export class AdoptError extends Error {
  constructor(
    message: string,
    readonly differences: string[] = [],
  ) {
    super(differences.length ? `${message}\n${differences.map((d) => `  - ${d}`).join('\n')}` : message);
  }
}

export interface AdoptOptions {
  dataDir: string;
  packageFile: string;
  appVersion: string;
  migrationsDir: string;
  /** Who adopted (the server PC's user name), for the audit trail. */
  by: string;
  password?: string | null;
  /** The package's SHA-256 as printed at handover, when the administrator wants it compared. */
  expectSha256?: string | null;
}

export interface AdoptReport {
  manifest: HandoverManifest;
  packageSha256: string;
  /** The Chinese report, one line each. */
  lines: string[];
  ms: number;
}

const short = (h: string | null) => (h ? `${h.slice(0, 12)}…` : '（无）');

/** Checks the unpacked package; returns every difference from its manifest (empty: all verified). */
function differencesIn(ref: BackupRef, m: HandoverManifest, dbFile: string, key: Buffer | null, knownMigrations: number): { differences: string[]; integrityMs: number } {
  const out: string[] = [];
  const bm = ref.manifest;
  if (bm.db.sha256 !== m.db.sha256 || JSON.stringify(bm.tables) !== JSON.stringify(m.tables) || JSON.stringify(bm.files) !== JSON.stringify(m.files) || bm.audit.headHash !== m.audit.headHash) {
    out.push('移交清单（handover.json）与包内备份的清单（manifest.json）不一致：清单被改动过');
  }
  if (m.schemaVersion > knownMigrations) out.push(`移交包由较新版本的薪安制作（数据库版本 ${m.schemaVersion}，本程序最高支持 ${knownMigrations}）：请先把服务器上的薪安升级到 ${m.appVersion} 或更新版本`);
  const stored = join(ref.dir, bm.db.file);
  if (!existsSync(stored)) return { differences: [...out, '包中缺少数据库文件'], integrityMs: 0 };
  const dbSha = fileSha256(stored);
  if (dbSha !== m.db.sha256) out.push(`数据库文件的 SHA-256 与清单不符（清单 ${short(m.db.sha256)}，包中 ${short(dbSha)}）`);
  let integrityMs = 0;
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const check = checkNow(db, 'full');
    integrityMs = check.ms;
    if (!check.ok) out.push(`数据库未通过完整性检查（integrity_check）：${check.problems.slice(0, 3).join('；')}`);
    const counts = tableCounts(db);
    for (const t of [...new Set([...Object.keys(m.tables), ...Object.keys(counts)])].sort()) {
      if (counts[t] !== m.tables[t]) out.push(`数据表 ${t}：清单 ${m.tables[t] ?? '无此表'}${m.tables[t] === undefined ? '' : ' 条'}，包中 ${counts[t] ?? '无此表'}${counts[t] === undefined ? '' : ' 条'}`);
    }
    const chain = verifyAuditChain(db);
    if (!chain.intact) out.push(`审计记录链校验未通过：${chain.message}`);
    else if (chain.headSeq !== m.audit.headSeq || chain.headHash !== m.audit.headHash || chain.count !== m.audit.count) {
      out.push(`审计记录链的链头与清单不符（清单第 ${m.audit.headSeq} 条 ${short(m.audit.headHash)}，共 ${m.audit.count} 条；包中第 ${chain.headSeq} 条 ${short(chain.headHash)}，共 ${chain.count} 条）`);
    }
    if (handoverState(db)) out.push('包内的数据库已被标为“已移交”（这是一份移交后留下的只读副本）：请用原安装在移交时生成的移交包');
    const listed = new Set((db.prepare('SELECT sha256 FROM files').all() as { sha256: string }[]).map((r) => r.sha256));
    const named = new Set(m.files.map((f) => f.sha256));
    for (const h of listed) if (!named.has(h)) out.push(`数据库登记的文件 ${short(h)} 不在清单中`);
  } catch (e) {
    out.push(`包中的数据库文件已损坏，无法读取（${(e as Error).message}）`);
  } finally {
    db?.close();
  }
  for (const f of m.files) {
    try {
      backupFileBytes(ref, f.sha256, key);
    } catch (e) {
      const missing = (e as { code?: string }).code === 'ENOENT';
      out.push(missing ? `文件 ${short(f.sha256)}（${f.bytes} 字节）在包中缺失` : `文件 ${short(f.sha256)}（${f.bytes} 字节）的内容与清单的 SHA-256 不符`);
    }
  }
  return { differences: out, integrityMs };
}

/** Adopts the package into the empty data dir `o.dataDir`; throws AdoptError (or DataDirInUseError) leaving it empty. */
export function adoptPackage(o: AdoptOptions): AdoptReport {
  const started = Date.now();
  const paths = dataDirPaths(o.dataDir);
  if (!existsSync(o.packageFile)) throw new AdoptError(`找不到移交包：${o.packageFile}`);
  const existed = existsSync(paths.root);
  if (existed && readdirSync(paths.root).length > 0) {
    throw new AdoptError(`数据目录 ${paths.root} 不是空的（含 ${readdirSync(paths.root).slice(0, 5).join('、')}）：接收移交包只能用一个新的空目录，已有的数据不会被覆盖`);
  }
  const problem = existed ? dataDirProblem(paths.root) : null;
  if (problem) throw new AdoptError(problem);
  prepareDataDir(paths.root);
  const lock = acquireInstanceLock(paths.root, 'adopt');
  const scratch = join(paths.root, 'tmp', `adopt-${randomUUID()}`);
  try {
    const packageSha256 = fileSha256(o.packageFile);
    if (o.expectSha256 && o.expectSha256.toLowerCase().replace(/[^0-9a-f]/g, '') !== packageSha256) {
      throw new AdoptError(`移交包的 SHA-256（${packageSha256}）与给出的指纹不符：这不是移交时生成的那个文件，或复制时已损坏`);
    }
    mkdirSync(scratch, { recursive: true });
    try {
      extractArchive(o.packageFile, scratch);
    } catch (e) {
      if (e instanceof PackageArchiveError) throw new AdoptError(e.message);
      throw e;
    }
    let manifest: HandoverManifest;
    try {
      manifest = handoverManifestSchema.parse(JSON.parse(readFileSync(join(scratch, HANDOVER_MANIFEST), 'utf8')));
    } catch {
      throw new AdoptError('这不是薪安移交包（缺少或无法读取 handover.json）');
    }
    const dir = join(scratch, 'backup', manifest.backupId);
    const bm = readManifest(dir);
    if (!bm) throw new AdoptError('移交包不完整：缺少包内备份的清单（manifest.json）');
    const ref: BackupRef = { dir, manifest: bm };
    if (bm.encryption && !o.password) throw new AdoptError('这是一个加密的移交包：请用 --password-env 指定存放移交密码的环境变量');
    const key = bm.encryption ? unlockKey(o.password ?? '', bm.encryption) : null;
    const incoming = join(scratch, 'incoming.sqlite3');
    if (existsSync(join(dir, bm.db.file))) extractDatabase(ref, incoming, o.password);
    const known = readMigrations(o.migrationsDir).length;
    const { differences, integrityMs } = existsSync(incoming) ? differencesIn(ref, manifest, incoming, key, known) : { differences: ['包中缺少数据库文件'], integrityMs: 0 };
    if (differences.length) throw new AdoptError('移交包未通过校验，拒绝接收（数据目录保持为空）：', differences);

    // Verified: the files first (content-addressed, each checked again as it is read), then the database.
    let bytesTotal = 0;
    for (const f of manifest.files) {
      putFile(paths.files, backupFileBytes(ref, f.sha256, key));
      bytesTotal += f.bytes;
    }
    renameSync(incoming, paths.dbFile);
    const db = openDatabase(paths.dbFile);
    let adoptSeq: number | null;
    try {
      const result = migrate(db, { migrationsDir: o.migrationsDir, backupDir: paths.backups, appVersion: o.appVersion, now: () => Date.now() });
      tx({ db, prepare: statementCache(db), now: Date.now(), actorStaffId: null, sessionId: null, channel: 'cli.adopt' }, (w) =>
        w.audit({
          action: 'adopt',
          entity: 'installation',
          entityId: manifest.installationId,
          change: { packageId: manifest.id, packageSha256, from: { host: manifest.host, by: manifest.by, at: manifest.createdAt, appVersion: manifest.appVersion }, server: manifest.server, by: o.by, auditHeadSeq: manifest.audit.headSeq, auditHeadHash: manifest.audit.headHash, files: manifest.files.length, migrated: result.applied.length },
        }),
      );
      const head = manifest.audit.headSeq !== null && manifest.audit.headHash ? { seq: manifest.audit.headSeq, hash: manifest.audit.headHash } : null;
      const chain = verifyAuditChain(db, { head });
      if (!chain.intact) throw new AdoptError(`接收后审计记录链校验未通过：${chain.message}`);
      adoptSeq = chain.headSeq;
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    const lines = [
      `移交包：${manifest.id}（SHA-256 ${packageSha256}）`,
      `  来自：${manifest.host} 上的薪安 ${manifest.appVersion}，${manifest.by} 于 ${shanghaiMinute(manifest.createdAt)} 制作；去向：${manifest.server}`,
      `  数据表 ${Object.keys(manifest.tables).length} 张，共 ${rows} 条记录：逐表与清单一致`,
      `  文件 ${manifest.files.length} 个（${(bytesTotal / 1048576).toFixed(1)} MB）：逐个核对 SHA-256 一致`,
      `  审计记录链：${manifest.audit.count} 条，端到端校验通过，链头（第 ${manifest.audit.headSeq ?? 0} 条）与清单一致`,
      `  完整性检查（integrity_check）：通过，用时 ${integrityMs} 毫秒`,
      `  已在审计记录中登记本次接收（第 ${adoptSeq ?? '—'} 条）`,
    ];
    return { manifest, packageSha256, lines, ms: Date.now() - started };
  } catch (e) {
    lock.release();
    // The data dir was empty: what is in it now is this adoption's alone — nothing half-adopted stays.
    if (existed) for (const name of readdirSync(paths.root)) rmSync(join(paths.root, name), { recursive: true, force: true });
    else rmSync(paths.root, { recursive: true, force: true });
    throw e;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    lock.release();
  }
}
