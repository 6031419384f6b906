import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * The arbitration institute's hearing rooms (仲裁庭室), kept by the administrator as a setting of the unit: a room
 * is deactivated, never deleted — old hearings name it.
 */
export const hearingRooms = sqliteTable('hearing_rooms', {
  id: globalId(),
  unitId: text('unit_id').notNull().references(() => units.id),
  name: text('name').notNull(),
  capacity: integer('capacity').notNull(),
  /** Whether it has recording equipment (同步录音录像). */
  recording: integer('recording', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  rowVersion: rowVersion(),
  updatedAt: integer('updated_at').notNull(),
});

/** The tribunal of an arbitration proceeding (组庭, 调解仲裁法 Arts. 31–32): its form and its clerk. */
export const tribunals = sqliteTable('tribunals', {
  proceedingId: text('proceeding_id').primaryKey().references(() => proceedings.id),
  form: text('form', { enum: ['panel', 'sole'] }).notNull(),
  clerkStaffId: text('clerk_staff_id').notNull().references(() => staff.id),
  composedOn: text('composed_on').notNull(),
  composedAt: integer('composed_at').notNull(),
});

/** Its arbitrators: the presiding (or sole) arbitrator first. */
export const tribunalArbitrators = sqliteTable(
  'tribunal_arbitrators',
  {
    proceedingId: text('proceeding_id').notNull().references(() => tribunals.proceedingId),
    staffId: text('staff_id').notNull().references(() => staff.id),
    presiding: integer('presiding', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.proceedingId, t.staffId] })],
);

/**
 * A hearing (开庭) booked for an arbitration proceeding: the day and time, the room, the clerk (the arbitrators in
 * hearing_arbitrators). A postponed hearing keeps its row (status 'postponed', the reason, who asked) and points to
 * the one that replaces it; a held one records who appeared.
 */
export const hearings = sqliteTable(
  'hearings',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    roomId: text('room_id').notNull().references(() => hearingRooms.id),
    clerkStaffId: text('clerk_staff_id').notNull().references(() => staff.id),
    status: text('status', { enum: ['scheduled', 'postponed', 'held'] }).notNull().default('scheduled'),
    /** The parties agreed to a notice shorter than the rule's (what they agreed, and how it is recorded). */
    shortNoticeAgreement: text('short_notice_agreement'),
    /** The scheduler confirmed a day that is not a working day. */
    dayOffConfirmed: integer('day_off_confirmed', { mode: 'boolean' }).notNull().default(false),
    /** The hearing this one replaces (延期开庭). */
    replacesId: text('replaces_id'),
    /**
     * The sitting (庭次) when several cases of one 系列案 are heard together: their rows, booked in one transaction,
     * share it (same room, day, time, tribunal and clerk). Null for a case heard alone.
     */
    sittingId: text('sitting_id'),
    postponedBy: text('postponed_by', { enum: ['applicant', 'respondent', 'tribunal'] }),
    postponeRequestedOn: text('postpone_requested_on'),
    postponeReason: text('postpone_reason'),
    applicantAppeared: integer('applicant_appeared', { mode: 'boolean' }),
    respondentAppeared: integer('respondent_appeared', { mode: 'boolean' }),
    /** A party absent after written notice without good cause (调解仲裁法 Art. 36). */
    absentWithoutCause: integer('absent_without_cause', { mode: 'boolean' }),
    heldNote: text('held_note'),
    scheduledBy: text('scheduled_by').notNull().references(() => staff.id),
    scheduledAt: integer('scheduled_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [index('hearings_date_idx').on(t.unitId, t.date), index('hearings_proceeding_idx').on(t.proceedingId), index('hearings_sitting_idx').on(t.sittingId)],
);

export const hearingArbitrators = sqliteTable(
  'hearing_arbitrators',
  {
    hearingId: text('hearing_id').notNull().references(() => hearings.id),
    staffId: text('staff_id').notNull().references(() => staff.id),
    presiding: integer('presiding', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.hearingId, t.staffId] }), index('hearing_arbitrators_staff_idx').on(t.staffId)],
);
