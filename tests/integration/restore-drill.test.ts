// The restore drill, as an administrator would run it: demo data with stored documents → `npm run backup` → the
// database damaged → the start refuses and offers the backup → `npm run restore` → every record, every file and the
// audit chain as they were.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { verifyAuditChain } from '../../db/audit-chain';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { tableCounts } from '../../electron/core/durability/backup';
import { sha256 } from '../../electron/core/files/file-store';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor, establishStaff, MIGRATIONS_DIR, signInAs } from '../helpers/core';
import { damageMiddlePages } from '../helpers/damage';

const REPO = resolve(__dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function startCore(dataDir: string) {
  return createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, offerDemo: true, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false });
}

function run(script: string, args: string[]) {
  const r = spawnSync(TSX, [join(REPO, 'build', 'scripts', script), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, lines: r.stdout.trim().split('\n'), stderr: r.stderr };
}

function snapshot(dbFile: string): { counts: Record<string, number>; files: Map<string, string>; head: string | null } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const counts = tableCounts(db);
    delete counts.audit_log;
    const files = new Map((db.prepare('SELECT sha256, mime FROM files').all() as { sha256: string; mime: string }[]).map((f) => [f.sha256, f.mime]));
    return { counts, files, head: verifyAuditChain(db).headHash };
  } finally {
    db.close();
  }
}

describe('the restore drill', () => {
  it('demo data → backup → damage → the start refuses and offers it → restore → everything as it was', { timeout: 60_000 }, async () => {
    const dataDir = tempDir('xinan-drill-');
    const folder = tempDir('xinan-drill-backups-');

    // Demo data, with documents in the file store.
    const core = startCore(dataDir);
    const first = clientFor(core);
    await first.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', departmentId: null, employment: 'fullTime', phone: null }, password: DEMO_PASSWORD, demo: true });
    const desk = await signInAs(core, '次仁卓玛', DEMO_PASSWORD);
    const page = await desk.call('intakes.list', { limit: 3 } as never);
    for (const intake of page.items) await desk.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
    await core.close();
    const before = snapshot(join(dataDir, 'xinan.sqlite3'));
    // Each record stored as its PDF and its DOCX, beside the demo's evidence (an attendance sheet on each of its newest open inspection files).
    const evidence = before.counts.evidence_items!;
    expect(evidence).toBeGreaterThan(0);
    expect(before.files.size).toBe(6 + evidence);

    // The backup, from the command line; its path is the last line.
    const backup = run('backup.ts', ['--data-dir', dataDir, '--to', folder]);
    expect(backup.code, backup.stderr).toBe(0);
    const backupDir = backup.lines.at(-1)!;
    expect(JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')).files).toHaveLength(6 + evidence);
    const afterBackup = snapshot(join(dataDir, 'xinan.sqlite3'));

    // A failing disk: pages in the middle of the database overwritten.
    const dbFile = join(dataDir, 'xinan.sqlite3');
    damageMiddlePages(dbFile);

    // The start refuses to use it and offers the backup (the settings file is gone with nothing: the drill points to the folder).
    const damaged = startCore(dataDir);
    expect(damaged.startupError?.code).toBe('DB_CORRUPT');
    const offered = await clientFor(damaged).call('recovery.status', { folder });
    expect(offered.backups.map((b) => b.id)).toEqual([backupDir.split(/[\\/]/).at(-1)]);
    await damaged.close();

    // The restore, from the command line.
    const restore = run('restore.ts', ['--from', backupDir, '--data-dir', dataDir, '--reason', '恢复演练']);
    expect(restore.code, restore.stderr).toBe(0);
    const after = snapshot(dbFile);
    expect(after.counts).toEqual(afterBackup.counts);
    expect([...after.files.keys()].sort()).toEqual([...before.files.keys()].sort());
    for (const hash of after.files.keys()) expect(sha256(readFileSync(join(dataDir, 'files', hash.slice(0, 2), hash)))).toBe(hash);

    // The application starts on it, the chain verifies and records the restore.
    const restored = startCore(dataDir);
    expect(restored.startupError).toBeNull();
    const db = restored.services!.db;
    expect(verifyAuditChain(db).intact).toBe(true);
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'restore'`).get()).toEqual({ n: 1 });
    const again = await signInAs(restored, '次仁卓玛', DEMO_PASSWORD);
    expect((await again.call('documents.list', { intakeId: page.items[0].id } as never)).length).toBe(1);
    await restored.close();
  });
});

describe('npm run restore on a database that can still be read', () => {
  it('first backs it up into the folder chosen in settings, verified, then restores', { timeout: 60_000 }, async () => {
    const dataDir = tempDir('xinan-restore-');
    const folder = tempDir('xinan-restore-backups-');
    const core = startCore(dataDir);
    const first = clientFor(core);
    await first.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', departmentId: null, employment: 'fullTime', phone: null }, password: DEMO_PASSWORD, demo: false });
    const admin = await signInAs(core, '普布次仁', DEMO_PASSWORD);
    await admin.call('backup.configure', { folder, schedule: 'off', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const older = await admin.call('backup.run', { password: null, note: '恢复点' });
    // Work done after the backup, which the restore will replace: the before-restore backup must keep it.
    await establishStaff(core, admin, { name: '米玛', departmentId: 'dept-540200-inspection', roles: ['inspector'] });
    await core.close();
    const staffNow = snapshot(join(dataDir, 'xinan.sqlite3')).counts.staff!;

    const restore = run('restore.ts', ['--from', join(folder, 'xinan-backups', older.id), '--data-dir', dataDir, '--reason', '误操作后恢复']);
    expect(restore.code, restore.stderr).toBe(0);
    const saved = restore.lines.find((l) => l.startsWith('恢复前备份已完成并校验：'));
    expect(saved, restore.lines.join('\n')).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(saved!.slice('恢复前备份已完成并校验：'.length), 'manifest.json'), 'utf8'));
    expect(manifest.kind).toBe('beforeRestore');
    expect(manifest.verified.integrity).toBe('ok');
    // It holds 米玛, added after the restore point; the restored database does not.
    expect(manifest.tables.staff).toBe(staffNow);
    expect(snapshot(join(dataDir, 'xinan.sqlite3')).counts.staff).toBe(staffNow - 1);
  });
});
