// The holiday calendar in the database: seeded with every year the bundled national data covers and the database
// lacks (an upgrade brings new years; a year the bureau entered is never overwritten), and each year's notice
// entered or corrected by the bureau. Deadlines are counted on it; its version is a hash of its content.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { CalendarView, calendarSetRegionalYearInput, calendarSetYearInput } from '../../../shared/contract/deadlines';
import {
  calendarFromRows,
  DEFAULT_CALENDAR_VERSION,
  defaultCalendarRows,
  REGIONAL_LAYER_REGION,
  type CalendarDayRow,
  type HolidayCalendar,
  type RegionalDay,
} from '../../../shared/domain/calendar';
import type { Prepare } from '../../../db/statements';
import type { CoreServices } from '../kernel/context';
import { conflict } from '../kernel/errors';
import { tx, type TxWriter, type WriteContext } from '../kernel/tx';

const cache = new WeakMap<CoreServices, HolidayCalendar>();

/** Adds the bundled years the database does not have yet. Returns the years added. */
export function ensureBundledCalendar(core: CoreServices, wc: WriteContext): number[] {
  const have = new Set((core.prepare('SELECT year FROM calendar_years').all() as { year: number }[]).map((r) => r.year));
  const { rows, years } = defaultCalendarRows();
  const missing = years.filter((y) => !have.has(y));
  if (missing.length === 0) return [];
  tx(wc, (w) => {
    const insertDay = core.prepare('INSERT OR IGNORE INTO calendar_days (date, year, kind, name) VALUES (?, ?, ?, ?)');
    const insertYear = core.prepare('INSERT INTO calendar_years (year, source, note, entered_by, entered_at) VALUES (?, ?, ?, NULL, ?)');
    for (const y of missing) {
      for (const r of rows.filter((d) => d.date.startsWith(`${y}-`))) insertDay.run(r.date, y, r.kind, r.name);
      insertYear.run(y, `随软件提供的全国放假安排（${DEFAULT_CALENDAR_VERSION}）`, '据国务院办公厅每年发布的放假安排通知整理', w.now);
    }
    w.audit({ action: 'seed', entity: 'calendar', entityId: null, change: { years: missing, source: DEFAULT_CALENDAR_VERSION } });
  });
  cache.delete(core);
  return missing;
}

export function loadCalendar(core: CoreServices): HolidayCalendar {
  const cached = cache.get(core);
  if (cached) return cached;
  const calendar = readCalendar(core.prepare);
  cache.set(core, calendar);
  return calendar;
}

/**
 * The calendar as the database holds it (a job's own connection reads it with this too), with its regional layer;
 * its version hashes both, so a regional day entered or corrected makes every stored deadline stale.
 */
export function readCalendar(prepare: Prepare): HolidayCalendar {
  const rows = prepare('SELECT date, kind, name FROM calendar_days ORDER BY date').all() as CalendarDayRow[];
  const years = (prepare('SELECT year FROM calendar_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);
  const regionalRows = prepare(
    'SELECT d.date, d.name, y.source, y.region FROM calendar_regional_days d JOIN calendar_regional_years y ON y.year = d.year ORDER BY d.date',
  ).all() as { date: string; name: string; source: string; region: string }[];
  const regionalYears = (prepare('SELECT year FROM calendar_regional_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);
  const content = regionalYears.length ? [years, rows, regionalYears, regionalRows] : [years, rows];
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 10);
  const calendar = calendarFromRows(rows, years, `本机日历 ${hash}`);
  const days = new Map<string, RegionalDay>(regionalRows.map((r) => [r.date, { name: r.name, source: r.source }]));
  return { ...calendar, regional: { region: regionalRows[0]?.region ?? REGIONAL_LAYER_REGION, years: regionalYears, days } };
}

function regionalView(core: CoreServices, counted: boolean): CalendarView['regional'] {
  const years = core
    .prepare(
      `SELECT y.year, y.source, y.note, s.name AS entered_by, y.entered_at, y.row_version
       FROM calendar_regional_years y LEFT JOIN staff s ON s.id = y.entered_by ORDER BY y.year DESC`,
    )
    .all() as { year: number; source: string; note: string | null; entered_by: string | null; entered_at: number; row_version: number }[];
  const days = core.prepare('SELECT date, year, name FROM calendar_regional_days ORDER BY date').all() as { date: string; year: number; name: string }[];
  return {
    region: REGIONAL_LAYER_REGION,
    counted,
    years: years.map((y) => ({
      year: y.year,
      source: y.source,
      note: y.note,
      enteredBy: y.entered_by,
      enteredAt: y.entered_at,
      rowVersion: y.row_version,
      days: days.filter((d) => d.year === y.year).map((d) => ({ date: d.date, name: d.name })),
    })),
  };
}

/** The calendar screen's view; `regionalCounted` is the bureau's setting (deadline.regionalHolidays) in force today. */
export function calendarView(core: CoreServices, year: number | null, regionalCounted: boolean): CalendarView {
  const calendar = loadCalendar(core);
  const years = core
    .prepare(
      `SELECT y.year, y.source, y.note, s.name AS entered_by, y.entered_at, y.row_version,
              (SELECT count(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'off') AS off_days,
              (SELECT count(*) FROM calendar_days d WHERE d.year = y.year AND d.kind = 'work') AS work_days
       FROM calendar_years y LEFT JOIN staff s ON s.id = y.entered_by ORDER BY y.year DESC`,
    )
    .all() as { year: number; source: string; note: string | null; entered_by: string | null; entered_at: number; row_version: number; off_days: number; work_days: number }[];
  const days = year === null ? [] : (core.prepare('SELECT date, kind, name FROM calendar_days WHERE year = ? ORDER BY date').all(year) as CalendarDayRow[]);
  return {
    version: calendar.version,
    years: years.map((y) => ({
      year: y.year,
      source: y.source,
      note: y.note,
      enteredBy: y.entered_by,
      enteredAt: y.entered_at,
      offDays: y.off_days,
      workDays: y.work_days,
      rowVersion: y.row_version,
    })),
    year,
    days,
    regional: regionalView(core, regionalCounted),
  };
}

/** Enters (or replaces) one year's notice. The old rows are kept in the audit trail. */
export function setCalendarYear(w: TxWriter, core: CoreServices, input: z.output<typeof calendarSetYearInput>): void {
  const existing = core.prepare('SELECT row_version, source FROM calendar_years WHERE year = ?').get(input.year) as { row_version: number; source: string } | undefined;
  if (existing && existing.row_version !== input.rowVersion) throw conflict(`${input.year}年的放假安排`);
  if (!existing && input.rowVersion !== null) throw conflict(`${input.year}年的放假安排`);
  const before = core.prepare('SELECT date, kind, name FROM calendar_days WHERE year = ? ORDER BY date').all(input.year);
  core.prepare('DELETE FROM calendar_days WHERE year = ?').run(input.year);
  const insert = core.prepare('INSERT INTO calendar_days (date, year, kind, name) VALUES (?, ?, ?, ?)');
  for (const d of input.days) insert.run(d.date, input.year, d.kind, d.name);
  if (existing) {
    core
      .prepare('UPDATE calendar_years SET source = ?, note = ?, entered_by = ?, entered_at = ?, row_version = row_version + 1 WHERE year = ?')
      .run(input.source, input.note, w.actorStaffId, w.now, input.year);
  } else {
    core.prepare('INSERT INTO calendar_years (year, source, note, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)').run(input.year, input.source, input.note, w.actorStaffId, w.now);
  }
  w.audit({ action: existing ? 'replaceYear' : 'enterYear', entity: 'calendar', entityId: String(input.year), change: { before: existing ? { source: existing.source, days: before } : null, after: input } });
  w.changed('calendar', String(input.year));
  cache.delete(core);
}

/**
 * Enters (or replaces) one year's regional days off (西藏自治区: 藏历新年, 雪顿节) with the notice they come from. A day
 * entered twice is refused by the contract; the old rows are kept in the audit trail.
 */
export function setRegionalYear(w: TxWriter, core: CoreServices, input: z.output<typeof calendarSetRegionalYearInput>): void {
  const existing = core.prepare('SELECT row_version, source, note FROM calendar_regional_years WHERE year = ?').get(input.year) as
    | { row_version: number; source: string; note: string | null }
    | undefined;
  if (existing && existing.row_version !== input.rowVersion) throw conflict(`${input.year}年的地方节日`);
  if (!existing && input.rowVersion !== null) throw conflict(`${input.year}年的地方节日`);
  const before = core.prepare('SELECT date, name FROM calendar_regional_days WHERE year = ? ORDER BY date').all(input.year);
  core.prepare('DELETE FROM calendar_regional_days WHERE year = ?').run(input.year);
  if (existing) {
    core
      .prepare('UPDATE calendar_regional_years SET source = ?, note = ?, entered_by = ?, entered_at = ?, row_version = row_version + 1 WHERE year = ?')
      .run(input.source, input.note, w.actorStaffId, w.now, input.year);
  } else {
    core
      .prepare('INSERT INTO calendar_regional_years (year, region, source, note, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.year, REGIONAL_LAYER_REGION, input.source, input.note, w.actorStaffId, w.now);
  }
  const insert = core.prepare('INSERT INTO calendar_regional_days (date, year, name) VALUES (?, ?, ?)');
  for (const d of [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1))) insert.run(d.date, input.year, d.name);
  w.audit({
    action: existing ? 'replaceRegionalYear' : 'enterRegionalYear',
    entity: 'calendar',
    entityId: String(input.year),
    change: { region: REGIONAL_LAYER_REGION, before: existing ? { source: existing.source, note: existing.note, days: before } : null, after: input },
  });
  w.changed('calendar', String(input.year));
  cache.delete(core);
}
