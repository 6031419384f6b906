// Nothing lost: a lost or damaged database is never taken for a first run or used as if whole, and backups are
// written, verified and restored — with the current data moved aside, never deleted.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/index';
import { handlers } from '../../electron/core/handlers';
import { silentLogger } from '../../electron/core/kernel/logger';
import { putFile, recordFile } from '../../electron/core/files/file-store';
import { tx } from '../../electron/core/kernel/tx';
import { backupsToKeep, type BackupRef } from '../../electron/core/durability/backup';
import { ADMIN, clientFor, MIGRATIONS_DIR, signInAs, testCore, TestClock, type TestCore } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { emptyDataDir } from '../helpers/data-dir';
import { damageMiddlePages } from '../helpers/damage';
import { CLEAN_CLOSE_FILE } from '../../electron/core/durability/clean-close';

function start(dataDir: string, extra: Partial<CoreOptions> = {}): Core {
  const core = createCore({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    clock: new TestClock(),
    logger: silentLogger,
    appVersion: '0.1.0-test',
    passwordCost: TEST_PASSWORD_COST,
    documentBodyFont: null,
    scheduler: false,
    ...extra,
  });
  onTestFinished(() => core.close());
  return core;
}

function backupFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-backup-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Stores a file and records it, as a generated document would be. */
function storeFile(core: Core, text: string): string {
  const s = core.services!;
  const bytes = Buffer.from(text);
  const hash = putFile(s.config.paths.files, bytes);
  tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
    recordFile(w, hash, bytes.length, 'application/pdf');
    w.audit({ action: 'test', entity: 'file', entityId: hash, change: {} });
  });
  return hash;
}

/**
 * Fills the audit trail with ~`kb` KB, so that the middle of the file is data no start reads (the schema alone is a few
 * hundred pages now; damage in its middle would fail the open itself, which another test covers).
 */
function fillAudit(core: Core, kb: number): void {
  const s = core.services!;
  tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
    for (let i = 0; i < kb; i++) w.audit({ action: 'test', entity: 'filler', entityId: String(i), change: { filler: 'x'.repeat(1000) } });
  });
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort() : [];
}

describe('a lost database is not a first run', () => {
  it('a 0-byte database beside stored files: says so, creates nothing, deletes nothing, and offers restore', async () => {
    const t = await testCore();
    const hashes = [1, 2, 3, 4, 5, 6].map((i) => storeFile(t.core, `文书 ${i}`));
    await t.core.close();
    writeFileSync(join(t.dataDir, 'xinan.sqlite3'), '');
    rmSync(join(t.dataDir, 'xinan.sqlite3-wal'), { force: true });

    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_LOST');
    expect(core.startupError?.message).toMatch(/这不是首次运行/);
    expect(core.startupError?.message).toMatch(/6 个已存文件/);
    expect(statSync(join(t.dataDir, 'xinan.sqlite3')).size).toBe(0);
    expect(listFiles(join(t.dataDir, 'files'))).toEqual([...hashes].sort());
    const client = clientFor(core);
    const status = await client.invoke('setup.status', {});
    expect(status.ok || status.error.code).toBe('DB_LOST');
    const recovery = await client.call('recovery.status', { folder: null });
    expect(recovery).toMatchObject({ state: 'lost', storedFiles: 6, backups: [] });
  });

  it('an empty SQLite file put in its place is not a first run either', async () => {
    const t = await testCore();
    storeFile(t.core, '裁决书');
    await t.core.close();
    rmSync(join(t.dataDir, 'xinan.sqlite3'));
    rmSync(join(t.dataDir, 'xinan.sqlite3-wal'), { force: true });
    const Database = (await import('better-sqlite3')).default;
    new Database(join(t.dataDir, 'xinan.sqlite3')).exec('PRAGMA user_version = 0').close();
    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_LOST');
    expect(core.services).toBeNull();
  });

  it('a database with its schema but no installation, beside stored files, is not a first run: nothing is swept', async () => {
    const t = await testCore();
    const hashes = [1, 2, 3].map((i) => storeFile(t.core, `文书 ${i}`));
    await t.core.close();
    rmSync(join(t.dataDir, 'xinan.sqlite3'));
    rmSync(join(t.dataDir, 'xinan.sqlite3-wal'), { force: true });
    // The schema the app makes on a first start, with nobody set up: here, beside the old files.
    const fresh = start(emptyDataDir());
    const schemaOnly = fresh.services!.config.paths.dbFile;
    await fresh.close();
    cpSync(schemaOnly, join(t.dataDir, 'xinan.sqlite3'));
    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_LOST');
    for (const h of hashes) expect(existsSync(join(t.dataDir, 'files', h.slice(0, 2), h))).toBe(true);
  });

  it('a lost database beside a quarantine folder is not a first run either', async () => {
    const dir = emptyDataDir();
    mkdirSync(join(dir, 'quarantine', 'damaged-20261101T0900'), { recursive: true });
    writeFileSync(join(dir, 'quarantine', 'damaged-20261101T0900', 'xinan.sqlite3'), 'old pages');
    expect(start(dir).startupError?.code).toBe('DB_LOST');
  });

  it('a schema nobody set up, upgraded (its copy in backups/), is still a first run', async () => {
    const dir = emptyDataDir();
    await start(dir).close();
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'xinan-before-0.2.0.sqlite3'), 'a copy of the empty schema');
    const core = start(dir);
    expect(core.startupError).toBeNull();
    expect(await clientFor(core).call('setup.status', {})).toMatchObject({ initialized: false });
  });

  it('a new, empty data dir is a first run', async () => {
    const core = start(emptyDataDir());
    expect(core.startupError).toBeNull();
    expect(await clientFor(core).call('setup.status', {})).toMatchObject({ initialized: false });
  });
});

describe('a damaged database is not used as if whole', () => {
  it('damage in the middle of the file: quick_check at start fails, the file goes to quarantine whole, writes are refused', async () => {
    const t = await testCore();
    for (let i = 0; i < 40; i++) storeFile(t.core, `填充 ${i} ${'内容'.repeat(400)}`);
    await t.core.close();
    const before = readFileSync(join(t.dataDir, 'xinan.sqlite3'));
    damageMiddlePages(join(t.dataDir, 'xinan.sqlite3'));

    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    expect(core.startupError?.message).toMatch(/已损坏.*已停止写入.*未删除/);
    expect(core.startupError?.message).not.toMatch(/SQLITE|malformed/);
    expect(core.startupError?.message).not.toContain(t.dataDir);
    const q = readdirSync(join(t.dataDir, 'quarantine'));
    expect(q).toHaveLength(1);
    expect(q[0]).toMatch(/^damaged-/);
    expect(statSync(join(t.dataDir, 'quarantine', q[0], 'xinan.sqlite3')).size).toBe(before.length);
    expect(existsSync(join(t.dataDir, 'xinan.sqlite3'))).toBe(false);
    const r = await clientFor(core).invoke('session.login', { staffId: 'x', password: 'y' } as never);
    expect(r.ok || r.error.code).toBe('DB_CORRUPT');
    expect((await clientFor(core).call('recovery.status', { folder: null })).state).toBe('damaged');
  });

  it('a truncated file is caught the same way', async () => {
    const t = await testCore();
    for (let i = 0; i < 40; i++) storeFile(t.core, `填充 ${i} ${'内容'.repeat(400)}`);
    await t.core.close();
    const file = join(t.dataDir, 'xinan.sqlite3');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_CORRUPT');
  });

  it('with the check in a worker, reads answer at once and a write waits for the verdict — then is refused on a damaged file', async () => {
    const t = await testCore();
    for (let i = 0; i < 40; i++) storeFile(t.core, `填充 ${i} ${'内容'.repeat(400)}`);
    fillAudit(t.core, 2000);
    await t.core.close();

    const healthy = start(t.dataDir, { startupCheck: 'worker' });
    expect(healthy.startupError).toBeNull();
    const admin = await signInAs(healthy, ADMIN.name, ADMIN.password);
    expect((await admin.call('staff.list', {})).length).toBeGreaterThan(0);
    await healthy.writesReady;
    await healthy.close();

    damageMiddlePages(join(t.dataDir, 'xinan.sqlite3'));
    // As after a crash: no clean-close mark, so writes wait (clean-close.test.ts has the clean close's path).
    rmSync(join(t.dataDir, CLEAN_CLOSE_FILE), { force: true });
    const core = start(t.dataDir, { startupCheck: 'worker' });
    expect(core.startup.quickCheck).toBe('worker');
    // The file opens (the damage is past the header) and reads start before the verdict.
    expect(core.startupError).toBeNull();
    const write = await clientFor(core).invoke('session.login', { staffId: t.staff[ADMIN.name], password: ADMIN.password } as never);
    expect(write.ok || write.error.code).toBe('DB_CORRUPT');
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    expect(readdirSync(join(t.dataDir, 'quarantine'))[0]).toMatch(/^damaged-/);
  });
});

describe('corruption met while running', () => {
  it('a call that meets a damaged page gets the corruption message, the whole file is checked, and a failed check stops all writing', async () => {
    const t = await testCore();
    for (let i = 0; i < 40; i++) storeFile(t.core, `填充 ${i} ${'内容'.repeat(400)}`);
    t.core.services!.db.pragma('wal_checkpoint(TRUNCATE)');
    // The disk fails under the running core; the next read of an uncached page meets the damage.
    damageMiddlePages(join(t.dataDir, 'xinan.sqlite3'));
    const sqliteCorrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    const table = handlers as unknown as Record<string, () => unknown>;
    const original = table['intakes.list'];
    table['intakes.list'] = () => {
      throw sqliteCorrupt;
    };
    try {
      const r = await t.client.invoke('intakes.list', {});
      expect(r.ok || r.error.code).toBe('DB_CORRUPT');
    } finally {
      table['intakes.list'] = original;
    }
    await t.core.checksSettled();
    expect(t.core.startupError?.code).toBe('DB_CORRUPT');
    expect(readdirSync(join(t.dataDir, 'quarantine'))[0]).toMatch(/^damaged-/);
    const write = await t.client.invoke('drafts.save', { formKey: 'intake.desk', data: {} } as never);
    expect(write.ok || write.error.code).toBe('DB_CORRUPT');
  });

  it('a corruption error on a whole file leaves the core as it was once the check passes', async () => {
    const t = await testCore();
    const table = handlers as unknown as Record<string, () => unknown>;
    const original = table['intakes.list'];
    table['intakes.list'] = () => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    };
    try {
      expect((await t.client.invoke('intakes.list', {})).ok).toBe(false);
    } finally {
      table['intakes.list'] = original;
    }
    await t.core.checksSettled();
    expect(t.core.startupError).toBeNull();
    expect((await t.client.invoke('intakes.list', {})).ok).toBe(true);
  });
});

describe('backups', () => {
  it('refuses a folder inside the data dir, and changes nothing', async () => {
    const t = await testCore();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const r = await admin.invoke('backup.configure', { folder: join(t.dataDir, 'backups'), schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    expect(r.ok || r.error.fields?.folder).toMatch(/不能在数据目录之内/);
    expect(existsSync(join(t.dataDir, 'backup-settings.json'))).toBe(false);
    const run = await admin.invoke('backup.run', { password: null, note: null });
    expect(run.ok || run.error.message).toMatch(/尚未选择备份文件夹/);
  });

  it('a desk clerk may not configure, run or restore backups, but sees how old the last one is', async () => {
    const t = await testCore();
    for (const ch of ['backup.overview', 'backup.run'] as const) {
      const r = await t.client.invoke(ch, ch === 'backup.run' ? { password: null, note: null } : ({} as never));
      expect(r.ok || r.error.code).toBe('FORBIDDEN');
    }
    expect(await t.client.call('backup.status', {})).toMatchObject({ lastGoodAt: null, folderChosen: false, warnAfterDays: 2 });
  });

  it('writes a verified backup of the database and the files; the next copies only new files; every desk sees its age', async () => {
    const t = await testCore();
    const folder = backupFolder();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const first = storeFile(t.core, '受理通知书');
    await admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const b1 = await admin.call('backup.run', { password: null, note: '第一次' });
    expect(b1).toMatchObject({ kind: 'manual', files: 1, encrypted: false, note: '第一次' });
    const root = join(folder, 'xinan-backups');
    const manifest = JSON.parse(readFileSync(join(root, b1.id, 'manifest.json'), 'utf8'));
    expect(manifest.verified.integrity).toBe('ok');
    expect(manifest.tables.staff).toBe(4);
    expect(listFiles(join(root, 'files'))).toEqual([first]);

    const second = storeFile(t.core, '开庭通知书');
    t.clock.advance(60_000);
    const admin2 = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const b2 = await admin2.call('backup.run', { password: null, note: null });
    expect(b2.files).toBe(2);
    expect(listFiles(join(root, 'files'))).toEqual([first, second].sort());
    const overview = await admin2.call('backup.overview', {});
    expect(overview.backups.map((b) => b.id)).toEqual([b2.id, b1.id]);
    expect(overview.lastGood?.id).toBe(b2.id);
    expect(await t.client.call('backup.status', {})).toMatchObject({ warn: false, folderChosen: true });
    t.clock.advance(3 * 24 * 3600 * 1000);
    const desk = await signInAs(t.core, '次仁卓玛');
    expect((await desk.call('backup.status', {})).warn).toBe(true);
  });

  it('a copy in the backups’ shared store damaged since it was written is written again by the next backup', async () => {
    const t = await testCore();
    const folder = backupFolder();
    const hash = storeFile(t.core, '受理通知书');
    await t.admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    await t.admin.call('backup.run', { password: null, note: null });
    const copy = join(folder, 'xinan-backups', 'files', hash.slice(0, 2), hash);
    // Same size, other bytes: a sector gone bad on the USB disk.
    writeFileSync(copy, Buffer.alloc(statSync(copy).size, 0x20));
    t.clock.advance(60_000);
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const again = await admin.invoke('backup.run', { password: null, note: null });
    expect(again.ok).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('受理通知书');
  });

  it('an encrypted backup cannot be read or restored without its password', async () => {
    const t = await testCore();
    const folder = backupFolder();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    storeFile(t.core, '身份证照片');
    await admin.call('backup.configure', { folder, schedule: 'off', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const short = await admin.invoke('backup.run', { password: '1234', note: null });
    expect(short.ok || short.error.fields?.password).toMatch(/至少 8 位/);
    const b = await admin.call('backup.run', { password: 'beifen-mima-2026', note: '送市局' });
    expect(b.encrypted).toBe(true);
    const dir = join(folder, 'xinan-backups', b.id);
    const enc = readFileSync(join(dir, 'xinan.sqlite3.enc'));
    expect(enc.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(enc.includes(Buffer.from(ADMIN.name))).toBe(false);
    const wrong = await admin.invoke('backup.verify', { id: b.id, password: 'not-the-password' });
    expect(wrong.ok || wrong.error.message).toMatch(/密码不正确/);
    expect((await admin.call('backup.verify', { id: b.id, password: 'beifen-mima-2026' })).id).toBe(b.id);
  });

  it('restore by the administrator: verified, the current database moved aside, everyone signed out, the restore on the trail', async () => {
    const t = await testCore();
    const folder = backupFolder();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const kept = storeFile(t.core, '裁决书');
    await admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const b = await admin.call('backup.run', { password: null, note: null });
    // After the backup: a staff member added, and the stored file lost from the data dir.
    await admin.call('staff.create', { name: '格桑', departmentId: 'dept-540200-reception', roles: ['receptionist'], unitId: 'unit-540200', title: null, phone: null, enforcementCertNo: null, employment: 'fullTime' } as never).catch(() => undefined);
    rmSync(join(t.dataDir, 'files', kept.slice(0, 2), kept));
    const staffBefore = (await admin.call('staff.list', { includeInactive: true })).length;

    const noReason = await admin.invoke('backup.restore', { id: b.id, password: null, reason: '' });
    expect(noReason.ok).toBe(false);
    const r = await admin.call('backup.restore', { id: b.id, password: null, reason: '误删数据，恢复到上午的备份' });
    expect(r.filesRestored).toBe(1);
    expect(r.movedAsideTo).toMatch(/^quarantine[\\/]replaced-/);
    expect(existsSync(join(t.dataDir, r.movedAsideTo!, 'xinan.sqlite3'))).toBe(true);
    expect(existsSync(join(t.dataDir, 'files', kept.slice(0, 2), kept))).toBe(true);
    // Signed out: the accounts are the backup's now.
    const after = await admin.invoke('staff.list', { includeInactive: true });
    expect(after.ok || after.error.code).toBe('UNAUTHENTICATED');
    const again = await signInAs(t.core, ADMIN.name, ADMIN.password);
    expect((await again.call('staff.list', { includeInactive: true })).length).toBeLessThanOrEqual(staffBefore);
    const db = t.core.services!.db;
    const row = db.prepare(`SELECT change FROM audit_log WHERE action = 'restore' ORDER BY seq DESC LIMIT 1`).get() as { change: string };
    expect(JSON.parse(row.change)).toMatchObject({ reason: '误删数据，恢复到上午的备份', via: 'ui', by: ADMIN.name, filesRestored: 1 });
    // A before-restore backup was written first.
    expect((await again.call('backup.overview', {})).backups.some((x) => x.kind === 'beforeRestore')).toBe(true);
  });

  it('restore from the startup screen needs an administrator of the backup itself', async () => {
    const t = await testCore();
    const folder = backupFolder();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    storeFile(t.core, '调解书');
    await admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const b = await admin.call('backup.run', { password: null, note: null });
    await t.core.close();
    damageMiddlePages(join(t.dataDir, 'xinan.sqlite3'));
    truncateSync(join(t.dataDir, 'xinan.sqlite3'), 8192);

    const core = start(t.dataDir);
    expect(core.startupError?.code).toBe('DB_CORRUPT');
    const screen = clientFor(core);
    const status = await screen.call('recovery.status', { folder: null });
    expect(status.backups.map((x) => x.id)).toEqual([b.id]);
    const refused = await screen.invoke('recovery.restore', { id: b.id, folder: null, password: null, reason: '数据库损坏', adminName: '次仁卓玛', adminPassword: 'ceshi2026' });
    expect(refused.ok || refused.error.code).toBe('UNAUTHENTICATED');
    const r = await screen.call('recovery.restore', { id: b.id, folder: null, password: null, reason: '数据库损坏', adminName: ADMIN.name, adminPassword: ADMIN.password });
    expect(r.movedAsideTo).toBeNull();
    expect(core.startupError).toBeNull();
    const again = await signInAs(core, ADMIN.name, ADMIN.password);
    expect((await again.call('staff.list', { includeInactive: true })).length).toBe(4);
  });
});

describe('rotation', () => {
  const ref = (kind: BackupRef['manifest']['kind'], at: string): BackupRef => ({ dir: `${kind}-${at}`, manifest: { kind, createdAt: Date.parse(at) } as BackupRef['manifest'] });
  it('keeps the newest dailies, one a week and one a month, and the newest ten of each other kind', () => {
    const refs = Array.from({ length: 120 }, (_, i) => ref('daily', new Date(Date.parse('2026-12-05T18:00:00Z') - i * 86_400_000).toISOString()));
    const kept = backupsToKeep(refs, { daily: 7, weekly: 4, monthly: 12 });
    const days = [...kept].map((d) => d.slice(6, 16)).sort().reverse();
    expect(days.slice(0, 7)).toEqual(['2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29']);
    expect(kept.size).toBeLessThanOrEqual(7 + 4 + 12);
    // 18:00 UTC is 02:00 the next day in Beijing: August's last backup in Beijing time is 2026-08-30T18:00Z.
    expect(days).toContain('2026-08-30');
    expect(days).toContain('2026-11-22');
    const manual = Array.from({ length: 12 }, (_, i) => ref('manual', new Date(Date.parse('2026-12-01T00:00:00Z') - i * 3_600_000).toISOString()));
    expect(backupsToKeep(manual, { daily: 7, weekly: 4, monthly: 12 }).size).toBe(10);
  });
});

describe('the scheduler (what the desktop app runs every few minutes)', () => {
  const DAY_MS = 24 * 3600 * 1000;
  const overview = async (t: TestCore) => (await signInAs(t.core, ADMIN.name, ADMIN.password)).call('backup.overview', {});

  it('backs up once a day when due, keeps the newest daily backups it is told to, and checks the whole file weekly', async () => {
    const t = await testCore();
    const folder = backupFolder();
    await t.admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 2, weekly: 0, monthly: 0 } });
    const kept = storeFile(t.core, '受理通知书');
    await t.core.maintenance.tick();
    let o = await overview(t);
    expect(o.backups.map((b) => b.kind)).toEqual(['daily']);
    expect(o.lastIntegrityCheck).toMatchObject({ ok: true, kind: 'full', at: t.clock.now() });
    const checkedAt = t.clock.now();

    // Later the same day: no second backup, no second full check.
    t.clock.advance(3 * 3600 * 1000);
    await t.core.maintenance.tick();
    expect((await overview(t)).backups).toHaveLength(1);

    // A copy in the backups' shared store that no kept backup names (left by one rotated away) goes with the rotation.
    const root = join(folder, 'xinan-backups');
    const stray = 'ff'.padEnd(64, '0');
    writeFileSync(join(root, 'files', kept.slice(0, 2), stray), 'an old copy');
    expect(listFiles(join(root, 'files'))).toEqual([kept, stray].sort());

    for (let day = 1; day <= 3; day++) {
      t.clock.advance(DAY_MS);
      await t.core.maintenance.tick();
    }
    o = await overview(t);
    expect(o.backups).toHaveLength(2);
    expect(o.backups.every((b) => b.kind === 'daily')).toBe(true);
    expect(o.lastGood?.id).toBe(o.backups[0]!.id);
    expect(readdirSync(root).filter((d) => d !== 'files')).toHaveLength(2);
    expect(listFiles(join(root, 'files'))).toEqual([kept]);
    // Three days after the first full check it has not run again; seven days after, it has.
    expect(o.lastIntegrityCheck?.at).toBe(checkedAt);
    t.clock.advance(4 * DAY_MS);
    await t.core.maintenance.tick();
    expect((await overview(t)).lastIntegrityCheck).toMatchObject({ ok: true, kind: 'full', at: t.clock.now() });
  });
});

describe('the scheduler when the app closes', () => {
  it('a weekly check still reading when the core closes records nothing and does not throw', async () => {
    const t = await testCore();
    const ticking = t.core.maintenance.tick();
    await t.core.close();
    await expect(ticking).resolves.toBeUndefined();
    // The verdict was the closed database's: no check is recorded against the data dir (it may already be gone).
    const state = join(t.dataDir, 'backup-state.json');
    expect(existsSync(state) ? JSON.parse(readFileSync(state, 'utf8')).lastIntegrityCheck : undefined).toBeUndefined();
  });
});

describe('an upgrade', () => {
  it('backs up to the chosen folder before it migrates the database', async () => {
    const t = await testCore();
    const folder = backupFolder();
    await t.admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    storeFile(t.core, '裁决书');
    await t.core.close();
    // The next version's migrations: today's and one more.
    const next = mkdtempSync(join(tmpdir(), 'xinan-migrations-'));
    onTestFinished(() => rmSync(next, { recursive: true, force: true }));
    cpSync(MIGRATIONS_DIR, next, { recursive: true });
    const journalFile = join(next, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string; when: number; breakpoints: boolean; version: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, tag: '9999_next_version', when: last.when + 1 });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(join(next, '9999_next_version.sql'), 'CREATE TABLE `next_version_probe` (`id` integer PRIMARY KEY);');

    const core = start(t.dataDir, { migrationsDir: next });
    expect(core.startupError).toBeNull();
    const backups = readdirSync(join(folder, 'xinan-backups')).filter((d) => d !== 'files');
    expect(backups).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(folder, 'xinan-backups', backups[0]!, 'manifest.json'), 'utf8'));
    expect(manifest.kind).toBe('beforeMigrate');
    expect(manifest.files).toHaveLength(1);
    // Taken before: the backup has no trace of the new table, the upgraded database has it.
    expect(manifest.tables.next_version_probe).toBeUndefined();
    expect(core.services!.db.prepare("SELECT name FROM sqlite_master WHERE name = 'next_version_probe'").get()).toBeDefined();
  });
});
