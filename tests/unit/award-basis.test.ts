// The award's 驳回 rule and the basis check (shared/domain/award-basis.ts), by hand: which claims an award leaves
// ungranted, per applicant and category; and what counts as citing a statute.
import { describe, expect, it } from 'vitest';
import { basisProblems, citesStatute, rejectedClaims } from '../../shared/domain/award-basis';

const claim = (applicant: string, category: 'wages' | 'overtime' | 'severance' | 'socialInsurance', amountFen: number | null) => ({ applicant, category, amountFen });

describe('rejectedClaims', () => {
  it('groups wages and overtime as 劳动报酬 and rejects the group when less is awarded than asked', () => {
    const claims = [claim('扎西', 'wages', 2_400_000), claim('扎西', 'overtime', 380_000)];
    expect(rejectedClaims(claims, [{ claimant: '扎西', category: 'wages', amountFen: 2_780_000 }])).toEqual([]);
    expect(rejectedClaims(claims, [{ claimant: '扎西', category: 'wages', amountFen: 2_779_999 }])).toEqual(claims);
  });
  it('rejects a claim with nothing awarded in its category, and another applicant’s claims the award does not reach', () => {
    const severance = claim('扎西', 'severance', 3_000_000);
    const ciren = claim('次仁', 'wages', 1_650_000);
    expect(rejectedClaims([claim('扎西', 'wages', 100), severance, ciren], [{ claimant: '扎西', category: 'wages', amountFen: 100 }])).toEqual([severance, ciren]);
  });
  it('takes a claim without an amount as granted by any item of its category (社会保险 → the labour-standards item)', () => {
    const si = claim('次仁', 'socialInsurance', null);
    expect(rejectedClaims([si], [{ claimant: '次仁', category: 'standards', amountFen: null }])).toEqual([]);
    expect(rejectedClaims([si], [])).toEqual([si]);
  });
});

describe('the basis of an item', () => {
  it('cites a statute: a title in 《》 and an article', () => {
    expect(citesStatute('《中华人民共和国劳动合同法》第三十条')).toBe(true);
    expect(citesStatute('《劳动法》第44条')).toBe(true);
    expect(citesStatute('劳动合同法第三十条')).toBe(false);
    expect(citesStatute('《中华人民共和国劳动合同法》')).toBe(false);
  });
  it('is refused for an item not awarded, and accepted or absent otherwise', () => {
    expect(basisProblems({ wagesBasis: '《劳动合同法》第三十条' }, ['wages'])).toBeNull();
    expect(basisProblems({ wagesBasis: null }, [])).toBeNull();
    expect(Object.keys(basisProblems({ damagesBasis: '《劳动合同法》第八十七条' }, ['wages'])!)).toEqual(['damagesBasis']);
  });
});
