// The names dictionary (docs/performance.md, "Names indexed once"): an intake is found by its employers' and
// project's names through its links to them, with the same results, ranks and pages as when each intake posted the
// names' terms itself.
import { describe, expect, it } from 'vitest';
import { statementCache } from '../../db/statements';
import { indexIntake } from '../../electron/core/intakes/search-index';
import { rebuildSearch, searchIndexVersion, SEARCH_TERMS_VERSION } from '../../electron/core/jobs/search-rebuild';
import { indexName } from '../../electron/core/search/name-postings.data';
import { writePostings } from '../../electron/core/search/postings.data';
import { intakeSearchTerms, normalizeForSearch } from '../../electron/core/search/terms';
import { allPages, filledSearchCore } from '../helpers/search-core';

const EMPLOYERS = ['日喀则晨曦路桥工程有限公司', '巴桑劳务分包有限公司', '日喀则雪域建筑工程有限公司', '扎西商贸有限公司', '拉孜县宏远劳务有限公司'];

const filled = (count: number, employers = EMPLOYERS) => filledSearchCore(count, employers);

type Db = Awaited<ReturnType<typeof filled>>['db'];


/** A full scan of the names (workers', employers', the project's) for a 1–2 character token, in rank-then-newest order. */
function byScan(db: Db, token: string): string[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.received_at, i.seq,
         (SELECT json_group_array(pe.name) FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = i.id) AS people,
         (SELECT json_group_array(p.name) FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = i.id) AS orgs,
         (SELECT name FROM projects WHERE id = i.project_id) AS project
       FROM intakes i`,
    )
    .all() as { id: string; received_at: number; seq: number; people: string; orgs: string; project: string | null }[];
  const t = normalizeForSearch(token);
  return rows
    .map((r) => {
      const names = [...(JSON.parse(r.people) as string[]), ...(JSON.parse(r.orgs) as string[]), ...(r.project ? [r.project] : [])].map(normalizeForSearch);
      return { ...r, match: names.some((n) => n.includes(t)), rank: names.includes(t) ? 0 : names.some((n) => n.startsWith(t)) ? 1 : 2 };
    })
    .filter((r) => r.match)
    .sort((a, b) => a.rank - b.rank || b.received_at - a.received_at || b.seq - a.seq)
    .map((r) => r.id);
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('search through the names dictionary', () => {
  it('finds an employer-name term in many intakes across pages, newest first, each once, as a full scan does', async () => {
    const { client, db } = await filled(600);
    // Each employer's name is indexed once, and the intakes post none of its grams.
    expect(count(db, "SELECT count(*) AS n FROM search_names WHERE entity = 'party'")).toBe(EMPLOYERS.length);
    expect(count(db, "SELECT count(*) AS n FROM intake_postings p JOIN search_terms t ON t.id = p.term_id WHERE t.term = 'g:晨曦'")).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM name_postings')).toBe(601);
    for (const q of ['晨曦', '雪域', '宏远', 'hy']) {
      const expected = q === 'hy' ? null : byScan(db, q);
      const got = await allPages(client, q, 50);
      expect(new Set(got).size, q).toBe(got.length);
      if (expected) {
        expect(expected.length, q).toBeGreaterThan(100);
        expect(got, q).toEqual(expected);
      } else expect(got.length, q).toBeGreaterThan(100);
      expect(await allPages(client, q, 7), q).toEqual(got);
    }
    // Mixed terms intersect: an employer's fragment with a worker's name.
    const xueyu = new Set(byScan(db, '雪域'));
    const both = byScan(db, '扎西').filter((id) => xueyu.has(id));
    expect(both.length).toBeGreaterThan(10);
    expect(await allPages(client, '扎西 雪域', 50)).toEqual(both);
    expect(await allPages(client, '雪域 扎西', 9)).toEqual(byScan(db, '雪域').filter((id) => new Set(both).has(id)));
  }, 240_000);

  it('merges a term that is both a worker’s name and an employer’s name: each intake once, ranked by its best name', async () => {
    const { client, db, partyIds } = await filled(400);
    const ranked = byScan(db, '巴桑');
    // Some intakes have a worker called 巴桑 and the employer 巴桑劳务…: found once, in the rank of the whole name.
    const withBoth = db
      .prepare(
        `SELECT DISTINCT ic.intake_id AS id FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id
         JOIN intake_parties ip ON ip.intake_id = ic.intake_id WHERE pe.name = '巴桑' AND ip.party_id = ?`,
      )
      .all(partyIds[1]) as { id: string }[];
    expect(withBoth.length).toBeGreaterThan(0);
    const got = await allPages(client, '巴桑', 50);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(ranked);
    expect(await allPages(client, '巴桑', 6)).toEqual(ranked);
    for (const r of withBoth) expect(got.filter((id) => id === r.id)).toHaveLength(1);
    // 巴 (one character) too: workers 巴桑, 拉巴, 强巴 and the employer, merged.
    expect(await allPages(client, '巴', 50)).toEqual(byScan(db, '巴'));
  }, 240_000);

  it('walks the list for a term too many names carry (日喀 begins 400 employers’ names), with the same results', async () => {
    const heads = ['雪域', '晨曦', '年楚', '宏远', '吉祥', '珠峰'];
    const many = Array.from({ length: 400 }, (_, i) => `日喀则${heads[i % heads.length]}${i}建筑工程有限公司`);
    const { client, db } = await filled(800, many);
    // More names carry 日喀 than a page merges (NAME_SOURCES, 256): the walk is what is tested here.
    expect(count(db, "SELECT count(*) AS n FROM search_names WHERE entity = 'party'")).toBeGreaterThan(300);
    for (const q of ['日喀', '日', '晨曦']) {
      const expected = byScan(db, q);
      expect(expected.length, q).toBeGreaterThan(50);
      expect(await allPages(client, q, 50), q).toEqual(expected);
    }
    expect(await allPages(client, '日喀', 13)).toEqual(byScan(db, '日喀'));
    const zhaxi = new Set(byScan(db, '扎西'));
    expect(await allPages(client, '日喀 扎西', 50)).toEqual(byScan(db, '日喀').filter((id) => zhaxi.has(id)));
  }, 240_000);

  it('finds a renamed employer’s intakes by its new name and no longer by the old, without re-indexing them', async () => {
    const { client, db, partyIds } = await filled(200);
    const prepare = statementCache(db);
    const before = byScan(db, '宏远');
    expect(before.length).toBeGreaterThan(10);
    const docs = db.prepare('SELECT seq, term_ids, name_ids FROM intake_search_docs ORDER BY seq').all();
    // Parties keep no former names (parties table): a rename, as retention's anonymisation does, re-indexes the name.
    db.prepare("UPDATE parties SET name = '拉孜县恒通劳务有限公司' WHERE id = ?").run(partyIds[4]);
    db.transaction(() => indexName(prepare, 'party', partyIds[4], '拉孜县恒通劳务有限公司'))();
    expect(await allPages(client, '宏远', 50)).toEqual([]);
    expect(await allPages(client, '恒通', 50)).toEqual(before);
    expect(byScan(db, '恒通')).toEqual(before);
    expect(db.prepare('SELECT seq, term_ids, name_ids FROM intake_search_docs ORDER BY seq').all()).toEqual(docs);
    // A term nobody has any more leaves the dictionary.
    expect(count(db, "SELECT count(*) AS n FROM search_terms WHERE term = 'g:宏远'")).toBe(0);
  }, 240_000);

  it('finds an intake whose employer changed by the new employer only', async () => {
    const { client, db, partyIds, template } = await filled(50);
    const prepare = statementCache(db);
    expect(await allPages(client, '晨曦', 50)).toContain(template.id);
    // No channel moves an intake to another employer today; a correction would change the link and re-index, as here.
    db.transaction(() => {
      db.prepare('UPDATE intake_parties SET party_id = ? WHERE intake_id = ?').run(partyIds[3], template.id);
      indexIntake(prepare, template.id);
    })();
    expect(await allPages(client, '晨曦', 50)).not.toContain(template.id);
    expect(await allPages(client, '商贸', 50)).toContain(template.id);
    expect(await allPages(client, '晨曦', 50)).toEqual(byScan(db, '晨曦'));
    expect(await allPages(client, '商贸', 50)).toEqual(byScan(db, '商贸'));
  }, 240_000);

  it('an index built before the dictionary stays correct while the rebuild moves it, and after', async () => {
    const { client, db } = await filled(300);
    const prepare = statementCache(db);
    const expected = { chenxi: byScan(db, '晨曦'), basang: byScan(db, '巴桑') };
    // The index as version 2 wrote it: every intake posts its employer's terms itself, no name links.
    const intakes = db.prepare('SELECT seq FROM intakes ORDER BY seq').all() as { seq: number }[];
    db.transaction(() => {
      for (const { seq } of intakes) {
        const orgs = db.prepare('SELECT p.name FROM intakes i JOIN intake_parties ip ON ip.intake_id = i.id JOIN parties p ON p.id = ip.party_id WHERE i.seq = ?').all(seq) as { name: string }[];
        const people = db.prepare('SELECT pe.name FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons pe ON pe.id = ic.person_id WHERE i.seq = ?').all(seq) as { name: string }[];
        const at = (db.prepare('SELECT received_at AS n FROM intakes WHERE seq = ?').get(seq) as { n: number }).n;
        const { terms, body } = intakeSearchTerms({ regNoText: '', externalNo: null, summary: '', projectName: null, parties: orgs.map((o) => ({ name: o.name, creditCode: null, idNumber: null })), complainants: people.map((p) => ({ name: p.name, idNumber: null, hometown: null, phones: [] })) });
        writePostings(prepare, seq, at, terms, body);
      }
      db.prepare('UPDATE search_index_state SET version = 2').run();
    })();
    expect(count(db, 'SELECT count(*) AS n FROM name_postings')).toBe(0);
    expect(await allPages(client, '晨曦', 50)).toEqual(expected.chenxi);
    // Half-way: the newest half re-indexed through the dictionary, the older half still posting the names' terms.
    db.transaction(() => {
      for (const { seq } of intakes.slice(150)) indexIntake(prepare, (db.prepare('SELECT id FROM intakes WHERE seq = ?').get(seq) as { id: string }).id);
    })();
    expect(await allPages(client, '晨曦', 7)).toEqual(expected.chenxi);
    expect(await allPages(client, '巴桑', 50)).toEqual(expected.basang);
    const result = rebuildSearch({ db, progress: () => {}, cancelled: () => false });
    expect(result.cancelled).toBe(false);
    expect(searchIndexVersion(db)).toBe(SEARCH_TERMS_VERSION);
    expect(count(db, "SELECT count(*) AS n FROM intake_postings p JOIN search_terms t ON t.id = p.term_id WHERE t.term LIKE 'g:晨%'")).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM name_postings')).toBe(301);
    expect(await allPages(client, '晨曦', 50)).toEqual(expected.chenxi);
    expect(await allPages(client, '巴桑', 9)).toEqual(expected.basang);
  }, 240_000);
});
