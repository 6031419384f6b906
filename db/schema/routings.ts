import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { ROUTING_STATUS, ROUTING_TARGET } from '../../shared/domain/vocabulary';
import { caseFiles, proceedings } from './case-files';
import { rowVersion } from './columns';
import { departments } from './departments';
import { intakes } from './intakes';
import { staff } from './staff';
import { units } from './units';

/**
 * Where the desk sent an intake (分级负责，归口办理), one row per sending: to a department of the unit (awaiting its
 * 签收, taken, or returned to the desk with a reason), to another body by name, or awaiting transfer to another
 * unit. A new routing supersedes the last; the rows stay, so the file shows every hand it passed through.
 * `seq` is the stable keyset key of the inboxes.
 */
export const routings = sqliteTable(
  'routings',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    intakeId: text('intake_id').notNull().references(() => intakes.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    target: text('target', { enum: ROUTING_TARGET.values }).notNull(),
    departmentId: text('department_id').references(() => departments.id),
    /** The body named to the complainant (referredElsewhere). */
    otherBody: text('other_body'),
    /** The unit the matter awaits transfer to. */
    otherUnitId: text('other_unit_id').references(() => units.id),
    caseFileId: text('case_file_id').references(() => caseFiles.id),
    proceedingId: text('proceeding_id').references(() => proceedings.id),
    status: text('status', { enum: ROUTING_STATUS.values }).notNull(),
    note: text('note'),
    routedAt: integer('routed_at').notNull(),
    routedBy: text('routed_by').notNull().references(() => staff.id),
    /** 签收 or 退回: who, when, and the reason for a return. */
    decidedAt: integer('decided_at'),
    decidedBy: text('decided_by').references(() => staff.id),
    returnReason: text('return_reason'),
    rowVersion: rowVersion(),
  },
  (t) => [
    // A department's inbox: its routings by status, oldest first.
    index('routings_department_status_idx').on(t.departmentId, t.status, t.routedAt, t.seq),
    // The leader's awaiting-transfer list.
    index('routings_unit_status_idx').on(t.unitId, t.status, t.routedAt, t.seq),
    index('routings_intake_idx').on(t.intakeId, t.seq),
    index('routings_proceeding_idx').on(t.proceedingId, t.seq),
  ],
);
