// staff_open_duties (migration 0076): per open bureau duty, each member of staff who leads its file or is on the
// file's team — the desk's overdue and due-soon lists and counts read a person's range of it. Kept by triggers, so after
// every kind of write of a clock, a file's leader or team, or a proceeding's file — through the services and by raw
// statements no service makes today — the table must equal its definition recomputed from the facts; and each
// trigger, dropped, is missed by some step.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import type { Db } from '../../db/open';
import { recomputeDeadlines } from '../../electron/core/deadlines/recompute';
import { currentBasis } from '../../electron/core/deadlines/recompute-trigger';
import { addDays } from '../../shared/domain/calendar';
import { instantOf } from '../../shared/domain/time';
import { signInAs } from '../helpers/accounts';
import { demoCore, testCore, type TestCore } from '../helpers/core';
import { triggerStatements, triggersWhere } from '../helpers/trigger-plans';

const TRIGGERS = [
  'staff_open_duties_clock_added',
  'staff_open_duties_clock_changed',
  'staff_open_duties_clock_removed',
  'staff_open_duties_leader_changed',
  'staff_open_duties_member_added',
  'staff_open_duties_member_changed',
  'staff_open_duties_member_removed',
  'staff_open_duties_proceeding_moved',
];

const stored = (db: Db) => db.prepare('SELECT deadline_id, staff_id, unit_id, due_date FROM staff_open_duties ORDER BY 1, 2').all();
/** The definition, from the clocks, their proceedings' files and the files' teams as they stand. */
const definitionSql = `SELECT d.id AS deadline_id, c.leader_staff_id AS staff_id, d.unit_id, d.due_date
  FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id JOIN case_files c ON c.id = p.case_file_id
  WHERE d.status = 'open' AND d.nature = 'duty' AND c.leader_staff_id IS NOT NULL
  UNION SELECT d.id, t.staff_id, d.unit_id, d.due_date
  FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL ORDER BY 1, 2`;
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
  const [zhang, dawa, admin] = [staff('张伟'), staff('达瓦次仁'), staff('普布次仁')];
  // Files with open duties (so each write concerns rows the table must gain or lose), and one 张伟 is not on.
  const withDuties = (
    db.prepare(`SELECT DISTINCT p.case_file_id AS id FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id
      WHERE d.status = 'open' AND d.nature = 'duty' ORDER BY 1`).all() as { id: string }[]
  ).map((r) => r.id);
  expect(withDuties.length).toBeGreaterThan(2);
  const onFile = (staffId: string, file: string) =>
    db.prepare('SELECT 1 FROM case_files WHERE id = ? AND leader_staff_id = ? UNION SELECT 1 FROM case_team WHERE case_file_id = ? AND staff_id = ? AND removed_at IS NULL').get(file, staffId, file, staffId) !== undefined;
  const c = withDuties.find((f) => !onFile(zhang, f))!;
  expect(c).toBeDefined();
  const [a, b] = withDuties.filter((f) => f !== c && !onFile(admin, f));
  expect(a && b).toBeTruthy();

  // Through the services: the leader puts 张伟 on a file as 承办人 and takes him off; every clock recomputed.
  const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
  const added = await leader.call('team.add', { caseFileId: c, role: 'participant', staffId: zhang, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '协助调查' });
  check('team.add');
  await leader.call('team.remove', { memberId: added.id, reason: '调查结束' });
  check('team.remove');
  t.clock.t = instantOf(addDays('2026-11-25', 9), '08:30');
  const result = recomputeDeadlines({ db, now: () => t.clock.now(), progress: () => {}, cancelled: () => false }, currentBasis(t.core.services!).params);
  expect(result.clocks).toBeGreaterThan(0);
  check('deadlines recomputed');

  // Raw writes no service makes today (and the seed's bulk rows).
  const duty = (file: string) =>
    (db.prepare(`SELECT d.id, d.proceeding_id FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id
      WHERE p.case_file_id = ? AND d.status = 'open' AND d.nature = 'duty' ORDER BY d.id LIMIT 1`).get(file) as { id: string; proceeding_id: string });
  const da = duty(a!);
  db.prepare("UPDATE deadlines SET due_date = '2027-01-04' WHERE id = ?").run(da.id);
  check('clock moved');
  db.prepare("UPDATE deadlines SET status = 'met', met_on = '2026-12-01' WHERE id = ?").run(da.id);
  check('clock met');
  db.prepare("UPDATE deadlines SET status = 'open', met_on = NULL WHERE id = ?").run(da.id);
  check('clock open again');
  db.prepare("UPDATE deadlines SET nature = 'wait' WHERE id = ?").run(da.id);
  check('clock no longer a duty');
  db.prepare("UPDATE deadlines SET nature = 'duty' WHERE id = ?").run(da.id);
  check('clock a duty again');
  const clockColumns = 'proceeding_id, unit_id, rule_id, party, award_finality, start_date, due_date, status, met_on, provisional, actor, nature, trace, trace_hash, warnings, calendar_version, computed_at';
  db.prepare(`INSERT INTO deadlines (id, ${clockColumns}) SELECT 'dl-raw', ${clockColumns.replace('party,', "'raw',")} FROM deadlines WHERE id = ?`).run(da.id);
  check('clock added');
  db.prepare("DELETE FROM deadlines WHERE id = 'dl-raw'").run();
  check('clock deleted');
  db.prepare('UPDATE proceedings SET case_file_id = ? WHERE id = ?').run(b, da.proceeding_id);
  check('proceeding moved to another file');
  db.prepare('UPDATE proceedings SET case_file_id = ? WHERE id = ?').run(a, da.proceeding_id);
  check('proceeding moved back');
  // A leader not on the file yet, on a file that has open duties now (the recompute above may have met some).
  expect(duty(b!)).toBeDefined();
  const newLeader = [dawa, ...(db.prepare('SELECT id FROM staff ORDER BY id').all() as { id: string }[]).map((r) => r.id)].find((x) => !onFile(x, b!))!;
  db.prepare('UPDATE case_files SET leader_staff_id = ? WHERE id = ?').run(newLeader, b);
  check('leader changed');
  db.prepare('UPDATE case_files SET leader_staff_id = NULL WHERE id = ?').run(b);
  check('leader taken off');
  const now = t.clock.now();
  db.prepare("INSERT INTO case_team (id, case_file_id, role, staff_id, employment, added_at) VALUES ('tm-raw', ?, 'handler', ?, 'fullTime', ?)").run(a, admin, now);
  check('member added');
  db.prepare("UPDATE case_team SET case_file_id = ? WHERE id = 'tm-raw'").run(b);
  check('member moved to another file');
  const other = (db.prepare('SELECT id FROM staff').all() as { id: string }[]).map((r) => r.id).find((x) => x !== admin && !onFile(x, b!))!;
  expect(other).toBeDefined();
  db.prepare("UPDATE case_team SET staff_id = ? WHERE id = 'tm-raw'").run(other);
  check('member replaced by another person');
  db.prepare("UPDATE case_team SET removed_at = ? WHERE id = 'tm-raw'").run(now);
  check('member removed');
  db.prepare("UPDATE case_team SET removed_at = NULL WHERE id = 'tm-raw'").run();
  check('member back');
  db.prepare("DELETE FROM case_team WHERE id = 'tm-raw'").run();
  check('member row deleted');
  return failed;
}

describe('staff_open_duties', () => {
  it('equals its definition after every write of a clock, a file’s leader or team, or a proceeding’s file', async () => {
    const t = await demoCore();
    const db = t.core.services!.db;
    expect(stored(db).length).toBeGreaterThan(5);
    expect(await steps(t)).toEqual([]);
  });

  // One test a trigger: each starts from the demo's first run (8 in one test took 23 s of its 20 on a loaded machine).
  it.each([...TRIGGERS])('%s, dropped, is missed by some step', async (name) => {
    const t = await demoCore();
    const db = t.core.services!.db;
    db.exec(`DROP TRIGGER ${name}`);
    expect(await steps(t), name).not.toEqual([]);
  });

  it('keeps the table with seeks: each trigger statement reads the written clock’s or file’s own rows, never a whole table', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const triggers = triggersWhere(db, 'name LIKE ?', 'staff_open_duties_%');
    expect(triggers.map((t) => t.name).sort()).toEqual([...TRIGGERS].sort());
    const scans: string[] = [];
    for (const { trigger, sql, plan } of triggerStatements(db, triggers)) {
      scans.push(...plan.filter((d) => /^SCAN /.test(d)).map((d) => `${trigger}: ${d}`));
      // A clock's rows are taken out by their key.
      if (sql.startsWith('DELETE')) expect(plan, trigger).toContain('SEARCH staff_open_duties USING PRIMARY KEY (deadline_id=?)');
    }
    expect(scans).toEqual([]);
  });
});
