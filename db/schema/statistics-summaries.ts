import { sqliteTable, text, primaryKey } from 'drizzle-orm/sqlite-core';

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
