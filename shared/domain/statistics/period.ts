// The periods the bureau reports on — a month, a quarter, a year or any span of days — as Beijing date keys, both
// ends included, and their labels as the report prints them (2026年11月, 2026年第四季度, 2026年, 2026-11-03至2026-11-20).
import type { StatPeriod, StatPeriodKind } from './model';

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The number of days in a month (1–12) of a year, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a string is a real calendar day 'YYYY-MM-DD' (2026-02-30 is not). */
export function isDateKey(s: string): boolean {
  const m = DATE_KEY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function monthPeriod(year: number, month: number): StatPeriod {
  return { kind: 'month', from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

/** Quarter 1–4: January–March … October–December. */
export function quarterPeriod(year: number, quarter: number): StatPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}` };
}

export function yearPeriod(year: number): StatPeriod {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
}

export function customPeriod(from: string, to: string): StatPeriod {
  return { kind: 'custom', from, to };
}

/** The period of a kind that holds a day: the month, quarter or year of 2026-11-25. */
export function periodContaining(kind: Exclude<StatPeriodKind, 'custom'>, day: string): StatPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'month') return monthPeriod(year, month);
  if (kind === 'quarter') return quarterPeriod(year, Math.ceil(month / 3));
  return yearPeriod(year);
}

/** The period of the same kind just before (the month before, the quarter before …); a custom span of as many days. */
export function previousPeriod(p: StatPeriod): StatPeriod {
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  if (p.kind === 'month') return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  if (p.kind === 'quarter') {
    const q = Math.ceil(month / 3);
    return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
  }
  if (p.kind === 'year') return yearPeriod(year - 1);
  const days = daysBetween(p.from, p.to) + 1;
  return { kind: 'custom', from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

/** Why a period is not one of its kind, in Chinese; null when it is (a 'month' must be a whole calendar month …). */
export function periodProblem(p: StatPeriod): string | null {
  if (!isDateKey(p.from) || !isDateKey(p.to)) return '统计期间的日期无效';
  if (p.from > p.to) return '统计截止日不能早于起始日';
  if (p.kind === 'custom') return null;
  const expected = periodContaining(p.kind, p.from);
  if (expected.from !== p.from || expected.to !== p.to) {
    const what = { month: '一个自然月', quarter: '一个季度', year: '一个自然年' }[p.kind];
    return `按${what}统计的，期间应为${expected.from}至${expected.to}`;
  }
  return null;
}

/** The label a report prints: 2026年11月, 2026年第四季度, 2026年, or 2026-11-03至2026-11-20. */
export function periodLabel(p: StatPeriod): string {
  const year = p.from.slice(0, 4);
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'month':
      return `${year}年${month}月`;
    case 'quarter':
      return `${year}年${QUARTER_NAMES[Math.ceil(month / 3) - 1]}`;
    case 'year':
      return `${year}年`;
    case 'custom':
      return p.from === p.to ? p.from : `${p.from}至${p.to}`;
  }
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (0 on the same day; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
