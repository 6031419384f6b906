import { describe, expect, it } from 'vitest';
import { CLAIM_CATEGORY } from '../../shared/contract/documents';
import {
  AWARD_CATEGORIES,
  AWARD_STATEMENTS,
  awardRouteParagraphs,
  classifyAward,
  finalAwardThresholdFen,
  type AwardCategory,
  type AwardItemLike,
} from '../../shared/domain/final-award';

const MIN_WAGE = 210_000; // ¥2,100 a month (test value) → threshold ¥25,200
const LIMIT = 12 * MIN_WAGE;

const item = (category: AwardCategory, amountFen: number | null, text = '某项'): AwardItemLike => ({ text, category, amountFen });

function ok<T extends AwardItemLike>(r: ReturnType<typeof classifyAward<T>>) {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r;
}

describe('final award, item by item (调解仲裁法 Art. 47)', () => {
  it('keeps the category list equal to the contract’s', () => {
    expect([...AWARD_CATEGORIES]).toEqual([...CLAIM_CATEGORY]);
  });

  it('the threshold is 12 months of the minimum wage', () => {
    expect(finalAwardThresholdFen(MIN_WAGE)).toBe(2_520_000);
  });

  it.each(['wages', 'injuryMedical', 'compensation', 'damages'] as const)('%s: exactly 12× is final, one fen over is not', (category) => {
    const r = ok(classifyAward([item(category, LIMIT), item(category, LIMIT + 1)], MIN_WAGE));
    expect(r.thresholdFen).toBe(LIMIT);
    expect(r.verdicts.map((v) => v.final)).toEqual([true, false]);
    expect(r.verdicts[0].reason).toContain('第四十七条第（一）项为终局裁决');
    expect(r.verdicts[0].reason).toContain('25,200元');
    expect(r.verdicts[1].reason).toContain('为非终局裁决（第五十条）');
    expect(r.split).toBe(true);
  });

  it('a zero amount is within the limit', () => {
    expect(ok(classifyAward([item('wages', 0)], MIN_WAGE)).verdicts[0].final).toBe(true);
  });

  it('working hours, rest and leave, social insurance standards are final whatever the amount', () => {
    const r = ok(classifyAward([item('standards', null), item('standards', 99_999_999)], MIN_WAGE));
    expect(r.verdicts.every((v) => v.final)).toBe(true);
    expect(r.verdicts[0].reason).toContain('第四十七条第（二）项');
    expect(r.split).toBe(false);
  });

  it('other disputes are non-final', () => {
    const r = ok(classifyAward([item('other', 100)], MIN_WAGE));
    expect(r.verdicts[0].final).toBe(false);
    expect(r.verdicts[0].reason).toContain('第五十条');
  });

  it('a mixed award splits into final and non-final items, in order', () => {
    const items = [item('wages', 1_280_000, 'a'), item('compensation', 640_000, 'b'), item('wages', 2_600_000, 'c'), item('standards', null, 'd'), item('other', null, 'e')];
    const r = ok(classifyAward(items, MIN_WAGE));
    expect(r.split).toBe(true);
    expect(r.finalItems.map((i) => i.text)).toEqual(['a', 'b', 'd']);
    expect(r.nonFinalItems.map((i) => i.text)).toEqual(['c', 'e']);
    expect(r.verdicts.map((v) => v.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('judges the awarded amount of each item, never their sum', () => {
    const r = ok(classifyAward([item('wages', LIMIT), item('compensation', LIMIT)], MIN_WAGE));
    expect(r.split).toBe(false);
    expect(r.nonFinalItems).toEqual([]);
  });

  it.each([
    ['absent', null],
    ['undefined', undefined],
    ['zero', 0],
    ['negative', -1],
    ['fractional', 2100.5],
  ])('refuses to judge an amount-tested item with a %s minimum wage', (_, wage) => {
    const r = classifyAward([item('wages', 100)], wage as number | null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/月最低工资标准/);
  });

  it('needs no minimum wage when no item is amount-tested', () => {
    const r = ok(classifyAward([item('standards', null), item('other', null)], null));
    expect(r.thresholdFen).toBeNull();
    expect(r.split).toBe(true);
  });

  it('refuses an amount-tested item without an amount, naming it', () => {
    const r = classifyAward([item('standards', null), item('damages', null)], MIN_WAGE);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('第2项') });
  });

  it('refuses an empty award', () => {
    expect(classifyAward([], MIN_WAGE).ok).toBe(false);
  });
});

describe('routes and periods, as the statute writes them', () => {
  it('final: effective when made; the worker sues within 十五日 (Art. 48); the employer applies to set aside within 三十日 (Art. 49)', () => {
    const [nature, worker, employer] = awardRouteParagraphs('final', '日喀则市中级人民法院');
    expect(nature).toBe('本裁决为终局裁决，裁决书自作出之日起发生法律效力。');
    expect(worker).toBe('劳动者对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。');
    expect(employer).toContain('可以自收到仲裁裁决书之日起三十日内向本委所在地的日喀则市中级人民法院申请撤销裁决');
    expect(employer).toContain('第四十九条第一款');
  });

  it('non-final: either party sues within 十五日, else it takes effect (Art. 50)', () => {
    expect(awardRouteParagraphs('nonFinal', 'x')).toEqual([
      '本裁决为非终局裁决。',
      '当事人对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力。',
    ]);
  });

  it('writes periods in Chinese numerals, never Arabic', () => {
    const all = JSON.stringify(AWARD_STATEMENTS);
    expect(all).not.toMatch(/\d+日/);
  });
});
