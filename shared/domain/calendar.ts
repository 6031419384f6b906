// The working-day calendar: weekends, the statutory holidays and their shifted rest days (放假), and the make-up
// working days (调休上班) that the State Council sets each year (《全国年节及纪念日放假办法》; DOMAIN.md §5.4).
// A calendar knows which years it covers; a date outside them is counted as an ordinary week and flagged.
// Pure: the default national calendar is bundled from the chinese-days package's data.
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
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
  /** The regional layer (西藏自治区: 藏历新年, 雪顿节), as the administrator entered it; counted only when regionalOff. */
  regional?: RegionalLayer;
  /**
   * Whether the regional days are days off for this count: set by the deadline engine from the bureau's setting
   * (deadline.regionalHolidays, UNCONFIRMED, default off) — never by the data itself.
   */
  regionalOff?: boolean;
}

/** One regional day off and the regional notice it came from. */
export interface RegionalDay {
  name: string;
  source: string;
}

export interface RegionalLayer {
  /** '西藏自治区' */
  region: string;
  /** Years whose regional notice is entered. */
  years: readonly number[];
  days: ReadonlyMap<string, RegionalDay>;
}

/** The one region whose own holidays the app knows (the units it serves are in Tibet; shared/domain/regions.ts '54'). */
export const REGIONAL_LAYER_REGION = '西藏自治区';

/** The calendar a count uses: the regional days become days off when the bureau's setting says they move deadlines. */
export function withRegionalLayer(cal: HolidayCalendar, counted: boolean): HolidayCalendar {
  if (!counted || !cal.regional || cal.regionalOff) return cal;
  return { ...cal, regionalOff: true, version: `${cal.version}；${cal.regional.region}节日计入期限` };
}

/** A regional day that is a day off in this count (none when the setting leaves the regional layer out). */
export function regionalDayOff(cal: HolidayCalendar, date: string): RegionalDay | undefined {
  return cal.regionalOff ? cal.regional?.days.get(date) : undefined;
}

/** How a regional day reads in a trace: '藏历新年（西藏自治区，来源：…）'. */
export function regionalLabel(cal: HolidayCalendar, day: RegionalDay): string {
  return `${day.name}（${cal.regional?.region ?? REGIONAL_LAYER_REGION}，来源：${day.source}）`;
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

/**
 * The day after each day seen: the engine steps one day at a time (a 3-year term is 1,095 steps), and a Date per step
 * was a tenth of a bulk build's CPU. Bounded; cleared whole when full.
 */
const nextDay = new Map<string, string>();
const NEXT_DAY_MEMO = 50_000;

export function addDays(date: string, n: number): string {
  if (n === 1) {
    const hit = nextDay.get(date);
    if (hit !== undefined) return hit;
  }
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  const out = d.toISOString().slice(0, 10);
  if (n === 1) {
    if (nextDay.size >= NEXT_DAY_MEMO) nextDay.clear();
    nextDay.set(date, out);
  }
  return out;
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

const statutoryCache = new Map<number, Map<string, string>>();

/**
 * The statutory holidays of a year whose notice is not entered, which the law itself fixes (《全国年节及纪念日放假办法》
 * Art. 2, as revised 2024-11, in force 2025-01-01): 元旦 1 day, 春节 4 (除夕 and 正月初一至初三), 清明 1, 劳动节 2,
 * 端午 1, 中秋 1, 国庆 3. The shifted rest days and make-up working days are unknown until the notice, so a date
 * counted with these is still provisional — but it never lands on 元旦 or 国庆.
 */
export function statutoryDaysOff(year: number): ReadonlyMap<string, string> {
  let days = statutoryCache.get(year);
  if (days) return days;
  days = new Map<string, string>();
  const add = (date: string, name: string) => days!.set(date, name);
  add(`${year}-01-01`, '元旦');
  const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
  for (let i = year >= 2025 ? -1 : 0; i <= 2; i++) add(addDays(newYear, i), '春节');
  add(getSolarTermDate(year, 4, 'pure_brightness'), '清明');
  add(`${year}-05-01`, '劳动节');
  if (year >= 2025) add(`${year}-05-02`, '劳动节');
  add(getSolarDateFromLunar(`${year}-05-05`).date, '端午');
  add(getSolarDateFromLunar(`${year}-08-15`).date, '中秋');
  for (const d of ['01', '02', '03']) add(`${year}-10-${d}`, '国庆节');
  statutoryCache.set(year, days);
  return days;
}

function holidayName(cal: HolidayCalendar, date: string): string | undefined {
  const entered = cal.offDays.get(date);
  if (entered) return entered;
  return coversYear(cal, yearOfKey(date)) ? undefined : statutoryDaysOff(yearOfKey(date)).get(date);
}

export function dayKind(cal: HolidayCalendar, date: string): DayKind {
  if (holidayName(cal, date) || regionalDayOff(cal, date)) return 'holiday';
  if (cal.workDays.has(date)) return 'makeUpWorkday';
  const wd = weekday(date);
  return wd === 0 || wd === 6 ? 'weekend' : 'workday';
}

export function isWorkingDay(cal: HolidayCalendar, date: string): boolean {
  const k = dayKind(cal, date);
  return k === 'workday' || k === 'makeUpWorkday';
}

/** The n-th working day after a date (before it, for a negative n); the date itself never counts. */
export function shiftWorkingDays(cal: HolidayCalendar, date: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let k = 0; k < Math.abs(n); ) {
    d = addDays(d, step);
    if (isWorkingDay(cal, d)) k++;
  }
  return d;
}

export const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Why a day is not a working day: '春节假期', '星期六'. */
export function dayOffReason(cal: HolidayCalendar, date: string): string {
  switch (dayKind(cal, date)) {
    case 'holiday': {
      const national = holidayName(cal, date);
      if (!national) return regionalLabel(cal, regionalDayOff(cal, date)!);
      return `${national}假期${cal.offDays.has(date) ? '' : '（法定节日，当年放假安排未录入）'}`;
    }
    case 'makeUpWorkday':
      return `${cal.workDays.get(date)}调休上班日（按设置视为休息日）`;
    default:
      return WEEKDAY_ZH[weekday(date)];
  }
}

/** How a day reads in a trace: '2026-02-15（春节假期）', '2026-02-28（星期六，春节调休上班）'. */
export function describeDay(cal: HolidayCalendar, date: string, withWeekday = false): string {
  switch (dayKind(cal, date)) {
    case 'holiday': {
      const national = holidayName(cal, date);
      if (national) return `${date}（${national}假期）`;
      const day = regionalDayOff(cal, date)!;
      return `${date}（${day.name}，${cal.regional?.region ?? REGIONAL_LAYER_REGION}节日，来源：${day.source}）`;
    }
    case 'makeUpWorkday':
      return `${date}（${WEEKDAY_ZH[weekday(date)]}，${cal.workDays.get(date)}调休上班）`;
    case 'weekend':
      return `${date}（${WEEKDAY_ZH[weekday(date)]}）`;
    default:
      return withWeekday ? `${date}（${WEEKDAY_ZH[weekday(date)]}）` : date;
  }
}
