// The intakes' number words are not in the FTS row's trigram index (rules version 4; docs/performance.md, "Numbers out
// of the trigram index"), nor copied beside it (version 6: a head is confirmed against the intake's own rows), and a
// personal number is indexed by its heads only (version 5): every number form is found as a full scan finds it, before
// the upgrade's rebuild (numbers in the FTS body and whole-number terms), half-way through it, and after it.
import { describe, expect, it } from 'vitest';
import { rebuildSearch } from '../../electron/core/jobs/search-rebuild';
import { packIds, unpackIds } from '../../electron/core/search/id-list';
import { allPages, filledSearchCore, intakesByNumberScan } from '../helpers/search-core';

type Filled = Awaited<ReturnType<typeof filledSearchCore>>;

const count = (db: Filled['db'], sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;

describe('numbers out of the trigram index', () => {
  it('finds ID numbers and phones whole and by prefix, and texts by FTS, before, during and after the rebuild', async () => {
    const { client, db } = await filledSearchCore(300, ['日喀则雪域建筑工程有限公司', '巴桑劳务分包有限公司']);
    const person = db.prepare("SELECT pe.id_number AS id, ph.phone FROM persons pe JOIN person_phones ph ON ph.person_id = pe.id WHERE pe.id_number IS NOT NULL ORDER BY pe.id LIMIT 1 OFFSET 77").get() as { id: string; phone: string };
    const queries = [person.id, person.id.slice(0, 16), person.id.slice(0, 14), person.id.slice(0, 10), person.phone, person.phone.slice(0, 9)];
    const expected = queries.map((q) => intakesByNumberScan(db, q.toLowerCase()));
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
    // The trigram index holds no ID number or phone, nor is a copy kept beside it; no whole number is a term.
    expect(count(db, 'SELECT count(*) AS n FROM intake_fts WHERE intake_fts MATCH ?', `"${person.id.slice(6, 14)}"`)).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM intake_search_docs WHERE numbers IS NOT NULL')).toBe(0);
    const wholeTerms = () => count(db, "SELECT count(*) AS n FROM search_terms WHERE term IN (?, ?)", `n:${person.id.toLowerCase()}`, `n:${person.phone}`);
    expect(wholeTerms()).toBe(0);
    // Half of the intakes as version 3 indexed them: the numbers in the FTS body, the whole numbers as terms.
    const seqs = (db.prepare('SELECT seq FROM intake_search_docs ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
    db.transaction(() => {
      for (const seq of seqs.filter((_, i) => i % 2 === 0)) {
        const numbers = (db.prepare(
          `SELECT pe.id_number AS v FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons pe ON pe.id = ic.person_id WHERE i.seq = ? AND pe.id_number IS NOT NULL
           UNION ALL SELECT ph.phone FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN person_phones ph ON ph.person_id = ic.person_id WHERE i.seq = ?`,
        ).all(seq, seq) as { v: string }[]).map((r) => r.v.toLowerCase());
        const { body } = db.prepare('SELECT body FROM intake_fts WHERE rowid = ?').get(seq) as { body: string };
        db.prepare('DELETE FROM intake_fts WHERE rowid = ?').run(seq);
        db.prepare('INSERT INTO intake_fts (rowid, body) VALUES (?, ?)').run(seq, `${body} ${numbers.join(' ')}`);
        const doc = db.prepare('SELECT received_at, term_ids FROM intake_search_docs WHERE seq = ?').get(seq) as { received_at: number; term_ids: Buffer };
        const ids = unpackIds(doc.term_ids);
        for (const v of numbers) {
          db.prepare('INSERT INTO search_terms (term) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM search_terms WHERE term = ?)').run(`n:${v}`, `n:${v}`);
          const id = (db.prepare('SELECT id FROM search_terms WHERE term = ?').get(`n:${v}`) as { id: number }).id;
          db.prepare('INSERT OR IGNORE INTO intake_postings (term_id, received_at, seq) VALUES (?, ?, ?)').run(id, doc.received_at, seq);
          ids.push(id);
        }
        db.prepare('UPDATE intake_search_docs SET term_ids = ? WHERE seq = ?').run(packIds(ids), seq);
      }
    })();
    expect(count(db, 'SELECT count(*) AS n FROM intake_fts WHERE intake_fts MATCH ?', `"${person.id.slice(6, 14)}"`)).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) AS n FROM search_terms WHERE term GLOB 'n:*' AND length(term) > 16")).toBeGreaterThan(0);
    await check('half-moved');
    const rebuilt = rebuildSearch({ db, progress: () => {}, cancelled: () => false });
    expect(rebuilt.cancelled).toBe(false);
    expect(count(db, 'SELECT count(*) AS n FROM intake_search_docs WHERE numbers IS NOT NULL')).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM search_terms WHERE term GLOB 'n:*' AND length(term) > 16")).toBe(0);
    expect(wholeTerms()).toBe(0);
    await check('rebuilt');
  }, 240_000);
});
