// Name search for reference records (parties, projects): the names dictionary's grams and pinyin-initial tails
// (name_terms, shared with the intakes' search), and the records' numbers (name_search_terms). A token of any length
// is answered by intersecting its 2-grams (or its 1-gram), then confirmed against the name.
import type { Prepare } from '../../../db/statements';
import { isNumberToken, type NumberSearch } from './query';
import { intakeSearchTerms, normalizeForSearch, visibleQueryKeys } from './terms';
import { indexName } from './name-postings.data';

export type NameEntity = 'party' | 'project';

/** Terms for one name and its numbers: a credit code (not personal data) and an ID number (masked for some). */
export function nameTerms(name: string, numbers: { creditCode?: string | null; idNumber?: string | null } = {}): string[] {
  const { terms } = intakeSearchTerms({
    regNoText: '',
    externalNo: null,
    summary: '',
    projectName: null,
    parties: [{ name, creditCode: numbers.creditCode ?? null, idNumber: numbers.idNumber ?? null }],
    complainants: [],
    wholeNumbers: true,
  });
  return terms;
}

/**
 * The terms kept per record in name_search_terms: its numbers only (credit code, ID number: n:, c:, m:, t:), whose
 * prefix ranges must stay within one entity's records. The name's own terms (grams, whole name, beginnings, pinyin)
 * are the names dictionary's (name-postings.data.ts: search_names, name_terms), shared with the intakes' search.
 */
export function isNameNumberTerm(term: string): boolean {
  return /^[nmct]:/.test(term);
}

export function writeNameTerms(prepare: Prepare, entity: NameEntity, id: string, terms: string[]): void {
  prepare('DELETE FROM name_search_terms WHERE entity = ? AND entity_id = ?').run(entity, id);
  const insert = prepare('INSERT OR IGNORE INTO name_search_terms (entity, term, entity_id) VALUES (?, ?, ?)');
  for (const t of terms) if (isNameNumberTerm(t)) insert.run(entity, t, id);
}

/**
 * Indexes a party or project for the desk's pickers and the intakes' search: its numbers in name_search_terms, its
 * name in the names dictionary (created, or rewritten when `rewrite` or when the name changed).
 */
export function indexNameRecord(
  prepare: Prepare,
  entity: NameEntity,
  id: string,
  name: string,
  numbers: { creditCode?: string | null; idNumber?: string | null } = {},
  rewrite = false,
): void {
  writeNameTerms(prepare, entity, id, nameTerms(name, numbers));
  indexName(prepare, entity, id, name, rewrite);
}

/** The records of an entity having a name term (an id of search_terms), through the names dictionary. */
const NAME_TERM_IDS = 'SELECT name_id FROM name_terms WHERE term_id = (SELECT id FROM search_terms WHERE term = ?)';

/**
 * Ids whose indexed terms match every token of the query (most recent first), at most `limit`. The caller
 * confirms CJK tokens against the name, since 2-gram intersection can over-match (甲乙 + 乙丙 ≠ 甲乙丙).
 * An anonymised party is never offered (retention: its dictionary entry carries only the placeholder name).
 */
export function searchNameIds(prepare: Prepare, entity: NameEntity, query: string, limit: number, numbers: NumberSearch = 'prefix'): { ids: string[]; tokens: string[] } {
  const tokens = query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return { ids: [], tokens };
  const params: unknown[] = [];
  const perToken = tokens.map((t) => {
    const chars = [...t];
    const alternatives: string[] = [];
    if (/^[a-z]+$/.test(t)) {
      // Pinyin initials: a range of the shared dictionary, each term's names, those of this entity.
      params.push(`py:${t}`, `py:${t}\uffff`, entity);
      alternatives.push(`SELECT s.entity_id FROM search_terms st CROSS JOIN name_terms nt ON nt.term_id = st.id
        CROSS JOIN search_names s ON s.id = nt.name_id WHERE st.term >= ? AND st.term < ? AND s.entity = ?`);
    }
    if (isNumberToken(t)) {
      if (numbers === 'visible') {
        // Only what the mask shows, and nothing else can match a number token.
        const keys = visibleQueryKeys(t);
        for (const k of keys) params.push(entity, k);
        return keys.map(() => 'SELECT entity_id FROM name_search_terms WHERE entity = ? AND term = ?').join(' UNION ');
      }
      params.push(entity, `n:${t}`, `n:${t}\uffff`);
      alternatives.push('SELECT entity_id FROM name_search_terms WHERE entity = ? AND term >= ? AND term < ?');
      // Codes (credit codes) are c: terms, whole or by their parts; not personal data, so a prefix of one finds it
      // (a range on the (entity, term) key of a table that holds only parties' and projects' numbers).
      params.push(entity, `c:${t}`, `c:${t}\uffff`);
      alternatives.push('SELECT entity_id FROM name_search_terms WHERE entity = ? AND term >= ? AND term < ?');
    }
    const grams = chars.length === 1 ? [chars[0]] : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
    for (const g of grams) params.push(`g:${g}`);
    params.push(entity);
    // From the names having every gram to their records (CROSS JOIN: never from all of the entity's names).
    alternatives.push(`SELECT s.entity_id FROM (${grams.map(() => NAME_TERM_IDS).join(' INTERSECT ')}) g CROSS JOIN search_names s ON s.id = g.name_id WHERE s.entity = ?`);
    return `SELECT entity_id FROM (${alternatives.join(' UNION ')})`;
  });
  const live = entity === 'party' ? 'WHERE NOT EXISTS (SELECT 1 FROM parties p WHERE p.id = m.entity_id AND p.anonymised_at IS NOT NULL)' : '';
  const sql = `SELECT m.entity_id FROM (${perToken.join(' INTERSECT ')}) m ${live} ORDER BY m.entity_id DESC LIMIT ?`;
  params.push(limit * 4);
  const ids = (prepare(sql).all(...params) as { entity_id: string }[]).map((r) => r.entity_id);
  // A number looked up by its visible parts is confirmed by the index itself; the stored text would not contain a
  // query whose hidden middle differs, and must not be what decides.
  return { ids, tokens: numbers === 'visible' ? tokens.filter((t) => !isNumberToken(t)) : tokens };
}

/** Whether a record's texts contain every token (the confirmation step after the index lookup). */
export function matchesAllTokens(texts: (string | null)[], tokens: string[], pinyinTerms: string[]): boolean {
  const hay = texts.filter(Boolean).map((t) => normalizeForSearch(t!)).join('\u0000');
  return tokens.every((t) => hay.includes(t) || (/^[a-z]+$/.test(t) && pinyinTerms.some((p) => p.startsWith(`py:${t}`))));
}
