import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { caseFiles } from './case-files';

/** The case timeline. Append-only: triggers in the migration refuse UPDATE and DELETE. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id'),
    at: integer('at').notNull(),
    kind: text('kind').notNull(),
    actorStaffId: text('actor_staff_id'),
    /** What a reader of the timeline sees, in Chinese. */
    summary: text('summary').notNull(),
    data: text('data').notNull().default('{}'),
  },
  // (case_file_id) alone: seq is the rowid, which every index entry ends with already, so a file's lines come in seq
  // order from this index without seq stored a second time (issue #15, a smaller database; tests/integration/query-plans).
  (t) => [index('case_events_case_file_idx').on(t.caseFileId)],
);
