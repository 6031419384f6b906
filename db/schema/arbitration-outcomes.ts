import { sqliteTable, text, integer, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedings } from './case-files';
import { globalId } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * The award an arbitration made (登记裁决, 调解仲裁法 Arts. 46–47): its day, whether it is final, non-final or split
 * (final-award.ts, judged per item against 12 × the monthly minimum wage in force that day), and whether it was paid.
 */
export const arbitrationAwards = sqliteTable(
  'arbitration_awards',
  {
    proceedingId: text('proceeding_id').primaryKey().references(() => proceedings.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    awardedOn: text('awarded_on').notNull(),
    finality: text('finality', { enum: ['final', 'nonFinal', 'split'] }).notNull(),
    totalFen: integer('total_fen').notNull(),
    /** 12 × the monthly minimum wage the items were judged against; null when no item needed it. */
    thresholdFen: integer('threshold_fen'),
    paymentStatus: text('payment_status', { enum: ['paid', 'partlyPaid', 'unpaid'] }),
    paidFen: integer('paid_fen'),
    paymentRecordedOn: text('payment_recorded_on'),
    recordedBy: text('recorded_by').references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('arbitration_awards_unit_idx').on(t.unitId, t.awardedOn)],
);

/** Each awarded item: its category, amount and claimant, and the final-award verdict on it. */
export const arbitrationAwardItems = sqliteTable(
  'arbitration_award_items',
  {
    proceedingId: text('proceeding_id').notNull().references(() => arbitrationAwards.proceedingId),
    seq: integer('seq').notNull(),
    claimant: text('claimant').notNull(),
    category: text('category', { enum: ['wages', 'injuryMedical', 'compensation', 'damages', 'standards', 'other'] }).notNull(),
    amountFen: integer('amount_fen'),
    final: integer('final', { mode: 'boolean' }).notNull(),
    /** The statute the item rests on, as the award step recorded it (调解仲裁法 Art. 46); null for older awards. */
    basis: text('basis'),
  },
  (t) => [primaryKey({ columns: [t.proceedingId, t.seq] })],
);

/** A party's suit or application to set the award aside (裁审衔接), and the court's result once served. */
export const arbitrationCourtActions = sqliteTable(
  'arbitration_court_actions',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    route: text('route', { enum: ['suit', 'setAside'] }).notNull(),
    party: text('party').notNull(),
    partyRole: text('party_role', { enum: ['worker', 'employer'] }).notNull(),
    court: text('court').notNull(),
    courtCaseNumber: text('court_case_number').notNull(),
    filedOn: text('filed_on').notNull(),
    result: text('result', { enum: ['upheld', 'revoked', 'amended'] }),
    resultOn: text('result_on'),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('arbitration_court_actions_number_idx').on(t.proceedingId, t.courtCaseNumber),
    // The statistics: the suits filed, or decided, in a period (statistics/arbitration.data.ts courtActions).
    index('arbitration_court_actions_filed_idx').on(t.filedOn),
    index('arbitration_court_actions_result_idx').on(t.resultOn),
  ],
);

/** 结案: the method, result, yearbook 案由 and amounts of a closed arbitration case, in columns the statistics query. */
export const arbitrationClosings = sqliteTable(
  'arbitration_closings',
  {
    proceedingId: text('proceeding_id').primaryKey().references(() => proceedings.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    closedOn: text('closed_on').notNull(),
    method: text('method', { enum: ['mediation', 'award', 'withdrawal', 'deemedWithdrawal', 'notAccepted', 'other'] }).notNull(),
    result: text('result', { enum: ['workerWon', 'employerWon', 'partlyEach', 'none'] }).notNull(),
    cause: text('cause', { enum: ['wages', 'socialInsurance', 'termination', 'other'] }).notNull(),
    claimedFen: integer('claimed_fen').notNull(),
    resolvedFen: integer('resolved_fen').notNull(),
    note: text('note'),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('arbitration_closings_unit_idx').on(t.unitId, t.closedOn)],
);
