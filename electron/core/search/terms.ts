// Search terms for an intake, each stored once in a dictionary (search_terms) and pointed at by integer postings
// ordered newest first (docs/performance.md, "The term index"). FTS5's trigram tokenizer finds nothing for terms under
// three characters, and the commonest names (扎西, 次仁) have two; so short terms go through the term index:
//   g:<1–2 characters>   grams of names (complainants, parties, project), exact match: 1- and 2-character queries
//   x:<name>             a whole name: the first rank of a name search ("exact")
//   b:<1–4 characters>   how a name begins (shorter than the name): the second rank ("prefix")
//   py:<initials>        pinyin initials of names and their tails ('zx' for 扎西), prefix match over the dictionary
//   pf:<full pinyin>     full pinyin of person names ('zhaxi'), prefix match over the dictionary
//   n:<number>           ID numbers and phones by their meaningful heads (an ID's region, region and year, region
//                        and birth date; a phone's first seven digits), exact match; a longer prefix, the whole
//                        number included, is found through the nearest shorter head and confirmed against the text.
//                        A number with no head shorter than itself is indexed whole (the intake's; the pickers'
//                        name_search_terms keep every number whole as well, for their prefix ranges). Only for those
//                        who may unmask: a prefix narrowed digit by digit uncovers a masked middle.
//   c:<code>             numbers that are not personal data, whole and by their parts: credit codes, work-order and
//                        registration numbers (2026-0015: 20260015, 2026, 0015, 15), case and document numbers
//                        (日人社仲案〔2016〕191号: 日人社仲案2016191号, 2016191, 2016, 191)
//   m:<masked number>    an ID number or phone as masked (540202********0019, 139****1200), whole-value match
//   t:<last four>        the last four characters of an ID number or phone where the mask shows them
// A caller without 'personal.unmask' searches numbers only through c:, m: and t:, so a search can match only what
// that caller is shown (security review, issue #10: exact searches were an oracle for the masked middle).
// Longer terms go to the trigram FTS table, whose body holds every searchable text of the intake but its numbers
// (number tokens never go to FTS); a number head is confirmed against the intake's own rows (postings.data.ts:
// personalNumbers; rules version 6 — versions 4 and 5 kept a copy of the numbers per intake).
import { pinyin } from 'pinyin-pro';
import { maskIdNumber, maskPhone } from '../../../shared/domain/permissions';

export interface IntakeSearchSource {
  regNoText: string;
  externalNo: string | null;
  summary: string;
  projectName: string | null;
  parties: { name: string; creditCode: string | null; idNumber: string | null }[];
  complainants: { name: string; idNumber: string | null; phones: string[]; hometown: string | null }[];
  /** Numbers of the file the intake belongs to: its proceedings' 案号 and its documents' 文号. */
  fileNumbers?: string[];
  /**
   * The parties' and project's names are in the names dictionary (name-postings.data.ts), found through the intake's
   * links to them: give the intake only their numbers, not their grams, beginnings and pinyin.
   */
  namesApart?: boolean;
  /**
   * Personal numbers whole as well as by their heads: for the pickers' name_search_terms, whose prefix ranges read
   * them. The intakes' index leaves a number with a head out whole (its 14- or 7-digit head finds it; rules version 5).
   */
  wholeNumbers?: boolean;
}

/** Lower-case, full-width folded, whitespace and punctuation removed: what both indexing and queries see. */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The longest name beginning indexed for the prefix rank (b:); a longer query ranks as a substring. */
export const NAME_PREFIX_CHARS = 4;

function grams(text: string, into: Set<string>): void {
  const chars = [...normalizeForSearch(text)];
  for (let i = 0; i < chars.length; i++) {
    into.add(`g:${chars[i]}`);
    if (i + 1 < chars.length) into.add(`g:${chars[i]}${chars[i + 1]}`);
  }
  if (chars.length === 0) return;
  into.add(`x:${chars.join('')}`);
  for (let k = 1; k < chars.length && k <= NAME_PREFIX_CHARS; k++) into.add(`b:${chars.slice(0, k).join('')}`);
}

function hasHan(s: string): boolean {
  return /\p{Script=Han}/u.test(s);
}

/** Pinyin initials of the Han characters in a name ('zx' for 扎西); surnames read as surnames for people. */
export function initials(name: string, person: boolean): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed', surname: person ? 'head' : 'off' }).join('');
}

/**
 * The pinyin terms of names already seen: names repeat a great deal (a third of the workers are 扎西…), and the
 * conversion is the costliest part of indexing an intake. Bounded; cleared whole when full.
 */
const pinyinMemo = new Map<string, string[]>();
const PINYIN_MEMO_SIZE = 20_000;

function pinyinOf(name: string, person: boolean): string[] {
  const key = `${person ? 'p' : 'o'}${name}`;
  const hit = pinyinMemo.get(key);
  if (hit) return hit;
  const out: string[] = [];
  const first = initials(name, person);
  // Every tail of two or more initials, so '卓玛' (zm) finds 次仁卓玛 and '华建' (hj) finds 日喀则市华建….
  for (let i = 0; i + 2 <= first.length; i++) out.push(`py:${first.slice(i)}`);
  if (person) {
    const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', surname: 'head' }).join('');
    if (full) out.push(`pf:${full}`);
  }
  if (pinyinMemo.size >= PINYIN_MEMO_SIZE) pinyinMemo.clear();
  pinyinMemo.set(key, out);
  return out;
}

function pinyinTerms(name: string, person: boolean, into: Set<string>): void {
  if (!hasHan(name)) return;
  for (const t of pinyinOf(name, person)) into.add(t);
}

/**
 * The parts of a number a person reads separately: each run of digits (with and without leading zeros) and the runs
 * joined, as typed without the brackets (日人社仲案〔2016〕191号 → 2016, 191, 2016191; 2026-0015 → 2026, 0015, 15).
 * Only for numbers written with separators or words.
 */
export function numberParts(raw: string): string[] {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  // A code of letters and digits only (a credit code, a work-order number) is one value: its digit runs mean nothing.
  if (/^[0-9a-z]+$/i.test(text)) return [];
  const runs = text.match(/\d+/g) ?? [];
  const parts = new Set<string>();
  for (const r of runs) {
    if (r.length >= 2) parts.add(r);
    const bare = r.replace(/^0+(?=\d)/, '');
    if (bare.length >= 2) parts.add(bare);
  }
  if (runs.length > 1) parts.add(runs.join(''));
  return [...parts];
}

/** A number that is not personal data (a credit code, a registration, work-order, case or document number). */
function numberTerm(s: string | null, into: Set<string>): void {
  if (!s) return;
  const v = normalizeForSearch(s);
  if (v.length < 2) return;
  into.add(`c:${v}`);
  for (const p of numberParts(s)) into.add(`c:${p}`);
}

/**
 * The heads of a personal number indexed whole (n:), chosen by what they mean: an ID's region (6), region and birth
 * year (10), region and birth date (14); a phone's network and area block (7). A prefix query is answered by the
 * longest head not longer than itself, then confirmed against the stored text.
 */
export function numberHeads(v: string, kind: PersonalNumber): number[] {
  const lengths = kind === 'id' ? [6, 10, 14] : [7];
  return lengths.filter((l) => l < v.length);
}

/** Every head length any number is indexed by, ascending (the query side picks the longest that fits). */
export const NUMBER_HEAD_LENGTHS = [6, 7, 10, 14];

export type PersonalNumber = 'id' | 'phone';

/**
 * What of a normalised ID number or phone the mask shows, as search keys: the masked form when it shows anything,
 * and the last four when it shows them (an 18- or 15-digit ID, a phone of five digits or more; a passport's mask
 * shows only two). Indexing and querying both go through here, so they agree with the masking rule.
 */
export function visibleKeys(v: string, kind: PersonalNumber): string[] {
  const keys: string[] = [];
  if (kind === 'id') {
    if (v.length >= 8) keys.push(`m:${maskIdNumber(v)}`);
    if (v.length >= 15) keys.push(`t:${v.slice(-4)}`);
  } else if (/^\d{5,}$/.test(v)) {
    keys.push(`m:${maskPhone(v)}`, `t:${v.slice(-4)}`);
  }
  return keys;
}

/**
 * The keys a number typed by someone who may not unmask looks up: the codes whole, the masked form it would have as
 * an ID number or as a phone, and, for four characters, the visible tail. Whatever the hidden middle of the query,
 * the same keys — so no series of guesses can tell which middle is stored.
 */
export function visibleQueryKeys(t: string): string[] {
  const masked = [...visibleKeys(t, 'id'), ...visibleKeys(t, 'phone')].filter((k) => k.startsWith('m:'));
  return [...new Set([`c:${t}`, ...masked, ...(t.length === 4 ? [`t:${t}`] : [])])];
}

/**
 * An ID number or phone: by prefix for those who may unmask, by its visible parts for everyone. Its heads (n:) answer
 * every prefix longer than themselves, the whole number too (query.ts: headsFor, confirmed against the text), so the
 * whole is a term only for a number shorter than any head, or when `whole` (the pickers). At 10,000 intakes the whole
 * IDs and phones were 30 % of the dictionary's terms, near-unique, and 5.7 postings an intake (docs/performance.md).
 */
function personalTerm(s: string | null, kind: PersonalNumber, into: Set<string>, whole: boolean): void {
  if (!s) return;
  const v = normalizeForSearch(s);
  if (v.length < 2) return;
  const heads = numberHeads(v, kind);
  if (whole || heads.length === 0) into.add(`n:${v}`);
  for (const l of heads) into.add(`n:${v.slice(0, l)}`);
  for (const k of visibleKeys(v, kind)) into.add(k);
}

function nameTermsInto(name: string, into: Set<string>): void {
  grams(name, into);
  pinyinTerms(name, false, into);
}

/** The terms of an employer's or a project's name (grams, whole, beginnings, pinyin initials): the names dictionary's. */
export function orgNameTerms(name: string): string[] {
  const terms = new Set<string>();
  nameTermsInto(name, terms);
  return [...terms];
}

/**
 * A word of the body no FTS phrase can match inside, so the trigram index need not hold it: a number (Latin letters and
 * digits, at least one digit) without three letters in a row. A query token of only letters and digits with a digit
 * is a number and never goes to FTS (query.ts: planToken); one with any other character cannot lie inside such a word;
 * one of three or more letters only could lie inside a word with three letters in a row — which stays indexed.
 */
export function isUnindexedWord(word: string): boolean {
  return /^[0-9a-z]+$/.test(word) && /\d/.test(word) && !/[a-z]{3}/.test(word);
}

/**
 * `body` goes to the FTS table (indexed by trigrams); `numbers` are the number words (isUnindexedWord) left out of it:
 * ID numbers, phones, credit codes, registration numbers — 60 % of the text and of the trigram index. Not stored since
 * rules version 6 (the number terms answer every number token; a head is confirmed against the intake's own rows).
 */
export function intakeSearchTerms(src: IntakeSearchSource): { terms: string[]; body: string; numbers: string } {
  const terms = new Set<string>();
  for (const c of src.complainants) {
    grams(c.name, terms);
    pinyinTerms(c.name, true, terms);
    personalTerm(c.idNumber, 'id', terms, !!src.wholeNumbers);
    for (const p of c.phones) personalTerm(p, 'phone', terms, !!src.wholeNumbers);
  }
  for (const p of src.parties) {
    if (!src.namesApart) nameTermsInto(p.name, terms);
    numberTerm(p.creditCode, terms);
    personalTerm(p.idNumber, 'id', terms, !!src.wholeNumbers);
  }
  if (src.projectName && !src.namesApart) nameTermsInto(src.projectName, terms);
  numberTerm(src.externalNo, terms);
  numberTerm(src.regNoText, terms);
  for (const n of src.fileNumbers ?? []) numberTerm(n, terms);
  // Normalised like the queries are, so 'བཀྲ་ཤིས' (with its tsheg) or '工资，未付' find what was stored.
  const words = [
    src.regNoText,
    src.externalNo,
    src.summary,
    src.projectName,
    ...src.parties.flatMap((p) => [p.name, p.creditCode]),
    ...src.complainants.flatMap((c) => [c.name, c.hometown, c.idNumber, ...c.phones]),
    ...(src.fileNumbers ?? []),
  ]
    .filter((x): x is string => !!x)
    .map(normalizeForSearch)
    .filter((w) => w !== '');
  const body = words.filter((w) => !isUnindexedWord(w)).join(' ');
  const numbers = words.filter(isUnindexedWord).join(' ');
  return { terms: [...terms], body, numbers };
}
