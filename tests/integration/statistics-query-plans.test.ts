// The statistics statements' query plans (issue #14 §5): a month's report must read the period's files, not the
// bureau's history. Every statement the engine prepares for a report (all three tables, one unit and a city with its
// counties) and for a figure's files is captured with the parameters it was run with, and its EXPLAIN QUERY PLAN is
// checked: no SCAN of a table that grows with the data, and no SEARCH that an index narrows only by a category (a
// kind, a status, a unit — or such a column with a one-sided date range: everything before a day), which reads a share
// of the whole history; inside a correlated subquery that is a walk of the history for every row.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { acceptedCases } from '../../electron/core/statistics/arbitration.data';
import { carriedOverFiles, employerAcceptances, firstEventFiles, stepInputs } from '../../electron/core/statistics/inspection.data';
import { runStatRequest, type StatRequest } from '../../electron/core/statistics/stats-engine';
import { testCore } from '../helpers/core';
import { triggerStatements, triggersWhere } from '../helpers/trigger-plans';

/** Tables whose full scan is allowed: they do not grow with the bureau's files. */
const SMALL_TABLES: Record<string, string> = {
  json_each: 'the ids or units the caller passes in',
  units: 'the bureau and its districts: 18 counties at most',
  parameters: 'the settings (本局口径 among them): tens of rows, versioned',
};

/** Columns that split a growing table into a few large parts: an index narrowed only by them reads a share of history. */
const CATEGORY_COLUMNS = new Set(['kind', 'status', 'rule_id', 'action', 'entity', 'role', 'unit_id', 'nature', 'method', 'channel']);

/**
 * Statements allowed to read a share of history, by a fragment of their SQL, each with its reason. Only the two
 * carried-over figures (上期结转) look outside the period by definition: what was still open when it began. They start
 * from candidates on one side of the period's first day (electron/core/statistics/carried-over.data.ts): the open work
 * and what was closed since, for a recent period, or the acceptances before it, for an old one; the inspection's, in a
 * report counted without its files, from the per-day summary (carried_over_days): the unit's days before the period.
 */
const HISTORY_READS: { fragment: string; line: RegExp; reason: string }[] = [
  {
    fragment: "o.status NOT IN ('closed', 'notAccepted')",
    line: /^SEARCH o USING (COVERING )?INDEX proceedings_open_idx \(kind=\?\)$/,
    reason: '上期结转, recent period: the open work only (a partial index of the proceedings neither closed nor refused)',
  },
  {
    fragment: "ke.kind = 'caseClosed' AND ke.date >= @from",
    line: /^SEARCH ke USING (COVERING )?INDEX proceeding_events_kind_date_idx \(kind=\? AND date>\?\)$/,
    reason: '上期结转 (inspection), recent period: the files closed since the period began',
  },
  {
    fragment: 'k.closed_on >= @from',
    line: /^SEARCH k USING (COVERING )?INDEX arbitration_closings_unit_idx \(unit_id=\? AND closed_on>\?\)$/,
    reason: '上期结转 (arbitration), recent period: the cases closed since the period began',
  },
  {
    fragment: "ke.kind = 'accepted' AND ke.date < @from",
    line: /^SEARCH ke USING (COVERING )?INDEX proceeding_events_kind_date_idx \(kind=\? AND date<\?\)$/,
    reason: '上期结转 (inspection), old period: the acceptances before it (one index entry each), the closing checked by the file',
  },
  {
    fragment: "ke.kind = 'accepted' AND ke.date <= @to",
    line: /^SEARCH ke USING (COVERING )?INDEX proceeding_events_kind_date_idx \(kind=\? AND date<\?\)$/,
    reason: '上期结转 (arbitration), old period: the acceptances by its last day (a case ended without a 结案 record stays open: see docs/performance.md)',
  },
  {
    fragment: "carried_over_days d ON d.kind = 'arbitration'",
    line: /^SEARCH d USING PRIMARY KEY \(kind=\? AND unit_id=\? AND day<\?\)$/,
    reason: '上期未结 (arbitration) counted without its files: the unit\'s days before the period in the per-day summary, one row a day of history, not a case',
  },
  {
    fragment: "carried_over_days d ON d.kind = 'inspection'",
    line: /^SEARCH d USING PRIMARY KEY \(kind=\? AND unit_id=\? AND day<\?\)$/,
    reason: '上期结转 (inspection) counted without its files: the unit\'s days before the period in the per-day summary, one row a day of history, not a file',
  },
  {
    fragment: "(SELECT MIN(date) FROM proceeding_events WHERE kind = 'accepted') AS first",
    line: /^SEARCH proceeding_events USING COVERING INDEX proceeding_events_kind_date_idx \(kind=\?\)$/,
    reason: 'which side: the first and the last 受理 of the database, MIN and MAX alone, one seek at each end of the index',
  },
];

/** alias → table for the FROM and JOIN clauses of a statement ("(" for a derived table, whose own lines are checked). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\(|\w+)(?:\([^)]*\))?(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|INDEXED\b|CROSS\b|LEFT\b|JOIN\b|ORDER\b|GROUP\b|LIMIT\b|UNION\b)(\w+))?/gi)) {
    map.set(m[1]!, m[1]!);
    if (m[2]) map.set(m[2], m[1]!);
  }
  return map;
}

interface Captured {
  sql: string;
  args: unknown[];
}

/** The plan lines of a statement that read a growing table's history: a SCAN, or a SEARCH narrowed only by a category. */
export function historyReads(db: Db, sql: string, args: unknown[]): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as never[])) as { detail: string }[];
  const names = aliases(sql);
  const stored = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const growing = (alias: string) => {
    const table = names.get(alias) ?? alias;
    return stored.has(table) && !(table in SMALL_TABLES);
  };
  return plan
    .map((r) => r.detail)
    .filter((d) => {
      const scan = /^SCAN (\w+)/.exec(d);
      if (scan) return growing(scan[1]!);
      // An index, or the key of a WITHOUT ROWID table (the statistics' summaries).
      const search = /^SEARCH (\w+) USING (?:(?:COVERING )?INDEX \S+|PRIMARY KEY) \((.*)\)$/.exec(d);
      if (!search || !growing(search[1]!)) return false;
      const terms = search[2]!.split(' AND ').map((t) => /^(\w+)(=|>|<)/.exec(t)).filter((m) => m !== null);
      const equal = terms.filter((m) => m[2] === '=').map((m) => m[1]!);
      const ranged = new Map<string, Set<string>>();
      for (const m of terms.filter((t) => t[2] !== '=')) ranged.set(m[1]!, (ranged.get(m[1]!) ?? new Set()).add(m[2]!));
      const bounded = [...ranged.values()].some((ops) => ops.has('>') && ops.has('<'));
      // An equality on an identifying column (an id, a case file, a person) or a range bounded on both sides is a seek.
      return equal.every((c) => CATEGORY_COLUMNS.has(c)) && !bounded;
    });
}

/** A connection whose statements run as usual and are recorded with their parameters. */
function recording(db: Db, into: Captured[]): Db {
  return new Proxy(db, {
    get(target, key) {
      if (key !== 'prepare') return Reflect.get(target, key, target) as unknown;
      return (sql: string) => {
        const st = target.prepare(sql);
        const wrap =
          (m: 'all' | 'get' | 'run') =>
          (...args: unknown[]) => {
            into.push({ sql, args });
            return (st[m] as (...a: unknown[]) => unknown)(...args);
          };
        return { all: wrap('all'), get: wrap('get'), run: wrap('run') };
      };
    },
  });
}

describe('statistics query plans: a report reads the period, not the history', () => {
  it('every statement of a month’s report and of a figure’s files reads through an index that narrows it to the period or the file', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const captured: Captured[] = [];
    const rec = recording(db, captured);
    const base = { unitId: 'unit-540200', period: { kind: 'month' as const, from: '2026-10-01', to: '2026-10-31' }, today: '2026-11-25', computedAt: '' };
    const requests: StatRequest[] = [
      { op: 'report', withFiles: true, includeSubunits: false, ...base },
      { op: 'report', withFiles: false, includeSubunits: true, ...base },
      { op: 'files', indicatorKey: 'inspection.repeatEmployers', rowUnitId: null, includeSubunits: false, ...base },
      { op: 'files', indicatorKey: 'arbitration.carriedOver', rowUnitId: null, includeSubunits: false, ...base },
    ];
    for (const r of requests) runStatRequest(rec, r);
    // The carried-over statements of both sides: which one a report takes depends on where the data's history lies.
    const scope = { from: base.period.from, to: base.period.to, unitIds: [base.unitId] };
    acceptedCases(rec, scope, 'period');
    for (const side of ['before', 'since'] as const) {
      acceptedCases(rec, scope, side);
      carriedOverFiles(rec, scope, side);
    }
    const statements = new Map(captured.filter((c) => !/^(BEGIN|COMMIT)$/.test(c.sql.trim())).map((c) => [c.sql, c.args]));
    // All three tables' statements, not a handful: the checker saw the report.
    expect(statements.size).toBeGreaterThanOrEqual(20);
    for (const table of ['arbitration_closings', 'arbitration_awards', 'wage_payments', 'deadlines', 'audit_log', 'intake_notices', 'intake_complainants', 'incidents']) {
      expect([...statements.keys()].some((sql) => sql.includes(table))).toBe(true);
    }
    const failures: { sql: string; lines: string[] }[] = [];
    const allowedUsed = new Set<string>();
    for (const [sql, args] of statements) {
      const lines = historyReads(db, sql, args).filter((line) => {
        const allowed = HISTORY_READS.find((h) => sql.includes(h.fragment) && h.line.test(line));
        if (allowed) allowedUsed.add(allowed.fragment);
        return !allowed;
      });
      if (lines.length > 0) failures.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), lines });
    }
    expect(failures).toEqual([]);
    // Each allowance is still needed (a stale one would hide a regression in its statement).
    expect([...allowedUsed].sort()).toEqual(HISTORY_READS.map((h) => h.fragment).sort());
  });

  it('catches what made the month slow: MIN(date) of one case by the (kind, date) index, and a scan of the files', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    db.exec('DROP INDEX proceeding_events_proceeding_kind_date_idx');
    const firstAccepted = `SELECT p.id, (SELECT MIN(e.date) FROM proceeding_events e WHERE e.proceeding_id = p.id AND e.kind = 'accepted') AS d
      FROM proceedings p WHERE p.case_file_id = ?`;
    expect(historyReads(db, firstAccepted, [null])).toEqual([expect.stringMatching(/^SEARCH e USING (COVERING )?INDEX proceeding_events_kind_date_idx \(kind=\?\)$/)]);
    expect(historyReads(db, 'SELECT id FROM case_files cf WHERE cf.title LIKE ?', [null])).toEqual([expect.stringMatching(/^SCAN cf/)]);
    expect(historyReads(db, 'SELECT id FROM intakes i WHERE i.unit_id = ? AND i.received_date = ?', [null, null])).not.toEqual([]);
    expect(historyReads(db, "SELECT seq FROM proceeding_events e WHERE e.kind = 'accepted' AND e.date BETWEEN ? AND ?", [null, null])).toEqual([]);
  });

  it('reads the repeat employers from the employer summary: a range of its key per employer and unit, not their every file', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const captured: Captured[] = [];
    employerAcceptances(recording(db, captured), { from: '2026-10-01', to: '2026-10-31', unitIds: ['unit-540200', 'unit-540202'] }, ['p1', 'p2']);
    const [{ sql, args }] = captured as [Captured];
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as never[])) as { id: number; parent: number; detail: string }[];
    const plan = rows.map((r) => r.detail);
    // The employers' earlier files counted from the per-month counts (their months up to the period's last, one range
    // of that table's key) and the summary's rows of the period's first month before its first day (a range bounded on
    // both sides, as the period's own rows); the 案号 of each by the file's own proceedings and events.
    expect(plan).toEqual(
      expect.arrayContaining([
        'SEARCH m USING PRIMARY KEY (party_id=? AND unit_id=? AND month<?)',
        'SEARCH ea USING PRIMARY KEY (party_id=? AND unit_id=? AND first_date>? AND first_date<?)',
        'SEARCH p USING INDEX proceedings_case_file_idx (case_file_id=?)',
        expect.stringMatching(/^SEARCH e USING (COVERING )?INDEX proceeding_events_proceeding_kind_date_idx \(proceeding_id=\? AND kind=\? AND date=\?\)$/),
      ]),
    );
    // Not the walk it replaced: an employer's every standing (the party index), every inspection (the kind index).
    expect(plan.filter((d) => /proceeding_parties_party_idx|proceedings_kind_status_idx|^SCAN (ea|pp|p|e|cf|m)\b/.test(d))).toEqual([]);
    // Nor its files up to the period's end counted one by one: the summary is read up to the end only for the first
    // file, in its key's order (a subquery of its own, with no sort: the first row of the range, LIMIT 1).
    const upToEnd = rows.filter((r) => r.detail === 'SEARCH ea USING PRIMARY KEY (party_id=? AND unit_id=? AND first_date<?)');
    expect(upToEnd).toHaveLength(1);
    const firstFile = rows.find((r) => r.id === upToEnd[0]!.parent)!;
    expect(firstFile.detail).toMatch(/^CORRELATED SCALAR SUBQUERY/);
    expect(rows.filter((r) => r.parent === firstFile.id).map((r) => r.detail)).toEqual([upToEnd[0]!.detail]);
    expect(sql).toMatch(/ORDER BY ea\.first_date, ea\.case_file_id LIMIT 1/);
    expect(historyReads(db, sql, args)).toEqual([]);
  });

  it('checks a month\'s file against its earlier events by one seek, and reads a step\'s input from the proceeding\'s last audit rows', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const captured: Captured[] = [];
    const rec = recording(db, captured);
    const scope = { from: '2026-10-01', to: '2026-10-31', unitIds: ['unit-540200'] };
    firstEventFiles(rec, scope, 'inspection', 'accepted');
    firstEventFiles(rec, scope, 'inspection', 'accepted', false);
    stepInputs(rec, ['p1', 'p2'], 'close');
    const plans = captured.map(({ sql, args }) => ({ sql, args, plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as never[])) as { detail: string }[]).map((r) => r.detail) }));
    for (const { sql, args } of plans) expect(historyReads(db, sql, args)).toEqual([]);
    const [listed, counted, inputs] = plans as [(typeof plans)[0], (typeof plans)[0], (typeof plans)[0]];
    for (const p of [listed, counted]) {
      // The file's earlier event of the kind: its proceedings, then one seek of each one's (kind, date) entries.
      expect(p.plan).toEqual(expect.arrayContaining([
        'SEARCH p2 USING INDEX proceedings_case_file_idx (case_file_id=?)',
        'SEARCH e2 USING COVERING INDEX proceeding_events_proceeding_kind_date_idx (proceeding_id=? AND kind=? AND date<?)',
      ]));
    }
    // Counted without its files, the source intake (the drill-down's 登记号) is not read.
    expect(listed.plan).toContain('SEARCH si USING INDEX intakes_id_unique (id=?) LEFT-JOIN');
    expect(counted.plan.filter((d) => /\b(si|u)\b/.test(d))).toEqual([]);
    // A step's input: per proceeding its audit rows by the entity index, read from the last (no sort), the first match taken.
    expect(inputs.plan).toEqual(['SCAN j VIRTUAL TABLE INDEX 1:', 'CORRELATED SCALAR SUBQUERY 1', 'SEARCH r USING INDEX audit_rows_proceeding_idx (entity_id=? AND entity=?)']);
    expect(inputs.sql).toMatch(/ORDER BY l\.seq DESC LIMIT 1/);
  });

  it('keeps the per-month employer counts with one seek a statement: each trigger reads and writes one key of the month table', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const triggers = triggersWhere(db, 'tbl_name = ?', 'employer_acceptances');
    expect(triggers.map((t) => t.name)).toEqual(['employer_acceptance_months_deleted', 'employer_acceptance_months_inserted', 'employer_acceptance_months_updated']);
    for (const { trigger, sql, args, plan } of triggerStatements(db, triggers)) {
      expect(historyReads(db, sql, args), trigger).toEqual([]);
      // An upsert's plan is empty (its conflict target is the key); a DELETE or UPDATE seeks the whole key.
      if (!/^INSERT/.test(sql)) expect(plan, `${trigger}: ${sql}`).toEqual(['SEARCH employer_acceptance_months USING PRIMARY KEY (party_id=? AND unit_id=? AND month=?)']);
    }
  });

  it('keeps the employer summary with seeks: every trigger statement reads the written file\'s own rows, not the history', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const triggers = triggersWhere(db, 'name LIKE ?', 'employer_acceptances_%');
    expect(triggers).toHaveLength(12);
    const failures: { name: string; lines: string[] }[] = [];
    // Each body is one statement.
    const statements = triggerStatements(db, triggers);
    expect(statements).toHaveLength(12);
    for (const { trigger, sql, args, plan } of statements) {
      const lines = [...historyReads(db, sql, args), ...plan.filter((d) => /^SCAN employer_acceptances|proceeding_parties_party_idx/.test(d))];
      if (lines.length > 0) failures.push({ name: trigger, lines });
      // The rows taken out before a write are found by their whole key.
      if (trigger.endsWith('_before')) expect(plan, trigger).toContain('SEARCH employer_acceptances USING PRIMARY KEY (party_id=? AND unit_id=? AND first_date=? AND case_file_id=?)');
    }
    expect(failures).toEqual([]);
  });

  it('keeps the per-day carried-over summary with seeks: every trigger statement reads the written file\'s own rows and one summary key', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'carried_over_days_%' ORDER BY name").all() as { name: string; sql: string }[];
    expect(triggers).toHaveLength(18);
    const failures: { name: string; lines: string[] }[] = [];
    for (const t of triggers) {
      // Each statement of the body (the arbitration's keep a second table too), NEW.x and OLD.x bound as parameters.
      const body = t.sql.slice(t.sql.indexOf('BEGIN') + 5, t.sql.lastIndexOf('END')).trim().replace(/;$/, '');
      const plans: string[] = [];
      for (const statement of body.split(/;\n/)) {
        const args: string[] = [];
        const sql = statement.trim().replace(/\b(?:NEW|OLD)\.\w+/g, () => (args.push('x'), '?'));
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);
        plans.push(...plan);
        const lines = [...historyReads(db, sql, args), ...plan.filter((d) => /^SCAN (carried_over_days|arbitration_late_openings|cf|p|e|c|cp)\b|proceeding_events_kind_date_idx|proceedings_kind_status_idx/.test(d))];
        if (lines.length > 0) failures.push({ name: t.name, lines });
      }
      // The file's (or case's) first 受理 and its 结案 by its own rows, one seek each.
      expect(plans, t.name).toEqual(
        expect.arrayContaining([
          'SEARCH cf USING INDEX case_files_id_unique (id=?)',
          expect.stringMatching(/^SEARCH e USING (COVERING )?INDEX proceeding_events_proceeding_kind_date_idx \(proceeding_id=\? AND kind=\?\)$/),
          t.name.includes('arbitration')
            ? 'SEARCH c USING INDEX sqlite_autoindex_arbitration_closings_1 (proceeding_id=?)'
            : expect.stringMatching(/^SEARCH c USING (COVERING )?INDEX proceeding_events_proceeding_kind_date_idx \(proceeding_id=\? AND kind=\?\)$/),
        ]),
      );
    }
    expect(failures).toEqual([]);
  });
});
