import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CALLBACK_METHODS, SATISFACTIONS } from '../../shared/domain/followup';
import { createdAt, flag, globalId } from './columns';
import { caseFiles } from './case-files';
import { intakes } from './intakes';
import { persons } from './persons';
import { staff } from './staff';

/**
 * 告知 and the feedback due (首问负责): what the complainant was told at the desk, by whom and when, and the day by
 * which they must hear back (shared/domain/followup.ts). `answered_at` is the first call-back that reached them.
 */
export const intakeNotices = sqliteTable(
  'intake_notices',
  {
    intakeId: text('intake_id').primaryKey().references(() => intakes.id),
    content: text('content'),
    toldBy: text('told_by').notNull().references(() => staff.id),
    toldAt: integer('told_at').notNull(),
    feedbackDue: text('feedback_due').notNull(),
    answeredAt: integer('answered_at'),
    createdAt: createdAt(),
  },
  // The leader's list of complainants not yet answered, by due date: only the unanswered rows are indexed.
  (t) => [
    index('intake_notices_waiting_idx').on(t.feedbackDue).where(sql`answered_at IS NULL`),
    // The statistics: every feedback due in a period, answered or not (statistics/desk.data.ts feedbackDue).
    index('intake_notices_due_idx').on(t.feedbackDue),
  ],
);

/** Each call-back (回访/答复) to a complainant and what came of it. */
export const intakeCallbacks = sqliteTable(
  'intake_callbacks',
  {
    id: globalId(),
    intakeId: text('intake_id').notNull().references(() => intakes.id),
    /** The complainant spoken to; null when the group's representative or the intake as a whole was answered. */
    personId: text('person_id').references(() => persons.id),
    at: integer('at').notNull(),
    byStaffId: text('by_staff_id').notNull().references(() => staff.id),
    method: text('method', { enum: CALLBACK_METHODS }).notNull(),
    reached: flag('reached'),
    content: text('content').notNull(),
    satisfaction: text('satisfaction', { enum: SATISFACTIONS }),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('intake_callbacks_intake_idx').on(t.intakeId, t.at)],
);

/** Two files about related matters (a repeat found at the desk), linked, never merged; stored once, low id first. */
export const caseFileLinks = sqliteTable(
  'case_file_links',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    otherCaseFileId: text('other_case_file_id').notNull().references(() => caseFiles.id),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_file_links_pair_uq').on(t.caseFileId, t.otherCaseFileId), index('case_file_links_other_idx').on(t.otherCaseFileId)],
);
