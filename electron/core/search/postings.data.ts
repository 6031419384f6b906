// Every statement of the intake term index (docs/performance.md, "The term index"): a dictionary of terms with
// integer ids, postings keyed (term_id, received_at, seq) so that a term's intakes are read newest first and a
// page stops after its rows, and one row per intake holding the term ids it was given (to take them out again).
import type { Prepare } from '../../../db/statements';
import { int32Ids, packIds, unpackIds } from './id-list';
import { addPending, pendingTermIds, removePending, type PendingTier } from './pending-postings.data';
import { normalizeForSearch } from './terms';

export const POSTINGS_SQL = {
  termId: 'SELECT id FROM search_terms WHERE term = ?',
  /** Dictionary terms in a prefix range (pinyin), at most the bound given. */
  termRange: 'SELECT id FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?',
  insertTerm: 'INSERT INTO search_terms (term) VALUES (?)',
  /** One term's intakes, newest first, after a keyset position. */
  postingsAfter: `SELECT received_at AS at, seq FROM intake_postings WHERE term_id = ? AND (received_at, seq) < (?, ?)
    ORDER BY received_at DESC, seq DESC LIMIT ?`,
  /** How many intakes a term has, counted only up to a cap (what the planner needs to pick the rarest term). */
  countCapped: 'SELECT count(*) AS n FROM (SELECT 1 FROM intake_postings WHERE term_id = ? LIMIT ?)',
  insertPosting: 'INSERT OR IGNORE INTO intake_postings (term_id, received_at, seq) VALUES (?, ?, ?)',
  deletePosting: 'DELETE FROM intake_postings WHERE term_id = ? AND received_at = ? AND seq = ?',
  /** An intake's link to a name of the names dictionary (name-postings.data.ts), in the same list order. */
  insertNamePosting: 'INSERT OR IGNORE INTO name_postings (name_id, received_at, seq) VALUES (?, ?, ?)',
  deleteNamePosting: 'DELETE FROM name_postings WHERE name_id = ? AND received_at = ? AND seq = ?',
  /** packed: 1 when term_ids are packed (id-list.ts), null for the 4-byte integers version 2 wrote; numbers: the
   * intake's number words as rules version 4 and 5 kept them, null from version 6 (the head confirm reads the
   * intake's own rows: personalNumbers). */
  docOf: 'SELECT received_at, term_ids, name_ids, packed FROM intake_search_docs WHERE seq = ?',
  /** name_ids: the names dictionary's ids of the intake's parties and project, a JSON array (null: none). */
  upsertDoc: `INSERT INTO intake_search_docs (seq, received_at, term_ids, name_ids, packed, numbers) VALUES (?, ?, ?, ?, 1, NULL)
    ON CONFLICT (seq) DO UPDATE SET received_at = excluded.received_at, term_ids = excluded.term_ids, name_ids = excluded.name_ids,
      packed = excluded.packed, numbers = excluded.numbers`,
  deleteDoc: 'DELETE FROM intake_search_docs WHERE seq = ?',
  /** A term no intake and no name has any more leaves the dictionary (an anonymised person's name and numbers with it). */
  deleteUnusedTerm: `DELETE FROM search_terms WHERE id = ? AND NOT EXISTS (SELECT 1 FROM intake_postings WHERE term_id = ?)
    AND NOT EXISTS (SELECT 1 FROM name_terms WHERE term_id = ?)`,
  /** The FTS rowids (intake seqs) matching a phrase, at most the cap: all of them when fewer. */
  ftsCapped: 'SELECT rowid AS seq FROM intake_fts WHERE intake_fts MATCH ? LIMIT ?',
  /** The intake's searchable text: the FTS body and, when stored apart (rules version 4), its number words. */
  ftsBody: `SELECT f.body || coalesce(' ' || d.numbers, '') AS body FROM intake_fts f LEFT JOIN intake_search_docs d ON d.seq = f.rowid
    WHERE f.rowid = ?`,
  /**
   * The intake's personal numbers as indexed (search-index.ts: an anonymised intake's people are not), read from their
   * own rows to confirm a number head (rules version 6): the ID numbers and phones of its complainants, the ID numbers
   * of its parties. Not a copy per intake (intake_search_docs.numbers, 122 bytes an intake at 10,000).
   */
  personalNumbers: `SELECT pe.id_number AS v FROM intakes i CROSS JOIN intake_complainants ic ON ic.intake_id = i.id
      CROSS JOIN persons pe ON pe.id = ic.person_id WHERE i.seq = ? AND i.anonymised_at IS NULL AND pe.id_number IS NOT NULL
    UNION ALL SELECT ph.phone FROM intakes i CROSS JOIN intake_complainants ic ON ic.intake_id = i.id
      CROSS JOIN person_phones ph ON ph.person_id = ic.person_id WHERE i.seq = ? AND i.anonymised_at IS NULL
    UNION ALL SELECT p.id_number FROM intakes i CROSS JOIN intake_parties ip ON ip.intake_id = i.id CROSS JOIN parties p ON p.id = ip.party_id
      WHERE i.seq = ? AND p.id_number IS NOT NULL AND (i.anonymised_at IS NULL OR p.kind = 'organisation')`,
  ftsDelete: 'DELETE FROM intake_fts WHERE rowid = ?',
  ftsInsert: 'INSERT INTO intake_fts (rowid, body) VALUES (?, ?)',
  /** The sort keys of given intakes (a small FTS match set, put in list order). */
  keysOf: 'SELECT received_at AS at, seq FROM intakes WHERE seq IN (SELECT value FROM json_each(?))',
  /** All intakes of a unit, newest first, after a keyset position: the walk for terms that match a large share. */
  walkAfter: `SELECT received_at AS at, seq FROM intakes WHERE unit_id = ? AND (received_at, seq) < (?, ?)
    ORDER BY received_at DESC, seq DESC LIMIT ?`,
} as const;

export interface Key {
  at: number;
  seq: number;
}

/** The id of a term, or null when no intake ever had it. */
export function termId(prepare: Prepare, term: string): number | null {
  return (prepare(POSTINGS_SQL.termId).get(term) as { id: number } | undefined)?.id ?? null;
}

export function termIdsInRange(prepare: Prepare, prefix: string, bound: number): number[] {
  return (prepare(POSTINGS_SQL.termRange).all(prefix, `${prefix}\uffff`, bound) as { id: number }[]).map((r) => r.id);
}

/** The id of a term, added to the dictionary when new. */
export function ensureTermId(prepare: Prepare, term: string): number {
  // Most terms are already known (names repeat): one read, and a write only for a new term.
  const known = termId(prepare, term);
  if (known !== null) return known;
  return Number(prepare(POSTINGS_SQL.insertTerm).run(term).lastInsertRowid);
}

const before = (a: Key, b: Key) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/**
 * A term's intakes newest first after a keyset position, from intake_postings and the second tier together
 * (pending-postings.data.ts): the first `limit` of their union, each intake once.
 */
export function postingsAfter(prepare: Prepare, id: number, after: Key, limit: number, tier?: PendingTier): Key[] {
  const main = prepare(POSTINGS_SQL.postingsAfter).all(id, after.at, after.seq, limit) as Key[];
  const waiting = tier?.keys(id) ?? [];
  if (waiting.length === 0) return main;
  const out: Key[] = [];
  let i = 0;
  let j = waiting.findIndex((k) => before(k, after));
  if (j < 0) j = waiting.length;
  while (out.length < limit && (i < main.length || j < waiting.length)) {
    const a = main[i];
    const b = waiting[j];
    if (b === undefined || (a !== undefined && before(b, a))) out.push(main[i++]);
    else {
      if (a !== undefined && a.at === b.at && a.seq === b.seq) i++;
      out.push({ at: b.at, seq: b.seq });
      j++;
    }
  }
  return out;
}

/** How many intakes a term has in both tiers, counted up to the cap. */
export function countCapped(prepare: Prepare, id: number, cap: number, tier?: PendingTier): number {
  const main = (prepare(POSTINGS_SQL.countCapped).get(id, cap) as { n: number }).n;
  const waiting = tier?.keys(id).length ?? 0;
  return waiting === 0 ? main : Math.min(cap, main + waiting);
}

/**
 * An intake's term ids as its postings hold them, read once from intake_search_docs (the list written beside the
 * postings, the same ids): a candidate is checked against a token's terms in memory, one read whatever their number —
 * a pinyin prefix spans hundreds of terms (zx: 242 at 100,000 intakes), each a point lookup before. A row indexed
 * under another received_at has no postings at this key (as the point lookup found none).
 */
/** Ids looked up by membership: a Set, or an intake's sorted term ids. */
export interface IdLookup extends Iterable<number> {
  readonly size: number;
  has(id: number): boolean;
}

/**
 * An intake's term ids as stored (sorted): membership by binary search. A search looks at each candidate's ≈ 50–80
 * ids for one or a few of its own; a Set built for every candidate was most of what a search allocated.
 */
export class SortedIds implements IdLookup {
  constructor(private readonly ids: readonly number[]) {}
  get size(): number {
    return this.ids.length;
  }
  has(id: number): boolean {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.ids[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  [Symbol.iterator](): Iterator<number> {
    return this.ids[Symbol.iterator]();
  }
}

export function intakeTermIds(prepare: Prepare, k: Key): SortedIds {
  const doc = prepare(POSTINGS_SQL.docOf).get(k.seq) as { received_at: number; term_ids: Buffer; packed: number | null } | undefined;
  if (!doc || doc.received_at !== k.at) return new SortedIds([]);
  return new SortedIds(doc.packed ? unpackIds(doc.term_ids) : int32Ids(doc.term_ids).sort((a, b) => a - b));
}

export function ftsCapped(prepare: Prepare, phrase: string, cap: number): number[] {
  return (prepare(POSTINGS_SQL.ftsCapped).all(phrase, cap) as { seq: number }[]).map((r) => r.seq);
}

export function ftsBody(prepare: Prepare, seq: number): string {
  return (prepare(POSTINGS_SQL.ftsBody).get(seq) as { body: string } | undefined)?.body ?? '';
}

/** The intake's personal numbers, normalised as indexed (terms.ts: normalizeForSearch). */
export function personalNumbers(prepare: Prepare, seq: number): string[] {
  return (prepare(POSTINGS_SQL.personalNumbers).all(seq, seq, seq) as { v: string }[]).map((r) => normalizeForSearch(r.v));
}

export function keysOf(prepare: Prepare, seqs: number[]): Key[] {
  return prepare(POSTINGS_SQL.keysOf).all(JSON.stringify(seqs)) as Key[];
}

export function walkAfter(prepare: Prepare, unitId: string, after: Key, limit: number): Key[] {
  return prepare(POSTINGS_SQL.walkAfter).all(unitId, after.at, after.seq, limit) as Key[];
}

/** Takes out of the dictionary each of these terms that no intake and no name has any more. */
export function collectUnusedTerms(prepare: Prepare, ids: Iterable<number>): void {
  const gc = prepare(POSTINGS_SQL.deleteUnusedTerm);
  // An intake waiting in the second tier has its terms in its search doc only, not yet in intake_postings.
  let waiting: Set<number> | null = null;
  for (const id of ids) if (!(waiting ??= pendingTermIds(prepare)).has(id)) gc.run(id, id, id);
}

/**
 * Replaces an intake's postings: the old ones (from its stored term and name ids) out, the new ones in. `nameIds` are
 * the names dictionary's entries of its parties and project (indexName), whose terms it is found by. `defer`: the
 * term postings wait in the second tier (a desk's save: one row instead of one leaf per term) while it has room.
 */
export function writePostings(prepare: Prepare, seq: number, receivedAt: number, terms: string[], body: string, nameIds: number[] = [], defer = false): void {
  const old = removePostings(prepare, seq);
  const ids = terms.map((t) => ensureTermId(prepare, t));
  if (!defer || !addPending(prepare, seq)) {
    const insert = prepare(POSTINGS_SQL.insertPosting);
    for (const id of ids) insert.run(id, receivedAt, seq);
  }
  const names = [...new Set(nameIds)];
  const link = prepare(POSTINGS_SQL.insertNamePosting);
  for (const id of names) link.run(id, receivedAt, seq);
  const kept = new Set(ids);
  collectUnusedTerms(prepare, old.filter((id) => !kept.has(id)));
  prepare(POSTINGS_SQL.upsertDoc).run(seq, receivedAt, packIds(ids), names.length > 0 ? JSON.stringify(names) : null);
  prepare(POSTINGS_SQL.ftsInsert).run(seq, body);
}

/** Takes an intake's postings (in either tier), name postings and FTS row out; returns the term ids it had (the caller collects unused ones). */
export function removePostings(prepare: Prepare, seq: number): number[] {
  const doc = prepare(POSTINGS_SQL.docOf).get(seq) as { received_at: number; term_ids: Buffer; name_ids: string | null; packed: number | null } | undefined;
  prepare(POSTINGS_SQL.ftsDelete).run(seq);
  removePending(prepare, seq);
  if (!doc) return [];
  const del = prepare(POSTINGS_SQL.deletePosting);
  const ids = doc.packed ? unpackIds(doc.term_ids) : int32Ids(doc.term_ids);
  for (const id of ids) del.run(id, doc.received_at, seq);
  const unlink = prepare(POSTINGS_SQL.deleteNamePosting);
  if (doc.name_ids) for (const id of JSON.parse(doc.name_ids) as number[]) unlink.run(id, doc.received_at, seq);
  prepare(POSTINGS_SQL.deleteDoc).run(seq);
  return ids;
}
