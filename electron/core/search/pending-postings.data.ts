// The term postings' second tier (docs/performance.md, "A save's postings in a second tier"). A desk's save lists its
// intake in intake_postings_pending (one row at the table's end) instead of writing one posting per term — ≈ 53 leaves
// of intake_postings, a third of the pages a save committed. The intake's term ids are in its intake_search_docs row,
// written by the same save. A search reads the tier beside intake_postings (postings.data.ts: postingsAfter,
// countCapped), so an intake is found the moment its save commits; `mergePending` moves a batch of the tier's intakes
// into intake_postings in one transaction (a background step, index.ts), each term's new postings side by side.
import type { Prepare } from '../../../db/statements';
import { int32Ids, unpackIds } from './id-list';

/**
 * At most this many intakes wait in the tier: a save beyond it writes its postings itself, so a search never reads
 * more than this many rows of the tier (the merge normally keeps it near empty).
 */
export const PENDING_CAP = 128;
/** Intakes moved into intake_postings by one merge transaction. */
export const MERGE_BATCH = 64;

export const PENDING_SQL = {
  count: 'SELECT count(*) AS n FROM intake_postings_pending',
  add: 'INSERT OR IGNORE INTO intake_postings_pending (seq) VALUES (?)',
  remove: 'DELETE FROM intake_postings_pending WHERE seq = ?',
  /** The oldest waiting intakes (a merge's batch). */
  batch: 'SELECT seq FROM intake_postings_pending ORDER BY seq LIMIT ?',
  /** Every waiting intake with its indexed key and term ids (the tier as a search reads it). */
  docs: `SELECT d.seq, d.received_at, d.term_ids, d.packed FROM intake_postings_pending p CROSS JOIN intake_search_docs d ON d.seq = p.seq`,
  doc: 'SELECT received_at, term_ids, packed FROM intake_search_docs WHERE seq = ?',
  insertPosting: 'INSERT OR IGNORE INTO intake_postings (term_id, received_at, seq) VALUES (?, ?, ?)',
} as const;

interface DocRow {
  seq: number;
  received_at: number;
  term_ids: Buffer;
  packed: number | null;
}

const idsOf = (d: { term_ids: Buffer; packed: number | null }) => (d.packed ? unpackIds(d.term_ids) : int32Ids(d.term_ids));

export interface PendingKey {
  at: number;
  seq: number;
}

/** The tier as one search reads it: each term id's waiting intakes, newest first. Read once, at its first use. */
export interface PendingTier {
  keys(termId: number): readonly PendingKey[];
}

/** Whether a sorted list holds the id (binary search). */
function holds(sorted: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === id) return true;
    if (sorted[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function pendingTier(prepare: Prepare): PendingTier {
  // The waiting intakes newest first, each with its sorted term ids; a term's list is made when a search asks for it
  // (a search asks a few terms, a pinyin prefix some hundreds: cheaper than a map of every id of every waiting intake).
  let docs: { key: PendingKey; ids: number[] }[] | null = null;
  const byTerm = new Map<number, PendingKey[]>();
  const load = () =>
    (prepare(PENDING_SQL.docs).all() as DocRow[])
      .map((d) => ({ key: { at: d.received_at, seq: d.seq }, ids: d.packed ? unpackIds(d.term_ids) : int32Ids(d.term_ids).sort((a, b) => a - b) }))
      .sort((a, b) => b.key.at - a.key.at || b.key.seq - a.key.seq);
  return {
    keys(id) {
      let list = byTerm.get(id);
      if (!list) {
        docs ??= load();
        list = docs.length === 0 ? [] : docs.filter((d) => holds(d.ids, id)).map((d) => d.key);
        byTerm.set(id, list);
      }
      return list;
    },
  };
}

/** The term ids some waiting intake has (a term of one of them must stay in the dictionary). */
export function pendingTermIds(prepare: Prepare): Set<number> {
  const ids = new Set<number>();
  for (const d of prepare(PENDING_SQL.docs).all() as DocRow[]) for (const id of idsOf(d)) ids.add(id);
  return ids;
}

/** Lists an intake in the tier; false when the tier is full (the caller writes its postings itself). */
export function addPending(prepare: Prepare, seq: number): boolean {
  if ((prepare(PENDING_SQL.count).get() as { n: number }).n >= PENDING_CAP) return false;
  prepare(PENDING_SQL.add).run(seq);
  return true;
}

export function removePending(prepare: Prepare, seq: number): void {
  prepare(PENDING_SQL.remove).run(seq);
}

/**
 * Moves up to `max` waiting intakes' postings into intake_postings (the caller holds the transaction): the batch's
 * postings written in key order, so the intakes sharing a term share its leaf. Returns how many intakes it moved.
 */
export function mergePending(prepare: Prepare, max: number = MERGE_BATCH): number {
  const seqs = (prepare(PENDING_SQL.batch).all(max) as { seq: number }[]).map((r) => r.seq);
  const postings: [number, number, number][] = [];
  for (const seq of seqs) {
    const doc = prepare(PENDING_SQL.doc).get(seq) as Omit<DocRow, 'seq'> | undefined;
    if (doc) for (const id of idsOf(doc)) postings.push([id, doc.received_at, seq]);
  }
  postings.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const insert = prepare(PENDING_SQL.insertPosting);
  for (const [id, at, seq] of postings) insert.run(id, at, seq);
  const remove = prepare(PENDING_SQL.remove);
  for (const seq of seqs) remove.run(seq);
  return seqs.length;
}
