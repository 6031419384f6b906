// The working-day calendar: weekends, the statutory holidays and their shifted rest days (放假), and the make-up
// working days (调休上班) that the State Council sets each year (《全国年节及纪念日放假办法》; DOMAIN.md §5.4).
// A calendar knows which years it covers; a date outside them is counted as an ordinary week and flagged.
// Pure: the default national calendar is bundled from the chinese-days package's data.
import chineseDays from 'chinese-days/dist/chinese-days.json';

export interface HolidayCalendar {
  /** Where the data came from, recorded with every computed date (e.g. 'chinese-days@1.5.7'). */
  version: string;
  /** Years whose notice is entered; other years are counted as plain weeks and the result is provisional. */
  years: readonly number[];
  /** Days off inside a holiday break (the holiday itself, the shifted rest days, the weekends in it) → name. */
  offDays: ReadonlyMap<string, string>;
  /** Make-up working days (usually a Saturday or Sunday) → the holiday they belong to. */
  workDays: ReadonlyMap<string, string>;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface CalendarDayRow {
  date: string;
  kind: 'off' | 'work';
  name: string;
}

/** A calendar from rows (as stored in the database) and the years they cover. */
export function calendarFromRows(rows: readonly CalendarDayRow[], years: readonly number[], version: string): HolidayCalendar {
  const offDays = new Map<string, string>();
  const workDays = new Map<string, string>();
  for (const r of rows) (r.kind === 'off' ? offDays : workDays).set(r.date, r.name);
  return { version, years: [...years].sort((a, b) => a - b), offDays, workDays };
}

/** The rows of the bundled national calendar (to seed the database's table). */
export function defaultCalendarRows(): { rows: CalendarDayRow[]; years: number[] } {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const name = (v: string) => v.split(',')[1] ?? v;
  const rows: CalendarDayRow[] = [
    ...Object.entries(data.holidays).map(([date, v]) => ({ date, kind: 'off' as const, name: name(v) })),
    ...Object.entries(data.workdays).map(([date, v]) => ({ date, kind: 'work' as const, name: name(v) })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b);
  return { rows, years };
}

export const DEFAULT_CALENDAR_VERSION = 'chinese-days@1.5.7';

export const DEFAULT_CALENDAR: HolidayCalendar = (() => {
  const { rows, years } = defaultCalendarRows();
  return calendarFromRows(rows, years, DEFAULT_CALENDAR_VERSION);
})();

// ---------------------------------------------------------------------------------------------------
// Date keys ('YYYY-MM-DD') as calendar dates, computed in UTC so no time zone or daylight saving interferes.

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, n: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay();
}

export function yearOfKey(date: string): number {
  return Number(date.slice(0, 4));
}

/** 'YYYY-MM-DD' N months on: the corresponding day, or the month's last day where there is none (民法典 Art. 201–203). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function coversYear(cal: HolidayCalendar, year: number): boolean {
  return cal.years.includes(year);
}

export function dayKind(cal: HolidayCalendar, date: string): DayKind {
  if (cal.offDays.has(date)) return 'holiday';
  if (cal.workDays.has(date)) return 'makeUpWorkday';
  const wd = weekday(date);
  return wd === 0 || wd === 6 ? 'weekend' : 'workday';
}

export function isWorkingDay(cal: HolidayCalendar, date: string): boolean {
  const k = dayKind(cal, date);
  return k === 'workday' || k === 'makeUpWorkday';
}

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Why a day is not a working day: '春节假期', '星期六'. */
export function dayOffReason(cal: HolidayCalendar, date: string): string {
  switch (dayKind(cal, date)) {
    case 'holiday':
      return `${cal.offDays.get(date)}假期`;
    case 'makeUpWorkday':
      return `${cal.workDays.get(date)}调休上班日（按设置视为休息日）`;
    default:
      return WEEKDAY_ZH[weekday(date)];
  }
}

/** How a day reads in a trace: '2026-02-15（春节假期）', '2026-02-28（星期六，春节调休上班）'. */
export function describeDay(cal: HolidayCalendar, date: string, withWeekday = false): string {
  switch (dayKind(cal, date)) {
    case 'holiday':
      return `${date}（${cal.offDays.get(date)}假期）`;
    case 'makeUpWorkday':
      return `${date}（${WEEKDAY_ZH[weekday(date)]}，${cal.workDays.get(date)}调休上班）`;
    case 'weekend':
      return `${date}（${WEEKDAY_ZH[weekday(date)]}）`;
    default:
      return withWeekday ? `${date}（${WEEKDAY_ZH[weekday(date)]}）` : date;
  }
}
