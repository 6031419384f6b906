// 中文大写金额 as the decision papers write them beside the figures: each case below worked out by hand.
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../shared/domain/money';

describe('amountInWords', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [100, '壹元整'],
    [1_000, '壹拾元整'],
    [100_005, '壹仟元零伍分'],
    [100_050, '壹仟元伍角整'],
    [105_000, '壹仟零伍拾元整'],
    [1_000_500, '壹万零伍元整'],
    [10_000_500, '壹拾万零伍元整'],
    [12_800_050, '壹拾贰万捌仟元伍角整'],
    [6_400_025, '陆万肆仟元贰角伍分'],
    [19_200_075, '壹拾玖万贰仟元柒角伍分'],
    [100_000_000, '壹佰万元整'],
    [100_500_000, '壹佰万伍仟元整'],
    [100_050_000, '壹佰万零伍佰元整'],
    [1_000_000_500, '壹仟万零伍元整'],
    [10_000_050_000, '壹亿零伍佰元整'],
    [12_345_678_901, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分'],
  ])('%i fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('refuses what is not a non-negative whole number of fen', () => {
    expect(() => amountInWords(-1)).toThrow('金额必须是非负整数分');
    expect(() => amountInWords(1.5)).toThrow('金额必须是非负整数分');
  });
});
