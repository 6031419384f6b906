// The period a report covers, as the picker moves it: a month, a quarter, a year (calendar ones, Beijing days) or
// two days typed by hand; and its label as the bureau writes it (2026年11月, 2026年第四季度, 2026年).
import type { StatPeriod, StatPeriodKind } from '../../../../shared/domain/statistics/model';
import { daysBetween } from '../../../../shared/domain/statistics/period';
import { formatDateZh } from '../../../../shared/domain/time';

export const PERIOD_KIND_LABEL: Record<StatPeriodKind, string> = { month: '月', quarter: '季', year: '年', custom: '自定义' };

const QUARTER_ZH = ['一', '二', '三', '四'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthPeriod = (y: number, m: number): StatPeriod => ({ kind: 'month', from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` });
const parts = (key: string) => key.split('-').map(Number) as [number, number, number];

/** The month before the one `today` falls in: what a bureau reports at the start of a month. */
export function lastMonth(today: string): StatPeriod {
  const [y, m] = parts(today);
  return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
}

/** The calendar period of `kind` that contains the day `key` (a custom period keeps the days it had). */
export function periodOf(kind: Exclude<StatPeriodKind, 'custom'>, key: string): StatPeriod {
  const [y, m] = parts(key);
  if (kind === 'month') return monthPeriod(y, m);
  if (kind === 'year') return { kind, from: `${y}-01-01`, to: `${y}-12-31` };
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  return { kind, from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` };
}

/** The period before (-1) or after (+1) a calendar one. */
export function stepPeriod(p: StatPeriod, by: -1 | 1): StatPeriod {
  if (p.kind === 'custom') return p;
  const [y, m] = parts(p.from);
  const months = p.kind === 'month' ? 1 : p.kind === 'quarter' ? 3 : 12;
  const index = y * 12 + (m - 1) + by * months;
  return periodOf(p.kind, `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`);
}

/** 2026年11月 · 2026年第四季度 · 2026年 · 2026年11月3日至2026年12月2日 */
export function periodLabel(p: StatPeriod): string {
  const [y, m] = parts(p.from);
  if (p.kind === 'month') return `${y}年${m}月`;
  if (p.kind === 'quarter') return `${y}年第${QUARTER_ZH[Math.floor((m - 1) / 3)]}季度`;
  if (p.kind === 'year') return `${y}年`;
  return `${formatDateZh(p.from)}至${formatDateZh(p.to)}`;
}

/** Whether a calendar period has not ended yet on `today` (its figures will still change). */
export function isOpen(p: StatPeriod, today: string): boolean {
  return p.to >= today;
}

const KINDS: readonly string[] = ['month', 'quarter', 'year', 'custom'];

/** The period kept in the page's address (?period=month&from=…&to=…), or null when there is none. */
export function periodFromParams(params: URLSearchParams): StatPeriod | null {
  const kind = params.get('period');
  const from = params.get('from');
  const to = params.get('to');
  if (!kind || !KINDS.includes(kind) || from === null || to === null) return null;
  return { kind: kind as StatPeriodKind, from, to };
}

/** The address's parameters with this period in them (the others kept). */
export function withPeriod(params: URLSearchParams, p: StatPeriod): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('period', p.kind);
  next.set('from', p.from);
  next.set('to', p.to);
  return next;
}

/**
 * A period longer than a quarter (a year, a long custom period) is counted as a job: the page shows its progress table
 * by table and can stop it, rather than waiting on one call (issue #14 §5). A month or a quarter is one call.
 */
export function countsAsJob(p: StatPeriod): boolean {
  return daysBetween(p.from, p.to) > 92;
}
