// The award's legal basis per item and its 驳回 line. 调解仲裁法 Art. 46: the award states its reasons; the basis of
// each item is recorded at the 登记裁决 step, citing the statute (a 《…》 title and its 第…条), and printed in the
// reasoning. Where a claim is not granted in whole or in part, the award's 裁决如下 ends with
// “驳回申请人的其他仲裁请求” — and only then (a line that rejects nothing would read as a rejection of what was granted).
import { AWARD_CATEGORY_OF, type ClaimCategory } from './arbitration-application';
import { optionalText } from './fields';
import type { AwardCategory } from './final-award';

/** The basis field of each award item, keyed by the item's category. */
export const AWARD_BASIS_FIELDS = {
  wagesBasis: 'wages',
  injuryMedicalBasis: 'injuryMedical',
  compensationBasis: 'compensation',
  damagesBasis: 'damages',
  otherBasis: 'other',
  standardsBasis: 'standards',
} as const satisfies Record<string, AwardCategory>;
export type AwardBasisField = keyof typeof AWARD_BASIS_FIELDS;

export const BASIS_FIELD_OF = Object.fromEntries(Object.entries(AWARD_BASIS_FIELDS).map(([f, c]) => [c, f])) as Record<AwardCategory, AwardBasisField>;

const basisText = (what: string) => optionalText(`${what}的法律依据`, 300).optional();

/** The award form's basis fields (optional each; when given it must cite a statute and go with an awarded item). */
export const awardBasisShape = {
  wagesBasis: basisText('劳动报酬'),
  injuryMedicalBasis: basisText('工伤医疗费'),
  compensationBasis: basisText('经济补偿'),
  damagesBasis: basisText('赔偿金'),
  otherBasis: basisText('其他款项'),
  standardsBasis: basisText('执行国家劳动标准事项'),
};
export type AwardBasisInput = { [K in AwardBasisField]?: string | null };

/** Whether a basis cites a statute: a law's title in 《》 and an article (第…条). */
export function citesStatute(s: string): boolean {
  return /《[^《》]+》/u.test(s) && /第[一二三四五六七八九十百零〇两\d]+条/u.test(s);
}

/** The field problems of the bases: a basis that cites no statute, or one given for an item not awarded. */
export function basisProblems(i: AwardBasisInput, awarded: readonly AwardCategory[]): Record<string, string> | null {
  const problems: Record<string, string> = {};
  for (const [field, category] of Object.entries(AWARD_BASIS_FIELDS) as [AwardBasisField, AwardCategory][]) {
    const v = i[field];
    if (v == null) continue;
    if (!awarded.includes(category)) problems[field] = '该项没有裁决支持，不需填写法律依据；请先填写该项的裁决金额或删去法律依据';
    else if (!citesStatute(v)) problems[field] = '法律依据须写明法律、法规的名称（用书名号《》）和条文（第×条），如《中华人民共和国劳动合同法》第三十条';
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

export interface ClaimToJudge {
  applicant: string;
  category: ClaimCategory;
  amountFen: number | null;
}

export interface AwardedToJudge {
  claimant: string;
  category: AwardCategory;
  amountFen: number | null;
}

/**
 * The claims the award does not grant in full: for each applicant and award category, no item awarded, or less awarded
 * than the claims of that category asked (a claim without an amount is granted by any item of its category).
 */
export function rejectedClaims<C extends ClaimToJudge>(claims: readonly C[], items: readonly AwardedToJudge[]): C[] {
  const groups = new Map<string, C[]>();
  for (const c of claims) {
    const key = `${c.applicant}\u0000${AWARD_CATEGORY_OF[c.category]}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rejected: C[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const granted = items.filter((x) => x.claimant === first.applicant && x.category === AWARD_CATEGORY_OF[first.category]);
    if (granted.length === 0) {
      rejected.push(...group);
      continue;
    }
    if (group.some((c) => c.amountFen === null)) continue;
    const asked = group.reduce((s, c) => s + (c.amountFen ?? 0), 0);
    const awarded = granted.reduce((s, x) => s + (x.amountFen ?? 0), 0);
    if (granted.every((x) => x.amountFen !== null) && awarded < asked) rejected.push(...group);
  }
  return rejected;
}
