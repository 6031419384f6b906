import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFen, formatYuan, MAX_FEN, parseYuan, sumFen } from '../../shared/domain/money';

describe('money in integer fen', () => {
  it.each([
    ['12800', 1_280_000],
    ['12,800', 1_280_000],
    ['¥3500.5', 350_050],
    ['￥3,500.50元', 350_050],
    ['0.01', 1],
    ['4200元', 420_000],
    ['1.2万', 1_200_000],
    ['0.000001万', 1],
    [' 007 ', 700],
    // Typed with the input method in full-width mode: the digits, point and separators are the same amount.
    ['１２３４５．６', 1_234_560],
    ['１２３４５。６', 1_234_560],
    ['１２，８００', 1_280_000],
    ['￥３５００．５０元', 350_050],
    ['１．２万', 1_200_000],
    ['　４２００　', 420_000],
  ])('parses %j as %d fen', (s, fen) => {
    expect(parseYuan(s)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', '为空'],
    ['-5', '负数'],
    ['－５', '负数'],
    ['１２ａ', '不是有效金额'],
    ['1.234', '两位'],
    ['abc', '不是有效金额'],
    ['1e5', '不是有效金额'],
    ['99999999999999999', '过大'],
  ])('refuses %j', (s, fragment) => {
    const r = parseYuan(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  it('does not suffer float rounding: 0.29 yuan is 29 fen, 1.005 is refused', () => {
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuan('1.005').ok).toBe(false);
  });

  it('formats with thousands separators and two decimals', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(123_456_789)).toBe('1,234,567.89');
    expect(formatYuan(350_050)).toBe('¥3,500.50');
    expect(formatYuan(-100)).toBe('-¥1.00');
    expect(() => formatFen(1.5)).toThrow();
  });

  it('round-trips every amount through format and parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(parseYuan(formatFen(fen))).toEqual({ ok: true, fen });
      }),
    );
  });

  it('sums exactly and refuses overflow', () => {
    expect(sumFen([1, 2, 3])).toBe(6);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow();
  });
});
