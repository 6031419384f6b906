import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { globalId } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * The days an arbitrator or clerk cannot sit (leave, training …), from the first to the last day inclusive: booking
 * a hearing on one is refused naming the person and the reason. Withdrawn, never deleted (withdrawn_at and why).
 */
export const staffUnavailability = sqliteTable(
  'staff_unavailability',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    staffId: text('staff_id').notNull().references(() => staff.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    kind: text('kind', { enum: ['leave', 'training', 'other'] }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
    withdrawnAt: integer('withdrawn_at'),
    withdrawnBy: text('withdrawn_by').references(() => staff.id),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [index('staff_unavailability_days_idx').on(t.unitId, t.fromDate, t.toDate), index('staff_unavailability_staff_idx').on(t.staffId)],
);
