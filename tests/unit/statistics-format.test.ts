// How the statistics screens read a figure and a period: counts with thousands separators, money from integer fen as
// ¥ with two decimals, rates as per cent, "—" with the reason when a rate is over nothing; last month by default,
// quarters and years stepped across the new year; the drill-down's check that its files add up to the figure.
import { describe, expect, it } from 'vitest';
import { drillCheck, formatFigure, fractionText, whyNull } from '../../renderer/src/features/statistics/format';
import { lastMonth, periodFromParams, periodLabel, periodOf, stepPeriod, withPeriod } from '../../renderer/src/features/statistics/period';
import { reportChanges } from '../../renderer/src/features/statistics/report-diff';
import type { StatReport } from '../../shared/domain/statistics/model';

describe('a figure as it reads', () => {
  it('counts with separators, money in yuan from fen, rates as per cent, days to one decimal', () => {
    expect(formatFigure({ valueKind: 'count' }, 1234567)).toBe('1,234,567');
    expect(formatFigure({ valueKind: 'count' }, 0)).toBe('0');
    expect(formatFigure({ valueKind: 'moneyFen' }, 123456789)).toBe('¥1,234,567.89');
    expect(formatFigure({ valueKind: 'moneyFen' }, 5)).toBe('¥0.05');
    expect(formatFigure({ valueKind: 'rate' }, 0.8)).toBe('80.0%');
    expect(formatFigure({ valueKind: 'rate' }, 2 / 3)).toBe('66.7%');
    expect(formatFigure({ valueKind: 'days' }, 38.25)).toBe('38.3');
    expect(formatFigure({ valueKind: 'rate' }, null)).toBe('—');
    expect(formatFigure({ valueKind: 'moneyFen' }, null)).toBe('—');
  });

  it('says why a rate is "—": its denominator, in the words of its formula, is 0', () => {
    const def = { valueKind: 'rate' as const, formula: '调解结案件数 ÷ 结案件数' };
    expect(whyNull(def, { value: null, numerator: 0, denominator: 0 })).toBe('本期结案件数为 0，无法计算');
    expect(whyNull({ valueKind: 'rate', formula: null }, { value: null, denominator: 0 })).toBe('分母为 0，无法计算');
    expect(whyNull(def, { value: 0.5, numerator: 1, denominator: 2 })).toBeNull();
    expect(fractionText({ value: 0.8, numerator: 1200, denominator: 1500 })).toBe('1,200 ÷ 1,500');
    expect(fractionText({ value: 3 })).toBeNull();
  });

  it('checks the drill-down: files against a count, amounts against money, files against a rate’s denominator', () => {
    expect(drillCheck({ valueKind: 'count' }, { value: 3 }, { total: 3, sum: null })).toMatchObject({ ok: true, by: 'files' });
    expect(drillCheck({ valueKind: 'count' }, { value: 3 }, { total: 2, sum: null })).toMatchObject({ ok: false, expected: 3, got: 2 });
    // A 人 figure: two files whose workers add up to 25.
    expect(drillCheck({ valueKind: 'count' }, { value: 25 }, { total: 2, sum: 25 })).toMatchObject({ ok: true, by: 'sum' });
    expect(drillCheck({ valueKind: 'moneyFen' }, { value: 150_000 }, { total: 2, sum: 149_999 })).toMatchObject({ ok: false, by: 'sum' });
    expect(drillCheck({ valueKind: 'rate' }, { value: 0.8, numerator: 12, denominator: 15 }, { total: 15, sum: null })).toMatchObject({ ok: true });
    expect(drillCheck({ valueKind: 'rate' }, { value: null, numerator: 0, denominator: 0 }, { total: 0, sum: null })).toMatchObject({ ok: true, expected: 0 });
  });
});

describe('the period', () => {
  it('defaults to last month, across the new year', () => {
    expect(lastMonth('2026-12-06')).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(lastMonth('2027-01-15')).toEqual({ kind: 'month', from: '2026-12-01', to: '2026-12-31' });
    expect(lastMonth('2028-03-01')).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
  });

  it('reads as the bureau writes it', () => {
    expect(periodLabel({ kind: 'month', from: '2026-11-01', to: '2026-11-30' })).toBe('2026年11月');
    expect(periodLabel(periodOf('quarter', '2026-11-15'))).toBe('2026年第四季度');
    expect(periodLabel(periodOf('year', '2026-11-15'))).toBe('2026年');
    expect(periodLabel({ kind: 'custom', from: '2026-11-03', to: '2026-12-02' })).toBe('2026年11月3日至2026年12月2日');
  });

  it('steps months, quarters and years back and forth', () => {
    expect(periodOf('quarter', '2026-11-15')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(stepPeriod(periodOf('quarter', '2026-02-01'), -1)).toEqual({ kind: 'quarter', from: '2025-10-01', to: '2025-12-31' });
    expect(stepPeriod({ kind: 'month', from: '2026-12-01', to: '2026-12-31' }, 1)).toEqual({ kind: 'month', from: '2027-01-01', to: '2027-01-31' });
    expect(stepPeriod(periodOf('year', '2026-05-05'), -1)).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    const custom = { kind: 'custom' as const, from: '2026-11-03', to: '2026-12-02' };
    expect(stepPeriod(custom, 1)).toBe(custom);
  });
});

describe('what a 更正 changes', () => {
  const report = (accepted: number, amount: number | null): StatReport => ({
    period: { kind: 'month', from: '2026-11-01', to: '2026-11-30', label: '2026年11月' },
    unit: { id: 'u1', name: '日喀则市劳动人事争议仲裁院', includeSubunits: false },
    definitionsVersion: 1,
    computedAt: '2026-12-01T02:00:00.000Z',
    definitions: [
      { key: 'a.accepted', table: 'arbitration', label: '本期受理', group: null, unitLabel: '件', valueKind: 'count', counts: '受理的案件', periodBy: '受理日期', formula: null, source: 'DOMAIN.md §4', bureauBasis: false, files: 'caseFile' },
      { key: 'a.amount', table: 'arbitration', label: '涉案金额', group: null, unitLabel: '元', valueKind: 'moneyFen', counts: '涉案金额', periodBy: '受理日期', formula: null, source: 'DOMAIN.md §4', bureauBasis: false, files: 'caseFile' },
    ],
    tables: [{ kind: 'arbitration', title: '劳动争议处理情况', columns: ['a.accepted', 'a.amount'], rows: [{ unitId: 'u1', unitName: '仲裁院', isTotal: true, values: { 'a.accepted': { value: accepted }, 'a.amount': { value: amount } } }] }],
  });

  it('lists only the figures that differ, as they read', () => {
    expect(reportChanges(report(3, 100), report(3, 100))).toEqual([]);
    expect(reportChanges(report(3, 100), report(4, null))).toEqual([
      { table: '劳动争议处理情况', unitName: '仲裁院', label: '本期受理', before: '3', after: '4' },
      { table: '劳动争议处理情况', unitName: '仲裁院', label: '涉案金额', before: '¥1.00', after: '—' },
    ]);
  });
});

describe('the period in the page address', () => {
  it('is read back as it was written, keeping the other parameters; none or a foreign kind is no period', () => {
    const q4 = { kind: 'quarter' as const, from: '2026-10-01', to: '2026-12-31' };
    const params = withPeriod(new URLSearchParams('subunits=1'), q4);
    expect(periodFromParams(params)).toEqual(q4);
    expect(params.get('subunits')).toBe('1');
    expect(periodFromParams(new URLSearchParams(''))).toBeNull();
    expect(periodFromParams(new URLSearchParams('period=week&from=2026-11-01&to=2026-11-07'))).toBeNull();
  });
});
