// The term postings' second tier (docs/performance.md, "A save's postings in a second tier"): a desk's save lists its
// intake in intake_postings_pending instead of writing a posting per term; searches read both tiers; a merge moves a
// batch into intake_postings. Every search answers the same — rows, order, pages — with the intakes all waiting, split
// across both tiers, all merged, and indexed the straightforward way (each posting written in place, as before).
import { describe, expect, it } from 'vitest';
import { statementCache } from '../../db/statements';
import { indexIntake } from '../../electron/core/intakes/search-index';
import { derivedTx } from '../../electron/core/kernel/tx';
import { mergePending, PENDING_CAP, PENDING_SQL } from '../../electron/core/search/pending-postings.data';
import { collectUnusedTerms, termId } from '../../electron/core/search/postings.data';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import { testCore, type Client } from '../helpers/core';
import { allPages } from '../helpers/search-core';

const NAMES = ['扎西', '扎西次仁', '次仁卓玛', '巴桑', '卓玛', '多吉', '张伟', '王磊', '格桑', '巴桑次仁', '央金'];
const EMPLOYERS = ['日喀则雪域建筑工程有限公司', '巴桑劳务分包有限公司', '拉孜县宏远劳务有限公司'];
const PLACES = ['安居房', '学校', '公路', '水利'];
const QUERIES = ['扎西', '巴', '卓玛', 'zx', 'zhaxi', '次仁卓玛', '安居房', '雪域', '扎西 雪域', '54022119', '5402211990', '1390000', '0103', '巴桑次仁', '宏远'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

async function saveIntakes(client: Client, partyIds: string[], count: number, seed: number): Promise<string[]> {
  const random = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 3);
    const complainants = Array.from({ length: n }, (_, k) => {
      const first17 = `5402211990${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${String(seed + i * 3 + k).padStart(3, '0').slice(-3)}`;
      return { name: pick(NAMES), idType: 'residentId' as const, idNumber: first17 + residentIdCheckChar(first17), phones: [`1390000${String(seed + i * 3 + k).padStart(4, '0').slice(-4)}`] };
    });
    // Dates spread over years, so waiting and merged intakes interleave in list order.
    const receivedAt = instantOf(`20${16 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, '09:00') + i;
    const r = await client.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt,
      summary: `在${pick(PLACES)}项目务工，工资未付`,
      workersCount: n,
      parties: [{ partyId: pick(partyIds), role: 'employer' }],
      complainants,
      route: 'inspection',
    });
    ids.push(r.id);
  }
  return ids;
}

/** Every query's pages at two page sizes, and the first page whole (its rows as the list shows them). */
async function answers(client: Client): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const q of QUERIES) {
    out[q] = {
      by50: await allPages(client, q, 50),
      by7: await allPages(client, q, 7),
      first: await client.call('intakes.list', { search: q, limit: 10 }),
    };
  }
  return out;
}

const n = (db: { prepare(sql: string): { get(...p: unknown[]): unknown } }, sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;

describe('the term postings in two tiers', () => {
  it('answers every search the same with the intakes waiting, in both tiers, merged, and indexed in place', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const prepare = statementCache(db);
    const partyIds: string[] = [];
    for (const name of EMPLOYERS) partyIds.push((await t.client.call('parties.create', { kind: 'organisation', name })).id);
    const ids = await saveIntakes(t.client, partyIds, 40, 100);

    // Saved: every intake waits in the tier, none has a term posting yet.
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(40);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings')).toBe(0);
    const waiting = await answers(t.client);

    // The oldest 25 saved merged (their dates spread over ten years): the intakes in both tiers, interleaved in time.
    expect(derivedTx(db, () => mergePending(prepare, 25))).toBe(25);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(15);
    expect(n(db, 'SELECT count(DISTINCT seq) AS n FROM intake_postings')).toBe(25);
    const split = await answers(t.client);

    // Everything merged, in batches.
    while (derivedTx(db, () => mergePending(prepare, 10)) > 0);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(0);
    const merged = await answers(t.client);
    const postings = db.prepare('SELECT term_id, received_at, seq FROM intake_postings ORDER BY 1, 2, 3').all();

    // The straightforward way: each intake indexed again with its postings written in place.
    derivedTx(db, () => {
      for (const id of ids) indexIntake(prepare, id);
    });
    expect(db.prepare('SELECT term_id, received_at, seq FROM intake_postings ORDER BY 1, 2, 3').all()).toEqual(postings);
    const inPlace = await answers(t.client);

    for (const q of QUERIES) {
      for (const state of [waiting, split, merged]) expect((state as Record<string, unknown>)[q], q).toEqual((inPlace as Record<string, unknown>)[q]);
    }
    // The searches found something in every state (the comparison is not of empty lists).
    for (const q of QUERIES) expect((inPlace as Record<string, { by50: string[] }>)[q].by50.length, q).toBeGreaterThan(0);
  });

  it('keeps a term a waiting intake has in the dictionary, and finds that intake by it', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const prepare = statementCache(db);
    const party = (await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYERS[0] })).id;
    const r = await t.client.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf('2026-11-20', '09:00'),
      summary: '工资未付',
      workersCount: 1,
      parties: [{ partyId: party, role: 'employer' }],
      complainants: [{ name: '鲁冰花', idType: 'none', idMissingReason: '未带证件', phones: [] }],
      route: 'inspection',
    });
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(1);
    const id = termId(prepare, 'x:鲁冰花')!;
    // What another intake's re-index does with a term it no longer has: the dictionary keeps it for the waiting one.
    derivedTx(db, () => collectUnusedTerms(prepare, [id]));
    expect(termId(prepare, 'x:鲁冰花')).toBe(id);
    expect(await allPages(t.client, '鲁冰花', 10)).toEqual([r.id]);
  });

  it('writes a save’s postings in place once the tier is full, and a merge rolled back leaves both tiers as they were', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const prepare = statementCache(db);
    const partyIds = [(await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYERS[1] })).id];
    const [first] = await saveIntakes(t.client, partyIds, 1, 7);
    const seqOf = (id: string) => (db.prepare('SELECT seq FROM intakes WHERE id = ?').get(id) as { seq: number }).seq;
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings WHERE seq = ?', seqOf(first))).toBe(0);

    // Rolled back half-way: nothing moved, nothing lost.
    expect(() =>
      derivedTx(db, () => {
        mergePending(prepare);
        throw new Error('cut');
      }),
    ).toThrow('cut');
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(1);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings')).toBe(0);

    // A full tier (rows standing for intakes not on this desk): the next save posts its terms itself.
    const fill = db.prepare('INSERT INTO intake_postings_pending (seq) VALUES (?)');
    for (let i = 0; i < PENDING_CAP - 1; i++) fill.run(1_000_000 + i);
    const [second] = await saveIntakes(t.client, partyIds, 1, 8);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(PENDING_CAP);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending WHERE seq = ?', seqOf(second))).toBe(0);
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings WHERE seq = ?', seqOf(second))).toBeGreaterThan(10);
    expect((await allPages(t.client, '1390000', 10)).sort()).toEqual([first, second].sort());
  });

  it('empties the tier in the background once the core is idle', async () => {
    const t = await testCore({ postingsMerge: true });
    const db = t.core.services!.db;
    const partyIds = [(await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYERS[2] })).id];
    await saveIntakes(t.client, partyIds, 3, 9);
    for (let i = 0; i < 50 && n(db, 'SELECT count(*) AS n FROM intake_postings_pending') > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(n(db, 'SELECT count(*) AS n FROM intake_postings_pending')).toBe(0);
    expect(n(db, 'SELECT count(DISTINCT seq) AS n FROM intake_postings')).toBe(3);
  });

  it('reads the tier by key: the search docs by their primary key, only the small tier scanned', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const plan = (sql: string, ...p: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...p) as { detail: string }[]).map((r) => r.detail);
    expect(plan(PENDING_SQL.docs).join(' | ')).toMatch(/SEARCH d USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    for (const [sql, params] of [[PENDING_SQL.docs, []], [PENDING_SQL.batch, [64]], [PENDING_SQL.count, []], [PENDING_SQL.doc, [1]], [PENDING_SQL.remove, [1]], [PENDING_SQL.add, [1]], [PENDING_SQL.insertPosting, [1, 2, 3]]] as const) {
      for (const d of plan(sql, ...params)) if (d.startsWith('SCAN')) expect(d, sql).toMatch(/^SCAN (p|intake_postings_pending)\b/);
    }
    expect(plan(PENDING_SQL.doc, 1).join(' ')).toMatch(/SEARCH intake_search_docs USING INTEGER PRIMARY KEY/);
    expect(plan(PENDING_SQL.remove, 1).join(' ')).toMatch(/SEARCH intake_postings_pending USING INTEGER PRIMARY KEY/);
  });
});
