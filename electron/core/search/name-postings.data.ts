// The names dictionary (docs/performance.md, "Names indexed once"): each employer's (party's) and project's name is
// given its terms once — grams, whole name, beginnings, pinyin initials, ids of the same search_terms dictionary the
// intakes use — and an intake is linked to the names it carries by one posting per name, keyed (name_id, received_at,
// seq) like the term postings, so a name's intakes are read newest first and a page stops after its rows. An intake
// found by a name's term is found through that link; a renamed party changes its name's terms, not its intakes' rows.
import type { Prepare } from '../../../db/statements';
import type { Key } from './postings.data';
import { collectUnusedTerms, ensureTermId } from './postings.data';
import { orgNameTerms } from './terms';

export type NameEntity = 'party' | 'project';

export const NAME_SQL = {
  nameOf: 'SELECT id, name, term_ids FROM search_names WHERE entity = ? AND entity_id = ?',
  insertName: 'INSERT INTO search_names (entity, entity_id, name, term_ids) VALUES (?, ?, ?, ?)',
  updateName: 'UPDATE search_names SET name = ?, term_ids = ? WHERE id = ?',
  /** The names an intake is linked to (its parties' and project's), as stored when it was indexed. */
  namesOfIntake: 'SELECT name_ids FROM intake_search_docs WHERE seq = ?',
  insertNameTerm: 'INSERT OR IGNORE INTO name_terms (term_id, name_id) VALUES (?, ?)',
  deleteNameTerm: 'DELETE FROM name_terms WHERE term_id = ? AND name_id = ?',
  /** The names having any of the terms (ids as a JSON array), at most the bound given. */
  namesWithTerms: 'SELECT DISTINCT nt.name_id AS id FROM json_each(?) j CROSS JOIN name_terms nt ON nt.term_id = j.value LIMIT ?',
  /** One name's intakes, newest first, after a keyset position. */
  namePostingsAfter: `SELECT received_at AS at, seq FROM name_postings WHERE name_id = ? AND (received_at, seq) < (?, ?)
    ORDER BY received_at DESC, seq DESC LIMIT ?`,
  nameCountCapped: 'SELECT count(*) AS n FROM (SELECT 1 FROM name_postings WHERE name_id = ? LIMIT ?)',
  /** A name's term ids as indexName wrote them beside name_terms (4-byte integers). */
  termIdsOfName: 'SELECT term_ids FROM search_names WHERE id = ?',
} as const;

const idsOf = (b: Buffer): number[] => [...new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))];
const blobOf = (ids: number[]): Buffer => Buffer.from(Int32Array.from(ids).buffer);

/**
 * The dictionary entry of a party or project under its current name: created on first use, its terms rewritten when
 * the name differs from the one indexed (a rename, an anonymisation; terms no longer used by anyone leave the
 * dictionary). Returns the name's id. `rewrite` writes the terms again even for an unchanged name (the rebuild job's repair).
 */
export function indexName(prepare: Prepare, entity: NameEntity, entityId: string, name: string, rewrite = false): number {
  const row = prepare(NAME_SQL.nameOf).get(entity, entityId) as { id: number; name: string; term_ids: Buffer } | undefined;
  if (row && row.name === name && !rewrite) return row.id;
  const ids = [...new Set(orgNameTerms(name).map((t) => ensureTermId(prepare, t)))];
  const insert = prepare(NAME_SQL.insertNameTerm);
  if (!row) {
    const id = Number(prepare(NAME_SQL.insertName).run(entity, entityId, name, blobOf(ids)).lastInsertRowid);
    for (const t of ids) insert.run(t, id);
    return id;
  }
  const kept = new Set(ids);
  const dropped = idsOf(row.term_ids).filter((t) => !kept.has(t));
  const del = prepare(NAME_SQL.deleteNameTerm);
  for (const t of dropped) del.run(t, row.id);
  for (const t of ids) insert.run(t, row.id);
  prepare(NAME_SQL.updateName).run(name, blobOf(ids), row.id);
  collectUnusedTerms(prepare, dropped);
  return row.id;
}

export function namesWithTerms(prepare: Prepare, termIds: number[], bound: number): number[] {
  if (termIds.length === 0) return [];
  return (prepare(NAME_SQL.namesWithTerms).all(JSON.stringify(termIds), bound) as { id: number }[]).map((r) => r.id);
}

export function namePostingsAfter(prepare: Prepare, nameId: number, after: Key, limit: number): Key[] {
  return prepare(NAME_SQL.namePostingsAfter).all(nameId, after.at, after.seq, limit) as Key[];
}

export function nameCountCapped(prepare: Prepare, nameId: number, cap: number): number {
  return (prepare(NAME_SQL.nameCountCapped).get(nameId, cap) as { n: number }).n;
}

/**
 * A name's term ids, the same as its name_terms rows (indexName writes both): a candidate's few names are checked
 * against a token's terms in memory, each name read once per search (names repeat: 4,000 employers at 100,000 intakes).
 */
export function nameTermIds(prepare: Prepare, nameId: number): number[] {
  const row = prepare(NAME_SQL.termIdsOfName).get(nameId) as { term_ids: Buffer } | undefined;
  return row ? idsOf(row.term_ids) : [];
}

export function namesOfIntake(prepare: Prepare, seq: number): number[] {
  const row = prepare(NAME_SQL.namesOfIntake).get(seq) as { name_ids: string | null } | undefined;
  return row?.name_ids ? (JSON.parse(row.name_ids) as number[]) : [];
}
