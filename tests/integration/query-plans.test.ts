import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { Prepare } from '../../db/statements';
import { caseListStatement, searchedFilesStatement } from '../../electron/core/cases/cases.service';
import { approvalsFor, countMyFiles, countOpenDuties, countUrgentFiles, openDuties, urgentFiles } from '../../electron/core/desk/desk.data';
import { PENDING_LEADERS } from '../../electron/core/team/team.data';
import { newestRemovalsSince, removalsSince } from '../../electron/core/blacklist/blacklist.data';
import { countWaiting, waitingRows } from '../../electron/core/followup/followup.data';
import { dutiesByCapability } from '../../electron/core/desk/desk-charts.data';
import { EMPLOYER_SQL } from '../../electron/core/employers/employers.data';
import * as charts from '../../electron/core/statistics/charts.data';
import { intakeListStatement, searchedRowsStatement } from '../../electron/core/intakes/intakes.list';
import { NAME_SQL } from '../../electron/core/search/name-postings.data';
import { searchNameIds } from '../../electron/core/search/names';
import { POSTINGS_SQL } from '../../electron/core/search/postings.data';
import { proceedingEvents } from '../../electron/core/deadlines/stored-deadlines';
import { clockEvents } from '../../electron/core/proceedings/proceedings.data';
import { TIMELINE_SQL } from '../../electron/core/cases/cases.service';
import { STEPS_TAKEN_SQL } from '../../electron/core/desk/desk.data';
import { filesSharing } from '../../electron/core/arbitration/recusal.data';
import { acceptedCases } from '../../electron/core/statistics/arbitration.data';
import { carriedOverFiles } from '../../electron/core/statistics/inspection.data';
import { testCore } from '../helpers/core';

/**
 * Tables whose full scan is allowed, each for a reason: they do not grow with the bureau's files.
 * Everything else — intakes, case files, persons, parties, the term index, deadlines… — must be reached by an index.
 */
const SMALL_TABLES: Record<string, string> = {
  json_each: 'the ids or values the caller passes in: a page, a batch, a department’s kinds',
  staff: 'the bureau’s people: tens, fixed',
  departments: 'the bureau’s departments: a handful, fixed',
  units: 'the bureau and its districts: 18 counties at most',
};

/** Walks of an index in the list's order that stop at the page's LIMIT, allowed by name, each with its reason. */
const ORDERED_WALKS: Record<string, { line: string; reason: string }> = {
  'EMPLOYER_SQL.filesOfPartiesByDate': {
    line: 'SCAN cf USING INDEX case_files_opened_idx',
    reason: 'chosen only for an employer in a large share of the files (filesPlan): the newest files are probed and the walk stops at the limit',
  },
};

/** alias → table for the FROM and JOIN clauses of a statement ("(" for a derived table, whose own lines are checked). */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\(|\w+)(?:\([^)]*\))?(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|INDEXED\b|CROSS\b|LEFT\b|JOIN\b|ORDER\b|GROUP\b|LIMIT\b|UNION\b)(\w+))?/gi)) {
    const table = m[1];
    map.set(table, table);
    if (m[2]) map.set(m[2], table);
  }
  return map;
}

/** The SCAN lines of a statement's plan that read a table growing with the data. */
function growingScans(db: Db, sql: string, params: unknown[]): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[];
  const names = aliases(sql);
  const stored = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name).concat('json_each'));
  return plan
    .map((r) => r.detail)
    .filter((d) => {
      const m = /^SCAN (\S+)/.exec(d);
      if (!m) return false;
      if (m[1].startsWith('(') || d.startsWith('SCAN CONSTANT ROW')) return false;
      const table = names.get(m[1]) ?? m[1];
      // A derived table or a CTE (not a stored table): its own plan lines are the ones that read tables.
      if (table === '(' || !stored.has(table)) return false;
      if (table in SMALL_TABLES) return false;
      // An FTS5 table read through its index (a MATCH or a rowid): the virtual table reports it as a SCAN.
      if (table === 'intake_fts' && /VIRTUAL TABLE INDEX \d+:\S/.test(d)) return false;
      return true;
    });
}

/** Parameters for a statement: NULL for each '?' (the plan does not depend on them without STAT4). */
function nulls(sql: string): unknown[] {
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
}

/** A prepare that explains instead of running, with the parameters the data module binds: collects growing scans. */
function explaining(db: Db, found: { sql: string; scans: string[] }[]): Prepare {
  return ((sql: string) => {
    const explain = (...args: unknown[]) => {
      found.push({ sql, scans: growingScans(db, sql, args) });
      return [];
    };
    return { all: explain, get: (...a: unknown[]) => (explain(...a), { n: 0 }), run: explain, iterate: explain };
  }) as unknown as Prepare;
}

const NO_FILTER = { kind: null, channel: null, status: null, collective: null, from: null, to: null };

describe('query plans: no list or search statement scans a table that grows with the data', () => {
  it('the term index, the intake list, the case list, the desk and the employer view read through indexes', async () => {
    const { core } = await testCore();
    const s = core.services!;
    const db = s.db;
    const unit = 'unit-540200';
    const checked: { name: string; sql: string; params: unknown[] }[] = [];
    for (const [name, sql] of Object.entries(POSTINGS_SQL)) checked.push({ name: `POSTINGS_SQL.${name}`, sql, params: nulls(sql) });
    for (const [name, sql] of Object.entries(NAME_SQL)) checked.push({ name: `NAME_SQL.${name}`, sql, params: nulls(sql) });
    for (const [name, sql] of Object.entries(EMPLOYER_SQL)) checked.push({ name: `EMPLOYER_SQL.${name}`, sql, params: nulls(sql) });
    const after = { at: 1, seq: 1 };
    const filters = [
      NO_FILTER,
      { ...NO_FILTER, status: 'registered' as const },
      { ...NO_FILTER, kind: 'report' as const },
      { ...NO_FILTER, channel: 'walkIn' as const, collective: true },
      { ...NO_FILTER, from: '2026-01-01', to: '2026-06-30' },
    ];
    for (const f of filters) {
      for (const cursor of [null, after]) {
        const st = intakeListStatement(f, unit, cursor, 51);
        checked.push({ name: `intakes.list ${JSON.stringify(f)} ${cursor ? 'later page' : 'first page'}`, ...st });
      }
      const searched = searchedRowsStatement(f, unit, false);
      checked.push({ name: `intakes.list searched rows ${JSON.stringify(f)}`, sql: searched.sql, params: ['[1,2,3]', ...searched.params] });
    }
    const caseFilter = { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: null, proceedingStatus: null, departmentId: null };
    const caseFilters = [caseFilter, { ...caseFilter, status: 'open' as const }, { ...caseFilter, proceedingKind: 'inspection' as const }, { ...caseFilter, leaderStaffId: 'x' }, { ...caseFilter, proceedingKind: 'inspection' as const, proceedingStatus: 'received' }];
    for (const f of caseFilters) {
      for (const cursor of [null, after]) {
        for (const ids of [null, ['a', 'b']]) {
          const st = caseListStatement(s, unit, f as never, cursor, ids, 51);
          checked.push({ name: `cases.list ${JSON.stringify(f)} ${cursor ? 'later' : 'first'} ${ids ? 'searched' : ''}`, ...st });
        }
        // A frequent state: the walk in list order (a rare one starts from its proceedings, above).
        if (f.proceedingStatus) checked.push({ name: `cases.list ${JSON.stringify(f)} ${cursor ? 'later' : 'first'} frequent state`, ...caseListStatement(s, unit, f as never, cursor, null, 51, -1) });
      }
    }
    // A rare state starts from its proceedings by (kind, status), then each file by its key: never the unit's walk.
    const rare = caseListStatement(s, unit, caseFilters[4] as never, null, null, 51);
    const rarePlan = (db.prepare(`EXPLAIN QUERY PLAN ${rare.sql}`).all(...(rare.params as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(rarePlan).toMatch(/SEARCH p USING (COVERING )?INDEX proceedings_kind_status_idx \(kind=\? AND status=\?\)/);
    expect(rarePlan).toContain('SEARCH c USING INDEX case_files_id_unique (id=?)');
    expect(rarePlan).not.toContain('case_files_unit_opened_idx');
    // A searched page's rows and files come from the batch by rowid: never a walk of the unit's index checking each
    // seq against the batch (the planner's choice for `seq IN (…) AND unit_id = ?`: 10–18 ms a page at 100,000 intakes).
    for (const f of filters) {
      const searched = searchedRowsStatement(f, unit, false);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${searched.sql}`).all('[1,2,3]', ...(searched.params as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan, JSON.stringify(f)).toContain('SEARCH i USING INTEGER PRIMARY KEY (rowid=?)');
      expect(plan, JSON.stringify(f)).not.toMatch(/INDEX intakes_/);
    }
    for (const reports of [true, false]) {
      const sql = searchedFilesStatement(reports);
      checked.push({ name: `cases.list searched files ${reports}`, sql, params: ['[1,2,3]', unit] });
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('[1,2,3]', unit) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toContain('SEARCH i USING INTEGER PRIMARY KEY (rowid=?)');
      expect(plan).not.toMatch(/INDEX intakes_/);
    }
    const failures = checked
      .map((c) => ({ name: c.name, scans: growingScans(db, c.sql, c.params).filter((d) => !(ORDERED_WALKS[c.name] && d.startsWith(ORDERED_WALKS[c.name].line))) }))
      .filter((c) => c.scans.length > 0);
    // The desk's lists, as their data module binds them.
    const desk: { sql: string; scans: string[] }[] = [];
    const explain = explaining(db, desk);
    for (const scope of ['mine', 'unit'] as const) openDuties(explain, { me: 'x', unitId: unit, scope, from: null, until: '2026-12-01', after: { due: '2026-11-01', id: 'a' }, limit: 21, kinds: ['inspection'] });
    urgentFiles(explain, unit, 20);
    approvalsFor(explain, 'x', unit);
    // A searched case page starts from the found files by their key: a range of the unit's files in list order,
    // each tested against the found ids, is a SEARCH in the plan but reads every file of the unit (issue #15).
    for (const c of checked.filter((x) => x.name.startsWith('cases.list') && x.name.endsWith('searched'))) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.params as never[])) as { detail: string }[]).map((r) => r.detail);
      if (!plan.some((l) => /^SEARCH c USING INDEX case_files_id_unique \(id=\?\)/.test(l)) || plan.some((l) => l.includes('case_files_unit_opened_idx'))) {
        failures.push({ name: `${c.name}: not by the found files' keys`, scans: plan });
      }
    }
    expect(desk.length).toBeGreaterThan(3);
    for (const d of desk) if (d.scans.length) failures.push({ name: `desk: ${d.sql.slice(0, 60)}`, scans: d.scans });
    // The pickers (parties.search, projects.search, the employer view): every query form, as searchNameIds builds it.
    const pickers: { sql: string; scans: string[] }[] = [];
    const explainPicker = explaining(db, pickers);
    for (const entity of ['party', 'project'] as const) {
      for (const q of ['雪', '雪域', '雪域建筑', 'xy', '9154', '2016 雪域', '雪"%\' OR 1']) searchNameIds(explainPicker, entity, q, 20);
      searchNameIds(explainPicker, entity, '540202198701010019', 20, 'visible');
    }
    expect(pickers.length).toBe(16);
    for (const d of pickers) if (d.scans.length) failures.push({ name: `picker: ${d.sql.slice(0, 60)}`, scans: d.scans });
    // Nor a search of every name of the entity (search_names by its entity alone, each tested against the terms' names).
    for (const d of pickers) {
      const lines = (db.prepare(`EXPLAIN QUERY PLAN ${d.sql}`).all(...(nulls(d.sql) as never[])) as { detail: string }[]).map((r) => r.detail);
      const wide = lines.filter((l) => /\(entity=\?\)$/.test(l));
      if (wide.length) failures.push({ name: `picker: ${d.sql.slice(0, 60)}`, scans: wide });
    }
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThan(50);
  });

  it('the leader’s charts and the files behind each bar read through indexes (wages recovered: wage_payments_unit_paid_idx)', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const found: { sql: string; scans: string[] }[] = [];
    const p = explaining(db, found);
    const unit = 'unit-540200';
    charts.complaintsPerMonth(p, unit, 0, 1);
    charts.recoveredPerMonth(p, unit, '2025-12-01', '2026-11-25');
    charts.perUnitCounts(p, unit, 0, 1);
    charts.complaintRows(p, unit, 0, 1);
    charts.recoveredFiles(p, unit, '2026-11-01', '2026-11-25');
    charts.openFilesOfUnit(p, unit);
    charts.openFileEmployers(p, unit);
    charts.filesByIds(p, ['a', 'b']);
    charts.claimsOfFiles(p, ['a', 'b']);
    charts.owedCorrectionsOfFiles(p, ['a', 'b']);
    charts.workerPaymentsOfFiles(p, ['a', 'b']);
    expect(found.length).toBe(12);
    expect(found.filter((f) => f.scans.length > 0)).toEqual([]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${found[1]!.sql}`).all(unit, '2025-12-01', '2026-11-25') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toContain('wage_payments_unit_paid_idx');
  });

  it('a proceeding’s events (its clock, its deadlines) are one seek on (proceeding_id, kind, date): no index of their own', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const found: { sql: string; scans: string[] }[] = [];
    const p = explaining(db, found);
    clockEvents(p, 'x');
    proceedingEvents(p, 'x');
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.scans).toEqual([]);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${f.sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toContain('SEARCH proceeding_events USING INDEX proceeding_events_proceeding_kind_date_idx (proceeding_id=?)');
    }
    // The (proceeding_id, seq) index it replaced is gone (issue #15: a smaller database).
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'proceeding_events_proceeding_idx'").get()).toBeUndefined();
  });

  it('the clocks without their status–due and case-file indexes: every desk reader seeks the open-duties index or the clock key (issue #15)', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const found: { sql: string; scans: string[] }[] = [];
    const p = explaining(db, found);
    const unit = 'unit-540200';
    for (const scope of ['mine', 'unit'] as const) {
      openDuties(p, { me: 'x', unitId: unit, scope, from: '2026-11-01', until: '2026-12-01', after: null, limit: 21, kinds: null });
      countOpenDuties(p, { me: 'x', unitId: unit, scope, from: null, until: '2026-12-01' });
    }
    dutiesByCapability(p, { unitId: unit, today: '2026-11-25', soonUntil: '2026-12-01' });
    expect(found).toHaveLength(5);
    expect(found.filter((f) => f.scans.length > 0)).toEqual([]);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ me: 'x', unitId: unit, from: null, until: '2026-12-01', afterDue: null, afterId: '', limit: 21, kinds: null, today: '2026-11-25', soonUntil: '2026-12-01' } as never) as { detail: string }[]).map((r) => r.detail).join('\n');
    // The unit's open duties and the charts' counts: one range of the open-duties index (status, nature, unit, due).
    for (const f of [found[2]!, found[3]!, found[4]!]) expect(plan(f.sql)).toMatch(/SEARCH d USING (COVERING )?INDEX deadlines_open_duties_idx \(status=\? AND nature=\? AND unit_id=\?/);
    // "Mine": the person's own range of staff_open_duties (migration 0076), each clock then by its key.
    for (const f of [found[0]!, found[1]!]) expect(plan(f.sql)).toMatch(/SEARCH m USING (COVERING )?INDEX staff_open_duties_staff_idx \(staff_id=\? AND unit_id=\?/);
    for (const gone of ['deadlines_status_due_idx', 'deadlines_case_file_idx']) expect(db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(gone)).toBeUndefined();
  });

  it('the case work made smaller again (issue #15, 0061): the timeline by its file index without seq, a proceeding’s parties by the partial party and person indexes', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const detail = (sql: string, params: unknown) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map((r) => r.detail).join('\n');
    // A file's lines in seq order from the index alone: no sort step, though seq is no longer a column of the index.
    expect(growingScans(db, TIMELINE_SQL, ['c'])).toEqual([]);
    const timeline = detail(TIMELINE_SQL, 'c');
    expect(timeline).toContain('SEARCH e USING INDEX case_events_case_file_idx (case_file_id=?)');
    expect(timeline).not.toContain('TEMP B-TREE');
    // The steps a proceeding took (the papers its work panel offers): by the file's lines, not a scan of every file's.
    expect(growingScans(db, STEPS_TAKEN_SQL, ['c', 'p'])).toEqual([]);
    expect(detail(STEPS_TAKEN_SQL, ['c', 'p'])).toContain('USING INDEX case_events_case_file_idx (case_file_id=?)');
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'case_events_case_file_idx'").get()).toEqual({ sql: 'CREATE INDEX `case_events_case_file_idx` ON `case_events` (`case_file_id`)' });
    // The tribunal's conflict check: a worker's and a party's other proceedings through the partial indexes.
    const found: { sql: string; scans: string[] }[] = [];
    filesSharing(explaining(db, found), 'unit-540200', 'c', { personIds: ['w'], partyIds: ['e'], idNumbers: ['x'], creditCodes: ['y'] }, 5);
    expect(found).toHaveLength(1);
    expect(found[0]!.scans).toEqual([]);
    const sharing = detail(found[0]!.sql, { personIds: '["w"]', partyIds: '["e"]', idNumbers: '["x"]', creditCodes: '["y"]', unitId: 'unit-540200', caseFileId: 'c', limit: 5 });
    expect(sharing).toContain('USING INDEX proceeding_parties_person_idx (person_id=?)');
    expect(sharing).toContain('USING INDEX proceeding_parties_party_idx (party_id=?)');
    for (const name of ['proceeding_parties_party_idx', 'proceeding_parties_person_idx']) {
      expect((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql).toMatch(/WHERE (party|person)_id IS NOT NULL$/);
    }
  });

  it('the month’s carried-over figures (上期结转, issue #15): a recent month starts from the open work and what was closed since, not every case of the history', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const plans: string[] = [];
    // The statements as the statistics run them, explained with the parameters they bind instead of run.
    const explained = new Proxy(db, {
      get: (target, key) =>
        key === 'prepare'
          ? (sql: string) => ({ all: (params: unknown) => (plans.push((target.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map((r) => r.detail).join('\n')), []) })
          : (Reflect.get(target, key, target) as unknown),
    }) as Db;
    const scope = { from: '2026-10-01', to: '2026-10-31', unitIds: ['unit-540200'] };
    acceptedCases(explained, scope, 'since');
    carriedOverFiles(explained, scope, 'since');
    expect(plans).toHaveLength(2);
    // What the history walks were: every arbitration case by its kind, every 受理 before the month by (kind, date).
    const historyWalk = /proceedings_kind_status_idx \(kind=\?\)|proceeding_events_kind_date_idx \(kind=\? AND date<\?\)|^SCAN (p|e|f|cf)\b/m;
    for (const plan of plans) {
      expect(plan).toContain('SEARCH o USING INDEX proceedings_open_idx (kind=?)');
      expect(plan).not.toMatch(historyWalk);
    }
    expect(plans[0]).toMatch(/SEARCH k USING INDEX arbitration_closings_unit_idx \(unit_id=\? AND closed_on>\?\)/);
    expect(plans[1]).toMatch(/SEARCH ke USING INDEX proceeding_events_kind_date_idx \(kind=\? AND date>\?\)/);
    // The shape before: the same check finds the walks (the checker is not blind).
    const before = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ units: '["unit-540200"]', from: scope.from, to: scope.to, openedBefore: 0 }) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(before(`SELECT p.id FROM proceedings p JOIN case_files f ON f.id = p.case_file_id LEFT JOIN arbitration_closings c ON c.proceeding_id = p.id
      WHERE p.kind = 'arbitration' AND f.unit_id IN (SELECT value FROM json_each(@units)) AND p.opened_at < @openedBefore AND (c.closed_on IS NULL OR c.closed_on >= @from)`)).toMatch(historyWalk);
    expect(before(`SELECT cf.id, MIN(e.date) FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id JOIN case_files cf ON cf.id = p.case_file_id
      WHERE e.kind = 'accepted' AND e.date < @from AND p.kind = 'inspection' AND cf.unit_id IN (SELECT value FROM json_each(@units)) GROUP BY cf.id`)).toMatch(historyWalk);
  });

  it('a person’s desk reads their own range of open duties and the unit’s open urgent files as far as the page; proposed leaders from the proposals still waiting (issue #15)', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const found: { sql: string; scans: string[] }[] = [];
    const p = explaining(db, found);
    const unit = 'unit-540200';
    const q = { me: 'x', unitId: unit, scope: 'mine' as const, from: null, until: '2026-12-01' };
    openDuties(p, { ...q, after: { due: '2026-11-01', id: 'a' }, limit: 21, kinds: null });
    openDuties(p, { ...q, after: null, limit: 21, kinds: ['inspection'] });
    countOpenDuties(p, q);
    urgentFiles(p, unit, 20);
    countUrgentFiles(p, unit);
    expect(found).toHaveLength(5);
    expect(found.filter((f) => f.scans.length > 0)).toEqual([]);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ me: 'x', unitId: unit, from: null, until: '2026-12-01', afterDue: '2026-11-01', afterId: 'a', limit: 21, kinds: '["inspection"]' } as never) as { detail: string }[]).map((r) => r.detail).join('\n');
    // The person's overdue and due-soon duties: their range of staff_open_duties in due-date order, the page's clocks
    // by key — never the unit's open duties tested one by one against the person's files (staff_open_duties, 0075).
    for (const f of found.slice(0, 3)) {
      expect(plan(f.sql)).toMatch(/^SEARCH m USING (COVERING )?INDEX staff_open_duties_staff_idx \(staff_id=\? AND unit_id=\?/);
      expect(plan(f.sql)).not.toMatch(/deadlines_open_duties_idx|case_team|TEMP B-TREE/);
    }
    expect(plan(found[2]!.sql)).toMatch(/^SEARCH m USING COVERING INDEX staff_open_duties_staff_idx \(staff_id=\? AND unit_id=\?\)$/);
    // The open urgent and collective files: the partial index of the open flagged files in the desk's order — the page
    // without sorting, the count on the index alone; never every open file nor every flagged file of the history.
    const args = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.includes('LIMIT') ? [unit, 20] : [unit])) as { detail: string }[]).map((r) => r.detail);
    expect(args(found[3]!.sql)[0]).toBe('SEARCH c USING INDEX case_files_open_flagged_idx (unit_id=?)');
    expect(args(found[3]!.sql).join('\n')).not.toContain('TEMP B-TREE');
    expect(args(found[4]!.sql)).toEqual(['SEARCH c USING COVERING INDEX case_files_open_flagged_idx (unit_id=?)']);
    // The person's open files: their own range of staff_open_files, never the unit's open files (migration 0071).
    const mine: { sql: string; scans: string[] }[] = [];
    countMyFiles(explaining(db, mine), 'x');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.scans).toEqual([]);
    expect(plan(mine[0]!.sql.replace('?', "'x'"))).toMatch(/^SEARCH staff_open_files USING PRIMARY KEY \(staff_id=\?\)$/);
    // Proposed leaders waiting for confirmation: from the proposals still waiting, each file by its key — never the
    // unit's open files (nor its every file in list order).
    for (const sql of [`SELECT count(*) AS n ${PENDING_LEADERS}`, `SELECT t.id ${PENDING_LEADERS} ORDER BY t.added_at, t.id LIMIT 20`]) {
      const pending = plan(sql);
      expect(pending).toMatch(/SEARCH t USING INDEX case_team_pending_leader_idx|SCAN t USING INDEX case_team_pending_leader_idx/);
      expect(pending).toMatch(/SEARCH c USING INDEX case_files_id_unique \(id=\?\)/);
      expect(pending).not.toMatch(/case_files_status_closed_idx|case_files_unit_opened_idx/);
      expect(pending).not.toContain('TEMP B-TREE');
    }
    // Employers taken off the blacklist lately: the window's size counted up to REMOVALS_SORTED_MAX on the removed
    // blacklistings' own index; a quiet window from the removed blacklistings closed since, never every 'delisted'
    // event; a busy one from the 'delisted' events newest first, as far as the page — never the window sorted.
    const removals: { sql: string; scans: string[] }[] = [];
    const r = explaining(db, removals);
    removalsSince(r, unit, 0, 20);
    newestRemovalsSince(r, unit, 0, 20);
    expect(removals).toHaveLength(3);
    const removalPlan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.includes('LIMIT ?') ? [unit, 0, 20].slice(sql.includes('c.unit_id') ? 0 : 1) : [unit, 0])) as { detail: string }[]).map((x) => x.detail);
    expect(removalPlan(removals[0]!.sql)).toEqual(['CO-ROUTINE (subquery-1)', 'SEARCH p USING COVERING INDEX proceedings_blacklist_removed_idx (closed_at>?)', 'SCAN (subquery-1)']);
    const whole = removalPlan(removals[1]!.sql).join('\n');
    expect(whole).toMatch(/SEARCH p USING INDEX proceedings_blacklist_removed_idx \(closed_at>\?\)/);
    expect(whole).not.toContain('proceeding_events_kind_date_idx');
    const newest = removalPlan(removals[2]!.sql);
    expect(newest[0]).toBe('SCAN e USING INDEX proceeding_events_delisted_idx');
    expect(newest.join('\n')).toMatch(/SEARCH p USING INDEX sqlite_autoindex_proceedings_1 \(id=\?\)/);
    expect(newest.join('\n')).not.toContain('TEMP B-TREE');
  });

  it('the case list by a proceeding’s kind, state or department: from the few proceedings, or a walk testing each file by its own (issue #15)', async () => {
    const { core } = await testCore();
    const s = core.services!;
    const db = s.db;
    const unit = 'unit-540200';
    const none = { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: null, proceedingStatus: null, departmentId: null };
    const filters = [{ ...none, proceedingKind: 'arbitration' }, { ...none, proceedingKind: 'inspection', proceedingStatus: 'closed' }, { ...none, departmentId: 'dept-540200-inspection' }];
    for (const f of filters) {
      for (const cursor of [null, { at: 1, seq: 1 }]) {
        const lines = (driveMax: number) => {
          const st = caseListStatement(s, unit, f as never, cursor, null, 51, driveMax);
          expect(growingScans(db, st.sql, st.params)).toEqual([]);
          return (db.prepare(`EXPLAIN QUERY PLAN ${st.sql}`).all(...(st.params as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
        };
        // Many: the unit's files in list order, each tested by its own proceedings — by the kind's index (the old
        // EXISTS) it read every proceeding of the kind for each file; an IN list read them all once a page.
        const walk = lines(-1);
        expect(walk, JSON.stringify(f)).toContain('SEARCH c USING INDEX case_files_unit_opened_idx (unit_id=?');
        expect(walk, JSON.stringify(f)).toMatch(/SEARCH p (EXISTS )?USING (COVERING )?INDEX proceedings_case_file_idx \(case_file_id=\?\)/);
        expect(walk, JSON.stringify(f)).not.toContain('proceedings_kind_status_idx');
        // Few: from the proceedings by (kind, status), then each file by its key.
        const few = lines(100_000);
        expect(few, JSON.stringify(f)).toMatch(/SEARCH p USING (COVERING )?INDEX proceedings_kind_status_idx \(kind=\?/);
        expect(few, JSON.stringify(f)).toContain('SEARCH c USING INDEX case_files_id_unique (id=?)');
        expect(few, JSON.stringify(f)).not.toContain('case_files_unit_opened_idx');
      }
    }
    // Urgent and collective files by their partial indexes in list order (by the list-order index a unit without one
    // read every file), first and later pages.
    for (const [flag, index] of [['urgent', 'case_files_urgent_idx'], ['collective', 'case_files_collective_idx']] as const) {
      for (const cursor of [null, { at: 1, seq: 1 }]) {
        const st = caseListStatement(s, unit, { ...none, [flag]: true } as never, cursor, null, 51);
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${st.sql}`).all(...(st.params as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
        expect(plan).toContain(`SEARCH c USING INDEX ${index} (unit_id=?`);
        expect(plan).not.toContain('TEMP B-TREE');
      }
    }
  });

  it('the complainants waiting for an answer start from the few unanswered notices, never the unit’s intakes (issue #15)', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const found: { sql: string; scans: string[] }[] = [];
    const p = explaining(db, found);
    waitingRows(p, 'unit-540200', '2026-12-01', 30);
    countWaiting(p, 'unit-540200', '0000-00-00', '2026-12-01');
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.scans).toEqual([]);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${f.sql}`).all(...(nulls(f.sql) as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toMatch(/SEARCH n USING (COVERING )?INDEX intake_notices_waiting_idx \(feedback_due/);
      expect(plan).not.toMatch(/intakes_unit_\w*idx/);
    }
  });

  it('a save writes no index that no statement reads (issue #15, 0074): the case list by status reads the unit’s list-order index', async () => {
    const { core } = await testCore();
    const s = core.services!;
    const db = s.db;
    const none = { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: null, proceedingStatus: null, departmentId: null };
    for (const status of ['open', 'closed'] as const) {
      for (const cursor of [null, { at: 1, seq: 1 }]) {
        const st = caseListStatement(s, 'unit-540200', { ...none, status } as never, cursor, null, 51);
        expect(growingScans(db, st.sql, st.params)).toEqual([]);
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${st.sql}`).all(...(st.params as never[])) as { detail: string }[]).map((r) => r.detail).join('\n');
        expect(plan).toContain('SEARCH c USING INDEX case_files_unit_opened_idx (unit_id=?');
        expect(plan).not.toContain('TEMP B-TREE');
      }
    }
    for (const gone of ['case_files_status_opened_idx', 'intakes_external_no_idx']) expect(db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(gone)).toBeUndefined();
  });

  it('catches a scan: the checker is not blind', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    expect(growingScans(db, 'SELECT * FROM intakes i WHERE i.summary LIKE ?', [null])).toEqual([expect.stringMatching(/^SCAN i/)]);
    expect(growingScans(db, 'SELECT id FROM intakes i ORDER BY i.received_at DESC LIMIT 5', [])).not.toEqual([]);
    expect(growingScans(db, 'SELECT name FROM staff', [])).toEqual([]);
  });
});
