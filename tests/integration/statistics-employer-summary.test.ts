// The employer summary (employer_acceptances, issue #15): the month's 重复发案的用人单位 counts an employer's earlier files
// from it, so the report is only as right as the summary. Its triggers keep it in the transaction of every write of the
// facts it derives from; here the real workflow (受理, 立案 on approval, an intake joining an accepted file with a new
// employer, 不予受理, a file returned and routed again) runs through dispatch, and the writes no service makes today (a
// standing removed or moved, a proceeding moved to another file, a file to another unit) on the connection, and after
// each step the summary must equal a recomputation from the base tables — in JavaScript, from their rows. Without one
// write's triggers (the rows taken out before it, put back after), the step that needs them makes it fail. And on a seed:large history (its bulk rows
// keep the summary through the same triggers) the statement reading it gives, for every month, each unit and the city
// with its counties, exactly the rows of the statement it replaced (kept here verbatim as the reference).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { employerAcceptances, firstEventFiles } from '../../electron/core/statistics/inspection.data';
import { withStatConnection } from '../../electron/core/statistics/stats-engine';
import type { StatScope } from '../../electron/core/statistics/table';
import { customPeriod, monthPeriod } from '../../shared/domain/statistics/period';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { residentId } from '../helpers/arbitration-application';
import { establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { approve, step } from '../helpers/listing';
import { takeIn } from '../helpers/routing';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { seedLarge } from '../bench/seed-large';

interface Held {
  partyId: string;
  caseFileId: string;
  unitId: string;
  firstDate: string;
}

/** The summary as the facts define it: per employer and file, the first 受理 of the file's inspections naming it employer. */
function recomputed(db: Db): Held[] {
  const proceedings = db.prepare("SELECT id, case_file_id AS caseFileId FROM proceedings WHERE kind = 'inspection'").all() as { id: string; caseFileId: string }[];
  const unitOf = new Map((db.prepare('SELECT id, unit_id AS unitId FROM case_files').all() as { id: string; unitId: string }[]).map((f) => [f.id, f.unitId]));
  const accepted = new Map<string, string>();
  for (const e of db.prepare("SELECT proceeding_id AS p, date FROM proceeding_events WHERE kind = 'accepted'").all() as { p: string; date: string }[]) {
    if (!accepted.has(e.p) || e.date < accepted.get(e.p)!) accepted.set(e.p, e.date);
  }
  const employers = db.prepare("SELECT proceeding_id AS p, party_id AS partyId FROM proceeding_parties WHERE role = 'employer' AND party_id IS NOT NULL").all() as { p: string; partyId: string }[];
  const out = new Map<string, Held>();
  for (const p of proceedings) {
    const date = accepted.get(p.id);
    if (!date) continue;
    for (const s of employers.filter((x) => x.p === p.id)) {
      const key = `${s.partyId} ${p.caseFileId}`;
      const held = out.get(key);
      if (!held || date < held.firstDate) out.set(key, { partyId: s.partyId, caseFileId: p.caseFileId, unitId: unitOf.get(p.caseFileId)!, firstDate: date });
    }
  }
  return [...out.values()].sort((a, b) => (a.partyId + a.caseFileId < b.partyId + b.caseFileId ? -1 : 1));
}

const stored = (db: Db) =>
  db.prepare('SELECT party_id AS partyId, case_file_id AS caseFileId, unit_id AS unitId, first_date AS firstDate FROM employer_acceptances ORDER BY party_id || case_file_id').all() as Held[];

interface Month {
  partyId: string;
  unitId: string;
  month: string;
  files: number;
}

/** The per-month counts as their definition says: employer_acceptances' rows per (employer, unit, month of first_date). */
function monthsOf(rows: readonly Held[]): Month[] {
  const out = new Map<string, Month>();
  for (const r of rows) {
    const key = `${r.partyId} ${r.unitId} ${r.firstDate.slice(0, 7)}`;
    const m = out.get(key) ?? { partyId: r.partyId, unitId: r.unitId, month: r.firstDate.slice(0, 7), files: 0 };
    m.files++;
    out.set(key, m);
  }
  return [...out.values()].sort((a, b) => (a.partyId + a.unitId + a.month < b.partyId + b.unitId + b.month ? -1 : 1));
}

const storedMonths = (db: Db) =>
  db.prepare('SELECT party_id AS partyId, unit_id AS unitId, month, files FROM employer_acceptance_months ORDER BY party_id || unit_id || month').all() as Month[];

async function must(r: Promise<{ ok: boolean; error?: unknown }>, what: string) {
  const out = await r;
  if (!out.ok) throw new Error(`${what}: ${JSON.stringify(out.error)}`);
}

/**
 * The workflow through dispatch, `check` after each step. Today 2026-11-25: 甲's file received 11-20, accepted 11-23;
 * 甲 and 乙 together on a second, filed (受理并立案) 11-24 on approval; 丙's complaint joins the first file (already
 * accepted) as a repeat; 丙's own file not accepted; a file of 丁 returned by the department, routed again, accepted.
 */
async function workflow(t: TestCore, check: (step: string) => void) {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2030-06-30' });
  }
  const leader = await signInAs(t.core, '李强');
  const suolang = await signInAs(t.core, '索朗');
  const desk = t.client;
  const party = async (name: string) => (await desk.call('parties.create', { kind: 'organisation', name })).id;
  const [jia, yi, bing, ding] = [await party('日喀则市甲建筑工程有限公司'), await party('日喀则市乙劳务有限公司'), await party('日喀则市丙商贸有限公司'), await party('日喀则市丁建设有限公司')];
  let n = 0;
  const complaint = (parties: string[], over: Record<string, unknown> = {}) =>
    zhaxiComplaint(parties[0]!, {
      receivedAt: instantOf('2026-11-20', '09:30'),
      parties: parties.map((partyId) => ({ partyId, role: 'employer' as const })),
      complainants: [{ name: '次仁', idType: 'residentId', idNumber: residentId(`54020219900101${100 + n++}`) }],
      ...over,
    });
  const fileOf = async (intakeId: string) => (await desk.call('intakes.get', { id: intakeId })).caseFileId!;
  const team = async (caseFileId: string) => {
    await takeIn(t.core, caseFileId);
    for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
      await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
    }
  };

  const first = await fileOf((await desk.call('intakes.create', complaint([jia]))).id);
  await team(first);
  check('甲的案卷登记');
  await must(step(suolang, first, 'inspection', 'accept', { date: '2026-11-23' }), 'accept');
  check('受理');

  const second = await fileOf((await desk.call('intakes.create', complaint([jia, yi]))).id);
  await team(second);
  await must(step(suolang, second, 'inspection', 'file', { date: '2026-11-24', opinion: '拖欠工资，建议立案' }), 'file');
  check('立案报批');
  await approve(leader, second, 'inspection', '2026-11-24');
  check('批准立案（受理并立案）');

  await desk.call('intakes.create', complaint([bing], { receivedAt: instantOf('2026-11-25', '09:00'), repeat: { caseFileId: first, action: 'attach' }, notice: '已告知并入原案卷办理' }));
  check('重复投诉并入已受理的案卷');

  const third = await fileOf((await desk.call('intakes.create', complaint([bing], { receivedAt: instantOf('2026-11-25', '09:10') }))).id);
  await team(third);
  await must(step(suolang, third, 'inspection', 'reject', { date: '2026-11-25', reason: '违法行为发生已超过两年，依法不再查处' }), 'reject');
  check('不予受理');

  const returnedIntake = (await desk.call('intakes.create', complaint([ding], { receivedAt: instantOf('2026-11-25', '09:20') }))).id;
  const zhangwei = await signInAs(t.core, '张伟');
  const returnedFile = await fileOf(returnedIntake);
  const item = (await zhangwei.call('routing.inbox', { departmentId: null })).items.find((i) => i.caseFileId === returnedFile)!;
  await zhangwei.call('routing.return', { routingId: item.id, rowVersion: item.rowVersion, reason: '请补充工程项目名称后再转监察办理' });
  const returned = await desk.call('intakes.get', { id: returnedIntake });
  await desk.call('routing.reroute', { intakeId: returnedIntake, rowVersion: returned.rowVersion, route: 'inspection', departmentId: null, transferUnitId: null, otherBody: null, answer: null, note: null });
  const fourth = await fileOf(returnedIntake);
  await team(fourth);
  await must(step(suolang, fourth, 'inspection', 'accept', { date: '2026-11-25' }), 'accept');
  check('退回后重新分办并受理');
  return { jia, yi, bing, ding, first, second, third, fourth };
}

type Ids = Awaited<ReturnType<typeof workflow>>;

/** The writes no service makes today, on the connection: each takes a file away from an employer or moves it. */
function rawWrites(db: Db, ids: Ids): [string, () => void][] {
  const proceedingOf = (caseFileId: string) => (db.prepare("SELECT id FROM proceedings WHERE case_file_id = ? AND kind = 'inspection'").get(caseFileId) as { id: string }).id;
  const standing = (caseFileId: string, partyId: string) =>
    (db.prepare("SELECT id FROM proceeding_parties WHERE proceeding_id = ? AND party_id = ? AND role = 'employer'").get(proceedingOf(caseFileId), partyId) as { id: string }).id;
  return [
    ['乙不再列为第二件的用人单位', () => db.prepare('DELETE FROM proceeding_parties WHERE id = ?').run(standing(ids.second, ids.yi))],
    ['丙在第一件中的身份改为总包', () => db.prepare("UPDATE proceeding_parties SET role = 'generalContractor' WHERE id = ?").run(standing(ids.first, ids.bing))],
    ['甲在第二件的身份移到丁的案件', () => db.prepare('UPDATE proceeding_parties SET proceeding_id = ? WHERE id = ?').run(proceedingOf(ids.fourth), standing(ids.second, ids.jia))],
    ['第一件的监察程序移入第三个案卷', () => db.prepare('UPDATE proceedings SET case_file_id = ? WHERE id = ?').run(ids.third, proceedingOf(ids.first))],
    ['第四件移交县局', () => db.prepare("UPDATE case_files SET unit_id = (SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1) WHERE id = ?").run(ids.fourth)],
  ];
}

const TRIGGERS = ['accepted', 'standing_added', 'standing_removed', 'standing_changed', 'proceeding_moved', 'file_unit'].flatMap((t) => [`employer_acceptances_${t}_before`, `employer_acceptances_${t}_after`]);

describe('the employer summary is kept with every write of its facts', () => {
  it('equals the recomputation from the base tables after every step of the workflow and every other write', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const seen: string[] = [];
    const check = (what: string) => {
      expect(stored(db), what).toEqual(recomputed(db));
      expect(storedMonths(db), what).toEqual(monthsOf(recomputed(db)));
      seen.push(what);
    };
    const ids = await workflow(t, check);
    // Not an empty comparison: 甲 has two files (11-23, 11-24), 乙 one, 丙 the first by joining it, 丁 its own.
    expect(stored(db).map((r) => [r.partyId, r.caseFileId, r.firstDate])).toEqual(
      expect.arrayContaining([
        [ids.jia, ids.first, '2026-11-23'],
        [ids.jia, ids.second, '2026-11-24'],
        [ids.yi, ids.second, '2026-11-24'],
        [ids.bing, ids.first, '2026-11-23'],
        [ids.ding, ids.fourth, '2026-11-25'],
      ]),
    );
    expect(stored(db)).toHaveLength(5);
    for (const [what, write] of rawWrites(db, ids)) {
      write();
      check(what);
    }
    expect(stored(db).find((r) => r.caseFileId === ids.fourth)!.unitId).not.toBe('unit-540200');
    expect(seen).toHaveLength(12);
    // The migration created every trigger this test relies on.
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'employer_acceptances_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual([...TRIGGERS].sort());
  });

  it('fails when a writer leaves the summary behind: each write\'s triggers dropped, the step that needs them is caught', async () => {
    // The workflow's writers: the 受理 (accept, 立案) and the intake joining an accepted file.
    for (const trigger of ['employer_acceptances_accepted', 'employer_acceptances_standing_added']) {
      const t = await testCore();
      const db = t.core.services!.db;
      db.exec(`DROP TRIGGER ${trigger}_before; DROP TRIGGER ${trigger}_after`);
      const caught: string[] = [];
      await workflow(t, (what) => {
        if (JSON.stringify(stored(db)) !== JSON.stringify(recomputed(db))) caught.push(what);
      });
      expect(caught.length, trigger).toBeGreaterThan(0);
    }
    // The other writes, each alone in a savepoint rolled back (the dropped trigger comes back with it).
    const t = await testCore();
    const db = t.core.services!.db;
    const ids = await workflow(t, () => {});
    const writes = rawWrites(db, ids);
    const needs: Record<string, string> = {
      乙不再列为第二件的用人单位: 'employer_acceptances_standing_removed',
      丙在第一件中的身份改为总包: 'employer_acceptances_standing_changed',
      甲在第二件的身份移到丁的案件: 'employer_acceptances_standing_changed',
      第一件的监察程序移入第三个案卷: 'employer_acceptances_proceeding_moved',
      第四件移交县局: 'employer_acceptances_file_unit',
    };
    for (const [what, write] of writes) {
      db.exec('SAVEPOINT without_trigger');
      db.exec(`DROP TRIGGER ${needs[what]!}_before; DROP TRIGGER ${needs[what]!}_after`);
      write();
      expect(stored(db), what).not.toEqual(recomputed(db));
      db.exec('ROLLBACK TO without_trigger');
      db.exec('RELEASE without_trigger');
      write();
      expect(stored(db), what).toEqual(recomputed(db));
    }
  });

  it('keeps the per-month counts with employer_acceptances\' own writes, and each of their triggers is needed', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const ids = await workflow(t, () => {});
    const months = storedMonths(db);
    // Not an empty comparison: 甲 has two files in 2026-11 (one row, files 2), 乙, 丙, 丁 one each.
    expect(months.find((m) => m.partyId === ids.jia)).toMatchObject({ month: '2026-11', files: 2 });
    expect(months).toHaveLength(4);
    const unit = stored(db)[0]!.unitId;
    // Raw writes of the summary itself (no service makes them): each must move the counts, and each needs its trigger.
    const writes: [string, string, () => void][] = [
      ['一行写入（新月份）', 'employer_acceptance_months_inserted', () => db.prepare('INSERT INTO employer_acceptances VALUES (?, ?, ?, ?)').run(ids.jia, ids.third, unit, '2025-03-04')],
      ['一行写入（已有月份）', 'employer_acceptance_months_inserted', () => db.prepare('INSERT INTO employer_acceptances VALUES (?, ?, ?, ?)').run(ids.yi, ids.first, unit, '2026-11-02')],
      ['已存在的行再写一次（忽略）', 'employer_acceptance_months_inserted', () => db.prepare('INSERT OR IGNORE INTO employer_acceptances VALUES (?, ?, ?, ?)').run(ids.jia, ids.first, unit, '2026-11-23')],
      ['删去甲两件中的一件', 'employer_acceptance_months_deleted', () => db.prepare('DELETE FROM employer_acceptances WHERE party_id = ? AND case_file_id = ?').run(ids.jia, ids.second)],
      ['删去丁唯一的一件', 'employer_acceptance_months_deleted', () => db.prepare('DELETE FROM employer_acceptances WHERE party_id = ?').run(ids.ding)],
      ['改到另一个月', 'employer_acceptance_months_updated', () => db.prepare("UPDATE employer_acceptances SET first_date = '2026-10-30' WHERE party_id = ? AND case_file_id = ?").run(ids.jia, ids.first)],
      ['改到另一个单位', 'employer_acceptance_months_updated', () => db.prepare("UPDATE employer_acceptances SET unit_id = 'unit-540202' WHERE party_id = ?").run(ids.bing)],
    ];
    let moved = 0;
    for (const [what, trigger, write] of writes) {
      const before = JSON.stringify(storedMonths(db));
      db.exec('SAVEPOINT without_trigger');
      db.exec(`DROP TRIGGER ${trigger}`);
      write();
      const left = JSON.stringify(storedMonths(db)) === JSON.stringify(monthsOf(stored(db)));
      db.exec('ROLLBACK TO without_trigger');
      db.exec('RELEASE without_trigger');
      write();
      expect(storedMonths(db), what).toEqual(monthsOf(stored(db)));
      if (JSON.stringify(storedMonths(db)) !== before) {
        moved++;
        expect(left, `${what}: caught without ${trigger}`).toBe(false);
      }
    }
    // Every write but the ignored one changed the counts (and so was caught without its trigger).
    expect(moved).toBe(writes.length - 1);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'employer_acceptance\\_months\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['employer_acceptance_months_deleted', 'employer_acceptance_months_inserted', 'employer_acceptance_months_updated']);
  });
});

/** The statement before the summary: every inspection, acceptance and file of the period's employers. */
function referenceEmployers(db: Db, s: StatScope, proceedingIds: readonly string[]): unknown[] {
  return db
    .prepare(
      `WITH employers AS (SELECT DISTINCT party_id FROM proceeding_parties WHERE proceeding_id IN (SELECT value FROM json_each(@ids)) AND role = 'employer' AND party_id IS NOT NULL),
       firsts AS MATERIALIZED (
         SELECT pp.party_id AS partyId, p.case_file_id AS caseFileId, p.number AS number, MIN(e.date) AS date
         FROM employers em CROSS JOIN proceeding_parties pp ON pp.party_id = em.party_id AND pp.role = 'employer'
           CROSS JOIN proceedings p ON p.id = pp.proceeding_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'accepted'
         WHERE +p.kind = 'inspection' AND e.date <= @to
         GROUP BY pp.party_id, p.case_file_id),
       scoped AS MATERIALIZED (SELECT f.* FROM firsts f CROSS JOIN case_files cf ON cf.id = f.caseFileId WHERE cf.unit_id IN (SELECT value FROM json_each(@units))),
       employer_files AS (SELECT partyId, MIN(date || ' ' || caseFileId) AS firstKey, SUM(date < @from) AS before FROM scoped GROUP BY partyId)
       SELECT s.caseFileId, s.number, si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName, s.partyId, pa.name AS partyName,
              s.date, ef.before AS partyBefore
       FROM scoped s JOIN employer_files ef ON ef.partyId = s.partyId JOIN case_files cf ON cf.id = s.caseFileId JOIN units u ON u.id = cf.unit_id
         LEFT JOIN intakes si ON si.id = cf.source_intake_id JOIN parties pa ON pa.id = s.partyId
       WHERE s.date >= @from ORDER BY ef.firstKey, s.date, s.caseFileId`,
    )
    .all({ units: JSON.stringify(s.unitIds), from: s.from, to: s.to, ids: JSON.stringify(proceedingIds) });
}

describe('the repeat employers read from the summary count what they always counted', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinan-employer-summary-'));
    await seedLarge({ intakes: 400, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: 200 });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the seed keeps the summary, and every month of its history gives the rows of the old statement, in its order', () => {
    withStatConnection(join(dir, 'xinan.sqlite3'), (db) => {
      expect(stored(db)).toEqual(recomputed(db));
      expect(storedMonths(db)).toEqual(monthsOf(stored(db)));
      const units = db.prepare('SELECT id, parent_id AS parent FROM units').all() as { id: string; parent: string | null }[];
      const city = units.find((u) => u.parent === null)!.id;
      const scopes = [[city], units.map((u) => u.id), [units.find((u) => u.parent !== null)!.id]];
      const { first, last } = db.prepare("SELECT MIN(date) AS first, MAX(date) AS last FROM proceeding_events WHERE kind = 'accepted'").get() as { first: string; last: string };
      let rows = 0;
      let repeats = 0;
      let inMonthBefore = 0;
      const held = stored(db);
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
        for (let m = 1; m <= 12; m++) {
          // The month, and a period starting inside it (the files of its own month before its first day counted
          // from the summary's rows, the months before from the per-month counts) running into the next month.
          const month = monthPeriod(y, m);
          const next = m === 12 ? monthPeriod(y + 1, 1) : monthPeriod(y, m + 1);
          for (const [period, unitIds] of [month, customPeriod(`${month.from.slice(0, 8)}12`, `${next.from.slice(0, 8)}09`)].flatMap((p) => scopes.map((u) => [p, u] as const))) {
            const s = { from: period.from, to: period.to, unitIds };
            const ids = firstEventFiles(db, s, 'inspection', 'accepted').map((f) => f.proceedingId);
            const reference = referenceEmployers(db, s, ids);
            expect(employerAcceptances(db, s, ids), `${period.from} ${unitIds.length}`).toEqual(reference);
            rows += reference.length;
            repeats += (reference as { partyBefore: number }[]).filter((r) => r.partyBefore > 0).length;
            // Employers with a file of the period's first month before its first day: the short range is read.
            const partners = new Set((reference as { partyId: string }[]).map((r) => r.partyId));
            inMonthBefore += held.filter((h) => partners.has(h.partyId) && unitIds.includes(h.unitId) && h.firstDate >= `${period.from.slice(0, 8)}01` && h.firstDate < period.from).length;
          }
        }
      }
      // Not an empty comparison: the months had employers' files, many of them with earlier ones.
      expect(rows).toBeGreaterThan(200);
      expect(repeats).toBeGreaterThan(100);
      expect(inMonthBefore).toBeGreaterThan(20);
    });
  });
});
