// Turns what someone typed into index lookups: each whitespace-separated token must match (AND); a token
// matches through whichever indexed path fits its length and script. Never a full-table LIKE. SQL and FTS syntax in
// the input is text: terms are bound parameters, and an FTS phrase is quoted with its quotes doubled.
import { maskIdNumber } from '../../../shared/domain/permissions';
import { NAME_PREFIX_CHARS, normalizeForSearch, visibleQueryKeys } from './terms';

export type TokenPlan =
  /** A dictionary term, matched whole. */
  | { kind: 'term'; term: string }
  /** Every dictionary term beginning with the prefix (pinyin). */
  | { kind: 'prefix'; prefix: string }
  /** A number's indexed head, each intake under it confirmed to hold a number beginning with `confirm`. */
  | { kind: 'head'; term: string; confirm: string }
  /** A substring of the intake's text, three characters or more (FTS5 trigram). */
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

export function searchTokens(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeForSearch)
    .filter((t) => t.length > 0);
}

/**
 * The heads a number prefix is found through: an ID's 6/10/14 and a phone's 7, the longest shorter than the query. A
 * query as long as an ID head (10, 14 digits) is itself the head of every longer ID it begins (`n:<query>`, a term of
 * the plan), so the shorter head would only find an ID of exactly the query's length — which is the query, found by its
 * masked form (`m:`, every ID of 8 characters or more) and confirmed. The shorter head walked its whole region instead:
 * 540202 under 5402021985, 214 confirmations for a page at 100,000 intakes (docs/performance.md, "Pages in proportion
 * to the page").
 */
function headsFor(t: string): TokenPlan[] {
  const plans: TokenPlan[] = [];
  const id = [14, 10, 6].find((l) => l < t.length);
  if (t.length === 10 || t.length === 14) plans.push({ kind: 'head', term: `m:${maskIdNumber(t)}`, confirm: t });
  else if (id) plans.push({ kind: 'head', term: `n:${t.slice(0, id)}`, confirm: t });
  if (t.length > 7 && /^\d+$/.test(t)) plans.push({ kind: 'head', term: `n:${t.slice(0, 7)}`, confirm: t });
  return plans;
}

function planToken(t: string, numbers: NumberSearch): TokenPlan[] {
  const len = [...t].length;
  const alternatives: TokenPlan[] = [];
  if (/^[a-z]+$/.test(t)) {
    if (len >= 2) alternatives.push({ kind: 'prefix', prefix: `py:${t}` }, { kind: 'prefix', prefix: `pf:${t}` });
    if (len <= 2) alternatives.push({ kind: 'term', term: `g:${t}` });
    else alternatives.push({ kind: 'fts', phrase: t });
  } else if (numbers === 'visible' && isNumberToken(t)) {
    // Never the FTS body or a head either: they hold the full numbers.
    for (const term of visibleQueryKeys(t)) alternatives.push({ kind: 'term', term });
  } else if (isNumberToken(t)) {
    // A number is found whole (codes; a personal number shorter than any head), by a part (codes), by its indexed
    // heads (personal numbers, the whole one too: an ID by its 14, a phone by its 7), by its last four; the
    // FTS body is not asked, the number terms already answer (a digit token's FTS query cost 31 ms at 1M).
    alternatives.push({ kind: 'term', term: `n:${t}` }, { kind: 'term', term: `c:${t}` });
    if (t.length === 4) alternatives.push({ kind: 'term', term: `t:${t}` });
    alternatives.push(...headsFor(t));
    if (len <= 2) alternatives.push({ kind: 'term', term: `g:${t}` });
  } else if (len <= 2) {
    alternatives.push({ kind: 'term', term: `g:${t}` });
  } else {
    alternatives.push({ kind: 'fts', phrase: t });
    // A case or document number typed whole (日人社仲案〔2016〕191号) is also a code term.
    if (/\d/.test(t)) alternatives.push({ kind: 'term', term: `c:${t}` });
  }
  return alternatives;
}

/** For each token, the alternatives (OR) that can match it. */
export function planSearch(query: string, numbers: NumberSearch = 'prefix'): TokenPlan[][] {
  return searchTokens(query).map((t) => planToken(t, numbers));
}

/**
 * The rank terms of a query's first token: a whole name equal to it (x:) ranks first, a name beginning with it (b:)
 * second, any other match last. Numbers have no ranks (they are matched whole or by their parts).
 */
export function rankTerms(query: string): { exact: string; prefix: string | null } | null {
  const [first] = searchTokens(query);
  if (!first || isNumberToken(first)) return null;
  return { exact: `x:${first}`, prefix: [...first].length <= NAME_PREFIX_CHARS ? `b:${first}` : null };
}

/** A MATCH expression for one phrase: quoted, with embedded quotes doubled. */
export function ftsPhrase(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}
