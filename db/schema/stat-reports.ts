import { sqliteTable, text, integer, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { STAT_PERIOD_KINDS } from '../../shared/domain/statistics/model';
import { flag } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * The statistics reports submitted up the line, as submitted: the figures (the report JSON), the definitions version
 * they were counted under, the digest the person checked, and the files behind each figure. Append-only (triggers in
 * the migration): a wrong report is answered by a 更正 — a new report naming the one it corrects, with the reason;
 * each report is corrected at most once (the latest in the chain is the one in force).
 */
export const statReports = sqliteTable(
  'stat_reports',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    unitId: text('unit_id').notNull().references(() => units.id),
    includeSubunits: flag('include_subunits'),
    periodKind: text('period_kind', { enum: STAT_PERIOD_KINDS }).notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    definitionsVersion: integer('definitions_version').notNull(),
    /** SHA-256 of the figures as computed (canonical JSON): what the person looked at and submitted. */
    digest: text('digest').notNull(),
    /** The StatReport as submitted, JSON. */
    report: text('report').notNull(),
    /** indicator key → row unit ('*' for the total) → the case files behind the figure, JSON. */
    files: text('files').notNull(),
    correctsId: text('corrects_id').references((): AnySQLiteColumn => statReports.id),
    reason: text('reason'),
    submittedBy: text('submitted_by').notNull().references(() => staff.id),
    submittedAt: integer('submitted_at').notNull(),
  },
  (t) => [
    index('stat_reports_unit_period_idx').on(t.unitId, t.periodFrom, t.seq),
    uniqueIndex('stat_reports_corrects_uq').on(t.correctsId).where(sql`corrects_id IS NOT NULL`),
  ],
);
