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
import { carriedOverCount, carriedOverFiles } from '../../electron/core/statistics/inspection.data';
import { inspectionCounter, valueOf } from '../../electron/core/statistics/inspection';
import { withStatConnection } from '../../electron/core/statistics/stats-engine';
import { monthPeriod } from '../../shared/domain/statistics/period';
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
  it('the seed keeps the summary, and every month of its history counts exactly the files the list gives', () => {
    withStatConnection(join(dir, 'xinan.sqlite3'), (db) => {
      expect(stored(db)).toEqual(recomputed(db));
      const units = db.prepare('SELECT id, parent_id AS parent FROM units').all() as { id: string; parent: string | null }[];
      const city = units.find((u) => u.parent === null)!.id;
      const scopes = [[city], units.map((u) => u.id), [units.find((u) => u.parent !== null)!.id], [city, city]];
      const { first, last } = db.prepare("SELECT MIN(date) AS first, MAX(date) AS last FROM proceeding_events WHERE kind = 'accepted'").get() as { first: string; last: string };
      let total = 0;
      let rates = 0;
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)) + 1; y++) {
        for (let m = 1; m <= 12; m++) {
          const period = monthPeriod(y, m);
          for (const unitIds of scopes) {
            const s = { from: period.from, to: period.to, unitIds };
            const listed = carriedOverFiles(db, s, 'since');
            expect(carriedOverFiles(db, s, 'before')).toEqual(listed);
            expect(carriedOverCount(db, s), `${period.from} ${unitIds.length}`).toBe(listed.length);
            total += listed.length;
            // The report's rate counted without its files equals the one with them (its denominator's files listed).
            const counted = inspectionCounter.count(db, s, {})['inspection.closureRate'];
            const withFiles = inspectionCounter.figures!(db, s, {})['inspection.closureRate']!;
            expect(counted, `${period.from} ${unitIds.length}`).toEqual(withFiles.value);
            if (withFiles.value.denominator) rates++;
          }
        }
      }
      // Not an empty comparison: months with files carried over, and rates with a denominator.
      expect(total).toBeGreaterThan(500);
      expect(rates).toBeGreaterThan(50);
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

  it('each write of the facts keeps it, and without its triggers the write is caught', () => {
    const db = new Database(join(dir, 'xinan.sqlite3')) as unknown as Db;
    try {
      db.exec('BEGIN');
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'carried_over_days_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
      expect(names).toEqual(['event', 'file_unit', 'proceeding_moved'].flatMap((t) => [`carried_over_days_${t}_after`, `carried_over_days_${t}_before`]));
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
