// The signature date of a document, both ways: GB/T 9704-2012 Arabic (no leading zeros) and the Chinese-numeral
// custom of awards, written with 〇 and without a 一 before 十.
import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatDocumentDate } from '../../shared/domain/chinese-date';

describe('document dates', () => {
  it('writes Arabic dates without leading zeros (GB/T 9704-2012 §7.3.5.1)', () => {
    expect(formatDocumentDate('2026-11-25', 'arabic')).toBe('2026年11月25日');
    expect(formatDocumentDate('2027-01-05', 'arabic')).toBe('2027年1月5日');
  });

  it('writes Chinese-numeral dates: 〇 in the year, 十 / 二十 / 三十 in month and day', () => {
    expect(formatDocumentDate('2026-11-25', 'chinese')).toBe('二〇二六年十一月二十五日');
    expect(formatChineseDate('2030-10-10')).toBe('二〇三〇年十月十日');
    expect(formatChineseDate('2026-01-01')).toBe('二〇二六年一月一日');
    expect(formatChineseDate('2026-12-20')).toBe('二〇二六年十二月二十日');
    expect(formatChineseDate('2026-03-31')).toBe('二〇二六年三月三十一日');
    expect(formatChineseDate('2026-02-19')).toBe('二〇二六年二月十九日');
  });

  it('prints anything that is not a date key as given', () => {
    expect(formatDocumentDate('    年  月  日', 'chinese')).toBe('    年  月  日');
  });
});
