// The per-day summary of the inspection files carried over (carried_over_days, issue #15): a report counted without its
// files (statistics.compute, the job) counts 上期结转未结 from it instead of listing the open work, so the count is only
// as right as the summary. On a seed:large history (its bulk rows write the 受理 and 结案 events the app's steps write,
// through the same triggers) the summary must equal a recomputation in JavaScript from the base rows, and the count
// must equal the length of the list it replaces (carriedOverFiles, either side, itself compared with the original
// statement in statistics-carried-over.test.ts) for every month of the history, each unit alone, the city with its
// counties and a county. Then the writes that change a file's entries — a 受理 earlier than the file's first, a 结案,
// a 结案 dated before the 受理, a proceeding moved to another file, a file moved to a county — each checked against
// the recomputation, and each caught when its triggers are dropped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { acceptedCases, carriedOverCaseCount } from '../../electron/core/statistics/arbitration.data';
import { arbitrationCounter } from '../../electron/core/statistics/arbitration';
import { carriedOverCount, carriedOverFiles } from '../../electron/core/statistics/inspection.data';
import { inspectionCounter, valueOf } from '../../electron/core/statistics/inspection';
import { withStatConnection } from '../../electron/core/statistics/stats-engine';
import { customPeriod, monthPeriod } from '../../shared/domain/statistics/period';
import { dateKeyOf } from '../../shared/domain/time';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { seedLarge } from '../bench/seed-large';

interface Day {
  unitId: string;
  day: string;
  accepted: number;
  ended: number;
}

/** The summary as the facts define it: per inspection file its first 受理 (a) and first 结案 (c); +1 on a, and once closed +1 ended on the later of a and c. */
function recomputed(db: Db): Day[] {
  const proceedings = db.prepare("SELECT id, case_file_id AS caseFileId FROM proceedings WHERE kind = 'inspection'").all() as { id: string; caseFileId: string }[];
  const unitOf = new Map((db.prepare('SELECT id, unit_id AS unitId FROM case_files').all() as { id: string; unitId: string }[]).map((f) => [f.id, f.unitId]));
  const first = (kind: string) => {
    const out = new Map<string, string>();
    for (const e of db.prepare('SELECT proceeding_id AS p, date FROM proceeding_events WHERE kind = ?').all(kind) as { p: string; date: string }[]) {
      if (!out.has(e.p) || e.date < out.get(e.p)!) out.set(e.p, e.date);
    }
    return out;
  };
  const accepted = first('accepted');
  const closed = first('caseClosed');
  const files = new Map<string, { a: string | null; c: string | null }>();
  const min = (x: string | null, y: string | undefined) => (y === undefined ? x : x === null || y < x ? y : x);
  for (const p of proceedings) {
    const f = files.get(p.caseFileId) ?? { a: null, c: null };
    files.set(p.caseFileId, { a: min(f.a, accepted.get(p.id)), c: min(f.c, closed.get(p.id)) });
  }
  const days = new Map<string, Day>();
  const add = (unitId: string, day: string, k: 'accepted' | 'ended') => {
    const key = `${unitId} ${day}`;
    const d = days.get(key) ?? { unitId, day, accepted: 0, ended: 0 };
    d[k]++;
    days.set(key, d);
  };
  for (const [id, f] of files) {
    if (f.a === null) continue;
    add(unitOf.get(id)!, f.a, 'accepted');
    if (f.c !== null) add(unitOf.get(id)!, f.c > f.a ? f.c : f.a, 'ended');
  }
  return [...days.values()].sort((x, y) => (x.unitId + x.day < y.unitId + y.day ? -1 : 1));
}

interface Late {
  proceedingId: string;
  unitId: string;
  openedOn: string;
  acceptedOn: string;
  closedOn: string | null;
}

/**
 * The arbitration cases as the facts define them: per case its first 受理 (a), the Beijing day it was opened (o), its
 * 结案 record (c); +1 on s = the later of a and o, once closed +1 ended on the later of s and c; and a row for each
 * case opened after its 受理 day.
 */
function recomputedArbitration(db: Db): { days: Day[]; late: Late[] } {
  const cases = db.prepare("SELECT p.id, p.opened_at AS openedAt, f.unit_id AS unitId FROM proceedings p JOIN case_files f ON f.id = p.case_file_id WHERE p.kind = 'arbitration'").all() as { id: string; openedAt: number; unitId: string }[];
  const accepted = new Map<string, string>();
  for (const e of db.prepare("SELECT proceeding_id AS p, date FROM proceeding_events WHERE kind = 'accepted'").all() as { p: string; date: string }[]) {
    if (!accepted.has(e.p) || e.date < accepted.get(e.p)!) accepted.set(e.p, e.date);
  }
  const closed = new Map((db.prepare('SELECT proceeding_id AS p, closed_on AS c FROM arbitration_closings').all() as { p: string; c: string }[]).map((r) => [r.p, r.c]));
  const days = new Map<string, Day>();
  const add = (unitId: string, day: string, k: 'accepted' | 'ended') => {
    const d = days.get(`${unitId} ${day}`) ?? { unitId, day, accepted: 0, ended: 0 };
    d[k]++;
    days.set(`${unitId} ${day}`, d);
  };
  const late: Late[] = [];
  for (const p of cases) {
    const a = accepted.get(p.id);
    if (a === undefined) continue;
    const o = dateKeyOf(p.openedAt);
    const start = o > a ? o : a;
    const c = closed.get(p.id) ?? null;
    add(p.unitId, start, 'accepted');
    if (c !== null) add(p.unitId, c > start ? c : start, 'ended');
    if (o > a) late.push({ proceedingId: p.id, unitId: p.unitId, openedOn: o, acceptedOn: a, closedOn: c });
  }
  return { days: [...days.values()].sort((x, y) => (x.unitId + x.day < y.unitId + y.day ? -1 : 1)), late: late.sort((x, y) => (x.proceedingId < y.proceedingId ? -1 : 1)) };
}

const storedArbitration = (db: Db) => ({
  days: db.prepare("SELECT unit_id AS unitId, day, accepted, ended FROM carried_over_days WHERE kind = 'arbitration' AND (accepted <> 0 OR ended <> 0) ORDER BY unit_id || ' ' || day").all() as Day[],
  late: db.prepare('SELECT proceeding_id AS proceedingId, unit_id AS unitId, opened_on AS openedOn, accepted_on AS acceptedOn, closed_on AS closedOn FROM arbitration_late_openings ORDER BY proceeding_id').all() as Late[],
});

// A day whose counts went back to zero keeps its row: it adds nothing, so it is left out of the comparison.
const stored = (db: Db) =>
  db.prepare("SELECT unit_id AS unitId, day, accepted, ended FROM carried_over_days WHERE kind = 'inspection' AND (accepted <> 0 OR ended <> 0) ORDER BY unit_id || ' ' || day").all() as Day[];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-carried-over-days-'));
  await seedLarge({ intakes: 400, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: 200 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the carried-over files counted from the per-day summary', () => {
  it('the seed keeps the summary, and every month of its history counts exactly the files the list gives', { timeout: 180_000 }, () => {
    withStatConnection(join(dir, 'xinan.sqlite3'), (db) => {
      expect(stored(db)).toEqual(recomputed(db));
      expect(storedArbitration(db)).toEqual(recomputedArbitration(db));
      const units = db.prepare('SELECT id, parent_id AS parent FROM units').all() as { id: string; parent: string | null }[];
      const city = units.find((u) => u.parent === null)!.id;
      const scopes = [[city], units.map((u) => u.id), [units.find((u) => u.parent !== null)!.id], [city, city]];
      const { first, last } = db.prepare("SELECT MIN(date) AS first, MAX(date) AS last FROM proceeding_events WHERE kind = 'accepted'").get() as { first: string; last: string };
      let total = 0;
      let rates = 0;
      let cases = 0;
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)) + 1; y++) {
        for (let m = 1; m <= 12; m++) {
          const month = monthPeriod(y, m);
          // Each month, and a period of a few days inside it (a custom period's first day is any day).
          for (const [period, unitIds] of scopes.flatMap((u) => [[month, u], [customPeriod(month.from.slice(0, 8) + '11', month.from.slice(0, 8) + '19'), u]] as const)) {
            const s = { from: period.from, to: period.to, unitIds };
            const listed = carriedOverFiles(db, s, 'since');
            expect(carriedOverFiles(db, s, 'before')).toEqual(listed);
            expect(carriedOverCount(db, s), `${period.from} ${unitIds.length}`).toBe(listed.length);
            total += listed.length;
            const listedCases = acceptedCases(db, s).filter((c) => c.acceptedOn < s.from);
            expect(carriedOverCaseCount(db, s), `${period.from} ${unitIds.length}`).toBe(listedCases.length);
            cases += listedCases.length;
            // The whole reports, counted and with their files, for the month of the city and of every unit, and for
            // the custom period of every unit (the other scopes' carried-over figures, which those reports take, are
            // compared above): four full reports an iteration were most of this test's half minute.
            if (!(unitIds === scopes[1] || (period === month && unitIds === scopes[0]))) continue;
            // The report's rate counted without its files equals the one with them (its denominator's files listed).
            const counted = inspectionCounter.count(db, s, {})['inspection.closureRate'];
            const withFiles = inspectionCounter.figures!(db, s, {})['inspection.closureRate']!;
            expect(counted, `${period.from} ${unitIds.length}`).toEqual(withFiles.value);
            if (withFiles.value.denominator) rates++;
            // The arbitration table: every figure counted without files equals the one with them.
            const arbitrationWithFiles = arbitrationCounter.figures!(db, s, {});
            expect(arbitrationCounter.count(db, s, {})).toEqual(Object.fromEntries(Object.entries(arbitrationWithFiles).map(([k, f]) => [k, f.value])));
            expect(arbitrationCounter.count(db, s, { 'statistics.arbitration.closureRate': 'accepted' })['arbitration.closureRate']).toEqual(arbitrationCounter.figures!(db, s, { 'statistics.arbitration.closureRate': 'accepted' })['arbitration.closureRate']!.value);
          }
        }
      }
      // Not an empty comparison: months with files carried over, and rates with a denominator.
      expect(total).toBeGreaterThan(500);
      expect(rates).toBeGreaterThan(50);
      expect(cases).toBeGreaterThan(200);
      expect(valueOf({ kind: 'rate', numerator: [], denominator: [], unlisted: 4 })).toEqual({ value: 0, numerator: 0, denominator: 4 });
    });
  });

  /** The writes that change a file's entries, on the seeded history: each names the triggers it needs. */
  function writes(db: Db): [string, string, () => void][] {
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    // An open file (accepted, never closed), a closed one, and a file of two inspections' worth to move one into.
    const open = db
      .prepare(
        `SELECT p.id, p.case_file_id AS file, MIN(e.date) AS a FROM proceedings p JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'accepted'
         WHERE p.kind = 'inspection' AND p.status NOT IN ('closed', 'notAccepted') GROUP BY p.id ORDER BY p.id LIMIT 2`,
      )
      .all() as { id: string; file: string; a: string }[];
    const closed = db
      .prepare(
        `SELECT p.id, p.case_file_id AS file FROM proceedings p JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'caseClosed'
         WHERE p.kind = 'inspection' GROUP BY p.id ORDER BY p.id LIMIT 2`,
      )
      .all() as { id: string; file: string }[];
    const event = (proceedingId: string, kind: string, date: string) =>
      db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, ?, ?, '.test', 0)").run(proceedingId, kind, date);
    return [
      ['结案（开放的案卷）', 'carried_over_days_event', () => event(open[0]!.id, 'caseClosed', '2026-12-01')],
      ['更早的受理', 'carried_over_days_event', () => event(open[1]!.id, 'accepted', '2010-01-04')],
      ['结案日期早于受理', 'carried_over_days_event', () => event(open[1]!.id, 'caseClosed', '2009-06-30')],
      ['监察程序移入已结案卷', 'carried_over_days_proceeding_moved', () => db.prepare('UPDATE proceedings SET case_file_id = ? WHERE id = ?').run(closed[0]!.file, open[1]!.id)],
      ['程序种类改变', 'carried_over_days_proceeding_moved', () => db.prepare("UPDATE proceedings SET kind = 'arbitration' WHERE id = ?").run(closed[1]!.id)],
      ['案卷移交县局', 'carried_over_days_file_unit', () => db.prepare('UPDATE case_files SET unit_id = ? WHERE id = ?').run(county, open[0]!.file)],
    ];
  }

  /** The arbitration's: a 受理, a 结案 record added, changed and removed, a case opened after its 受理, a file moved. */
  function arbitrationWrites(db: Db): [string, string, () => void][] {
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    // Closed cases (the seed closes nearly every one): the first is reopened, accepted earlier, opened late, closed again, moved.
    const closed = db
      .prepare(
        `SELECT p.id, p.case_file_id AS file, f.unit_id AS unit, MIN(e.date) AS a, c.closed_on AS c FROM arbitration_closings c JOIN proceedings p ON p.id = c.proceeding_id
           JOIN case_files f ON f.id = p.case_file_id JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'accepted'
         GROUP BY p.id ORDER BY p.id LIMIT 2`,
      )
      .all() as { id: string; file: string; unit: string; a: string; c: string }[];
    const [t, u] = closed as [(typeof closed)[number], (typeof closed)[number]];
    const addDay = (d: string, n: number) => dateKeyOf(Date.parse(`${d}T12:00:00+08:00`) + n * 86_400_000);
    return [
      ['结案记录删除', 'carried_over_days_arbitration_closing_removed', () => db.prepare('DELETE FROM arbitration_closings WHERE proceeding_id = ?').run(t.id)],
      ['更早的仲裁受理', 'carried_over_days_arbitration_accepted', () => db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, 'accepted', ?, '.test', 0)").run(t.id, addDay(t.a, -3))],
      // Opened 35 days after its 受理 (a 受理 recorded late): a row of its own, carried over into the month it was opened.
      ['受理后才立卷', 'carried_over_days_arbitration_moved', () => db.prepare('UPDATE proceedings SET opened_at = ? WHERE id = ?').run(Date.parse(`${addDay(t.a, 35)}T10:00:00+08:00`), t.id)],
      [
        '仲裁结案',
        'carried_over_days_arbitration_closing_added',
        () =>
          db
            .prepare("INSERT INTO arbitration_closings (proceeding_id, unit_id, closed_on, method, result, cause, claimed_fen, resolved_fen, note, recorded_at) VALUES (?, ?, ?, 'award', 'workerWon', 'wages', 100, 100, NULL, 0)")
            .run(t.id, t.unit, addDay(t.a, 70)),
      ],
      ['结案日期更正', 'carried_over_days_arbitration_closing_changed', () => db.prepare('UPDATE arbitration_closings SET closed_on = ? WHERE proceeding_id = ?').run(addDay(u.c, 40), u.id)],
      ['仲裁案卷移交县局', 'carried_over_days_arbitration_file_unit', () => db.prepare('UPDATE case_files SET unit_id = ? WHERE id = ?').run(county, t.file)],
    ];
  }

  it('each write of the arbitration cases keeps it, a case opened after its 受理 is counted where the list counts it, and without the triggers the write is caught', () => {
    const db = new Database(join(dir, 'xinan.sqlite3')) as unknown as Db;
    try {
      db.exec('BEGIN');
      for (const [what, trigger, write] of arbitrationWrites(db)) {
        db.exec('SAVEPOINT without_trigger');
        db.exec(`DROP TRIGGER ${trigger}_before; DROP TRIGGER ${trigger}_after`);
        write();
        expect(storedArbitration(db), what).not.toEqual(recomputedArbitration(db));
        db.exec('ROLLBACK TO without_trigger');
        db.exec('RELEASE without_trigger');
        write();
        expect(storedArbitration(db), what).toEqual(recomputedArbitration(db));
      }
      const late = storedArbitration(db).late;
      expect(late).toHaveLength(1);
      // The months around its opening: counted as the list counts it — not in the month before (opened after it), then
      // carried over from the month it was opened (its 受理 before it, its 结案 after) — and the list is the same from
      // either side (a case accepted twice is one case: the 'before' side listed it twice until this change).
      const units = (db.prepare('SELECT id FROM units').all() as { id: string }[]).map((u) => u.id);
      const seen: number[] = [];
      for (const offset of [-1, 0, 1]) {
        const [y, m] = late[0]!.openedOn.split('-').map(Number) as [number, number];
        const period = monthPeriod(m + offset === 0 ? y - 1 : m + offset === 13 ? y + 1 : y, ((m + offset + 11) % 12) + 1);
        const s = { from: period.from, to: period.to, unitIds: units };
        const listed = acceptedCases(db, s, 'before').filter((c) => c.acceptedOn < s.from);
        expect(acceptedCases(db, s, 'since').filter((c) => c.acceptedOn < s.from), period.from).toEqual(listed);
        expect(carriedOverCaseCount(db, s), period.from).toBe(listed.length);
        seen.push(listed.filter((c) => c.proceedingId === late[0]!.proceedingId).length);
      }
      expect(seen).toEqual([0, 1, 1]);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });

  it('each write of the facts keeps it, and without its triggers the write is caught', () => {
    const db = new Database(join(dir, 'xinan.sqlite3')) as unknown as Db;
    try {
      db.exec('BEGIN');
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'carried_over_days_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
      expect(names).toEqual(
        ['arbitration_accepted', 'arbitration_closing_added', 'arbitration_closing_changed', 'arbitration_closing_removed', 'arbitration_file_unit', 'arbitration_moved', 'event', 'file_unit', 'proceeding_moved']
          .flatMap((t) => [`carried_over_days_${t}_after`, `carried_over_days_${t}_before`]),
      );
      const before = stored(db);
      for (const [what, trigger, write] of writes(db)) {
        db.exec('SAVEPOINT without_trigger');
        db.exec(`DROP TRIGGER ${trigger}_before; DROP TRIGGER ${trigger}_after`);
        write();
        expect(stored(db), what).not.toEqual(recomputed(db));
        db.exec('ROLLBACK TO without_trigger');
        db.exec('RELEASE without_trigger');
        write();
        expect(stored(db), what).toEqual(recomputed(db));
      }
      expect(stored(db)).not.toEqual(before);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });
});
