// The desk's pickers (parties.search, projects.search) read a party's or project's name terms from the names
// dictionary the intakes' search uses (name_terms), and only its numbers from name_search_terms (docs/performance.md,
// "The pickers' terms in the names dictionary"); migration 0055 moves an existing database there in one step.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import { statementCache } from '../../db/statements';
import { indexName } from '../../electron/core/search/name-postings.data';
import { isNameNumberTerm, nameTerms, searchNameIds, writeNameTerms } from '../../electron/core/search/names';
import { ANONYMISED_NAME } from '../../shared/domain/retention';
import { normalizeForSearch, orgNameTerms } from '../../electron/core/search/terms';
import { instantOf } from '../../shared/domain/time';
import { creditCode, employerName, projectName, seededRandom } from '../bench/large/people';
import { DB_FILE_NAME, emptyDataDir } from '../helpers/data-dir';
import { testCore, type Client } from '../helpers/core';
import { MIGRATIONS_DIR } from '../helpers/template-db';

/** What a picker must return: every record whose name (or credit code) holds every token, or whose initials begin with a Latin token; newest id first. */
function byScan(records: { id: string; name: string; code?: string | null }[], query: string): string[] {
  const tokens = query.split(/\s+/).map(normalizeForSearch).filter(Boolean);
  return records
    .filter((r) => {
      const hay = [r.name, r.code].filter(Boolean).map((t) => normalizeForSearch(t!)).join('\u0000');
      const py = orgNameTerms(r.name).filter((t) => t.startsWith('py:'));
      return tokens.every((t) => hay.includes(t) || (/^[a-z]+$/.test(t) && py.some((p) => p.startsWith(`py:${t}`))));
    })
    .map((r) => r.id)
    .sort()
    .reverse();
}

const QUERIES = ['雪', '县', '12', '雪域', '日喀则', '工程有限', '劳务 拉孜', 'rkz', 'xy', 'x', '2016', '915402020000001', '91540202000000', '"雪域', "雪域'; --", '100%', '安置房', '（2003-', '不存在的'];

async function pickerIds(client: Client, channel: 'parties.search' | 'projects.search', query: string): Promise<string[]> {
  return ((await client.call(channel, { query, limit: 50 })) as { id: string }[]).map((p) => p.id);
}

describe('the pickers through the names dictionary', () => {
  it('find parties and projects by every query form as a full scan of their names does; store only numbers per record', async () => {
    const { client, core } = await testCore();
    const r = seededRandom(15);
    const parties: { id: string; name: string; code: string | null }[] = [];
    for (let i = 1; i <= 40; i++) {
      const name = i % 7 === 0 ? `拉孜县劳务${i}有限公司` : employerName(r, i);
      const code = i % 3 === 0 ? creditCode(i) : null;
      parties.push({ id: (await client.call('parties.create', { kind: 'organisation', name, creditCode: code })).id, name, code });
    }
    const projects: { id: string; name: string }[] = [];
    for (let i = 1; i <= 12; i++) {
      const name = projectName(r, i);
      await client.call('intakes.create', {
        kind: 'complaint', channel: 'walkIn', receivedAt: instantOf('2026-11-20', '09:00'), summary: '欠薪', workersCount: 1,
        parties: [{ partyId: parties[i].id, role: 'employer' }],
        project: { name, siteUnitId: null, siteAddress: null },
        complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件', phones: ['13900000000'] }],
        route: 'inspection',
      });
    }
    const db = core.services!.db;
    for (const row of db.prepare('SELECT id, name FROM projects').all() as { id: string; name: string }[]) projects.push(row);
    expect(projects.length).toBe(12);
    // Every record has its dictionary entry; name_search_terms holds numbers only.
    expect((db.prepare("SELECT count(*) AS n FROM search_names WHERE entity = 'party'").get() as { n: number }).n).toBe(40);
    expect((db.prepare("SELECT count(*) AS n FROM search_names WHERE entity = 'project'").get() as { n: number }).n).toBe(12);
    const stored = (db.prepare('SELECT term FROM name_search_terms').all() as { term: string }[]).map((x) => x.term);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((t) => !isNameNumberTerm(t))).toEqual([]);
    // The projects' own fragments too: a place's first character, a work, a place and a work together.
    const fragments = projects.slice(0, 4).flatMap((p) => [p.name.slice(0, 1), p.name.slice(1, 4), `${p.name.slice(0, 2)} ${p.name.slice(-8, -6)}`]);
    let found = { parties: 0, projects: 0 };
    for (const q of [...QUERIES, ...fragments]) {
      const expected = byScan(parties, q);
      const expectedProjects = byScan(projects, q);
      expect(await pickerIds(client, 'parties.search', q), q).toEqual(expected.slice(0, 50));
      expect(await pickerIds(client, 'projects.search', q), `project ${q}`).toEqual(expectedProjects);
      found = { parties: found.parties + Math.sign(expected.length), projects: found.projects + Math.sign(expectedProjects.length) };
    }
    // An anonymised party (retention) is not offered, by its placeholder name or any other.
    const gone = parties[5];
    db.prepare('UPDATE parties SET name = ?, credit_code = NULL, anonymised_at = 1 WHERE id = ?').run(ANONYMISED_NAME, gone.id);
    db.transaction(() => {
      writeNameTerms(statementCache(db), 'party', gone.id, []);
      indexName(statementCache(db), 'party', gone.id, ANONYMISED_NAME);
    })();
    expect(searchNameIds(statementCache(db), 'party', '匿名', 10, 'prefix').ids).toEqual([]);
    expect(await pickerIds(client, 'parties.search', '匿名化')).toEqual([]);
    expect(await pickerIds(client, 'parties.search', gone.name.slice(0, 5))).not.toContain(gone.id);
    // Most query forms find something: the comparison is not of empty lists.
    expect(found.parties).toBeGreaterThanOrEqual(12);
    expect(found.projects).toBeGreaterThanOrEqual(10);
  }, 120_000);
});

/** The shipped migrations up to (not including) `tag`, as the release before carried them. */
function migrationsBefore(dir: string, tag: string): string {
  const copy = join(dir, 'migrations-earlier');
  cpSync(MIGRATIONS_DIR, copy, { recursive: true });
  const journalFile = join(copy, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  writeFileSync(journalFile, JSON.stringify(journal));
  return copy;
}

const opts = (dir: string, migrationsDir = MIGRATIONS_DIR) => ({ migrationsDir, backupDir: join(dir, 'backups'), appVersion: '0.1.0', now: () => Date.UTC(2026, 11, 6) });

/** A name's terms as strings, from its dictionary entry (name_terms), and from its term_ids blob. */
function entryTerms(db: Db, entity: string, entityId: string): { terms: string[]; blob: string[] } {
  const row = db.prepare('SELECT id, term_ids FROM search_names WHERE entity = ? AND entity_id = ?').get(entity, entityId) as { id: number; term_ids: Buffer };
  const terms = (db.prepare('SELECT t.term FROM name_terms n JOIN search_terms t ON t.id = n.term_id WHERE n.name_id = ?').all(row.id) as { term: string }[]).map((x) => x.term);
  const ids = [...new Int32Array(row.term_ids.buffer.slice(row.term_ids.byteOffset, row.term_ids.byteOffset + row.term_ids.byteLength))];
  const blob = ids.map((id) => (db.prepare('SELECT term FROM search_terms WHERE id = ?').get(id) as { term: string }).term);
  return { terms: terms.sort(), blob: blob.sort() };
}

describe('migration 0055: the pickers’ name terms moved into the names dictionary', () => {
  it('gives a record on no intake its dictionary entry from the terms it had, keeps the numbers, and leaves indexed names as they were', () => {
    const dir = emptyDataDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(db, opts(dir, migrationsBefore(dir, '0055_name_terms_shared')));
    const prepare = statementCache(db);
    const code = creditCode(7);
    const records = [
      { entity: 'party', id: 'p-alone', name: '日喀则市雪域建筑工程有限公司', code },
      { entity: 'party', id: 'p-linked', name: '拉孜县宏远劳务有限公司', code: null },
      { entity: 'project', id: 'j-alone', name: '江孜县安置房项目（2016-3）', code: null },
    ];
    db.prepare("INSERT INTO parties (id, kind, name, credit_code, created_at, updated_at) VALUES ('p-alone', 'organisation', ?, ?, 0, 0)").run(records[0].name, code);
    db.prepare("INSERT INTO parties (id, kind, name, created_at, updated_at) VALUES ('p-linked', 'organisation', ?, 0, 0)").run(records[1].name);
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('j-alone', ?, 0, 0)").run(records[2].name);
    // As the release before wrote them: every term of the record in name_search_terms; a dictionary entry only
    // for the name an intake had carried.
    const insert = db.prepare('INSERT INTO name_search_terms (entity, term, entity_id) VALUES (?, ?, ?)');
    for (const r of records) for (const t of nameTerms(r.name, { creditCode: r.code })) insert.run(r.entity, t, r.id);
    const linkedId = db.transaction(() => indexName(prepare, 'party', 'p-linked', records[1].name))();
    const linkedBefore = entryTerms(db, 'party', 'p-linked');
    const termsBefore = (db.prepare('SELECT count(*) AS n FROM name_search_terms').get() as { n: number }).n;

    migrate(db, opts(dir));
    const fresh = statementCache(db);
    // The numbers stay; the name terms now live in the dictionary.
    const left = db.prepare('SELECT entity, term, entity_id FROM name_search_terms ORDER BY entity_id, term').all() as { term: string }[];
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(termsBefore);
    expect(left.every((x) => isNameNumberTerm(x.term))).toBe(true);
    expect(left).toEqual(records.flatMap((r) => nameTerms(r.name, { creditCode: r.code }).filter(isNameNumberTerm).map((term) => ({ entity: r.entity, term, entity_id: r.id }))).sort((a, b) => a.entity_id.localeCompare(b.entity_id) || (a.term < b.term ? -1 : 1)));
    // Each record's entry holds exactly the terms indexName gives its name, in name_terms and in its term_ids.
    for (const r of records) {
      const got = entryTerms(db, r.entity, r.id);
      const want = [...new Set(orgNameTerms(r.name))].sort();
      expect(got.terms, r.id).toEqual(want);
      expect(got.blob, r.id).toEqual(want);
    }
    expect(entryTerms(db, 'party', 'p-linked')).toEqual(linkedBefore);
    expect((db.prepare("SELECT id FROM search_names WHERE entity_id = 'p-linked'").get() as { id: number }).id).toBe(linkedId);
    // The pickers find them by a gram, a longer fragment, pinyin initials and the credit code's prefix.
    for (const [entity, q, id] of [['party', '雪域', 'p-alone'], ['party', '工程有限', 'p-alone'], ['party', 'xy', 'p-alone'], ['party', code.slice(0, 12), 'p-alone'], ['party', '宏远', 'p-linked'], ['project', '安置', 'j-alone'], ['project', 'jzx', 'j-alone']] as const) {
      expect(searchNameIds(fresh, entity, q, 10).ids, `${entity} ${q}`).toEqual([id]);
    }
    // indexName on the migrated entry finds nothing to change (the same name, the same terms).
    const again = db.transaction(() => indexName(fresh, 'party', 'p-alone', records[0].name, true))();
    expect(entryTerms(db, 'party', 'p-alone').terms).toEqual([...new Set(orgNameTerms(records[0].name))].sort());
    expect(again).toBeGreaterThan(linkedId);
    db.close();
  });
});
