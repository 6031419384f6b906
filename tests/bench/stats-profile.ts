// `npm run bench:stats -- --data-dir D [--dump FILE] [--dump-counts FILE] [--profile] [--runs R]`: the month's statistics on a seed:large
// database (issue #15), read-only. --dump writes the full report (every table, every figure, the files behind each) of
// fixed (unit, period) pairs as JSON, so a change of the statements can be shown to give byte-identical reports;
// --dump-counts the same pairs' reports counted without their files (statistics.compute, the job), which may count a
// figure without listing it; --dump-employers the repeat employers' rows (employerAcceptances, 此前N件 among them, which
// the report shows only under the 本局口径 'priorFile') of the same pairs, each unit alone and the pair's units together;
// --profile times each statement of the busiest month's report with its EXPLAIN QUERY PLAN; --runs times the whole
// report (runStatRequest on a read-only connection, as the statistics worker counts it), p50/p95.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../db/open';
import { employerAcceptances, firstEventFiles } from '../../electron/core/statistics/inspection.data';
import { runStatRequest, withStatConnection, type StatRequest } from '../../electron/core/statistics/stats-engine';
import { subunitsOf } from '../../electron/core/statistics/statistics.data';
import type { StatPeriod } from '../../shared/domain/statistics/model';
import { customPeriod, monthPeriod, quarterPeriod } from '../../shared/domain/statistics/period';

const { values: args } = parseArgs({ options: { 'data-dir': { type: 'string' }, dump: { type: 'string' }, 'dump-counts': { type: 'string' }, 'dump-employers': { type: 'string' }, profile: { type: 'boolean' }, runs: { type: 'string' } } });
const dbFile = join(resolve(args['data-dir'] ?? '.'), 'xinan.sqlite3');

interface Pair {
  unitId: string;
  includeSubunits: boolean;
  period: StatPeriod;
}

/** The month with the most arbitration cases accepted and its unit (as tests/bench/large-bench.ts picks it). */
function busiest(db: Db): Pair {
  const r = db
    .prepare(
      `SELECT substr(e.date, 1, 7) AS m, f.unit_id AS unitId, count(*) AS n FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id
       JOIN case_files f ON f.id = p.case_file_id WHERE e.kind = 'accepted' AND p.kind = 'arbitration' GROUP BY m, f.unit_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { m: string; unitId: string };
  return { unitId: r.unitId, includeSubunits: false, period: monthPeriod(Number(r.m.slice(0, 4)), Number(r.m.slice(5, 7))) };
}

/** The pairs the dump covers: the busiest month, the city with its counties, a county, old and newest months, an empty one. */
function pairs(db: Db): Pair[] {
  const top = busiest(db);
  const city = (db.prepare('SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
  const county = (db.prepare('SELECT id FROM units WHERE parent_id = ? ORDER BY sort_order, id LIMIT 1').get(city) as { id: string }).id;
  const range = db.prepare(`SELECT min(date) AS first, max(date) AS last FROM proceeding_events`).get() as { first: string; last: string };
  const ym = (d: string) => [Number(d.slice(0, 4)), Number(d.slice(5, 7))] as const;
  const [fy, fm] = ym(range.first);
  const [ly, lm] = ym(range.last);
  const old = fm === 12 ? monthPeriod(fy + 1, 3) : monthPeriod(fy, Math.min(fm + 3, 12));
  return [
    top,
    { ...top, unitId: city, includeSubunits: true },
    { unitId: county, includeSubunits: false, period: top.period },
    { unitId: city, includeSubunits: false, period: old },
    { unitId: city, includeSubunits: true, period: monthPeriod(ly, lm) },
    { unitId: city, includeSubunits: false, period: monthPeriod(fy - 1, 6) },
    { unitId: city, includeSubunits: false, period: monthPeriod(2021, 2) },
    { unitId: city, includeSubunits: true, period: monthPeriod(2024, 12) },
    { unitId: city, includeSubunits: false, period: quarterPeriod(2023, 3) },
    { unitId: city, includeSubunits: false, period: customPeriod('2025-06-17', '2025-07-09') },
  ];
}

const request = (p: Pair, withFiles: boolean): StatRequest => ({ op: 'report', withFiles, ...p, today: p.period.to, computedAt: '2026-12-07T00:00:00.000Z' });

withStatConnection(dbFile, (db) => {
  if (args.dump) {
    const out = pairs(db).map((p) => {
      const t = performance.now();
      const r = runStatRequest(db, request(p, true));
      console.log(`${p.unitId}${p.includeSubunits ? '+下级' : ''} ${p.period.from}~${p.period.to}: ${(performance.now() - t).toFixed(0)} ms`);
      return { pair: p, response: r };
    });
    writeFileSync(args.dump, JSON.stringify(out, null, 1) + '\n');
  }
  if (args['dump-counts']) {
    const out = pairs(db).map((p) => ({ pair: p, response: runStatRequest(db, request(p, false)) }));
    writeFileSync(args['dump-counts'], JSON.stringify(out, null, 1) + '\n');
  }
  if (args['dump-employers']) {
    const out = pairs(db).map((p) => {
      const units = p.includeSubunits ? [p.unitId, ...subunitsOf(db, p.unitId).map((u) => u.id)] : [p.unitId];
      return [...units.map((u) => [u]), units].map((unitIds) => {
        const scope = { from: p.period.from, to: p.period.to, unitIds };
        const ids = firstEventFiles(db, scope, 'inspection', 'accepted').map((f) => f.proceedingId);
        return { scope, rows: employerAcceptances(db, scope, ids) };
      });
    });
    writeFileSync(args['dump-employers'], JSON.stringify(out, null, 1) + '\n');
  }
  const top = busiest(db);
  if (args.profile) {
    runStatRequest(db, request(top, false)); // warm the cache first
    // Each statement prepared by the engine: its time (sum over its calls) and its plan.
    const orig = db.prepare.bind(db);
    const stats = new Map<string, { ms: number; calls: number; plan: string }>();
    (db as { prepare: unknown }).prepare = (sql: string) => {
      const st = orig(sql);
      const rec = stats.get(sql) ?? { ms: 0, calls: 0, plan: '' };
      stats.set(sql, rec);
      const wrap = (fn: 'all' | 'get' | 'run') => (...a: unknown[]) => {
        if (!rec.plan && !/^(BEGIN|COMMIT)/.test(sql)) rec.plan = (orig(`EXPLAIN QUERY PLAN ${sql}`).all(...(a as [])) as { detail: string }[]).map((x) => x.detail).join('\n    ');
        const t = performance.now();
        try {
          return (st[fn] as (...x: unknown[]) => unknown)(...a);
        } finally {
          rec.ms += performance.now() - t;
          rec.calls++;
        }
      };
      return { all: wrap('all'), get: wrap('get'), run: wrap('run') };
    };
    const t = performance.now();
    runStatRequest(db, request(top, false));
    console.log(`whole report ${(performance.now() - t).toFixed(0)} ms`);
    for (const [sql, r] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`\n${r.ms.toFixed(1)} ms ×${r.calls}  ${sql.replace(/\s+/g, ' ').slice(0, 160)}\n    ${r.plan}`);
    }
    (db as { prepare: unknown }).prepare = orig;
  }
  if (args.runs) {
    const times: number[] = [];
    for (let i = 0; i < Number(args.runs); i++) {
      const t = performance.now();
      runStatRequest(db, request(top, false));
      times.push(performance.now() - t);
    }
    const sorted = times.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0);
    console.log(`${top.unitId} ${top.period.from}~${top.period.to}: n=${times.length} p50 ${at(50)} ms p95 ${at(95)} ms min ${sorted[0]!.toFixed(0)} ms`);
  }
});
