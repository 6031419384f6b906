// Name search for reference records (parties, projects): indexed grams and pinyin-initial tails. A token of
// any length is answered by intersecting its 2-grams (or its 1-gram), then confirmed against the name.
import type { Prepare } from '../../../db/statements';
import { isNumberToken, type NumberSearch } from './query';
import { intakeSearchTerms, normalizeForSearch, visibleQueryKeys } from './terms';

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
  });
  return terms;
}

export function writeNameTerms(prepare: Prepare, entity: NameEntity, id: string, terms: string[]): void {
  prepare('DELETE FROM name_search_terms WHERE entity = ? AND entity_id = ?').run(entity, id);
  const insert = prepare('INSERT OR IGNORE INTO name_search_terms (entity, term, entity_id) VALUES (?, ?, ?)');
  for (const t of terms) insert.run(entity, t, id);
}

/**
 * Ids whose indexed terms match every token of the query (most recent first), at most `limit`. The caller
 * confirms CJK tokens against the name, since 2-gram intersection can over-match (甲乙 + 乙丙 ≠ 甲乙丙).
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
      params.push(entity, `py:${t}`, `py:${t}\uffff`);
      alternatives.push('SELECT entity_id FROM name_search_terms WHERE entity = ? AND term >= ? AND term < ?');
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
      // (a range on the (entity, term) key of a table that holds only parties and projects).
      params.push(entity, `c:${t}`, `c:${t}\uffff`);
      alternatives.push('SELECT entity_id FROM name_search_terms WHERE entity = ? AND term >= ? AND term < ?');
    }
    const grams = chars.length === 1 ? [chars[0]] : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
    const gramSql = grams.map(() => 'SELECT entity_id FROM name_search_terms WHERE entity = ? AND term = ?').join(' INTERSECT ');
    for (const g of grams) params.push(entity, `g:${g}`);
    alternatives.push(`SELECT entity_id FROM (${gramSql})`);
    return `SELECT entity_id FROM (${alternatives.join(' UNION ')})`;
  });
  const sql = `${perToken.join(' INTERSECT ')} ORDER BY entity_id DESC LIMIT ?`;
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
