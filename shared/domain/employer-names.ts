// When two names on file are one employer, one project or one 包工头 (issue #12, the employer view). Pure: the core
// matches with it, the tests pin it down. The desk types what the complainant says, so one builder is on file as
// “日喀则市雪域建筑工程有限公司”, “日喀则市雪域建筑工程（有限）公司 ” and “日喀则市雪域建筑工程公司”; a 包工头 as
// “王德发” and “王 德发”.
//
// What it catches:
//   - full-width and half-width forms (（）and (), Ａ and A, the ideographic space), case of Latin letters;
//   - spaces anywhere, and the middle dots of transcribed names (扎西·次仁 = 扎西次仁);
//   - a unit's legal-form suffix: 有限责任公司, 股份有限公司, 有限公司 or plain 公司 (with or without it, one unit);
//   - a 分公司 (…有限公司江孜分公司, …有限公司（江孜分公司）) and its parent, as linked units (a branch has its own
//     credit code and its own files; it is shown beside the parent, never merged into it).
// What it does not catch (the page says so, and a person decides):
//   - abbreviations and dropped words: 雪域建筑公司 for 日喀则市雪域建筑工程有限公司, a place prefix left out or
//     added (西藏雪域… / 日喀则市雪域…) — that may be another company, so it is never guessed;
//   - typing errors, homophones (雪域 / 雪玉), traditional characters, a name in pinyin or Tibetan script;
//   - a renamed company (更名) — its credit code stays, so a search by the code finds it;
//   - 项目部, 工区 and other site offices named after the project rather than the company;
//   - two people of the same name: a name alone never makes two individuals one (Tibetan names repeat: 扎西,
//     次仁); it takes the same ID number.

/** Legal-form endings, longest first: a name with or without one of them is the same unit. */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '公司'] as const;

/** NFKC (full-width → half-width), lower case, and no spaces, dots, brackets or other punctuation. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The name without its legal-form ending ('' when nothing else is left). */
function withoutLegalForm(folded: string): string {
  for (const f of LEGAL_FORMS) if (folded.endsWith(f)) return folded.slice(0, -f.length);
  return folded;
}

/**
 * A branch (分公司) and the folded name of its parent: “…有限公司江孜分公司” and “…有限公司(江孜分公司)” are the
 * branch at 江孜 of “…有限公司”. Null when the name is not a branch's.
 */
export function branchOf(name: string): { parentKey: string; branch: string } | null {
  const folded = foldName(name);
  if (!folded.endsWith('分公司')) return null;
  const body = folded.slice(0, -'分公司'.length);
  // The parent's name ends at its last 公司 before the branch's own words.
  const at = body.lastIndexOf('公司');
  if (at <= 0) return null;
  const parent = body.slice(0, at + '公司'.length);
  const parentKey = withoutLegalForm(parent);
  if (parentKey === '') return null;
  return { parentKey, branch: body.slice(at + '公司'.length) };
}

/**
 * The key two names of one unit share: folded, without its legal-form ending. A branch's key is its parent's key and
 * its own words (…有限公司江孜分公司 and …公司江孜分公司 are one branch; it is not its parent).
 */
export function unitNameKey(name: string): string {
  const branch = branchOf(name);
  if (branch) return `${branch.parentKey}|${branch.branch}分公司`;
  return withoutLegalForm(foldName(name));
}

/** The key of a person's name (a 包工头, an 个体): folded, so spaces and middle dots do not count. */
export function personNameKey(name: string): string {
  return foldName(name);
}

/** A project's key: folded (brackets, spaces and width do not count); no suffix is dropped. */
export function projectNameKey(name: string): string {
  return foldName(name);
}

export interface NamedParty {
  kind: 'organisation' | 'individual' | 'unknown';
  name: string;
  creditCode: string | null;
  idNumber: string | null;
}

/**
 * How another party on file stands to this one:
 *   'same'     one employer: the same credit code or ID number, or (without a conflicting one) the same name up to
 *              width, spaces and the legal-form ending — its files are this employer's files;
 *   'branch'   a 分公司 of this unit, or its parent, or another branch of the same parent — a linked unit;
 *   'sameName' an individual of the same name with no ID number to tell — maybe the same 包工头, not merged;
 *   null       another employer (a different credit code or ID number, or a different name).
 */
export type PartyRelation = 'same' | 'branch' | 'sameName' | null;

export function partyRelation(a: NamedParty, b: NamedParty): PartyRelation {
  if (a.creditCode && b.creditCode && a.creditCode === b.creditCode) return 'same';
  if (a.idNumber && b.idNumber && a.idNumber.toUpperCase() === b.idNumber.toUpperCase()) return 'same';
  const person = (p: NamedParty) => p.kind === 'individual';
  if (person(a) || person(b)) {
    // A 包工头 is one person only by the ID number; the same name is a hint to check, and a different ID rules it out.
    if (a.idNumber && b.idNumber) return null;
    const key = personNameKey(a.name);
    return key !== '' && key === personNameKey(b.name) ? 'sameName' : null;
  }
  const ka = unitNameKey(a.name);
  const kb = unitNameKey(b.name);
  if (ka !== '' && ka === kb) {
    // Two registered units of one name up to the ending are two legal persons when their codes differ.
    return a.creditCode && b.creditCode ? null : 'same';
  }
  const ba = branchOf(a.name);
  const bb = branchOf(b.name);
  if ((ba && ba.parentKey === kb) || (bb && bb.parentKey === ka) || (ba && bb && ba.parentKey === bb.parentKey)) return 'branch';
  return null;
}

/**
 * The words an index lookup needs to find every name `partyRelation` could relate to this one: a substring of each
 * such name's fold — the unit's name without its ending (its other spellings and its branches contain it), for a
 * branch its parent's (the parent, its spellings and every branch contain that), for a person the folded name.
 */
export function lookupKey(p: Pick<NamedParty, 'kind' | 'name'>): string {
  if (p.kind === 'individual') return personNameKey(p.name);
  return branchOf(p.name)?.parentKey ?? withoutLegalForm(foldName(p.name));
}

/**
 * What a typed name searches for: folded, without a legal-form ending — so 雪域建筑工程有限公司 finds the unit filed
 * as 日喀则市雪域建筑工程公司, and 王 德发 finds 王德发. Empty when only an ending (或 spaces) was typed.
 */
export function nameQueryKey(query: string): string {
  return withoutLegalForm(foldName(query));
}

/** Whether a name on file answers a typed name: the typed key is part of the name's fold. */
export function nameAnswersQuery(name: string, queryKey: string): boolean {
  return queryKey !== '' && foldName(name).includes(queryKey);
}

/**
 * 重复欠薪: the employer stands in two or more case files — separate matters, each opened on its own complaint.
 * One file with many intakes (a group coming back) is one matter, not a repeat. The marker states a fact on file;
 * it is not the blacklist's test (2022 办法 Art. 5), which its own proceeding decides.
 */
export function isRepeatOffender(caseFiles: number): boolean {
  return caseFiles >= 2;
}
