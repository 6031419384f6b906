// The intakes' number words are kept beside the FTS row, not in its trigram index (rules version 4; docs/performance.md,
// "Numbers out of the trigram index"): every number form is found as a full scan finds it, before the upgrade's
// rebuild (numbers still in the FTS body), half-way through it, and after it.
import { describe, expect, it } from 'vitest';
import { rebuildSearch } from '../../electron/core/jobs/search-rebuild';
import { allPages, filledSearchCore } from '../helpers/search-core';

type Filled = Awaited<ReturnType<typeof filledSearchCore>>;

/** The intakes having a worker whose ID number or phone begins with the query, newest first (numbers have no ranks). */
function byScan(db: Filled['db'], q: string): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT i.id, i.received_at, i.seq FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons pe ON pe.id = ic.person_id
         LEFT JOIN person_phones ph ON ph.person_id = pe.id
         WHERE lower(pe.id_number) LIKE ? || '%' OR ph.phone LIKE ? || '%' ORDER BY i.received_at DESC, i.seq DESC`,
      )
      .all(q, q) as { id: string }[]
  ).map((r) => r.id);
}

const count = (db: Filled['db'], sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;

describe('numbers out of the trigram index', () => {
  it('finds ID numbers and phones whole and by prefix, and texts by FTS, before, during and after the rebuild', async () => {
    const { client, db } = await filledSearchCore(300, ['日喀则雪域建筑工程有限公司', '巴桑劳务分包有限公司']);
    const person = db.prepare("SELECT pe.id_number AS id, ph.phone FROM persons pe JOIN person_phones ph ON ph.person_id = pe.id WHERE pe.id_number IS NOT NULL ORDER BY pe.id LIMIT 1 OFFSET 77").get() as { id: string; phone: string };
    const queries = [person.id, person.id.slice(0, 16), person.id.slice(0, 14), person.id.slice(0, 10), person.phone, person.phone.slice(0, 9)];
    const expected = queries.map((q) => byScan(db, q.toLowerCase()));
    expect(expected.map((e) => e.length).every((n) => n > 0)).toBe(true);
    expect(expected[3].length).toBeGreaterThan(expected[0].length);
    const texts = ['建筑工', '雪域建筑'];
    const textHits = await Promise.all(texts.map((q) => allPages(client, q, 50)));
    expect(textHits.every((h) => h.length > 0)).toBe(true);
    const check = async (when: string) => {
      for (const [i, q] of queries.entries()) expect(await allPages(client, q, 50), `${when} ${q}`).toEqual(expected[i]);
      for (const [i, q] of texts.entries()) expect(await allPages(client, q, 50), `${when} ${q}`).toEqual(textHits[i]);
    };
    await check('built');
    // The trigram index holds no ID number or phone; they are kept beside it.
    expect(count(db, 'SELECT count(*) AS n FROM intake_fts WHERE intake_fts MATCH ?', `"${person.id.slice(6, 14)}"`)).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM intake_search_docs WHERE numbers IS NULL')).toBe(0);
    // Half of the intakes as version 3 indexed them: the numbers in the FTS body, none beside it.
    const seqs = (db.prepare('SELECT seq FROM intake_search_docs ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
    db.transaction(() => {
      for (const seq of seqs.filter((_, i) => i % 2 === 0)) {
        const { body, numbers } = db.prepare('SELECT f.body, d.numbers FROM intake_fts f JOIN intake_search_docs d ON d.seq = f.rowid WHERE f.rowid = ?').get(seq) as { body: string; numbers: string };
        db.prepare('DELETE FROM intake_fts WHERE rowid = ?').run(seq);
        db.prepare('INSERT INTO intake_fts (rowid, body) VALUES (?, ?)').run(seq, `${body} ${numbers}`);
        db.prepare('UPDATE intake_search_docs SET numbers = NULL WHERE seq = ?').run(seq);
      }
    })();
    expect(count(db, 'SELECT count(*) AS n FROM intake_search_docs WHERE numbers IS NULL')).toBe(Math.ceil(seqs.length / 2));
    await check('half-moved');
    const rebuilt = rebuildSearch({ db, progress: () => {}, cancelled: () => false });
    expect(rebuilt.cancelled).toBe(false);
    expect(count(db, 'SELECT count(*) AS n FROM intake_search_docs WHERE numbers IS NULL')).toBe(0);
    await check('rebuilt');
  }, 240_000);
});
