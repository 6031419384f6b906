// deadlines.recompute resumes from its checkpoint (the whole city's running clocks after a holiday correction take
// minutes at 1M intakes; a close or a crash used to send the next start back to the first proceeding): a run cut
// after each batch goes on from where it stopped and ends with the clocks an uninterrupted run stores, row for row;
// a checkpoint left by a run on another basis is not followed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { recomputeDeadlines, storedBasis } from '../../electron/core/deadlines/recompute';
import { currentBasis } from '../../electron/core/deadlines/recompute-trigger';
import { statementCache } from '../../db/statements';
import { addDays } from '../../shared/domain/calendar';
import { dateKeyOf } from '../../shared/domain/time';
import { testCore } from '../helpers/core';
import { emptyDataDir } from '../helpers/data-dir';

/** 700 proceedings (four batches of 200), half inspections, half arbitrations, at three stages, without their clocks. */
const FILES = 700;

async function filesWithoutClocks() {
  const t = await testCore();
  const db = t.core.services!.db;
  const unit = (db.prepare('SELECT unit_id FROM installation WHERE id = 1').get() as { unit_id: string }).unit_id;
  const staff = (db.prepare('SELECT id FROM staff LIMIT 1').get() as { id: string }).id;
  const today = dateKeyOf(t.clock.now());
  db.transaction(() => {
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)");
    const proc = db.prepare('INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const ev = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, ?, ?, 'test', ?)");
    const now = t.clock.now();
    for (let n = 0; n < FILES; n++) {
      const received = addDays(today, -(n % 60));
      const id = `r-${String(n).padStart(4, '0')}`;
      file.run(`cf-${id}`, unit, `案卷${n}`, now, staff, now, now);
      const inspection = n % 2 === 0;
      const stage = Math.floor(n / 2) % 3;
      const status = inspection ? ['received', 'accepted', 'filed'][stage]! : ['received', 'supplementRequested', 'accepted'][stage]!;
      proc.run(`pr-${id}`, `cf-${id}`, inspection ? 'inspection' : 'arbitration', status, now, now, now);
      ev.run(`pr-${id}`, 'received', received, now);
      if (stage >= 1) ev.run(`pr-${id}`, inspection ? 'accepted' : 'supplementRequested', received, now);
      if (stage === 2) ev.run(`pr-${id}`, inspection ? 'filed' : 'accepted', received, now);
    }
  })();
  // As at a start on another basis: nothing is stored as computed on this one until a run finishes.
  db.prepare('DELETE FROM deadline_basis').run();
  const params = currentBasis(t.core.services!).params;
  const dir = emptyDataDir();
  const files = { a: join(dir, 'a.db'), b: join(dir, 'b.db') };
  await db.backup(files.a);
  await db.backup(files.b);
  const proceedings = (db.prepare('SELECT count(*) AS n FROM proceedings').get() as { n: number }).n;
  return { t, params, files, proceedings, now: () => t.clock.now() };
}

/** Every stored clock but its row id, by proceeding and rule. */
function clocksDump(db: Db): string {
  return JSON.stringify(
    db
      .prepare(
        `SELECT proceeding_id, unit_id, rule_id, party, award_finality, start_date, due_date, status, met_on, provisional, actor, nature,
                trace IS NULL AS no_trace, trace_hash, warnings, calendar_version
         FROM deadlines ORDER BY proceeding_id, rule_id, party, award_finality`,
      )
      .all(),
  );
}

const checkpointOf = (db: Db) =>
  db.prepare('SELECT basis, after_id AS afterId, done FROM deadline_recompute_checkpoint').get() as { basis: string; afterId: string; done: number } | undefined;

describe('deadlines.recompute resumes from its checkpoint', () => {
  it('a run cut after each batch goes on from where it stopped and ends with the clocks of an uninterrupted run', async () => {
    const { params, files, proceedings, now } = await filesWithoutClocks();
    const whole = openDatabase(files.a);
    const uninterrupted = recomputeDeadlines({ db: whole, now, progress: () => {}, cancelled: () => false }, params);
    expect(uninterrupted).toMatchObject({ cancelled: false, resumedFrom: 0 });
    const expected = clocksDump(whole);
    const basis = storedBasis(statementCache(whole));
    whole.close();
    expect(JSON.parse(expected).length).toBeGreaterThan(proceedings);

    const db = openDatabase(files.b);
    const runs: { first: number; last: number; resumedFrom: number; recomputed: number }[] = [];
    for (let run = 0; run < 20; run++) {
      const seen: number[] = [];
      // Cut once one batch has committed (the first progress is the run's starting point).
      const result = recomputeDeadlines({ db, now, progress: (done) => seen.push(done), cancelled: () => seen.length > 1 }, params);
      runs.push({ first: seen[0]!, last: seen[seen.length - 1]!, resumedFrom: result.resumedFrom, recomputed: result.recomputed });
      if (!result.cancelled) break;
      // Where the last committed batch left it; the basis is not written until the end.
      expect(checkpointOf(db)).toMatchObject({ basis, done: seen[seen.length - 1] });
      expect(storedBasis(statementCache(db))).toBeNull();
    }
    expect(runs.length, JSON.stringify(runs)).toBe(Math.ceil(proceedings / 200) + 1);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]!.first, `run ${i}`).toBe(runs[i - 1]!.last);
      expect(runs[i]!.resumedFrom, `run ${i}`).toBe(runs[i - 1]!.last);
    }
    // Each proceeding recomputed once over all the runs, never begun again from the first.
    expect(runs.reduce((n, r) => n + r.recomputed, 0)).toBe(proceedings);
    expect(checkpointOf(db)).toBeUndefined();
    expect(storedBasis(statementCache(db))).toBe(basis);
    expect(clocksDump(db)).toBe(expected);
    db.close();
  });

  it('a checkpoint left by a run on another basis is not followed: the run starts from the first proceeding', async () => {
    const { params, files, proceedings, now } = await filesWithoutClocks();
    const db = openDatabase(files.b);
    db.prepare("INSERT INTO deadline_recompute_checkpoint (id, basis, after_id, done) VALUES (1, 'engine 5; 旧日历; settings 000000000000', 'pr-r-0400', 400)").run();
    const result = recomputeDeadlines({ db, now, progress: () => {}, cancelled: () => false }, params);
    expect(result).toMatchObject({ cancelled: false, resumedFrom: 0, recomputed: proceedings });
    expect(checkpointOf(db)).toBeUndefined();
    const whole = openDatabase(files.a);
    recomputeDeadlines({ db: whole, now, progress: () => {}, cancelled: () => false }, params);
    expect(clocksDump(db)).toBe(clocksDump(whole));
    whole.close();
    db.close();
  });
});
