// Job 'search.rebuild': recomputes every intake's search terms and every party's and project's name terms
// (after a change to how terms are made, or to repair the index). Batches commit one by one, each leaving the
// index correct for the rows it touched, so a cancelled rebuild leaves a usable index.
import type { Db } from '../../../db/open';
import { statementCache } from '../../../db/statements';
import { indexIntake } from '../intakes/search-index';
import { indexNameRecord } from '../search/names';
import { derivedTx } from '../kernel/tx';

export interface JobContext {
  db: Db;
  progress(done: number, total: number, message: string): void;
  cancelled(): boolean;
}

const BATCH = 200;

export function rebuildSearch(ctx: JobContext): { indexed: number; cancelled: boolean } {
  const { db } = ctx;
  const prepare = statementCache(db);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const total = count('SELECT count(*) AS n FROM intakes') + count('SELECT count(*) AS n FROM parties') + count('SELECT count(*) AS n FROM projects');
  let done = 0;
  ctx.progress(0, total, `共 ${total} 条待处理`);

  const nameSources: [string, 'party' | 'project'][] = [
    ['SELECT id, name, credit_code AS a, id_number AS b FROM parties WHERE id > ? ORDER BY id LIMIT ?', 'party'],
    ['SELECT id, name, NULL AS a, NULL AS b FROM projects WHERE id > ? ORDER BY id LIMIT ?', 'project'],
  ];
  for (const [sql, entity] of nameSources) {
    let afterId = '';
    for (;;) {
      if (ctx.cancelled()) return { indexed: done, cancelled: true };
      const rows = prepare(sql).all(afterId, BATCH) as { id: string; name: string; a: string | null; b: string | null }[];
      if (rows.length === 0) break;
      derivedTx(db, () => {
        for (const r of rows) {
          indexNameRecord(prepare, entity, r.id, r.name, { creditCode: r.a, idNumber: r.b }, true);
        }
      });
      afterId = rows[rows.length - 1].id;
      done += rows.length;
      ctx.progress(done, total, `已处理 ${done} / ${total} 条`);
    }
  }

  // Newest first: after an upgrade the intakes a desk looks for first are searchable first.
  let beforeSeq = Number.MAX_SAFE_INTEGER;
  for (;;) {
    if (ctx.cancelled()) return { indexed: done, cancelled: true };
    const rows = prepare('SELECT seq, id FROM intakes WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(beforeSeq, BATCH) as { seq: number; id: string }[];
    if (rows.length === 0) break;
    derivedTx(db, () => {
      for (const r of rows) indexIntake(prepare, r.id);
    });
    beforeSeq = rows[rows.length - 1].seq;
    done += rows.length;
    ctx.progress(done, total, `已处理 ${done} / ${total} 条`);
  }
  if (!compactFts(ctx)) return { indexed: done, cancelled: true };
  // A finished rebuild (not a cancelled one) brings the whole index up to the current rules.
  db.prepare('INSERT INTO search_index_state (id, version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version').run(SEARCH_TERMS_VERSION);
  return { indexed: done, cancelled: false };
}

/**
 * Merges the FTS index's segments after a rebuild: every intake's row was deleted and written again, which FTS5 keeps
 * as new segments beside the old ones with their deletions (measured at 10,000 intakes: 714 bytes an intake of index
 * after the version-4 rebuild, 245 once merged). Each step merges at most 64 pages in its own short transaction (about
 * 30 ms here), so a desk's save goes on between steps; at 1M intakes about a thousand steps. Returns false if cancelled.
 */
function compactFts(ctx: JobContext): boolean {
  const { db } = ctx;
  const changes = db.prepare('SELECT total_changes() AS n');
  const merge = db.prepare("INSERT INTO intake_fts (intake_fts, rank) VALUES ('merge', -64)");
  for (let step = 0; step < 100_000; step++) {
    if (ctx.cancelled()) return false;
    const before = (changes.get() as { n: number }).n;
    derivedTx(db, () => merge.run());
    // The command itself counts one change: no more than that, and there was nothing left to merge.
    if ((changes.get() as { n: number }).n - before <= 1) break;
  }
  return true;
}

/**
 * The version of the rules that make search terms. Raise it with any change to them: the next start of a database
 * indexed under an older version rebuilds its index in the background (index.ts). 1: the visible parts of masked IDs
 * and phones (a role without personal.unmask matches only what it may see). 2: the term dictionary and postings
 * (migration 0038 drops the old table), name ranks, number heads and parts, the file's case and document numbers.
 * 3: the names dictionary (migration 0046): parties' and projects' name terms once per name, intakes linked to names.
 * 4: number words out of the FTS index (migration 0055: intake_search_docs.numbers; terms.ts: isUnindexedWord).
 * 5: an intake's ID numbers and phones by their heads only, not whole as well (terms.ts: personalTerm).
 * 6: the intake's number words no longer copied (intake_search_docs.numbers null): a head is confirmed against the
 *    intake's own rows (postings.data.ts: personalNumbers), a party's ID number included.
 */
export const SEARCH_TERMS_VERSION = 6;

/** The version the stored index was built with (0: before versions were recorded). */
export function searchIndexVersion(db: Db): number {
  return (db.prepare('SELECT version FROM search_index_state WHERE id = 1').get() as { version: number } | undefined)?.version ?? 0;
}
