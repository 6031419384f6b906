import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../db/errors';
import { migrate, readMigrations } from '../../db/migrate';
import { auditHash, auditHashV2, auditHashV3, GENESIS_HASH, verifyAuditChain } from '../../db/audit-chain';
import { statementCache } from '../../db/statements';
import { tx } from '../../electron/core/kernel/tx';
import { openDatabase, type Db } from '../../db/open';
import { emptyDataDir, freshDataDir, DB_FILE_NAME } from '../helpers/data-dir';
import { MIGRATIONS_DIR } from '../helpers/template-db';
import { CLOCK_EVENT_SOURCE_SQL, clockEventSource } from '../../electron/core/proceedings/proceedings.data';

const opts = (dir: string, migrationsDir = MIGRATIONS_DIR) => ({
  migrationsDir,
  backupDir: join(dir, 'backups'),
  appVersion: '0.1.0',
  now: () => Date.UTC(2026, 10, 25, 2, 0, 0),
});

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger','index') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

/** A copy of the shipped migrations plus one more, as the next release would carry. */
function migrationsWithExtra(dir: string, sql: string): string {
  const copy = join(dir, 'migrations-next');
  cpSync(MIGRATIONS_DIR, copy, { recursive: true });
  const journalFile = join(copy, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  const idx = journal.entries.length;
  const tag = `${String(idx).padStart(4, '0')}_next_release`;
  journal.entries.push({ idx, version: '6', when: 0, tag, breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(copy, `${tag}.sql`), sql);
  return copy;
}

/** The shipped migrations up to (not including) the one tagged `tag`, as an earlier release carried them. */
function migrationsBefore(dir: string, tag: string): string {
  const copy = join(dir, 'migrations-earlier');
  cpSync(MIGRATIONS_DIR, copy, { recursive: true });
  const journalFile = join(copy, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  writeFileSync(journalFile, JSON.stringify(journal));
  return copy;
}

describe('openDatabase', () => {
  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(emptyDataDir(), DB_FILE_NAME));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});

describe('migrate', () => {
  it('builds a fresh database with the reference units, and makes no backup of an empty file', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const result = migrate(db, opts(dir));
    expect(result.applied).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.tag));
    expect(result.backupFile).toBeNull();
    const units = db.prepare('SELECT region_code, short_name, level FROM units ORDER BY sort_order').all() as { region_code: string; short_name: string; level: string }[];
    expect(units).toHaveLength(19);
    expect(units[0]).toEqual({ region_code: '540200', short_name: '日喀则市', level: 'city' });
    expect(units.filter((u) => u.level === 'county').map((u) => u.short_name)).toContain('桑珠孜区');
    expect(db.pragma('user_version', { simple: true })).toBe(result.applied.length);
    expect(migrate(db, opts(dir))).toEqual({ applied: [], backupFile: null });
    db.close();
  });

  it('refuses a database made by a newer version, with a clear message, and changes nothing', () => {
    const dir = freshDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    db.prepare("INSERT INTO schema_migrations (tag, hash, applied_at, app_version) VALUES ('9999_from_the_future', 'x', 0, '9.9.0')").run();
    const before = tables(db);
    let error: unknown;
    try {
      migrate(db, opts(dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DB_NEWER');
    expect((error as DatabaseError).message).toContain('更新版本的薪安（9.9.0）');
    expect(tables(db)).toEqual(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    db.close();
  });

  it('refuses when a migration it already ran has since been edited', () => {
    const dir = freshDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const changed = migrationsWithExtra(dir, 'SELECT 1;');
    writeFileSync(join(changed, '0000_foundation.sql'), readFileSync(join(changed, '0000_foundation.sql'), 'utf8') + '\n-- edited\n');
    expect(() => migrate(db, opts(dir, changed))).toThrow(/内容与该数据库当初执行的版本不一致/);
    db.close();
  });

  it('backs up an existing database before applying a new migration', () => {
    const dir = freshDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const next = migrationsWithExtra(dir, 'ALTER TABLE `persons` ADD `nickname` text;');
    const result = migrate(db, opts(dir, next));
    expect(result.applied).toEqual([expect.stringMatching(/_next_release$/)]);
    expect(result.backupFile).toMatch(/backups\/before-migrate-20261125T020000-\d{4}_next_release\.sqlite3$/);
    const backup = openDatabase(result.backupFile!, { readonly: true });
    const cols = (backup.prepare('PRAGMA table_info(persons)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('nickname');
    expect((backup.prepare('SELECT count(*) n FROM units').get() as { n: number }).n).toBe(19);
    backup.close();
    const now = (db.prepare('PRAGMA table_info(persons)').all() as { name: string }[]).map((c) => c.name);
    expect(now).toContain('nickname');
    db.close();
  });

  it('rolls back a failing migration completely, keeping the data', () => {
    const dir = freshDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const before = tables(db);
    const next = migrationsWithExtra(dir, 'CREATE TABLE `half_done` (`x` integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    expect(() => migrate(db, opts(dir, next))).toThrow(/数据库升级失败，已撤销/);
    expect(tables(db)).toEqual(before);
    expect((db.prepare('SELECT count(*) n FROM units').get() as { n: number }).n).toBe(19);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('rolls back a migration that leaves a broken foreign key', () => {
    const dir = freshDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const next = migrationsWithExtra(
      dir,
      "INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `created_at`, `updated_at`) VALUES ('d-x', 'unit-nowhere', '无', 'reception', 0, 0);",
    );
    expect(() => migrate(db, opts(dir, next))).toThrow(/外键不一致/);
    expect(db.prepare("SELECT count(*) n FROM departments WHERE id = 'd-x'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('makes the timeline and the audit trail append-only', () => {
    const db = openDatabase(join(freshDataDir(), DB_FILE_NAME));
    db.prepare("INSERT INTO audit_rows (at, channel, action, entity, change, hash, format) VALUES (0, 't', 'a', 'e', '{}', 'h', 4)").run();
    // The stored rows, and the view everyone reads them through (migration 0060).
    for (const table of ['audit_rows', 'audit_log']) {
      expect(() => db.prepare(`UPDATE ${table} SET change = '{"x":1}'`).run()).toThrow(/审计记录只能追加/);
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/审计记录只能追加/);
    }
    db.close();
  });
});

describe('data migrations', () => {
  it('0009 records this installation as the owner of the number series it issued before ownership was kept', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, '0009_series_owner')));
    db.prepare("INSERT INTO installation (id, unit_id, installation_id, demo, created_at) VALUES (1, 'unit-540200', 'e5b1f0aa-1111-4222-8333-944455556666', 0, 0)").run();
    db.prepare("INSERT INTO number_series (unit_id, series, year, last) VALUES ('unit-540200', 'intake', 2026, 41)").run();
    migrate(db, opts(dir));
    expect(db.prepare('SELECT series, last, owner_installation_id FROM number_series').all()).toEqual([{ series: 'intake', last: 41, owner_installation_id: 'e5b1f0aa-1111-4222-8333-944455556666' }]);
    db.close();
  });

  it('0010 adds the complaint’s contents empty, keeping every intake and complainant saved before it valid', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, '0010_complaint_contents')));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    db.prepare("INSERT INTO persons (id, name, id_type, id_status, created_at, updated_at) VALUES ('p1', '扎西', 'none', 'pending', 0, 0)").run();
    db.prepare(
      `INSERT INTO intakes (id, unit_id, reg_year, reg_no, kind, channel, received_at, received_date, summary, workers_count, status, recorded_by, created_at, updated_at)
       VALUES ('i1', 'unit-540200', 2026, 1, 'complaint', 'walkIn', 0, '2026-11-25', '工资未付', 1, 'registered', 's1', 0, 0)`,
    ).run();
    db.prepare("INSERT INTO intake_complainants (intake_id, person_id, sort_order, note) VALUES ('i1', 'p1', 0, '钢筋工')").run();
    migrate(db, opts(dir));
    expect(db.prepare('SELECT summary, violation_end_date, pending_elsewhere FROM intakes').all()).toEqual([{ summary: '工资未付', violation_end_date: null, pending_elsewhere: null }]);
    expect(db.prepare('SELECT note, address, occupation, workplace FROM intake_complainants').all()).toEqual([{ note: '钢筋工', address: null, occupation: null, workplace: null }]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });

  it('0057 keeps every complainant row as it was in a table WITHOUT ROWID, still one row per intake and person, and drops the redundant events index', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, '0059_smaller_database')));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    for (const [id, name] of [['p1', '扎西'], ['p2', '卓玛'], ['p3', '王建国']]) db.prepare("INSERT INTO persons (id, name, id_type, id_status, created_at, updated_at) VALUES (?, ?, 'none', 'pending', 0, 0)").run(id, name);
    for (const [id, no] of [['i1', 1], ['i2', 2]]) {
      db.prepare(
        `INSERT INTO intakes (id, unit_id, reg_year, reg_no, kind, channel, received_at, received_date, summary, workers_count, status, recorded_by, created_at, updated_at)
         VALUES (?, 'unit-540200', 2026, ?, 'complaint', 'walkIn', 0, '2026-11-25', '工资未付', 2, 'registered', 's1', 0, 0)`,
      ).run(id, no);
    }
    const insert = db.prepare('INSERT INTO intake_complainants (intake_id, person_id, sort_order, is_representative, amount_claimed_fen, note, address, occupation, workplace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('i1', 'p1', 0, 1, 1_250_000, '带班', '日喀则市桑珠孜区', '钢筋工', '雪域建筑');
    insert.run('i1', 'p2', 1, 0, null, null, null, null, null);
    insert.run('i2', 'p1', 0, 0, 300_000, null, null, '木工', null);
    insert.run('i2', 'p3', 1, 0, 480_000, '电话回访', null, null, '雪域建筑');
    const read = () => db.prepare('SELECT * FROM intake_complainants ORDER BY intake_id, person_id').all();
    const before = read();
    migrate(db, opts(dir));
    expect(read()).toEqual(before);
    const sql = (name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;
    expect(sql('intake_complainants')).toMatch(/WITHOUT ROWID$/);
    expect(sql('intake_complainants_person_idx')).toBeDefined();
    expect(sql('proceeding_events_proceeding_idx')).toBeUndefined();
    expect(db.prepare("SELECT intake_id FROM intake_complainants WHERE person_id = 'p1' ORDER BY intake_id").all()).toEqual([{ intake_id: 'i1' }, { intake_id: 'i2' }]);
    // The key still refuses a person twice on one intake, and a complainant of an intake that does not exist.
    expect(() => insert.run('i1', 'p1', 2, 0, null, null, null, null, null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('INSERT INTO intake_complainants (intake_id, person_id, sort_order) VALUES (?, ?, 0)').run('i9', 'p3')).toThrow(/FOREIGN KEY/);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });

  it('0062 stores every audit row compact, each read back through audit_log exactly as before (0078 too), the chain intact and carried on in format 5', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, '0062_audit_compact')));
    const staff = ['6f1c2a3b-4d5e-4f60-8a1b-2c3d4e5f6a7b', '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a'];
    const session = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    // A trail of formats 1, 2 and 3 as earlier releases wrote it: ids as text, an entity id that is not a UUID among them.
    const rows = [
      { format: 1, actorStaffId: null, sessionId: null, entity: 'installation', entityId: 'installation', change: '{"unit":"unit-540200"}' },
      { format: 1, actorStaffId: staff[0]!, sessionId: session, entity: 'party', entityId: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f', change: '{"name":"雪域建筑"}' },
      { format: 2, actorStaffId: staff[1]!, sessionId: session, entity: 'party', entityId: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f', change: '{"name":["雪域建筑","雪域建设"]}' },
      { format: 3, actorStaffId: staff[0]!, sessionId: 'not-a-uuid', entity: 'audit', entityId: '2', change: '{"seq":2}' },
      { format: 3, actorStaffId: null, sessionId: null, entity: 'intake', entityId: null, change: '{}' },
    ];
    let prev = GENESIS_HASH;
    const insert = db.prepare('INSERT INTO audit_log (at, actor_staff_id, session_id, channel, action, entity, entity_id, change, prev_hash, hash, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    rows.forEach((r, i) => {
      const content = { at: 1000 + i, actorStaffId: r.actorStaffId, sessionId: r.sessionId, channel: 'test', action: 'create', entity: r.entity, entityId: r.entityId, change: r.change };
      const hash = r.format === 1 ? auditHash(prev, content) : r.format === 2 ? auditHashV2(prev, content) : auditHashV3(prev, content);
      insert.run(content.at, r.actorStaffId, r.sessionId, 'test', 'create', r.entity, r.entityId, r.change, r.format === 1 ? prev : '', r.format === 3 ? Buffer.from(hash, 'hex') : hash, r.format);
      prev = hash;
    });
    // A row once issued past the end: the sequence remembers it, so the truncation still shows after the migration.
    db.prepare("UPDATE sqlite_sequence SET seq = 6 WHERE name = 'audit_log'").run();
    const read = () => db.prepare('SELECT seq, at, actor_staff_id, session_id, channel, action, entity, entity_id, change, prev_hash, hash, format FROM audit_log ORDER BY seq').all();
    const before = read();
    migrate(db, opts(dir));
    expect(read()).toEqual(before);
    expect(verifyAuditChain(db).problem).toBe('末尾第 6 条缺失（被删除）');
    const stored = db.prepare('SELECT actor, typeof(session_id) AS s, typeof(entity_id) AS e, prev_hash FROM audit_rows ORDER BY seq').all();
    expect(stored).toEqual([
      { actor: null, s: 'null', e: 'text', prev_hash: GENESIS_HASH },
      { actor: 1, s: 'blob', e: 'blob', prev_hash: (before[0] as { hash: string }).hash },
      { actor: 2, s: 'blob', e: 'blob', prev_hash: null },
      { actor: 1, s: 'text', e: 'text', prev_hash: null },
      { actor: null, s: 'null', e: 'null', prev_hash: null },
    ]);
    expect(db.prepare('SELECT n, staff_id FROM audit_actors ORDER BY n').all()).toEqual([{ n: 1, staff_id: staff[0] }, { n: 2, staff_id: staff[1] }]);

    // Without the gap the chain verifies, and the writer carries it on in format 5 (a new staff member numbered on first
    // use, the change packed and read back as its text).
    const clean = emptyDataDir();
    const db2 = openDatabase(join(clean, DB_FILE_NAME));
    migrate(db2, opts(clean, migrationsBefore(clean, '0062_audit_compact')));
    // The same rows, into the earlier schema.
    for (const r of before as Record<string, unknown>[]) {
      db2.prepare('INSERT INTO audit_log (seq, at, actor_staff_id, session_id, channel, action, entity, entity_id, change, prev_hash, hash, format) VALUES (@seq, @at, @actor_staff_id, @session_id, @channel, @action, @entity, @entity_id, @change, @prev_hash, @hash, @format)').run(r);
    }
    migrate(db2, opts(clean));
    expect(verifyAuditChain(db2)).toMatchObject({ intact: true, count: 5 });
    const writer = { db: db2, prepare: statementCache(db2), now: 2000, actorStaffId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', sessionId: session, channel: 'parties.update' };
    tx(writer, (w) => w.audit({ action: 'update', entity: 'party', entityId: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f', change: { name: ['雪域建设', '雪域集团'] } }));
    expect(verifyAuditChain(db2)).toMatchObject({ intact: true, count: 6 });
    expect(db2.prepare('SELECT r.actor, r.format, typeof(r.change) AS stored, l.actor_staff_id, l.entity_id, l.change FROM audit_rows r JOIN audit_log l ON l.seq = r.seq WHERE r.seq = 6').get()).toEqual({
      actor: 3,
      format: 5,
      stored: 'blob',
      actor_staff_id: writer.actorStaffId,
      entity_id: 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f',
      change: '{"name":["雪域建设","雪域集团"]}',
    });
    db2.close();
    db.close();
  });
});

/** The tag of the shipped migration whose name ends with `name` (the number is given at merge). */
function tagOf(name: string): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entry = journal.entries.find((e) => e.tag.endsWith(`_${name}`));
  if (!entry) throw new Error(`no migration named ${name}`);
  return entry.tag;
}

describe('data migrations: the case work made smaller (issue #15)', () => {
  it('case_work_slim strips from the clocks, the timeline and the papers only what their parents, rows and the audit hold, keeps everything else, and drops the two deadline indexes', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('case_work_slim'))));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    db.prepare("INSERT INTO intakes (id, unit_id, reg_year, reg_no, kind, channel, received_at, received_date, summary, workers_count, status, recorded_by, created_at, updated_at) VALUES ('i1', 'unit-540200', 2026, 1, 'complaint', 'walkIn', 0, '2026-11-25', '工资未付', 1, 'registered', 's1', 0, 0)").run();
    db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES ('c1', 'unit-540200', '扎西投诉雪域建筑', 'open', 0, 's1', 0, 0)").run();
    const event = db.prepare("INSERT INTO case_events (case_file_id, proceeding_id, at, kind, actor_staff_id, summary, data) VALUES ('c1', 'p1', ?, ?, 's1', ?, ?)");
    event.run(1, 'proceeding.step', '受理投诉', '{"kind":"inspection","action":"accept","from":"received","to":"accepted","number":null,"approvalId":null}');
    event.run(2, 'proceeding.step', '立案，案号 日喀则市人社监立字〔2026〕第1号', '{"kind":"inspection","action":"file","from":"accepted","to":"filed","number":"日喀则市人社监立字〔2026〕第1号","approvalId":"a1"}');
    event.run(3, 'proceeding.step', '结案', '{"action":"close"}');
    event.run(4, 'document.generated', '制作投诉受理通知书', '{"documentId":"d2","kind":"complaintAcceptanceNotice"}');
    event.run(5, 'caseFile.opened', '立卷', '{"intakeId":"i1"}');
    const doc = db.prepare("INSERT INTO documents (id, unit_id, kind, title, intake_id, case_file_id, source, created_by, created_at) VALUES (?, 'unit-540200', ?, ?, ?, ?, ?, 's1', 0)");
    doc.run('d1', 'intakeRecord', '投诉（举报）登记表 2026-0001', 'i1', null, '{"intakeId":"i1","kind":"intakeRecord"}');
    doc.run('d2', 'complaintAcceptanceNotice', '投诉受理通知书', null, 'c1', '{"kind":"complaintAcceptanceNotice","proceedingId":"p1"}');
    doc.run('d3', 'hearingNotice', '开庭通知书', null, 'c1', '{"hearingId":"h1","kind":"hearingNotice","recipientId":"r1","source":"hearing"}');
    // A request whose kind is not its row's (none is made so, but the row would keep it) and a source that is not JSON.
    doc.run('d4', 'award', '裁决书', null, 'c1', '{"kind":"acceptanceNotice","proceedingId":"p1"}');
    doc.run('d5', 'orderToPay', '指令书', null, 'c1', 'not json');
    db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES ('p1', 'c1', 'inspection', 'filed', 0, 0, 0)").run();
    const clock = db.prepare(
      `INSERT INTO deadlines (id, proceeding_id, case_file_id, unit_id, rule_id, party, award_finality, start_date, due_date, status, met_on, provisional, actor, nature, trace, trace_hash, warnings, calendar_version, computed_at)
       VALUES (?, 'p1', 'c1', 'unit-540200', ?, ?, '', '2026-11-02', ?, ?, ?, 0, 'bureau', 'duty', ?, 123456, ?, '2026.1', 5)`,
    );
    clock.run('d-accept', 'inspection.accept', '', '2026-11-09', 'met', '2026-11-03', null, '[]');
    clock.run('d-investigate', 'inspection.investigate', '', '2027-01-27', 'open', null, '["计算过程"]', '["日历未录入"]');
    const clocks = () => db.prepare('SELECT * FROM deadlines ORDER BY id').all() as Record<string, unknown>[];
    const clocksBefore = clocks().map(({ case_file_id: _file, ...rest }) => rest);
    migrate(db, opts(dir));
    // Every clock as it was, without its file (the proceeding's: desk.data.ts joins it).
    expect(clocks()).toEqual(clocksBefore);
    expect(db.prepare('SELECT count(*) AS n FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE p.case_file_id = ?').get('c1')).toEqual({ n: 2 });
    expect(() => db.prepare("INSERT INTO deadlines (id, proceeding_id, unit_id, rule_id, start_date, due_date, status, actor, nature, calendar_version, computed_at) VALUES ('d-y', 'p1', 'unit-540200', 'inspection.accept', '2026-11-02', '2026-11-09', 'met', 'bureau', 'duty', '2026.1', 5)").run()).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT seq, kind, summary, data FROM case_events ORDER BY seq').all()).toEqual([
      { seq: 1, kind: 'proceeding.step', summary: '受理投诉', data: '{"action":"accept"}' },
      { seq: 2, kind: 'proceeding.step', summary: '立案，案号 日喀则市人社监立字〔2026〕第1号', data: '{"action":"file","approvalId":"a1"}' },
      { seq: 3, kind: 'proceeding.step', summary: '结案', data: '{"action":"close"}' },
      { seq: 4, kind: 'document.generated', summary: '制作投诉受理通知书', data: '{"documentId":"d2","kind":"complaintAcceptanceNotice"}' },
      { seq: 5, kind: 'caseFile.opened', summary: '立卷', data: '{"intakeId":"i1"}' },
    ]);
    expect(db.prepare('SELECT id, source FROM documents ORDER BY id').all()).toEqual([
      { id: 'd1', source: '{}' },
      { id: 'd2', source: '{"proceedingId":"p1"}' },
      { id: 'd3', source: '{"hearingId":"h1","recipientId":"r1","source":"hearing"}' },
      { id: 'd4', source: '{"kind":"acceptanceNotice","proceedingId":"p1"}' },
      { id: 'd5', source: 'not json' },
    ]);
    // Still append-only: the trigger the migration put back refuses an edit of a line as before.
    expect(() => db.prepare("UPDATE case_events SET data = '{}' WHERE seq = 1").run()).toThrow(/只能追加/);
    const names = tables(db);
    expect(names).toContain('deadlines_open_duties_idx');
    expect(names).not.toContain('deadlines_status_due_idx');
    expect(names).not.toContain('deadlines_case_file_idx');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('data migrations: the case work made smaller again (issue #15)', () => {
  it('case_work_slimmer stores a step’s clock-event source as ".step" (the kind is the proceeding’s), keeps every other source, and rebuilds the three indexes smaller', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('case_work_slimmer'))));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES ('c1', 'unit-540200', '扎西投诉雪域建筑', 'open', 0, 's1', 0, 0)").run();
    const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, 'c1', ?, 'filed', 0, 0, 0)");
    proceeding.run('p1', 'inspection');
    proceeding.run('p2', 'blacklisting');
    proceeding.run('p3', 'jointMediation');
    const event = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at, recorded_by) VALUES (?, ?, '2026-11-02', ?, 1, 's1')");
    event.run('p1', 'received', 'intake');
    event.run('p1', 'filed', 'inspection.file');
    event.run('p1', 'orderServed', 'service.record');
    // A source naming another kind than its proceeding's (none is written so) stays whole, as does one without a step.
    event.run('p1', 'accepted', 'arbitration.accept');
    event.run('p1', 'accepted', 'inspection');
    event.run('p2', 'delisted', 'blacklisting.expire');
    event.run('p3', 'caseClosed', 'jointMediation.close');
    db.prepare("INSERT INTO parties (id, kind, name, created_at, updated_at) VALUES ('e1', 'organisation', '雪域建筑', 0, 0)").run();
    db.prepare("INSERT INTO persons (id, name, id_type, id_status, created_at, updated_at) VALUES ('w1', '扎西', 'residentId', 'verified', 0, 0)").run();
    const party = db.prepare('INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, person_id, sort_order) VALUES (?, ?, ?, ?, ?, ?)');
    party.run('pp1', 'p1', 'employer', 'e1', null, 0);
    party.run('pp2', 'p1', 'complainant', null, 'w1', 1);
    party.run('pp3', 'p3', 'employer', 'e1', null, 0);
    db.prepare("INSERT INTO case_events (case_file_id, proceeding_id, at, kind, actor_staff_id, summary, data) VALUES ('c1', 'p1', 1, 'caseFile.opened', 's1', '立卷', '{}')").run();
    const whole = () => db.prepare(`SELECT e.seq, e.proceeding_id, e.kind, ${CLOCK_EVENT_SOURCE_SQL} AS source FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id ORDER BY e.seq`).all();
    const before = whole();
    const rows = () => db.prepare('SELECT * FROM proceeding_events ORDER BY seq').all() as Record<string, unknown>[];
    const otherColumns = rows().map(({ source: _s, ...rest }) => rest);
    migrate(db, opts(dir));
    expect(db.prepare('SELECT seq, source FROM proceeding_events ORDER BY seq').all()).toEqual([
      { seq: 1, source: 'intake' },
      { seq: 2, source: '.file' },
      { seq: 3, source: 'service.record' },
      { seq: 4, source: 'arbitration.accept' },
      { seq: 5, source: 'inspection' },
      { seq: 6, source: '.expire' },
      { seq: 7, source: '.close' },
    ]);
    // Read through the proceeding, every source is what it was; every other column is untouched.
    expect(whole()).toEqual(before);
    expect(rows().map(({ source: _s, ...rest }) => rest)).toEqual(otherColumns);
    expect(rows().map((r) => clockEventSource(r.source as string, r.proceeding_id === 'p1' ? 'inspection' : r.proceeding_id === 'p2' ? 'blacklisting' : 'jointMediation'))).toEqual(before.map((r) => (r as { source: string }).source));
    // Still append-only: the trigger put back refuses an edit as before.
    expect(() => db.prepare("UPDATE proceeding_events SET source = 'x' WHERE seq = 1").run()).toThrow(/只能追加/);
    // The indexes: partial by party and by person, the timeline's by file alone — each still answers its reader.
    const sqlOf = (name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
    expect(sqlOf('proceeding_parties_party_idx')).toMatch(/\(`party_id`\) WHERE party_id IS NOT NULL$/);
    expect(sqlOf('proceeding_parties_person_idx')).toMatch(/\(`person_id`\) WHERE person_id IS NOT NULL$/);
    expect(sqlOf('case_events_case_file_idx')).toBe('CREATE INDEX `case_events_case_file_idx` ON `case_events` (`case_file_id`)');
    expect(db.prepare('SELECT id FROM proceeding_parties INDEXED BY proceeding_parties_party_idx WHERE party_id = ? ORDER BY id').all('e1')).toEqual([{ id: 'pp1' }, { id: 'pp3' }]);
    expect(db.prepare('SELECT id FROM proceeding_parties INDEXED BY proceeding_parties_person_idx WHERE person_id = ?').all('w1')).toEqual([{ id: 'pp2' }]);
    expect(db.prepare('SELECT seq FROM case_events INDEXED BY case_events_case_file_idx WHERE case_file_id = ? ORDER BY seq').all('c1')).toEqual([{ seq: 1 }]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('data migrations: the employer summary (issue #15)', () => {
  it('employer_acceptances is filled from the inspections already accepted: per employer and file the first 受理, in the file\'s unit', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('employer_acceptances'))));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'open', 0, 's1', 0, 0)");
    file.run('c1', 'unit-540200', '扎西投诉雪域建筑');
    file.run('c2', county, '卓玛投诉雪域建筑和高原劳务');
    file.run('c3', 'unit-540200', '次仁申请仲裁');
    const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, ?, 'filed', 0, 0, 0)");
    proceeding.run('p1', 'c1', 'inspection');
    proceeding.run('p2', 'c2', 'inspection');
    proceeding.run('p3', 'c2', 'inspection'); // a second inspection in the file, accepted earlier
    proceeding.run('p4', 'c3', 'arbitration');
    proceeding.run('p5', 'c1', 'blacklisting');
    for (const [id, name] of [['e1', '雪域建筑'], ['e2', '高原劳务']]) db.prepare("INSERT INTO parties (id, kind, name, created_at, updated_at) VALUES (?, 'organisation', ?, 0, 0)").run(id, name);
    const party = db.prepare('INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, person_id, sort_order) VALUES (?, ?, ?, ?, NULL, 0)');
    for (const [id, p, role, e] of [['pp1', 'p1', 'employer', 'e1'], ['pp2', 'p2', 'employer', 'e1'], ['pp3', 'p2', 'employer', 'e2'], ['pp4', 'p3', 'employer', 'e2'], ['pp5', 'p4', 'respondent', 'e1'], ['pp6', 'p5', 'employer', 'e1'], ['pp7', 'p3', 'generalContractor', 'e1']]) party.run(id, p, role, e);
    const event = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, ?, ?, '.x', 1)");
    for (const [p, kind, date] of [['p1', 'received', '2026-10-08'], ['p1', 'accepted', '2026-10-10'], ['p1', 'accepted', '2026-10-09'], ['p2', 'accepted', '2026-11-03'], ['p3', 'accepted', '2026-11-01'], ['p4', 'accepted', '2026-10-01'], ['p5', 'listed', '2026-10-01']]) event.run(p, kind, date);
    migrate(db, opts(dir));
    expect(db.prepare('SELECT party_id, case_file_id, unit_id, first_date FROM employer_acceptances ORDER BY party_id, case_file_id').all()).toEqual([
      { party_id: 'e1', case_file_id: 'c1', unit_id: 'unit-540200', first_date: '2026-10-09' },
      { party_id: 'e1', case_file_id: 'c2', unit_id: county, first_date: '2026-11-03' },
      { party_id: 'e2', case_file_id: 'c2', unit_id: county, first_date: '2026-11-01' },
    ]);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'employer_acceptances'").get() as { sql: string }).sql).toMatch(/WITHOUT ROWID$/);
    db.close();
  });

  it('employer_acceptance_months is filled from employer_acceptances: per employer, unit and month its files, then kept by its triggers', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('employer_acceptance_months'))));
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    // The summary's rows as 0067's triggers left them (written here directly: the table has no foreign keys).
    const held = db.prepare('INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date) VALUES (?, ?, ?, ?)');
    for (const [e, c, u, d] of [['e1', 'c1', 'unit-540200', '2026-10-09'], ['e1', 'c2', 'unit-540200', '2026-10-31'], ['e1', 'c3', 'unit-540200', '2026-11-01'], ['e1', 'c4', county, '2026-10-10'], ['e2', 'c2', 'unit-540200', '2025-01-05']]) held.run(e, c, u, d);
    migrate(db, opts(dir));
    const months = () => db.prepare('SELECT party_id, unit_id, month, files FROM employer_acceptance_months ORDER BY party_id, unit_id, month').all();
    expect(months()).toEqual([
      { party_id: 'e1', unit_id: 'unit-540200', month: '2026-10', files: 2 },
      { party_id: 'e1', unit_id: 'unit-540200', month: '2026-11', files: 1 },
      { party_id: 'e1', unit_id: county, month: '2026-10', files: 1 },
      { party_id: 'e2', unit_id: 'unit-540200', month: '2025-01', files: 1 },
    ].sort((a, b) => (a.party_id + a.unit_id + a.month < b.party_id + b.unit_id + b.month ? -1 : 1)));
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'employer_acceptance_months'").get() as { sql: string }).sql).toMatch(/WITHOUT ROWID$/);
    // From now on the summary's own writes keep it.
    db.prepare("DELETE FROM employer_acceptances WHERE party_id = 'e2'").run();
    held.run('e1', 'c5', 'unit-540200', '2026-11-20');
    expect(db.prepare("SELECT month, files FROM employer_acceptance_months WHERE unit_id = 'unit-540200' ORDER BY party_id, month").all()).toEqual([
      { month: '2026-10', files: 2 },
      { month: '2026-11', files: 2 },
    ]);
    db.close();
  });
});

describe('data migrations: a person\'s open files (issue #15)', () => {
  it('staff_open_files is filled with each open file\'s leader and team members still on it, and no closed file', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('staff_open_files'))));
    const person = db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES (?, 'unit-540200', ?, 0, 0)");
    for (const [id, name] of [['s1', '李强'], ['s2', '张伟'], ['s3', '达瓦次仁']]) person.run(id, name);
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, leader_staff_id, opened_at, created_by, created_at, updated_at) VALUES (?, 'unit-540200', ?, ?, ?, 0, 's1', 0, 0)");
    file.run('c1', '办理中，有包案领导', 'open', 's1');
    file.run('c2', '办理中，尚无包案领导', 'open', null);
    file.run('c3', '已办结', 'closed', 's1');
    const member = db.prepare("INSERT INTO case_team (id, case_file_id, role, staff_id, name, employment, added_at, removed_at) VALUES (?, ?, ?, ?, ?, 'fullTime', 0, ?)");
    member.run('t1', 'c1', 'leader', 's1', null, null); // the leader also on the team: one row
    member.run('t2', 'c1', 'handler', 's2', null, null);
    member.run('t3', 'c1', 'handler', 's3', null, 5); // taken off the team
    member.run('t4', 'c2', 'handler', 's3', null, null);
    member.run('t5', 'c2', 'participant', null, '住建局 王明', null); // not staff
    member.run('t6', 'c3', 'handler', 's2', null, null); // a closed file
    migrate(db, opts(dir));
    expect(db.prepare('SELECT staff_id, case_file_id FROM staff_open_files ORDER BY 1, 2').all()).toEqual([
      { staff_id: 's1', case_file_id: 'c1' },
      { staff_id: 's2', case_file_id: 'c1' },
      { staff_id: 's3', case_file_id: 'c2' },
    ]);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'staff_open_files'").get() as { sql: string }).sql).toMatch(/WITHOUT ROWID$/);
    db.close();
  });
});

describe('data migrations: a person\'s open duties (issue #15)', () => {
  it('staff_open_duties is filled with each open duty\'s file leader and team members still on it, no other clock; the open flagged files indexed', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('staff_open_duties'))));
    const person = db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES (?, 'unit-540200', ?, 0, 0)");
    for (const [id, name] of [['s1', '李强'], ['s2', '张伟'], ['s3', '达瓦次仁']]) person.run(id, name);
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, leader_staff_id, urgent, collective, opened_at, created_by, created_at, updated_at) VALUES (?, 'unit-540200', ?, ?, ?, ?, ?, ?, 's1', 0, 0)");
    file.run('c1', '有包案领导', 'open', 's1', 1, 0, 10);
    file.run('c2', '尚无包案领导', 'open', null, 0, 1, 20);
    file.run('c3', '已办结', 'closed', 's1', 1, 1, 30);
    const member = db.prepare("INSERT INTO case_team (id, case_file_id, role, staff_id, name, employment, added_at, removed_at) VALUES (?, ?, ?, ?, ?, 'fullTime', 0, ?)");
    member.run('t1', 'c1', 'leader', 's1', null, null); // the leader also on the team: one row
    member.run('t2', 'c1', 'handler', 's2', null, null);
    member.run('t3', 'c1', 'handler', 's3', null, 5); // taken off the team
    member.run('t4', 'c2', 'handler', 's3', null, null);
    member.run('t5', 'c2', 'participant', null, '住建局 王明', null); // not staff
    const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, 'inspection', 'filed', 0, 0, 0)");
    proceeding.run('p1', 'c1');
    proceeding.run('p2', 'c2');
    const clock = db.prepare(`INSERT INTO deadlines (id, proceeding_id, unit_id, rule_id, party, award_finality, start_date, due_date, status, provisional, actor, nature, trace_hash, warnings, calendar_version, computed_at)
      VALUES (?, ?, 'unit-540200', ?, '', '', '2026-11-01', ?, ?, 0, 'bureau', ?, '', '[]', 'v', 0)`);
    clock.run('d1', 'p1', 'r1', '2026-11-20', 'open', 'duty');
    clock.run('d2', 'p1', 'r2', '2026-11-21', 'met', 'duty'); // met
    clock.run('d3', 'p1', 'r3', '2026-11-22', 'open', 'wait'); // not the bureau's duty
    clock.run('d4', 'p2', 'r1', '2026-11-23', 'open', 'duty');
    migrate(db, opts(dir));
    expect(db.prepare('SELECT deadline_id, staff_id, unit_id, due_date FROM staff_open_duties ORDER BY 1, 2').all()).toEqual([
      { deadline_id: 'd1', staff_id: 's1', unit_id: 'unit-540200', due_date: '2026-11-20' },
      { deadline_id: 'd1', staff_id: 's2', unit_id: 'unit-540200', due_date: '2026-11-20' },
      { deadline_id: 'd4', staff_id: 's3', unit_id: 'unit-540200', due_date: '2026-11-23' },
    ]);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'staff_open_duties'").get() as { sql: string }).sql).toMatch(/WITHOUT ROWID$/);
    expect(db.prepare('SELECT id FROM case_files INDEXED BY case_files_open_flagged_idx WHERE unit_id = ? AND status = \'open\' AND (urgent = 1 OR collective = 1)').all('unit-540200')).toEqual([{ id: 'c1' }, { id: 'c2' }]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});

describe('data migrations: the carried-over summary (issue #15)', () => {
  it('carried_over_days is filled from the inspections and arbitrations already accepted and closed: per unit and day, files first accepted and ended', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, tagOf('carried_over_days'))));
    db.prepare("INSERT INTO staff (id, unit_id, name, created_at, updated_at) VALUES ('s1', 'unit-540200', '次仁卓玛', 0, 0)").run();
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'open', 0, 's1', 0, 0)");
    file.run('c1', 'unit-540200', '扎西投诉雪域建筑');
    file.run('c2', county, '卓玛投诉高原劳务');
    file.run('c3', 'unit-540200', '次仁申请仲裁');
    file.run('c4', 'unit-540200', '拉巴投诉安居工程');
    const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, ?, 'filed', 0, 0, 0)");
    proceeding.run('p1', 'c1', 'inspection');
    proceeding.run('p2', 'c2', 'inspection');
    proceeding.run('p3', 'c2', 'inspection'); // a second inspection of the file: accepted first, closed later
    proceeding.run('p4', 'c3', 'arbitration');
    proceeding.run('p5', 'c4', 'inspection');
    proceeding.run('p6', 'c3', 'arbitration'); // opened 2026-11-02 (Beijing), its 受理 recorded as of 10-28: a late opening
    db.prepare('UPDATE proceedings SET opened_at = ? WHERE id = ?').run(Date.parse('2026-11-02T07:30:00+08:00'), 'p6');
    proceeding.run('p7', 'c3', 'arbitration'); // never accepted: not counted
    db.prepare("INSERT INTO arbitration_closings (proceeding_id, unit_id, closed_on, method, result, cause, claimed_fen, resolved_fen, note, recorded_at) VALUES ('p4', 'unit-540200', '2026-10-20', 'award', 'workerWon', 'wages', 1, 1, NULL, 0)").run();
    const event = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, ?, ?, '.x', 1)");
    for (const [p, kind, date] of [
      ['p1', 'received', '2026-10-08'], ['p1', 'accepted', '2026-10-10'], ['p1', 'accepted', '2026-10-09'], ['p1', 'caseClosed', '2026-11-20'],
      ['p2', 'accepted', '2026-11-03'], ['p3', 'accepted', '2026-11-01'], ['p3', 'caseClosed', '2026-11-25'], ['p2', 'caseClosed', '2026-11-28'],
      ['p4', 'accepted', '2026-10-01'], ['p4', 'caseClosed', '2026-10-20'], ['p6', 'accepted', '2026-10-28'], ['p7', 'received', '2026-10-28'],
      ['p5', 'accepted', '2026-10-09'], ['p5', 'caseClosed', '2026-10-05'], // closed before it was accepted: it ends the day it is accepted
    ]) event.run(p, kind, date);
    migrate(db, opts(dir));
    // The arbitrations: p4 accepted 10-01 (opened at 0: 1970) and closed 10-20; p6 counted from its opening day.
    expect(db.prepare("SELECT unit_id, day, accepted, ended FROM carried_over_days WHERE kind = 'arbitration' ORDER BY unit_id, day").all()).toEqual([
      { unit_id: 'unit-540200', day: '2026-10-01', accepted: 1, ended: 0 },
      { unit_id: 'unit-540200', day: '2026-10-20', accepted: 0, ended: 1 },
      { unit_id: 'unit-540200', day: '2026-11-02', accepted: 1, ended: 0 },
    ]);
    expect(db.prepare('SELECT * FROM arbitration_late_openings').all()).toEqual([
      { proceeding_id: 'p6', unit_id: 'unit-540200', opened_on: '2026-11-02', accepted_on: '2026-10-28', closed_on: null },
    ]);
    expect(db.prepare("SELECT kind, unit_id, day, accepted, ended FROM carried_over_days WHERE kind = 'inspection' ORDER BY unit_id, day").all()).toEqual(
      [
        { kind: 'inspection', unit_id: 'unit-540200', day: '2026-10-09', accepted: 2, ended: 1 },
        { kind: 'inspection', unit_id: 'unit-540200', day: '2026-11-20', accepted: 0, ended: 1 },
        { kind: 'inspection', unit_id: county, day: '2026-11-01', accepted: 1, ended: 0 },
        { kind: 'inspection', unit_id: county, day: '2026-11-25', accepted: 0, ended: 1 },
      ].sort((a, b) => (a.unit_id + a.day < b.unit_id + b.day ? -1 : 1)),
    );
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'carried_over_days'").get() as { sql: string }).sql).toMatch(/WITHOUT ROWID$/);
    db.close();
  });
});
