import { integer, sqliteTable, text, primaryKey } from 'drizzle-orm/sqlite-core';

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
 * Derived, for the month's statistics (上期结转未结 counted, electron/core/statistics/inspection.data.ts): per unit and
 * day, how many inspection files were first accepted that day, and how many ended that day — a file ends on the later
 * of its first 受理 and its first 结案 (caseClosed), so a file accepted and closed on the same day, or closed before it
 * was accepted, is never counted open. The files accepted before a day D and not closed before it are then
 * SUM(accepted − ended) over the unit's days before D: the unit's days of history (a few thousand rows), not its files.
 * A file is counted once, in its own unit, by the first 受理 and first caseClosed of its inspection proceedings, as the
 * list of those files (carriedOverFiles) defines them. Nothing in the app writes it: triggers in the migration
 * (0070_carried_over_days) take a file's two entries out before every write of the facts they come from — a 受理 or a
 * caseClosed event, a proceeding moved to another file or kind, a file moved to another unit — and put them back,
 * recounted, after it. A day whose counts went back to zero keeps its row (it adds nothing). Stored WITHOUT ROWID
 * (hand-written in the migration); no foreign keys: it is recomputed from the tables it derives from.
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
