// Turns what someone typed into index lookups: each whitespace-separated token must match (AND); a token
// matches through whichever indexed path fits its length and script. Never a full-table LIKE.
import { normalizeForSearch, visibleQueryKeys } from './terms';

export type TokenPlan =
  | { kind: 'gram'; term: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'fts'; phrase: string };

/**
 * How numbers (ID numbers, phones, codes) may be searched: by prefix and substring, or — for a caller who may not
 * see full ID numbers — only by what the mask shows (terms.ts: visibleQueryKeys). Whole-value matching was not
 * enough: guessing the masked middle one value at a time found a stored ID in 1,411 searches.
 */
export type NumberSearch = 'prefix' | 'visible';

/** A token that is a number (has a digit, and only digits and Latin letters). */
export function isNumberToken(t: string): boolean {
  return /^[0-9a-z]+$/.test(t) && /\d/.test(t);
}

/** For each token, the alternatives (OR) that can match it. */
export function planSearch(query: string, numbers: NumberSearch = 'prefix'): TokenPlan[][] {
  const tokens = query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter((t) => t.length > 0);
  return tokens.map((t) => {
    const len = [...t].length;
    const alternatives: TokenPlan[] = [];
    if (/^[a-z]+$/.test(t)) {
      if (len >= 2) alternatives.push({ kind: 'prefix', prefix: `py:${t}` }, { kind: 'prefix', prefix: `pf:${t}` });
      if (len <= 2) alternatives.push({ kind: 'gram', term: `g:${t}` });
      if (len >= 3) alternatives.push({ kind: 'fts', phrase: t });
    } else if (numbers === 'visible' && isNumberToken(t)) {
      // Never the FTS body either: it holds the full numbers.
      for (const term of visibleQueryKeys(t)) alternatives.push({ kind: 'gram', term });
    } else if (/^[0-9a-z]+$/.test(t)) {
      alternatives.push({ kind: 'prefix', prefix: `n:${t}` });
      if (len <= 2) alternatives.push({ kind: 'gram', term: `g:${t}` });
      if (len >= 3) alternatives.push({ kind: 'fts', phrase: t });
    } else if (len <= 2) {
      alternatives.push({ kind: 'gram', term: `g:${t}` });
    } else {
      alternatives.push({ kind: 'fts', phrase: t });
    }
    return alternatives;
  });
}

/** A MATCH expression for one phrase: quoted, with embedded quotes doubled. */
export function ftsPhrase(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}

/**
 * SQL (and its parameters) selecting the intake seqs that match every token, or null for an empty query.
 * Each alternative is an index lookup: a primary-key point or range read, or an FTS MATCH.
 */
export function intakeMatchSql(query: string, numbers: NumberSearch = 'prefix'): { sql: string; params: string[] } | null {
  const plan = planSearch(query, numbers);
  if (plan.length === 0) return null;
  const params: string[] = [];
  const perToken = plan.map((alternatives) => {
    const parts = alternatives.map((a) => {
      switch (a.kind) {
        case 'gram':
          params.push(a.term);
          return 'SELECT intake_seq FROM intake_search_terms WHERE term = ?';
        case 'prefix':
          params.push(a.prefix, `${a.prefix}\uffff`);
          return 'SELECT intake_seq FROM intake_search_terms WHERE term >= ? AND term < ?';
        case 'fts':
          params.push(ftsPhrase(a.phrase));
          return 'SELECT rowid AS intake_seq FROM intake_fts WHERE intake_fts MATCH ?';
      }
    });
    return parts.join(' UNION ');
  });
  return { sql: perToken.map((s) => `SELECT intake_seq FROM (${s})`).join(' INTERSECT '), params };
}
