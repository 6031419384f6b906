// The holiday calendar in the database: seeded with every year the bundled national data covers and the database
// lacks (an upgrade brings new years; a year the bureau entered is never overwritten), and each year's notice
// entered or corrected by the bureau. Deadlines are counted on it; its version is a hash of its content.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { CalendarView, calendarSetYearInput } from '../../../shared/contract/deadlines';
import { calendarFromRows, DEFAULT_CALENDAR_VERSION, defaultCalendarRows, type CalendarDayRow, type HolidayCalendar } from '../../../shared/domain/calendar';
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

/** The calendar as the database holds it (a job's own connection reads it with this too); its version hashes it. */
export function readCalendar(prepare: Prepare): HolidayCalendar {
  const rows = prepare('SELECT date, kind, name FROM calendar_days ORDER BY date').all() as CalendarDayRow[];
  const years = (prepare('SELECT year FROM calendar_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);
  const hash = createHash('sha256').update(JSON.stringify([years, rows])).digest('hex').slice(0, 10);
  return calendarFromRows(rows, years, `本机日历 ${hash}`);
}

export function calendarView(core: CoreServices, year: number | null): CalendarView {
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
