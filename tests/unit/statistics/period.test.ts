import { describe, expect, it } from 'vitest';
import {
  customPeriod,
  daysBetween,
  isDateKey,
  monthPeriod,
  periodContaining,
  periodLabel,
  periodProblem,
  previousPeriod,
  quarterPeriod,
  yearPeriod,
} from '../../../shared/domain/statistics/period';

describe('statistics periods', () => {
  it('a month, a quarter and a year run from their first to their last day, leap years included', () => {
    expect(monthPeriod(2026, 11)).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod(2028, 2)).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod(2026, 2).to).toBe('2026-02-28');
    expect(quarterPeriod(2026, 4)).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(quarterPeriod(2026, 2)).toEqual({ kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(yearPeriod(2026)).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2026-11-25')).toEqual(quarterPeriod(2026, 4));
    expect(periodContaining('month', '2026-01-31')).toEqual(monthPeriod(2026, 1));
  });

  it('labels as the report prints them', () => {
    expect(periodLabel(monthPeriod(2026, 11))).toBe('2026年11月');
    expect(periodLabel(quarterPeriod(2026, 4))).toBe('2026年第四季度');
    expect(periodLabel(quarterPeriod(2026, 1))).toBe('2026年第一季度');
    expect(periodLabel(yearPeriod(2026))).toBe('2026年');
    expect(periodLabel(customPeriod('2026-11-03', '2026-11-20'))).toBe('2026-11-03至2026-11-20');
    expect(periodLabel(customPeriod('2026-11-03', '2026-11-03'))).toBe('2026-11-03');
  });

  it('the period before crosses the year', () => {
    expect(previousPeriod(monthPeriod(2026, 1))).toEqual(monthPeriod(2025, 12));
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
    expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
    expect(previousPeriod(customPeriod('2026-03-01', '2026-03-10'))).toEqual(customPeriod('2026-02-19', '2026-02-28'));
  });

  it('refuses a period that is not of its kind, in Chinese', () => {
    expect(periodProblem(monthPeriod(2026, 11))).toBeNull();
    expect(periodProblem({ kind: 'month', from: '2026-11-01', to: '2026-11-29' })).toBe('按一个自然月统计的，期间应为2026-11-01至2026-11-30');
    expect(periodProblem({ kind: 'quarter', from: '2026-11-01', to: '2026-12-31' })).toBe('按一个季度统计的，期间应为2026-10-01至2026-12-31');
    expect(periodProblem({ kind: 'custom', from: '2026-11-05', to: '2026-11-01' })).toBe('统计截止日不能早于起始日');
    expect(periodProblem({ kind: 'custom', from: '2026-02-30', to: '2026-03-01' })).toBe('统计期间的日期无效');
    expect(isDateKey('2028-02-29')).toBe(true);
    expect(isDateKey('2026-02-29')).toBe(false);
    expect(daysBetween('2026-11-25', '2027-01-09')).toBe(45);
  });
});
