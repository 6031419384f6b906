import { describe, expect, it } from 'vitest';
import { reindexFileIntakes } from '../../electron/core/intakes/search-index';
import { statementCache } from '../../db/statements';
import { normalizeForSearch } from '../../electron/core/search/terms';
import { RARE } from '../bench/search-fill';
import { allPages, filledSearchCore } from '../helpers/search-core';

const COUNT = 1200;

const filled = () => filledSearchCore(COUNT, ['日喀则雪域建筑工程有限公司', '日喀则晨曦路桥工程有限公司', '巴桑劳务分包有限公司', '扎西商贸有限公司']);


type Db = Awaited<ReturnType<typeof filled>>['db'];

/**
 * What a full scan says: the intakes whose names (1–2 characters) or whose texts (3 and more) contain the token, in
 * rank order (a name equal to it, a name beginning with it, the rest) and newest first.
 */
function byScan(db: Db, token: string): string[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.received_at, i.seq, i.summary,
         (SELECT json_group_array(pe.name) FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = i.id) AS people,
         (SELECT json_group_array(p.name) FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = i.id) AS orgs
       FROM intakes i`,
    )
    .all() as { id: string; received_at: number; seq: number; summary: string; people: string; orgs: string }[];
  const t = normalizeForSearch(token);
  const hits = rows
    .map((r) => {
      const names = [...(JSON.parse(r.people) as string[]), ...(JSON.parse(r.orgs) as string[])].map(normalizeForSearch);
      const texts = [...names, normalizeForSearch(r.summary)];
      const match = [...t].length <= 2 ? names.some((n) => n.includes(t)) : texts.some((x) => x.includes(t));
      const rank = names.includes(t) ? 0 : names.some((n) => n.startsWith(t)) ? 1 : 2;
      return { ...r, match, rank };
    })
    .filter((r) => r.match);
  hits.sort((a, b) => a.rank - b.rank || b.received_at - a.received_at || b.seq - a.seq);
  return hits.map((h) => h.id);
}

describe('search at scale: the index walk agrees with a full scan', () => {
  it('finds the same intakes as a LIKE scan, in rank-then-newest order, with no duplicates, whatever the page size', async () => {
    const { client, db } = await filled();
    for (const q of ['扎西', '巴', '建筑工', '巴桑', RARE, '次仁']) {
      const expected = byScan(db, q);
      expect(expected.length, q).toBeGreaterThan(0);
      const got = await allPages(client, q, 50);
      expect(new Set(got).size, q).toBe(got.length);
      expect(got, q).toEqual(expected);
      // Stable across pages: smaller pages give the same sequence.
      if (expected.length < 300) expect(await allPages(client, q, 7), q).toEqual(expected);
    }
    // Two tokens: the intersection of both scans, in the first token's rank order.
    const both = new Set(byScan(db, '建筑工'));
    expect(await allPages(client, '扎西 建筑工', 50)).toEqual(byScan(db, '扎西').filter((id) => both.has(id)));
  }, 240_000);

  it('ranks a whole name before a name beginning with the query before any other match', async () => {
    const { client, db } = await filled();
    const got = await allPages(client, '扎西', 50);
    const rankOf = (id: string) => {
      const names = (db.prepare('SELECT pe.name FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = ?').all(id) as { name: string }[]).map((r) => r.name);
      const orgs = (db.prepare('SELECT p.name FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = ?').all(id) as { name: string }[]).map((r) => r.name);
      const all = [...names, ...orgs];
      return all.includes('扎西') ? 0 : all.some((n) => n.startsWith('扎西')) ? 1 : 2;
    };
    const ranks = got.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1]));
  }, 240_000);

  it('finds a case number whole and by its parts, and a registration number by its serial', async () => {
    const { client, db, template } = await filled();
    db.prepare('UPDATE proceedings SET number = ? WHERE case_file_id = ?').run('日人社仲案〔2016〕191号', template.caseFileId);
    reindexFileIntakes(statementCache(db), template.caseFileId!);
    const find = async (search: string) => (await client.call('intakes.list', { search })).items.map((i) => i.id);
    for (const q of ['日人社仲案〔2016〕191号', '〔2016〕191号', '2016191', '2016 191', '仲案〔2016〕191']) expect(await find(q), q).toEqual([template.id]);
    // 191号 is also a substring of other intakes' summaries (第1191号…): found, with them.
    expect(await find('191号')).toContain(template.id);
    expect((await client.call('cases.list', { search: '日人社仲案〔2016〕191号' })).items.map((c) => c.id)).toEqual([template.caseFileId]);
    const serial = template.regNoText.split('-')[1];
    expect(await find(serial)).toContain(template.id);
    expect(await find(template.regNoText)).toEqual([template.id]);
  }, 240_000);

  it('treats SQL and FTS syntax in the query as text', async () => {
    const { client, db } = await filled();
    const zhaxi = byScan(db, '扎西').slice(0, 50);
    for (const q of ['"扎西"', '扎西*', '(扎西)', '扎西"', "'扎西'", '扎西;--']) expect((await client.call('intakes.list', { search: q })).items.map((i) => i.id), q).toEqual(zhaxi);
    for (const q of ['"; DROP TABLE intakes; --', 'NEAR(扎西 次仁)', '扎西 OR 1=1', "' OR '1'='1", 'body:扎西', '^扎西', '建筑工" OR "x', '{a b}:c']) {
      const res = await client.invoke('intakes.list', { search: q });
      expect(res.ok, q).toBe(true);
    }
    expect((await client.call('intakes.list', { search: '扎西 OR 1=1' })).items).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM intakes').get() as { n: number }).n).toBe(COUNT + 1);
  }, 240_000);
});
