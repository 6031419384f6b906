// The statements of the search.rebuild job (search-rebuild.ts): the records it walks, in batches by key, and its
// checkpoint (search_rebuild_checkpoint), which each batch writes in its own transaction.
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';

export type RebuildPhase = 'party' | 'project' | 'intake';

export interface RebuildCheckpoint {
  version: number;
  phase: RebuildPhase;
  afterId: string | null;
  beforeSeq: number | null;
  done: number;
}

export const REBUILD_SQL = {
  count: {
    party: 'SELECT count(*) AS n FROM parties',
    project: 'SELECT count(*) AS n FROM projects',
    intake: 'SELECT count(*) AS n FROM intakes',
  },
  /** The next batch of parties or projects after an id (their primary keys, ascending). */
  partiesAfter: 'SELECT id, name, credit_code AS a, id_number AS b FROM parties WHERE id > ? ORDER BY id LIMIT ?',
  projectsAfter: 'SELECT id, name, NULL AS a, NULL AS b FROM projects WHERE id > ? ORDER BY id LIMIT ?',
  /** The next batch of intakes below a seq, newest first (the primary key, descending). */
  intakesBefore: 'SELECT seq, id FROM intakes WHERE seq < ? ORDER BY seq DESC LIMIT ?',
  checkpoint: 'SELECT version, phase, after_id AS afterId, before_seq AS beforeSeq, done FROM search_rebuild_checkpoint WHERE id = 1',
  saveCheckpoint: `INSERT INTO search_rebuild_checkpoint (id, version, phase, after_id, before_seq, done) VALUES (1, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, phase = excluded.phase, after_id = excluded.after_id,
      before_seq = excluded.before_seq, done = excluded.done`,
  clearCheckpoint: 'DELETE FROM search_rebuild_checkpoint WHERE id = 1',
  indexVersion: 'SELECT version FROM search_index_state WHERE id = 1',
  setIndexVersion: 'INSERT INTO search_index_state (id, version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version',
  totalChanges: 'SELECT total_changes() AS n',
  /** One step of the FTS index's merge: at most 64 pages (search-rebuild.ts: compactFts). */
  ftsMerge: "INSERT INTO intake_fts (intake_fts, rank) VALUES ('merge', -64)",
} as const;

export function countRecords(prepare: Prepare, phase: RebuildPhase): number {
  return (prepare(REBUILD_SQL.count[phase]).get() as { n: number }).n;
}

export function nameRecordsAfter(prepare: Prepare, phase: 'party' | 'project', afterId: string, limit: number): { id: string; name: string; a: string | null; b: string | null }[] {
  return prepare(phase === 'party' ? REBUILD_SQL.partiesAfter : REBUILD_SQL.projectsAfter).all(afterId, limit) as { id: string; name: string; a: string | null; b: string | null }[];
}

export function intakesBefore(prepare: Prepare, beforeSeq: number, limit: number): { seq: number; id: string }[] {
  return prepare(REBUILD_SQL.intakesBefore).all(beforeSeq, limit) as { seq: number; id: string }[];
}

export function readCheckpoint(prepare: Prepare): RebuildCheckpoint | null {
  return (prepare(REBUILD_SQL.checkpoint).get() as RebuildCheckpoint | undefined) ?? null;
}

export function saveCheckpoint(prepare: Prepare, c: RebuildCheckpoint): void {
  prepare(REBUILD_SQL.saveCheckpoint).run(c.version, c.phase, c.afterId, c.beforeSeq, c.done);
}

/** The rebuild finished: the index is at `version`, and nothing is left to resume. */
export function finishRebuild(prepare: Prepare, version: number): void {
  prepare(REBUILD_SQL.setIndexVersion).run(version);
  prepare(REBUILD_SQL.clearCheckpoint).run();
}

/** The version the stored index was built with (0: before versions were recorded). */
export function storedIndexVersion(db: Db): number {
  return (db.prepare(REBUILD_SQL.indexVersion).get() as { version: number } | undefined)?.version ?? 0;
}

/** The rules version of a rebuild left unfinished, or null when none is. */
export function unfinishedRebuildVersion(db: Db): number | null {
  return (db.prepare(REBUILD_SQL.checkpoint).get() as RebuildCheckpoint | undefined)?.version ?? null;
}
