// Growing from one PC to a server (issue #16 Deliver 7): a desktop installation hands its database, stored files and
// audit chain to a new server data dir — every record, every file byte and the chain verified — and a package that
// was tampered with or cut short is refused with the precise difference, leaving nothing half-adopted. The old copy
// refuses changes afterwards.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { putFile, recordFile } from '../../electron/core/files/file-store';
import { tx } from '../../electron/core/kernel/tx';
import { makeHandover } from '../../electron/core/durability/handover';
import { adoptPackage, AdoptError } from '../../electron/core/durability/adopt';
import { extractArchive, writeArchive } from '../../electron/core/durability/package-archive';
import { ADMIN, clientFor, MIGRATIONS_DIR, signInAs, testCore, TestClock } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { emptyDataDir } from '../helpers/data-dir';

const SERVER = 'https://192.168.1.10:8443/';

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function start(dataDir: string): Core {
  const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, clock: new TestClock(), logger: silentLogger, appVersion: '0.1.0-test', passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false });
  onTestFinished(() => core.close());
  return core;
}

/** Every table's rows as JSON: "every record". */
function snapshot(dataDir: string): Record<string, string> {
  const db = openDatabase(join(dataDir, 'xinan.sqlite3'), { readonly: true });
  try {
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    // Sorted as text: some tables have no rowid (WITHOUT ROWID, the search index's shadow tables).
    return Object.fromEntries(names.map((n) => [n, JSON.stringify((db.prepare(`SELECT * FROM "${n}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort())]));
  } finally {
    db.close();
  }
}

function storedFiles(dataDir: string): Record<string, Buffer> {
  const root = join(dataDir, 'files');
  const out: Record<string, Buffer> = {};
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) if (d.isFile()) out[relative(root, join(d.parentPath, d.name))] = readFileSync(join(d.parentPath, d.name));
  return out;
}

/** A desktop installation with staff, three stored documents and an audit trail; closed, then handed over. */
async function handedOver() {
  const t = await testCore();
  const s = t.core.services!;
  for (const text of ['询问笔录 第一页', '责令改正指令书', '调解协议书'.repeat(50)]) {
    const bytes = Buffer.from(text);
    const hash = putFile(s.config.paths.files, bytes);
    tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
      recordFile(w, hash, bytes.length, 'application/pdf');
      w.audit({ action: 'test', entity: 'file', entityId: hash, change: {} });
    });
  }
  await t.core.close();
  const before = snapshot(t.dataDir);
  const files = storedFiles(t.dataDir);
  const out = join(tempDir('xinan-handover-'), 'handover.tar');
  const r = await makeHandover({ dataDir: t.dataDir, out, server: SERVER, by: '普布次仁', appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR });
  return { source: t.dataDir, out, before, files, r };
}

const adopt = (dataDir: string, packageFile: string, extra: { expectSha256?: string } = {}) =>
  adoptPackage({ dataDir, packageFile, appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR, by: 'server-admin', ...extra });

/** Unpacks the package, lets `fn` change it, and packs it again under the same names. */
function repack(pkg: string, fn: (dir: string) => void): string {
  const dir = tempDir('xinan-repack-');
  const names = extractArchive(pkg, join(dir, 'x'));
  fn(join(dir, 'x'));
  const out = join(dir, 'tampered.tar');
  writeArchive(out, names.map((name) => ({ name, path: join(dir, 'x', name) })), Date.now());
  return out;
}

function packageDb(dir: string, fn: (db: Db) => void): void {
  const backup = readdirSync(join(dir, 'backup')).find((n) => n !== 'files')!;
  const db = openDatabase(join(dir, 'backup', backup, 'xinan.sqlite3'));
  try {
    fn(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function refusal(dataDir: string, pkg: string): AdoptError {
  try {
    adopt(dataDir, pkg);
  } catch (e) {
    expect(e).toBeInstanceOf(AdoptError);
    return e as AdoptError;
  }
  throw new Error('the package was adopted');
}

describe('handover and adoption', () => {
  it('carries every record, every file byte and the audit chain to a new data dir, verified, and the server copy works', async () => {
    const h = await handedOver();
    expect(h.r.manifest.files).toHaveLength(3);
    expect(statSync(h.out).size).toBe(h.r.packageBytes);

    const target = join(tempDir('xinan-server-'), 'data');
    const report = adopt(target, h.out, { expectSha256: h.r.packageSha256 });
    expect(report.lines.join('\n')).toMatch(/逐表与清单一致[\s\S]*文件 3 个[\s\S]*端到端校验通过/);

    const after = snapshot(target);
    for (const [table, rows] of Object.entries(h.before)) {
      // audit_log is the view of the rows stored in audit_rows (db/audit-rows.ts).
      if (table === 'audit_log' || table === 'audit_rows' || table === '__drizzle_migrations') continue;
      expect(after[table], table).toBe(rows);
    }
    // The chain: the source's rows unchanged, then exactly one row, the adoption.
    const srcAudit = JSON.parse(h.before.audit_log) as string[];
    const newAudit = JSON.parse(after.audit_log) as string[];
    expect(newAudit.filter((r) => !srcAudit.includes(r))).toEqual([expect.stringContaining('"adopt"')]);
    expect(newAudit).toHaveLength(srcAudit.length + 1);
    expect(storedFiles(target)).toEqual(h.files);

    const server = start(target);
    const status = await clientFor(server).call('setup.status', {});
    expect(status.handedOver).toBeNull();
    const admin = await signInAs(server, ADMIN.name, ADMIN.password);
    expect((await admin.invoke('staff.create', { name: '边巴', departmentId: 'dept-540200-reception', roles: ['receptionist'], employment: 'fullTime', initialPassword: 'Temp-2026-xinan' })).ok).toBe(true);
  });

  it('leaves the old copy read-only, saying where the data now lives; it cannot be handed over twice', async () => {
    const h = await handedOver();
    const core = start(h.source);
    const status = await clientFor(core).call('setup.status', {});
    expect(status.handedOver?.server).toBe(SERVER);
    expect(status.handedOver?.message).toMatch(/已于 .* 移交给单位服务器（https:\/\/192\.168\.1\.10:8443\/）.*不能再登记或修改/);
    const admin = await signInAs(core, ADMIN.name, ADMIN.password); // signing in to read still works
    const before = snapshot(h.source);
    const r = await admin.invoke('staff.create', { name: '边巴', departmentId: 'dept-540200-reception', roles: ['receptionist'], employment: 'fullTime', initialPassword: 'Temp-2026-xinan' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(SERVER) });
    expect((await admin.invoke('staff.list', {})).ok).toBe(true);
    await core.close();
    const after = snapshot(h.source);
    expect(after.staff).toBe(before.staff);
    const audit = JSON.parse(after.audit_log) as string[];
    expect(audit.find((row) => row.includes('"handover"'))).toContain(h.r.packageSha256);

    await expect(makeHandover({ dataDir: h.source, out: join(tempDir('xinan-again-'), 'again.tar'), server: SERVER, by: 'x', appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR })).rejects.toThrow(/已于 .* 移交给 https:\/\/192\.168\.1\.10:8443\/，不能再次移交/);
  });

  it('an encrypted package needs its password, and with it arrives whole', async () => {
    const t = await testCore();
    const s = t.core.services!;
    const bytes = Buffer.from('询问笔录（加密移交）');
    const hash = putFile(s.config.paths.files, bytes);
    tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
      recordFile(w, hash, bytes.length, 'application/pdf');
      w.audit({ action: 'test', entity: 'file', entityId: hash, change: {} });
    });
    await t.core.close();
    const out = join(tempDir('xinan-handover-'), 'enc.tar');
    await makeHandover({ dataDir: t.dataDir, out, server: SERVER, by: '普布次仁', appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR, password: 'yijiao-mima-2026' });
    expect(readFileSync(out).includes(bytes)).toBe(false);
    const target = emptyDataDir();
    expect(() => adopt(target, out)).toThrow(/加密的移交包：请用 --password-env/);
    expect(readdirSync(target)).toEqual([]);
    adoptPackage({ dataDir: target, packageFile: out, appVersion: '0.1.0-test', migrationsDir: MIGRATIONS_DIR, by: 'server-admin', password: 'yijiao-mima-2026' });
    expect(readFileSync(join(target, 'files', hash.slice(0, 2), hash))).toEqual(bytes);
  });

  it('refuses a package whose stored file was changed, naming the file, and leaves the data dir empty', async () => {
    const h = await handedOver();
    const victim = h.r.manifest.files[0].sha256;
    const pkg = repack(h.out, (dir) => writeFileSync(join(dir, 'backup', 'files', victim.slice(0, 2), victim), '改过的内容'));
    const target = emptyDataDir();
    const e = refusal(target, pkg);
    expect(e.differences).toEqual([`文件 ${victim.slice(0, 12)}…（${h.r.manifest.files[0].bytes} 字节）的内容与清单的 SHA-256 不符`]);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses a package with a row deleted, naming the table and both counts', async () => {
    const h = await handedOver();
    const pkg = repack(h.out, (dir) => packageDb(dir, (db) => db.prepare(`DELETE FROM staff_roles WHERE rowid = (SELECT max(rowid) FROM staff_roles)`).run()));
    const n = JSON.parse(h.before.staff_roles).length as number;
    const target = join(tempDir('xinan-server-'), 'data');
    const e = refusal(target, pkg);
    expect(e.differences).toContain(`数据表 staff_roles：清单 ${n} 条，包中 ${n - 1} 条`);
    expect(e.differences.some((d) => d.startsWith('数据库文件的 SHA-256 与清单不符'))).toBe(true);
    expect(e.message).toMatch(/拒绝接收（数据目录保持为空）/);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a package whose audit chain was edited', async () => {
    const h = await handedOver();
    const pkg = repack(h.out, (dir) =>
      packageDb(dir, (db) => {
        const triggers = (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_rows'`).all() as { sql: string }[]).map((r) => r.sql);
        db.exec('DROP TRIGGER audit_rows_no_update; DROP TRIGGER audit_rows_no_delete;');
        db.prepare(`UPDATE audit_rows SET change = '{"name":"别的公司"}' WHERE seq = 3`).run();
        for (const sql of triggers) db.exec(sql);
      }),
    );
    const e = refusal(emptyDataDir(), pkg);
    expect(e.differences.find((d) => d.startsWith('审计记录链校验未通过'))).toMatch(/第 3 条/);
  });

  it('refuses a truncated package as incomplete', async () => {
    const h = await handedOver();
    const cut = join(tempDir('xinan-cut-'), 'cut.tar');
    writeFileSync(cut, readFileSync(h.out));
    truncateSync(cut, Math.floor(h.r.packageBytes * 0.6));
    const target = emptyDataDir();
    expect(() => adopt(target, cut)).toThrow(/移交包不完整（.*被截断.*）/);
    expect(readdirSync(target)).toEqual([]);
    // A package cut exactly before its end blocks is incomplete too.
    const noEnd = join(tempDir('xinan-cut-'), 'no-end.tar');
    writeFileSync(noEnd, readFileSync(h.out).subarray(0, h.r.packageBytes - 1024));
    expect(() => adopt(target, noEnd)).toThrow(/移交包不完整（文件被截断，缺少结尾）/);
    // A copy whose tail came back as zeros (the cut file padded to its old length) reads as a whole archive: the
    // manifest's checks refuse it.
    truncateSync(cut, h.r.packageBytes);
    expect(() => adopt(target, cut)).toThrow(/移交包未通过校验，拒绝接收/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses a data dir that is not empty, changing nothing in it, and a fingerprint that does not match', async () => {
    const h = await handedOver();
    const target = emptyDataDir();
    mkdirSync(join(target, 'files'));
    writeFileSync(join(target, 'xinan.sqlite3'), 'someone else’s data');
    expect(() => adopt(target, h.out)).toThrow(/数据目录 .* 不是空的（含 files、xinan\.sqlite3）/);
    expect(readFileSync(join(target, 'xinan.sqlite3'), 'utf8')).toBe('someone else’s data');
    expect(readdirSync(target).sort()).toEqual(['files', 'xinan.sqlite3']);

    const fresh = emptyDataDir();
    expect(() => adopt(fresh, h.out, { expectSha256: '0'.repeat(64) })).toThrow(/与给出的指纹不符/);
    expect(readdirSync(fresh)).toEqual([]);
  });
});
