// staff_open_files (migration 0071): per open file, each member of staff who leads it or is on its team — the desk's
// "我的案卷" count reads a person's range of it. Kept by triggers, so after every kind of write of a file's status,
// leader or team — through the services and by raw statements no service makes today — the table must equal its
// definition recomputed from case_files and case_team; and each trigger, dropped, is missed by some step.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import type { Db } from '../../db/open';
import { countMyFiles } from '../../electron/core/desk/desk.data';
import { signInAs } from '../helpers/accounts';
import { demoCore, testCore, type TestCore } from '../helpers/core';
import { triggerStatements, triggersWhere } from '../helpers/trigger-plans';

const TRIGGERS = [
  'staff_open_files_file_added',
  'staff_open_files_file_changed',
  'staff_open_files_file_removed',
  'staff_open_files_member_added',
  'staff_open_files_member_changed',
  'staff_open_files_member_removed',
];

const stored = (db: Db) => db.prepare('SELECT staff_id, case_file_id FROM staff_open_files ORDER BY 1, 2').all();
/** The definition, from the files and their teams as they stand. */
const definitionSql = `SELECT leader_staff_id AS staff_id, id AS case_file_id FROM case_files WHERE status = 'open' AND leader_staff_id IS NOT NULL
  UNION SELECT t.staff_id, t.case_file_id FROM case_team t JOIN case_files c ON c.id = t.case_file_id
  WHERE c.status = 'open' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL ORDER BY 1, 2`;
const definition = (db: Db) => db.prepare(definitionSql).all();

/** Every kind of write of the facts, each followed by a comparison; returns the steps whose comparison failed. */
async function steps(t: TestCore): Promise<string[]> {
  const db = t.core.services!.db;
  const failed: string[] = [];
  const check = (step: string) => {
    if (JSON.stringify(stored(db)) !== JSON.stringify(definition(db))) failed.push(step);
  };
  check('demo');
  const staff = (name: string) => (db.prepare('SELECT id FROM staff WHERE name = ?').get(name) as { id: string }).id;
  const [zhang, dawa, li] = [staff('张伟'), staff('达瓦次仁'), staff('李强')];
  const open = db.prepare("SELECT id FROM case_files WHERE status = 'open' ORDER BY seq").all() as { id: string }[];
  expect(open.length).toBeGreaterThan(3);
  const [a, b] = [open[0]!.id, open[1]!.id];
  // A file 张伟 is not on yet, and someone not on file a (so each addition adds a pair the table must gain).
  const notOn = (staffId: string, file: string) =>
    db.prepare('SELECT 1 FROM staff_open_files WHERE staff_id = ? AND case_file_id = ?').get(staffId, file) === undefined;
  const c = open.map((f) => f.id).find((f) => f !== a && f !== b && notOn(zhang, f))!;
  expect(c).toBeDefined();
  const admin = staff('普布次仁');
  expect(notOn(admin, a)).toBe(true);

  // Through the services: the leader puts 张伟 on a file as 承办人 and takes him off again.
  const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
  const before = db.prepare('SELECT count(*) AS n FROM case_team WHERE case_file_id = ?').get(c) as { n: number };
  const added = await leader.call('team.add', { caseFileId: c, role: 'participant', staffId: zhang, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '协助调查' });
  expect((db.prepare('SELECT count(*) AS n FROM case_team WHERE case_file_id = ?').get(c) as { n: number }).n).toBe(before.n + 1);
  check('team.add');
  await leader.call('team.remove', { memberId: added.id, reason: '调查结束' });
  check('team.remove');

  // Raw writes no service makes today (and the seed's bulk rows).
  db.prepare("UPDATE case_files SET status = 'closed' WHERE id = ?").run(a);
  check('file closed');
  db.prepare("UPDATE case_files SET status = 'open' WHERE id = ?").run(a);
  check('file opened again');
  db.prepare('UPDATE case_files SET leader_staff_id = ? WHERE id = ?').run(dawa, b);
  check('leader changed');
  db.prepare('UPDATE case_files SET leader_staff_id = NULL WHERE id = ?').run(b);
  check('leader taken off');
  const now = t.clock.now();
  db.prepare("INSERT INTO case_team (id, case_file_id, role, staff_id, employment, added_at) VALUES ('tm-raw', ?, 'handler', ?, 'fullTime', ?)").run(a, admin, now);
  check('member added');
  db.prepare("UPDATE case_team SET case_file_id = ? WHERE id = 'tm-raw'").run(b);
  check('member moved to another file');
  const other = (db.prepare('SELECT id FROM staff').all() as { id: string }[]).map((r) => r.id).find((x) => x !== admin && notOn(x, b))!;
  expect(other).toBeDefined();
  db.prepare("UPDATE case_team SET staff_id = ? WHERE id = 'tm-raw'").run(other);
  check('member replaced by another person');
  db.prepare("UPDATE case_team SET removed_at = ? WHERE id = 'tm-raw'").run(now);
  check('member removed');
  db.prepare("UPDATE case_team SET removed_at = NULL WHERE id = 'tm-raw'").run();
  check('member back');
  db.prepare("DELETE FROM case_team WHERE id = 'tm-raw'").run();
  check('member row deleted');
  const unit = (db.prepare('SELECT unit_id FROM case_files WHERE id = ?').get(a) as { unit_id: string }).unit_id;
  db.prepare("INSERT INTO case_files (id, unit_id, title, status, leader_staff_id, opened_at, created_by, created_at, updated_at) VALUES ('cf-raw', ?, '新案卷', 'open', ?, ?, ?, ?, ?)").run(unit, li, now, li, now, now);
  check('file added');
  db.prepare("DELETE FROM case_files WHERE id = 'cf-raw'").run();
  check('file deleted');
  return failed;
}

describe('staff_open_files', () => {
  it('equals its definition after every write of a file’s status, leader or team; the desk count reads it', async () => {
    const t = await demoCore();
    const db = t.core.services!.db;
    expect(stored(db).length).toBeGreaterThan(5);
    expect(await steps(t)).toEqual([]);
    for (const { id } of db.prepare('SELECT id FROM staff').all() as { id: string }[]) {
      expect(countMyFiles(t.core.services!.prepare, id)).toBe((definition(db) as { staff_id: string }[]).filter((r) => r.staff_id === id).length);
    }
  });

  it('each trigger, dropped, is missed by some step', async () => {
    const t = await demoCore();
    const db = t.core.services!.db;
    for (const name of TRIGGERS) {
      const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as { sql: string };
      db.exec(`DROP TRIGGER ${name}`);
      expect(await steps(t), name).not.toEqual([]);
      // Put back, and the table made right again, for the next trigger's round (the steps can be taken again).
      db.exec(sql);
      db.exec('DELETE FROM staff_open_files');
      db.prepare('INSERT INTO staff_open_files (staff_id, case_file_id) ' + definitionSql).run();
      expect(await steps(t), `${name} restored`).toEqual([]);
    }
  });

  it('keeps the table with seeks: each trigger statement reads the written file’s own rows, never a whole table', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const triggers = triggersWhere(db, 'name LIKE ?', 'staff_open_files_%');
    expect(triggers.map((t) => t.name).sort()).toEqual([...TRIGGERS].sort());
    const scans: string[] = [];
    for (const { trigger, sql, plan } of triggerStatements(db, triggers)) {
      scans.push(...plan.filter((d) => /^SCAN (c|t|case_files|case_team|staff_open_files)\b/.test(d)).map((d) => `${trigger}: ${d}`));
      // A file's rows are taken out by their whole key.
      if (sql.startsWith('DELETE')) expect(plan, trigger).toContain('SEARCH staff_open_files USING PRIMARY KEY (staff_id=? AND case_file_id=?)');
    }
    expect(scans).toEqual([]);
  });
});
