// The search.rebuild job resumes where it stopped (search_rebuild_checkpoint, docs/performance.md "Resuming the
// rebuild"): a rebuild cut by a cancel, a close or a SIGKILL goes on from its checkpoint at the next run, and the index
// it ends with is the one an uninterrupted rebuild makes, row for row; intakes registered or changed meanwhile end up
// indexed under the current rules, once.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { statementCache } from '../../db/statements';
import { rebuildSearch, searchIndexVersion, SEARCH_TERMS_VERSION } from '../../electron/core/jobs/search-rebuild';
import { derivedTx } from '../../electron/core/kernel/tx';
import { mergePending } from '../../electron/core/search/pending-postings.data';
import { writePostings } from '../../electron/core/search/postings.data';
import { intakeSearchTerms } from '../../electron/core/search/terms';
import { instantOf } from '../../shared/domain/time';
import { signInAs } from '../helpers/accounts';
import { testCore } from '../helpers/core';
import { DB_FILE_NAME, emptyDataDir } from '../helpers/data-dir';
import { allPages, filledSearchCore } from '../helpers/search-core';
import { helperProcessArgs } from '../helpers/helper-process';

const EMPLOYERS = ['日喀则晨曦路桥工程有限公司', '巴桑劳务分包有限公司', '日喀则雪域建筑工程有限公司', '扎西商贸有限公司'];
const COUNT = 1200;

const INDEX_TABLES = ['search_terms', 'intake_postings', 'name_postings', 'intake_search_docs', 'search_names', 'name_terms', 'name_search_terms'];

/** Every row of the search index as text: its tables in key order, the FTS rows and the FTS vocabulary (term, rows, hits). */
function indexDump(db: Db): string {
  const lines: string[] = [];
  const text = (row: Record<string, unknown>) => JSON.stringify(Object.values(row).map((v) => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : v)));
  for (const table of INDEX_TABLES) {
    const columns = (db.prepare(`SELECT count(*) AS n FROM pragma_table_info('${table}')`).get() as { n: number }).n;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    lines.push(`-- ${table}`, ...(db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Record<string, unknown>[]).map(text));
  }
  lines.push('-- intake_fts', ...(db.prepare('SELECT rowid, body FROM intake_fts ORDER BY rowid').all() as Record<string, unknown>[]).map(text));
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING fts5vocab(main, 'intake_fts', 'row')");
  lines.push('-- vocab', ...(db.prepare('SELECT term, doc, cnt FROM temp.fts_vocab ORDER BY term').all() as Record<string, unknown>[]).map(text));
  db.exec("INSERT INTO intake_fts (intake_fts) VALUES ('integrity-check')");
  return lines.join('\n');
}

const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;
const checkpointOf = (db: Db) => db.prepare('SELECT version, phase, after_id, before_seq, done FROM search_rebuild_checkpoint').get() as
  | { version: number; phase: string; after_id: string | null; before_seq: number | null; done: number }
  | undefined;

/** The index as rules version 2 wrote it (every intake posts its employers' terms itself, no name links): a rebuild is due. */
function indexUnderOlderRules(db: Db): void {
  const prepare = statementCache(db);
  const intakes = db.prepare('SELECT seq, received_at AS at FROM intakes ORDER BY seq').all() as { seq: number; at: number }[];
  const orgsOf = db.prepare('SELECT p.name FROM intakes i JOIN intake_parties ip ON ip.intake_id = i.id JOIN parties p ON p.id = ip.party_id WHERE i.seq = ?');
  const peopleOf = db.prepare('SELECT pe.name FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons pe ON pe.id = ic.person_id WHERE i.seq = ?');
  db.transaction(() => {
    for (const { seq, at } of intakes) {
      const orgs = orgsOf.all(seq) as { name: string }[];
      const people = peopleOf.all(seq) as { name: string }[];
      const { terms, body } = intakeSearchTerms({ regNoText: '', externalNo: null, summary: '', projectName: null, parties: orgs.map((o) => ({ name: o.name, creditCode: null, idNumber: null })), complainants: people.map((p) => ({ name: p.name, idNumber: null, hometown: null, phones: [] })) });
      writePostings(prepare, seq, at, terms, body);
    }
    db.exec('DELETE FROM name_search_terms; UPDATE search_index_state SET version = 2;');
  })();
}

/**
 * A filled core whose index is under older rules, made once for the file (filling it is most of the file's time) and
 * closed cleanly: its data dir is kept as the master every test copies.
 */
const masterDir = mkdtempSync(join(tmpdir(), 'xinan-rebuild-master-'));
afterAll(() => rmSync(masterDir, { recursive: true, force: true }));
let master: Promise<{ partyIds: string[]; total: number }> | undefined;
function olderIndex() {
  master ??= (async () => {
    const t = await filledSearchCore(COUNT, EMPLOYERS);
    indexUnderOlderRules(t.db);
    const total = count(t.db, 'SELECT (SELECT count(*) FROM intakes) + (SELECT count(*) FROM parties) + (SELECT count(*) FROM projects) AS n');
    await t.core.close();
    cpSync(t.dataDir, masterDir, { recursive: true });
    return { partyIds: t.partyIds, total };
  })();
  return master;
}

/** A copy of the master's database file alone, in a fresh dir of this test. */
function masterCopy(name: string): string {
  const file = join(emptyDataDir(), name);
  copyFileSync(join(masterDir, DB_FILE_NAME), file);
  if (existsSync(join(masterDir, `${DB_FILE_NAME}-wal`))) copyFileSync(join(masterDir, `${DB_FILE_NAME}-wal`), `${file}-wal`);
  return file;
}

/** Two copies of the master's database file (`a`, `b`) to rebuild apart. */
async function olderIndexCopies() {
  const { total } = await olderIndex();
  return { files: { a: masterCopy('a.db'), b: masterCopy('b.db') }, total };
}

/** One uninterrupted rebuild of a copy: the index every interrupted one must end with (made once). */
let expectedDump: string | undefined;
function uninterruptedDump(file: string): string {
  if (expectedDump !== undefined) return expectedDump;
  const db = openDatabase(file);
  try {
    expect(rebuildSearch({ db, progress: () => {}, cancelled: () => false }).cancelled).toBe(false);
    expectedDump = indexDump(db);
    return expectedDump;
  } finally {
    db.close();
  }
}

describe('search.rebuild resumes from its checkpoint', () => {
  it('a rebuild cut every two batches goes on from where it stopped each time and ends with the uninterrupted index', async () => {
    const { files, total } = await olderIndexCopies();
    const expected = uninterruptedDump(files.a);
    const db = openDatabase(files.b);
    const runs: { first: number; last: number; resumedFrom: number; indexed: number }[] = [];
    for (let run = 0; run < 50; run++) {
      const seen: number[] = [];
      // Cut once two batches have committed (the first progress is the run's starting point).
      const result = rebuildSearch({ db, progress: (done) => seen.push(done), cancelled: () => seen.length > 2 });
      runs.push({ first: seen[0], last: seen[seen.length - 1], resumedFrom: result.resumedFrom, indexed: result.indexed });
      if (!result.cancelled) break;
      const saved = checkpointOf(db);
      // The checkpoint is where the last committed batch left it, under the rules being built.
      expect(saved).toMatchObject({ version: SEARCH_TERMS_VERSION, done: seen[seen.length - 1] });
      expect(searchIndexVersion(db)).toBe(2);
    }
    // COUNT intakes and 4 employers and a project in batches of 200: never started again from the first record.
    expect(runs.length).toBeGreaterThan(3);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i].first, `run ${i}`).toBe(runs[i - 1].last);
      expect(runs[i].resumedFrom, `run ${i}`).toBe(runs[i - 1].last);
    }
    expect(runs.reduce((n, r) => n + r.indexed, 0), JSON.stringify(runs)).toBe(total);
    expect(searchIndexVersion(db)).toBe(SEARCH_TERMS_VERSION);
    expect(checkpointOf(db)).toBeUndefined();
    expect(indexDump(db)).toBe(expected);
    db.close();
  }, 240_000);

  it('a checkpoint left by a rebuild to other rules is not followed: the rebuild starts from the first record', async () => {
    const { files, total } = await olderIndexCopies();
    const db = openDatabase(files.b);
    db.prepare("INSERT INTO search_rebuild_checkpoint (id, version, phase, after_id, before_seq, done) VALUES (1, ?, 'intake', NULL, 3, 1000)").run(SEARCH_TERMS_VERSION - 1);
    const result = rebuildSearch({ db, progress: () => {}, cancelled: () => false });
    expect(result).toMatchObject({ cancelled: false, resumedFrom: 0, indexed: total });
    expect(checkpointOf(db)).toBeUndefined();
    expect(indexDump(db)).toBe(uninterruptedDump(files.a));
    db.close();
  }, 240_000);

  it('a rebuild killed (SIGKILL) mid-way resumes from its checkpoint and ends with the uninterrupted index', async () => {
    const { files, total } = await olderIndexCopies();
    const expected = uninterruptedDump(files.a);
    const child = spawn(process.execPath, [...helperProcessArgs('tests/helpers/rebuild-child.ts'), files.b], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let committed = 0;
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    for await (const line of createInterface({ input: child.stdout })) {
      const m = JSON.parse(line) as { done?: number; finished?: unknown };
      if (m.finished) break;
      committed = m.done ?? 0;
      // Killed in the intakes' pass, a few batches in, between or during a batch's transaction.
      if (committed >= 600) {
        child.kill('SIGKILL');
        break;
      }
    }
    expect(await exited, stderr).toBe('SIGKILL');
    expect(committed).toBeGreaterThanOrEqual(600);

    const db = openDatabase(files.b);
    const saved = checkpointOf(db)!;
    expect(saved.phase).toBe('intake');
    expect(saved.done).toBeGreaterThanOrEqual(committed);
    expect(saved.done).toBeLessThan(total);
    const seen: number[] = [];
    const result = rebuildSearch({ db, progress: (done) => seen.push(done), cancelled: () => false });
    expect(seen[0]).toBe(saved.done);
    expect(result).toMatchObject({ cancelled: false, resumedFrom: saved.done, indexed: total - saved.done });
    expect(indexDump(db)).toBe(expected);
    db.close();
  }, 240_000);

  it('through the core: closed mid-way, the next start resumes; intakes registered and changed meanwhile are indexed once under the current rules', async () => {
    // The master's data dir: filled, its index under older rules, closed cleanly.
    const { partyIds } = await olderIndex();
    const t = { dataDir: emptyDataDir(), partyIds };
    cpSync(masterDir, t.dataDir, { recursive: true });

    // The start sees the older index and starts the job; the close cancels it between two batches.
    const first = await testCore({ dataDir: t.dataDir, initialized: false });
    const db1 = first.core.services!.db;
    // The job's worker loads its code first (seconds on a loaded machine); the close comes after its first batch.
    for (let i = 0; i < 6000 && !((checkpointOf(db1)?.done ?? 0) > 0) && searchIndexVersion(db1) < SEARCH_TERMS_VERSION; i++) await new Promise((r) => setTimeout(r, 10));
    await first.core.close();
    const db = openDatabase(join(t.dataDir, DB_FILE_NAME));
    const cut = checkpointOf(db);
    db.close();
    expect(cut?.done ?? 0, 'cut after its first batch, before its end').toBeGreaterThan(0);
    expect(cut!.done).toBeLessThan(COUNT);

    // The next start resumes; meanwhile a desk registers an intake and adds a worker to the oldest one.
    const second = await testCore({ dataDir: t.dataDir, initialized: false });
    const client = await signInAs(second.core, '次仁卓玛');
    const oldest = (second.core.services!.db.prepare('SELECT id FROM intakes ORDER BY seq LIMIT 1').get() as { id: string }).id;
    const before = await client.call('intakes.get', { id: oldest });
    await client.call('intakes.addComplainants', { intakeId: oldest, rowVersion: before.rowVersion, complainants: [{ name: '欧阳续明', idType: 'none', idMissingReason: '未带证件' }] });
    const added = await client.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf('2026-11-25', '09:00'),
      summary: '工资未付',
      workersCount: 1,
      parties: [{ partyId: t.partyIds[1], role: 'employer' }],
      complainants: [{ name: '司马续成', idType: 'none', idMissingReason: '未带证件' }],
      route: 'inspection',
    });
    const db2 = second.core.services!.db;
    for (let i = 0; i < 3000 && searchIndexVersion(db2) < SEARCH_TERMS_VERSION; i++) await new Promise((r) => setTimeout(r, 20));
    expect(searchIndexVersion(db2)).toBe(SEARCH_TERMS_VERSION);
    expect(checkpointOf(db2)).toBeUndefined();
    const finished = db2.prepare("SELECT change FROM audit_log WHERE entity = 'job' AND action = 'succeeded' ORDER BY seq DESC LIMIT 1").get() as { change: string };
    const result = (JSON.parse(finished.change) as { result: { indexed: number; resumedFrom: number } }).result;
    expect(result.resumedFrom).toBe(cut!.done);
    expect(await allPages(client, '欧阳续明', 50)).toEqual([oldest]);
    expect(await allPages(client, '司马续成', 50)).toEqual([added.id]);

    // The index equals a rebuild from the first record of the same data — the desk's intake merged first when its
    // postings wait in the second tier (search/pending-postings.data.ts): a rebuild writes every posting in place. Whether
    // they wait depends on the race: saved after the resumed rebuild passed its seq, they wait; saved before, the rebuild
    // indexed it again in place and took it out of the second tier (on CI's loaded machine, 2026-12-07).
    const waiting = (db2.prepare('SELECT count(*) AS n FROM intake_postings_pending').get() as { n: number }).n;
    while (derivedTx(db2, () => mergePending(statementCache(db2))) > 0);
    expect((db2.prepare('SELECT count(*) AS n FROM intake_postings_pending').get() as { n: number }).n, `${waiting} waiting, all merged`).toBe(0);
    const copy = join(emptyDataDir(), 'c.db');
    await db2.backup(copy);
    const got = indexDump(db2);
    const fresh = openDatabase(copy);
    fresh.exec('DELETE FROM search_rebuild_checkpoint; UPDATE search_index_state SET version = 2;');
    expect(rebuildSearch({ db: fresh, progress: () => {}, cancelled: () => false })).toMatchObject({ cancelled: false, resumedFrom: 0 });
    expect(indexDump(fresh)).toBe(got);
    fresh.close();
  }, 240_000);
});
