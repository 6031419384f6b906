import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { rowVersion } from './columns';

/**
 * The holiday calendar, one row per non-ordinary day: 'off' (a holiday or its shifted rest day) or 'work' (a
 * make-up working day). Seeded from the bundled national data; each year's notice can be entered or corrected.
 */
export const calendarDays = sqliteTable(
  'calendar_days',
  {
    date: text('date').primaryKey(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['off', 'work'] }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('calendar_days_year_idx').on(t.year)],
);

/** The years the calendar covers, with the notice each came from and who entered it. */
export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** The State Council notice (e.g. 国办发明电〔2025〕7号) or the bundled data set. */
  source: text('source').notNull(),
  note: text('note'),
  enteredBy: text('entered_by'),
  enteredAt: integer('entered_at').notNull(),
  rowVersion: rowVersion(),
});

/**
 * The regional layer (西藏自治区: 藏历新年, 雪顿节 …), on top of the national calendar: the years the administrator
 * entered, each with the regional notice it came from. Whether these days move statutory deadlines is a setting
 * (parameter 'deadline.regionalHolidays', UNCONFIRMED, default off).
 */
export const calendarRegionalYears = sqliteTable('calendar_regional_years', {
  year: integer('year').primaryKey(),
  /** The region whose holidays these are ('西藏自治区'). */
  region: text('region').notNull(),
  /** The regional government's notice (name and 文号, or its URL). */
  source: text('source').notNull(),
  note: text('note'),
  enteredBy: text('entered_by').notNull(),
  enteredAt: integer('entered_at').notNull(),
  rowVersion: rowVersion(),
});

/** One regional day off (a day of 藏历新年 or 雪顿节 as the region's notice gives it). */
export const calendarRegionalDays = sqliteTable(
  'calendar_regional_days',
  {
    date: text('date').primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarRegionalYears.year),
    name: text('name').notNull(),
  },
  (t) => [index('calendar_regional_days_year_idx').on(t.year)],
);
