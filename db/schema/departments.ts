import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { CAPABILITY } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';
import { units } from './units';

/** A unit's departments; what a unit can do (inspection, arbitration, …) is the set of their capabilities. */
export const departments = sqliteTable(
  'departments',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    name: text('name').notNull(),
    capability: text('capability', { enum: CAPABILITY.values }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** The department's head: confirms a file's 包案领导 and may act on every file of the department. */
    headStaffId: text('head_staff_id'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('departments_unit_idx').on(t.unitId)],
);
