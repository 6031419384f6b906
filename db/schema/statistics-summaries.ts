import { index, integer, sqliteTable, text, primaryKey } from 'drizzle-orm/sqlite-core';

/**
 * Derived, for the month's statistics (重复发案的用人单位, electron/core/statistics/inspection.data.ts): each employer's
 * inspection files with the day each was first accepted with it standing as employer, and the file's unit — so "this
 * employer's earlier files" is a range of one b-tree, not a walk of its every inspection, acceptance and file.
 * A row is (party, file) for which an inspection proceeding of the file has the party as 'employer' and a 受理
 * ('accepted' clock event); first_date is the earliest such event. Nothing in the app writes it: triggers in the
 * migration (0067_employer_acceptances) keep it in the transaction of every write of the facts it is made of — an
 * 'accepted' event, an employer's standing (added, moved, removed), a proceeding's file or kind, a file's unit — so
 * the seed's bulk rows and any later writer keep it too. A migration that rebuilds one of those tables drops its
 * triggers with it and must create them again (tests/integration/statistics-employer-summary.test.ts would fail).
 * Stored WITHOUT ROWID (hand-written in the migration: drizzle cannot say it); no foreign keys: it is recomputed from
 * the tables it derives from, never the source of a fact.
 */
export const employerAcceptances = sqliteTable(
  'employer_acceptances',
  {
    partyId: text('party_id').notNull(),
    caseFileId: text('case_file_id').notNull(),
    unitId: text('unit_id').notNull(),
    /** The first 受理 of the file's inspection with this party as employer, 'YYYY-MM-DD'. */
    firstDate: text('first_date').notNull(),
  },
  // The row is its key, in the report's order: an employer's files in a unit by the day first accepted, so the count
  // of the earlier ones, the first file and the period's rows are ranges of the table itself, with no second index.
  // The triggers address a row by its whole key, recomputed from the facts (one file's few proceedings).
  (t) => [primaryKey({ columns: [t.partyId, t.unitId, t.firstDate, t.caseFileId] })],
);

/**
 * Derived from employer_acceptances, for 重复发案的用人单位 at scale: per employer, unit and month, how many of its files
 * were first accepted that month ('YYYY-MM' of first_date) — so "此前N件" is the employer's months wholly before the
 * period's first day summed, plus its few rows of that day's own month before it: the months of its history, not its
 * files (the seed's busiest employers have tens of thousands of files at 1M). Nothing in the app writes it: triggers on
 * employer_acceptances itself (migration 0075_employer_acceptance_months) count a row in when it is inserted and out
 * when it is deleted (or moved by an update), so whatever keeps employer_acceptances keeps this too. A month whose count
 * falls to zero loses its row. A migration that rebuilds employer_acceptances drops these triggers with it and must
 * create them again (tests/integration/statistics-employer-summary.test.ts checks them by name and by effect). Stored
 * WITHOUT ROWID (hand-written in the migration); no foreign keys.
 */
export const employerAcceptanceMonths = sqliteTable(
  'employer_acceptance_months',
  {
    partyId: text('party_id').notNull(),
    unitId: text('unit_id').notNull(),
    /** 'YYYY-MM' of employer_acceptances.first_date. */
    month: text('month').notNull(),
    /** The employer's files of the unit first accepted that month (≥ 1). */
    files: integer('files').notNull(),
  },
  // The row is its key: an employer's months in a unit before a given one are one range.
  (t) => [primaryKey({ columns: [t.partyId, t.unitId, t.month] })],
);

/**
 * Derived, for the month's statistics counted without their files (上期结转未结 of the inspection table, 上期未结 of the
 * arbitration table; electron/core/statistics/inspection.data.ts, arbitration.data.ts): per kind, unit and day, how many
 * files (inspection) or cases (arbitration) started that day and how many ended — so the ones started before a day D
 * and not ended before it are SUM(accepted − ended) over the unit's days before D: the unit's days of history (a few
 * thousand rows), not its open files.
 * - 'inspection', per file: started on its first 受理 (a), ended on the later of a and its first caseClosed — as the
 *   list (carriedOverFiles) defines it, a file counted once, in its own unit, by its inspection proceedings' events.
 * - 'arbitration', per case (proceeding): started on the later of its first 受理 and the Beijing day it was opened (the
 *   list, acceptedCases, also wants it opened by the period's last day), ended on the later of that and its 结案 record
 *   (arbitration_closings). A case opened after its 受理 day and within a period is carried over into that period
 *   too: those few are rows of arbitration_late_openings, below.
 * Nothing in the app writes it: triggers in the migration (0072_carried_over_days) take the entries of the files or cases
 * a write concerns out before it — a 受理 or caseClosed event, a 结案 record added, changed or removed, a proceeding
 * moved to another file, kind or opening day, a file moved to another unit — and put them back, recounted, after it.
 * A day whose counts went back to zero keeps its row (it adds nothing). Stored WITHOUT ROWID (hand-written in the
 * migration); no foreign keys: it is recomputed from the tables it derives from.
 */
export const carriedOverDays = sqliteTable(
  'carried_over_days',
  {
    kind: text('kind').notNull(),
    unitId: text('unit_id').notNull(),
    /** 'YYYY-MM-DD'. */
    day: text('day').notNull(),
    accepted: integer('accepted').notNull(),
    ended: integer('ended').notNull(),
  },
  // The row is its key: a unit's days before the period's first are one range.
  (t) => [primaryKey({ columns: [t.kind, t.unitId, t.day] })],
);

/**
 * Derived with carried_over_days (same migration, same triggers), for the arbitration cases opened after the day of
 * their first 受理 (a 受理 recorded late): such a case opened within a period and accepted before it is carried over
 * into it, which a per-day count cannot say, so each is a row, read by the period's days (opened_on). Usually empty.
 * Stored WITHOUT ROWID (hand-written in the migration).
 */
export const arbitrationLateOpenings = sqliteTable(
  'arbitration_late_openings',
  {
    proceedingId: text('proceeding_id').primaryKey(),
    unitId: text('unit_id').notNull(),
    /** The Beijing day the proceeding was opened. */
    openedOn: text('opened_on').notNull(),
    /** Its first 受理. */
    acceptedOn: text('accepted_on').notNull(),
    /** Its 结案 record's day, null while open. */
    closedOn: text('closed_on'),
  },
  (t) => [index('arbitration_late_openings_unit_opened_idx').on(t.unitId, t.openedOn)],
);
