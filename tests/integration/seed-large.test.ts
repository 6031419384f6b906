// seed:large at a small size: the database it builds opens in the app as any other, holds what was asked in the
// asked proportions, every intake is found by a worker's name through the app's own search, and the scale bench
// reads it and writes its JSON in the agreed shape.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { verifyAuditChain } from '../../db/audit-chain';
import { checkCreditCode, checkResidentId } from '../../shared/domain/identity';
import { proceedingDefinition } from '../../shared/domain/proceedings';
import type { ProceedingKind } from '../../shared/domain/vocabulary';
import { signInAs, TEST_PASSWORD_COST } from '../helpers/accounts';
import { benchLarge, type BenchRow } from '../bench/large-bench';
import { PLANS } from '../bench/large/stages';
import { LARGE_STAFF, LARGE_UNTIL, seedLarge, type SeedLargeResult } from '../bench/seed-large';
import { MIGRATIONS_DIR } from '../helpers/core';
import { contentDigest } from '../bench/large/checksum';
import { instantOf } from '../../shared/domain/time';

const N = 300;
let dir: string;
let result: SeedLargeResult;
let core: Core;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-seed-large-'));
  result = await seedLarge({ intakes: N, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: 100 });
  core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
});

afterAll(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...args: unknown[]) => core.services!.db.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => core.services!.db.prepare(sql).get(...args) as T;

describe('seed:large', () => {
  it('builds a database the app opens, signs in to and lists, and refuses to overwrite it without --force', async () => {
    expect(core.startupError).toBeNull();
    const desk = await signInAs(core, LARGE_STAFF.desk);
    expect((await desk.call('intakes.list', { limit: 50 })).items).toHaveLength(50);
    await expect(seedLarge({ intakes: 100, dataDir: dir, log: () => {} })).rejects.toThrow(/不是空目录/);
    expect(result.bytesPerIntake).toBeGreaterThan(0);
    // One audit row per batch, on the app's chain (the core verified nothing broke when it opened).
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'seedLarge'").n).toBe(Math.ceil(N / 100) + 2);
  });

  it('writes the audit row the app writes for every record it makes, at its time and by its actor, on an intact chain', () => {
    const verdict = verifyAuditChain(core.services!.db);
    expect(verdict.intact, verdict.message).toBe(true);
    const audited = (entity: string, action: string) => new Set(all<{ id: string }>('SELECT entity_id AS id FROM audit_log WHERE entity = ? AND action = ?', entity, action).map((r) => r.id));
    const ids = (sql: string) => all<{ id: string }>(sql).map((r) => r.id);
    expect(audited('intake', 'create')).toEqual(new Set(ids('SELECT id FROM intakes')));
    expect(audited('person', 'create')).toEqual(new Set(ids('SELECT id FROM persons')));
    expect(audited('caseFile', 'create')).toEqual(new Set(ids('SELECT id FROM case_files')));
    expect(audited('document', 'generate')).toEqual(new Set(ids('SELECT id FROM documents')));
    expect(audited('hearing', 'hearingScheduled')).toEqual(new Set(ids('SELECT id FROM hearings')));
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'paymentRecord'").n).toBe(one<{ n: number }>('SELECT count(*) AS n FROM wage_payments').n);
    // Each intake's row is the desk's, at the time it was received, stored as format 5 (what was made, no empty fields, its ids compact, its change packed).
    const row = one<{ at: number; actor: string; change: string; format: number; received_at: number; recorded_by: string }>(
      "SELECT a.at, a.actor_staff_id AS actor, a.change, a.format, i.received_at, i.recorded_by FROM audit_log a JOIN intakes i ON i.id = a.entity_id WHERE a.entity = 'intake' AND a.action = 'create' LIMIT 1",
    );
    expect(row.at).toBe(row.received_at);
    expect(row.actor).toBe(row.recorded_by);
    expect(row.format).toBe(5);
    expect(row.change).not.toContain('null');
    // A step of a proceeding is recorded at the step's time, after the file was opened.
    expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'proceedingStep'").n).toBeGreaterThan(N / 2);
  });

  it('writes the same rows for the same seed however it is batched (the check a faster build must pass)', { timeout: 90_000 }, async () => {
    const other = mkdtempSync(join(tmpdir(), 'xinan-seed-large-'));
    try {
      await seedLarge({ intakes: N, dataDir: other, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: N });
      const until = instantOf(LARGE_UNTIL, '23:59');
      const mine = contentDigest(core.services!.db, until);
      const Database = (await import('better-sqlite3')).default;
      const db = new Database(join(other, 'xinan.sqlite3'), { readonly: true, fileMustExist: true });
      const theirs = contentDigest(db as never, until);
      db.close();
      expect(theirs).toEqual(mine);
      // The digest covers the generated history, not an empty shell: every generated table is in it with its rows.
      for (const table of ['intakes', 'persons', 'intake_postings', 'proceedings', 'proceeding_events', 'deadlines', 'case_events', 'documents', 'audit_rows', 'intake_fts']) {
        expect(Number(mine[table]?.split(':')[0]), table).toBeGreaterThan(0);
      }
      expect(Number(mine.intakes!.split(':')[0])).toBe(N);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('holds the asked numbers and proportions', () => {
    expect(one<{ n: number }>('SELECT count(*) AS n FROM intakes').n).toBe(N);
    const complainants = one<{ n: number }>('SELECT count(*) AS n FROM intake_complainants').n;
    expect(complainants / N).toBeGreaterThan(2.4);
    expect(complainants / N).toBeLessThan(3.8);
    const persons = all<{ name: string; id_number: string }>('SELECT name, id_number FROM persons');
    const common = persons.filter((p) => /扎西|次仁|多吉|卓玛|旺堆|索朗|格桑|达瓦/.test(p.name)).length / persons.length;
    expect(common).toBeGreaterThan(0.25);
    expect(common).toBeLessThan(0.45);
    expect(persons.filter((p) => /^[\u4e00-\u9fff]{2,3}$/.test(p.name) && !/扎西|次仁|多吉|卓玛/.test(p.name)).length).toBeGreaterThan(persons.length * 0.3);
    expect(persons.every((p) => checkResidentId(p.id_number).ok)).toBe(true);
    expect(new Set(persons.map((p) => p.id_number)).size).toBe(persons.length);
    // Repeated ID prefixes by county: the city district holds the most, and 10-digit prefixes (county + birth year) repeat.
    const counties = all<{ c: string; n: number }>('SELECT substr(id_number, 1, 6) AS c, count(*) AS n FROM persons GROUP BY c ORDER BY n DESC');
    expect(counties[0]!.c).toBe('540202');
    expect(one<{ n: number }>('SELECT count(*) AS n FROM persons GROUP BY substr(id_number, 1, 10) ORDER BY n DESC LIMIT 1').n).toBeGreaterThanOrEqual(5);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM person_phones').n).toBeGreaterThan(persons.length * 0.8);
    // Employers: a heavy tail — the busiest has many times the cases of the median one.
    const perEmployer = all<{ n: number }>("SELECT count(*) AS n FROM intake_parties WHERE role = 'employer' GROUP BY party_id ORDER BY n DESC").map((r) => r.n);
    expect(perEmployer[0]!).toBeGreaterThan(5 * perEmployer[Math.floor(perEmployer.length / 2)]!);
    expect(all<{ credit_code: string }>('SELECT credit_code FROM parties').every((p) => checkCreditCode(p.credit_code).ok)).toBe(true);
    // Ten years of dates, every year present, in order of registration.
    const years = all<{ y: number }>('SELECT DISTINCT reg_year AS y FROM intakes ORDER BY y').map((r) => r.y);
    expect(years[years.length - 1]! - years[0]!).toBeGreaterThanOrEqual(9);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM number_series WHERE series = 'intake'").n).toBe(years.length);
  });

  it('has case files at every stage, with their steps, deadlines, timeline, papers, hearings, awards and payments', () => {
    for (const kind of Object.keys(PLANS) as ProceedingKind[]) {
      const rows = all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM proceedings WHERE kind = ? GROUP BY status', kind);
      const states = Object.keys(proceedingDefinition(kind).states);
      expect(rows.length, kind).toBeGreaterThan(1);
      for (const r of rows) expect(states, `${kind}.${r.status}`).toContain(r.status);
    }
    // Old files have ended; the recent ones are spread over the stages.
    expect(one<{ n: number }>('SELECT count(*) AS n FROM (SELECT DISTINCT kind, status FROM proceedings)').n).toBeGreaterThanOrEqual(12);
    const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
    for (const table of ['deadlines', 'proceeding_events', 'case_events', 'documents', 'hearings', 'arbitration_awards', 'wage_payments', 'tribunals', 'case_team']) expect(count(table), table).toBeGreaterThan(0);
    expect(count('case_files')).toBe(one<{ n: number }>('SELECT count(*) AS n FROM intakes WHERE case_file_id IS NOT NULL').n);
    expect(count('deadlines')).toBe(result.counts.deadlines);
    // The inspection numbers issued are the series' last numbers, so the app goes on without a duplicate.
    const lastInspection = one<{ n: number }>("SELECT coalesce(sum(last), 0) AS n FROM number_series WHERE series = 'case:inspection'").n;
    expect(lastInspection).toBe(one<{ n: number }>("SELECT count(*) AS n FROM proceedings WHERE kind = 'inspection' AND number IS NOT NULL").n);
    // An arbitration closed has its 结案 record, as the app's 结案 step writes it (the statistics count closings from
    // it); the settled and withdrawn ones are closed by mediation and withdrawal, some still awaiting 结案.
    const closings = all<{ status: string; method: string | null; n: number }>(
      "SELECT p.status, c.method, count(*) AS n FROM proceedings p LEFT JOIN arbitration_closings c ON c.proceeding_id = p.id WHERE p.kind = 'arbitration' AND (p.status = 'closed' OR c.method IS NOT NULL) GROUP BY 1, 2",
    );
    expect(closings.filter((r) => r.status !== 'closed' || r.method === null)).toEqual([]);
    expect(closings.map((r) => r.method).sort()).toEqual(['award', 'mediation', 'withdrawal']);
  });

  it('finds every intake through the app\'s search by one of its workers\' names', async () => {
    const leader = await signInAs(core, LARGE_STAFF.leader);
    const names = all<{ id: string; name: string }>(
      `SELECT ic.intake_id AS id, pe.name FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id
       WHERE ic.sort_order = 0 ORDER BY ic.intake_id`,
    );
    expect(names).toHaveLength(N);
    const found = new Set<string>();
    const pages = new Map<string, string[]>();
    for (const { name } of names) {
      if (pages.has(name)) continue;
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await leader.call('intakes.list', { search: name, limit: 100, cursor });
        ids.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      pages.set(name, ids);
    }
    for (const { id, name } of names) if (pages.get(name)!.includes(id)) found.add(id);
    expect(found.size).toBe(N);
  });

  it('is what the scale bench measures, and the bench writes its JSON in the agreed shape', async () => {
    const json = join(dir, 'bench.json');
    await core.close();
    await benchLarge({ intakes: N, dataDir: dir, json, runs: 3, log: () => {}, passwordCost: TEST_PASSWORD_COST });
    const rows = JSON.parse(readFileSync(json, 'utf8')) as BenchRow[];
    const names = ['search-3plus-chinese', 'search-2char-chinese', 'search-1char-chinese', 'search-id-prefix', 'search-pinyin-initials', 'case-by-number', 'list-page-keyset', 'list-first-page', 'case-detail', 'save-case', 'monthly-statistics'];
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(names));
    for (const r of rows) {
      for (const k of ['p50_ms', 'p95_ms', 'raw_p95_ms', 'ratio'] as const) expect(Number.isFinite(r[k]) && r[k] >= 0, `${r.name}.${k}`).toBe(true);
      expect(r.p95_ms).toBeGreaterThanOrEqual(r.p50_ms);
      expect(Number.isInteger(r.n) && r.n >= 3).toBe(true);
    }
    core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
  });
});
