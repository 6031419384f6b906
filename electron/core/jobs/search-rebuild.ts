// Job 'search.rebuild': recomputes every intake's search terms and every party's and project's name terms
// (after a change to how terms are made, or to repair the index). Batches commit one by one, each leaving the
// index correct for the rows it touched (the searches read rows indexed under the older rules as well), so a cancelled
// rebuild leaves a usable index. Each batch writes where it stopped (search_rebuild_checkpoint) in its own
// transaction: a rebuild cut by a close or a crash goes on from there at the next run, not from the first record.
// Records written or changed meanwhile are indexed under the current rules by their own transaction
// (intakes/search-index.ts); one the rebuild has not reached yet is indexed once more when it is, replacing its rows.
import type { Db } from '../../../db/open';
import { statementCache, type Prepare } from '../../../db/statements';
import { indexIntake } from '../intakes/search-index';
import { indexNameRecord } from '../search/names';
import { derivedTx } from '../kernel/tx';
import {
  countRecords,
  finishRebuild,
  intakesBefore,
  nameRecordsAfter,
  readCheckpoint,
  REBUILD_SQL,
  saveCheckpoint,
  storedIndexVersion,
  unfinishedRebuildVersion,
  type RebuildCheckpoint,
  type RebuildPhase,
} from './search-rebuild.data';

export interface JobContext {
  db: Db;
  progress(done: number, total: number, message: string): void;
  cancelled(): boolean;
}

const BATCH = 200;
const PHASES: RebuildPhase[] = ['party', 'project', 'intake'];

/**
 * Where this run starts: the checkpoint of an unfinished rebuild to the same rules version, or the first party. A
 * checkpoint left by a rebuild to other rules is not followed: the records before it were indexed under those.
 */
function startingPoint(prepare: Prepare): RebuildCheckpoint {
  const saved = readCheckpoint(prepare);
  if (saved && saved.version === SEARCH_TERMS_VERSION) return saved;
  return { version: SEARCH_TERMS_VERSION, phase: 'party', afterId: null, beforeSeq: null, done: 0 };
}

export function rebuildSearch(ctx: JobContext): { indexed: number; cancelled: boolean; resumedFrom: number } {
  const { db } = ctx;
  const prepare = statementCache(db);
  const total = PHASES.reduce((n, phase) => n + countRecords(prepare, phase), 0);
  const from = startingPoint(prepare);
  let done = from.done;
  ctx.progress(done, total, from.done > 0 ? `从上次停下处继续：已处理 ${done} / ${total} 条` : `共 ${total} 条待处理`);
  const stopped = () => ({ indexed: done - from.done, cancelled: true, resumedFrom: from.done });

  for (const entity of ['party', 'project'] as const) {
    if (PHASES.indexOf(from.phase) > PHASES.indexOf(entity)) continue;
    let afterId = from.phase === entity ? (from.afterId ?? '') : '';
    for (;;) {
      if (ctx.cancelled()) return stopped();
      const rows = nameRecordsAfter(prepare, entity, afterId, BATCH);
      if (rows.length === 0) break;
      afterId = rows[rows.length - 1].id;
      done += rows.length;
      derivedTx(db, () => {
        for (const r of rows) indexNameRecord(prepare, entity, r.id, r.name, { creditCode: r.a, idNumber: r.b }, true);
        saveCheckpoint(prepare, { version: SEARCH_TERMS_VERSION, phase: entity, afterId, beforeSeq: null, done });
      });
      ctx.progress(done, total, `已处理 ${done} / ${total} 条`);
    }
  }

  // Newest first: after an upgrade the intakes a desk looks for first are searchable first. Intakes registered
  // after the rebuild started have higher seqs than any it reaches, and were indexed by their own registration.
  let beforeSeq = from.phase === 'intake' ? (from.beforeSeq ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  for (;;) {
    if (ctx.cancelled()) return stopped();
    const rows = intakesBefore(prepare, beforeSeq, BATCH);
    if (rows.length === 0) break;
    beforeSeq = rows[rows.length - 1].seq;
    done += rows.length;
    derivedTx(db, () => {
      for (const r of rows) indexIntake(prepare, r.id);
      saveCheckpoint(prepare, { version: SEARCH_TERMS_VERSION, phase: 'intake', afterId: null, beforeSeq, done });
    });
    ctx.progress(done, total, `已处理 ${done} / ${total} 条`);
  }
  // A run that resumes after every record was done (cut during the merge) goes straight on merging.
  if (!compactFts(ctx)) return stopped();
  // A finished rebuild (not a cancelled one) brings the whole index up to the current rules.
  derivedTx(db, () => finishRebuild(prepare, SEARCH_TERMS_VERSION));
  return { indexed: done - from.done, cancelled: false, resumedFrom: from.done };
}

/**
 * Merges the FTS index's segments after a rebuild: every intake's row was deleted and written again, which FTS5 keeps
 * as new segments beside the old ones with their deletions (measured at 10,000 intakes: 714 bytes an intake of index
 * after the version-4 rebuild, 245 once merged). Each step merges at most 64 pages in its own short transaction (about
 * 30 ms here), so a desk's save goes on between steps; at 1M intakes about a thousand steps. Returns false if cancelled.
 */
function compactFts(ctx: JobContext): boolean {
  const { db } = ctx;
  const changes = db.prepare(REBUILD_SQL.totalChanges);
  const merge = db.prepare(REBUILD_SQL.ftsMerge);
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
  return storedIndexVersion(db);
}

/** Whether a start should run the rebuild: the index built under older rules, or a rebuild to these rules left unfinished. */
export function searchRebuildDue(db: Db): boolean {
  return searchIndexVersion(db) < SEARCH_TERMS_VERSION || unfinishedRebuildVersion(db) === SEARCH_TERMS_VERSION;
}
