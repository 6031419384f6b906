// The search walk: a page of intakes matching every token, ranked (a whole name equal to the first token, then a
// name beginning with it, then any match) and newest first within a rank, read by walking the postings of the rarest
// token in list order and stopping when the page is full — so its cost follows the page, not the number of hits.
// Each candidate is confirmed against every token by point lookups (a posting, or the intake's FTS text), then
// against the list's filters in one statement per batch. A term of an employer's or a project's name is found through
// the names dictionary: the names having it, each name's intakes merged in the same order as a term's postings.
import type { Prepare } from '../../../db/statements';
import { nameCountCapped, namePostingsAfter, namesOfIntake, nameTermIds, namesWithTerms } from './name-postings.data';
import { countCapped, ftsBody, ftsCapped, type IdLookup, intakeTermIds, type Key, keysOf, personalNumbers, postingsAfter, termId, termIdsInRange, walkAfter } from './postings.data';
import { pendingTier, type PendingTier } from './pending-postings.data';
import { ftsPhrase, planSearch, rankTerms, type NumberSearch } from './query';

/** Counts stop here: past it a token is simply "frequent", and the rarest token is what matters. */
const COUNT_CAP = 4096;
/** An FTS phrase with fewer matches is read whole and put in list order; with more, the list is walked. */
const FTS_SET_CAP = 2000;
/** A pinyin prefix spreading over more dictionary terms than this is walked instead of merged. */
const RANGE_TERMS = 1024;
/** Terms carried by more employer and project names than this (雪域, 建筑) are walked instead of merged name by name. */
const NAME_SOURCES = 256;
/**
 * Candidates looked at for one page at most. A page that reaches it returns what it found with a cursor to continue
 * from (two frequent tokens that rarely meet: 扎西 + a name only a few share); the next page resumes there.
 */
export const EXAMINE_LIMIT = 20_000;

const TOP: Key = { at: Number.MAX_SAFE_INTEGER, seq: Number.MAX_SAFE_INTEGER };
const before = (a: Key, b: Key) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

interface Source {
  peek(): Key | null;
  pop(): void;
}

/** A keyset reader that fetches in growing chunks (16, 64, 256, 1024) and stops fetching when exhausted. */
function chunked(fetch: (after: Key, limit: number) => Key[], after: Key): Source {
  let buf: Key[] = [];
  let i = 0;
  let pos = after;
  let size = 16;
  let done = false;
  const peek = () => {
    if (i >= buf.length) {
      if (done) return null;
      buf = fetch(pos, size);
      i = 0;
      if (buf.length < size) done = true;
      size = Math.min(size * 4, 1024);
      if (buf.length === 0) return null;
      pos = buf[buf.length - 1];
    }
    return buf[i];
  };
  return { peek, pop: () => void i++ };
}

/** Several sources merged newest first, each key once. */
function merged(sources: Source[]): Source {
  let current: Key | null | undefined;
  const peek = () => {
    if (current !== undefined) return current;
    let best: Key | null = null;
    for (const s of sources) {
      const k = s.peek();
      if (k && (!best || before(best, k))) best = k;
    }
    current = best;
    return best;
  };
  const pop = () => {
    const k = peek();
    if (k) for (const s of sources) while (s.peek()?.at === k.at && s.peek()?.seq === k.seq) s.pop();
    current = undefined;
  };
  return { peek, pop };
}

function fromList(keys: Key[], after: Key): Source {
  const sorted = keys.filter((k) => before(k, after)).sort((a, b) => b.at - a.at || b.seq - a.seq);
  let i = 0;
  return { peek: () => sorted[i] ?? null, pop: () => void i++ };
}

/**
 * What a candidate is checked against, each read at most once however many tokens and ranks ask: its term ids (one row
 * of intake_search_docs), its linked names and their term ids (one row of search_names each, kept for the whole
 * search), its FTS text. Checking in memory keeps a candidate's cost the same for a token of one term and for a pinyin
 * prefix of hundreds (docs/performance.md, "Pages in proportion to the page").
 */
interface Candidate {
  key: Key;
  terms(): IdLookup;
  names(): number[];
  nameTerms(nameId: number): Set<number>;
  body(): string;
}

function candidateOf(prepare: Prepare, k: Key, nameTerms: Map<number, Set<number>>): Candidate {
  let terms: IdLookup | null = null;
  let names: number[] | null = null;
  let body: string | null = null;
  return {
    key: k,
    terms: () => (terms ??= intakeTermIds(prepare, k)),
    names: () => (names ??= namesOfIntake(prepare, k.seq)),
    nameTerms(id) {
      let t = nameTerms.get(id);
      if (!t) nameTerms.set(id, (t = new Set(nameTermIds(prepare, id))));
      return t;
    },
    body: () => (body ??= ftsBody(prepare, k.seq)),
  };
}

/**
 * The intakes having any of some dictionary terms: their own postings and, through the names dictionary, those of the
 * names having them. `walk` when too many names have them to merge (the caller then walks the unit's intakes).
 */
interface TermReader {
  walk: boolean;
  sources(after: Key): Source[];
  estimate(cap: number): number;
  /** Whether the intake has one of the terms, itself or through one of its names. */
  has(c: Candidate): boolean;
}

/** Whether two sets of term ids share one, walking the smaller (an intake's 60 or a prefix range's hundreds). */
function meets(a: IdLookup, b: IdLookup): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

function termReader(prepare: Prepare, ids: number[], tier: PendingTier): TermReader {
  const idSet = new Set(ids);
  const names = namesWithTerms(prepare, ids, NAME_SOURCES + 1);
  const walk = names.length > NAME_SOURCES;
  const nameSet = new Set(names);
  return {
    walk,
    sources: (after) => [
      ...ids.map((id) => chunked((a, n) => postingsAfter(prepare, id, a, n, tier), after)),
      ...(walk ? [] : names.map((id) => chunked((a, n) => namePostingsAfter(prepare, id, a, n), after))),
    ],
    estimate(cap) {
      let n = 0;
      for (const id of ids) if ((n += countCapped(prepare, id, COUNT_CAP, tier)) >= cap) return n;
      for (const id of names) if ((n += nameCountCapped(prepare, id, COUNT_CAP)) >= cap) return n;
      return n;
    },
    has(c) {
      if (ids.length === 0) return false;
      if (meets(c.terms(), idSet)) return true;
      // Too many names to hold: the intake's few names' own terms; otherwise its names against the token's.
      if (walk) return c.names().some((n) => meets(c.nameTerms(n), idSet));
      return nameSet.size > 0 && c.names().some((n) => nameSet.has(n));
    },
  };
}

interface Matcher {
  /** How many intakes the token matches, counted up to a cap. */
  estimate: number;
  source(after: Key): Source;
  matches(c: Candidate): boolean;
}

function tokenMatcher(prepare: Prepare, unitId: string, plans: ReturnType<typeof planSearch>[number], tier: PendingTier): Matcher {
  const ids: number[] = [];
  const heads: { id: number; confirm: string }[] = [];
  const phrases: { phrase: string; set: Set<number> | null }[] = [];
  let walk = false;
  for (const p of plans) {
    if (p.kind === 'term') {
      const id = termId(prepare, p.term);
      if (id !== null) ids.push(id);
    } else if (p.kind === 'prefix') {
      const range = termIdsInRange(prepare, p.prefix, RANGE_TERMS + 1);
      if (range.length > RANGE_TERMS) walk = true;
      ids.push(...range);
    } else if (p.kind === 'head') {
      const id = termId(prepare, p.term);
      if (id !== null) heads.push({ id, confirm: p.confirm });
    } else {
      const seqs = ftsCapped(prepare, ftsPhrase(p.phrase), FTS_SET_CAP + 1);
      const small = seqs.length <= FTS_SET_CAP;
      if (!small) walk = true;
      phrases.push({ phrase: p.phrase, set: small ? new Set(seqs) : null });
    }
  }
  const idSet = [...new Set(ids)];
  const terms = termReader(prepare, idSet, tier);
  if (terms.walk) walk = true;
  let estimate = walk ? Number.MAX_SAFE_INTEGER : 0;
  if (!walk) {
    estimate = terms.estimate(COUNT_CAP * 4);
    for (const id of heads.map((h) => h.id)) {
      if (estimate >= COUNT_CAP * 4) break;
      estimate += countCapped(prepare, id, COUNT_CAP, tier);
    }
    for (const f of phrases) estimate += f.set!.size;
  }
  return {
    estimate,
    source(after) {
      if (walk) return chunked((a, n) => walkAfter(prepare, unitId, a, n), after);
      const sources = [...terms.sources(after), ...heads.map((h) => chunked((a, n) => postingsAfter(prepare, h.id, a, n, tier), after))];
      for (const f of phrases) sources.push(fromList(keysOf(prepare, [...f.set!]), after));
      return merged(sources);
    },
    matches(c) {
      if (terms.has(c)) return true;
      for (const h of heads) {
        if (c.terms().has(h.id) && personalNumbers(prepare, c.key.seq).some((w) => w.startsWith(h.confirm))) return true;
      }
      return phrases.some((f) => (f.set ? f.set.has(c.key.seq) : c.body().includes(f.phrase)));
    },
  };
}

export interface SearchPosition extends Key {
  /** 0 a whole name equal to the first token, 1 a name beginning with it, 2 any other match. */
  rank: number;
}

export interface SearchPageInput<R> {
  query: string;
  numbers: NumberSearch;
  unitId: string;
  after: SearchPosition | null;
  limit: number;
  /** The rows of these intakes (seqs) that pass the list's filters, in any order. */
  rowsOf(seqs: number[]): R[];
}

/** A page of matches in rank-then-newest order; `next` is where the following page starts, or null at the end. */
export function searchPage<R extends { seq: number }>(prepare: Prepare, input: SearchPageInput<R>): { rows: R[]; next: SearchPosition | null } | null {
  const plans = planSearch(input.query, input.numbers);
  if (plans.length === 0) return null;
  // The postings of intakes saved since the last merge, read with intake_postings (pending-postings.data.ts).
  const tier = pendingTier(prepare);
  const matchers = plans.map((p) => tokenMatcher(prepare, input.unitId, p, tier));
  const driver = matchers.reduce((a, b) => (b.estimate < a.estimate ? b : a));
  const rank = rankTerms(input.query);
  const exactId = rank ? termId(prepare, rank.exact) : null;
  const prefixId = rank?.prefix ? termId(prepare, rank.prefix) : null;
  const exact = termReader(prepare, exactId === null ? [] : [exactId], tier);
  const prefix = termReader(prepare, prefixId === null ? [] : [prefixId], tier);
  // A rank whose names are too many to merge (日喀 begins most employers' names) walks the unit's intakes, each
  // confirmed to be in the rank.
  const rankSource = (r: TermReader) => (a: Key) => (r.walk ? chunked((x, n) => walkAfter(prepare, input.unitId, x, n), a) : merged(r.sources(a)));
  const tiers: { source: (after: Key) => Source; member: TermReader | null; exclude: TermReader[] }[] = [
    { source: rankSource(exact), member: exact.walk ? exact : null, exclude: [] },
    { source: rankSource(prefix), member: prefix.walk ? prefix : null, exclude: [exact] },
    { source: (a) => driver.source(a), member: null, exclude: [exact, prefix] },
  ];
  const out: { row: R; pos: SearchPosition }[] = [];
  const nameTerms = new Map<number, Set<number>>();
  let examined = 0;
  const start = input.after ?? { rank: 0, ...TOP };
  for (let t = start.rank; t < tiers.length; t++) {
    const tier = tiers[t];
    const src = tier.source(t === start.rank ? start : TOP);
    let pending: SearchPosition[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const bySeq = new Map(input.rowsOf(pending.map((p) => p.seq)).map((r) => [r.seq, r]));
      for (const p of pending) {
        const row = bySeq.get(p.seq);
        if (row && out.length <= input.limit) out.push({ row, pos: p });
      }
      pending = [];
    };
    for (let k = src.peek(); k; src.pop(), k = src.peek()) {
      if (examined++ >= EXAMINE_LIMIT) {
        flush();
        if (out.length > input.limit) break;
        return { rows: out.map((o) => o.row), next: { rank: t, ...k, seq: k.seq + 1 } };
      }
      const c = candidateOf(prepare, k, nameTerms);
      if (tier.member && !tier.member.has(c)) continue;
      if (tier.exclude.some((r) => r.has(c))) continue;
      if (!matchers.every((m) => m.matches(c))) continue;
      pending.push({ rank: t, at: k.at, seq: k.seq });
      if (out.length + pending.length > input.limit) {
        flush();
        if (out.length > input.limit) break;
      }
    }
    flush();
    if (out.length > input.limit) break;
  }
  const more = out.length > input.limit;
  const page = out.slice(0, input.limit);
  return { rows: page.map((o) => o.row), next: more ? page[page.length - 1].pos : null };
}
