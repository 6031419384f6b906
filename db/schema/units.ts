import { sqliteTable, text, integer, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { UNIT_LEVEL } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';

/** The city bureau and its county/district bureaus: reference data seeded into every database, editable. */
export const units = sqliteTable(
  'units',
  {
    id: globalId(),
    /** GB/T 2260 code of the area the unit serves; parameters are looked up by it. */
    regionCode: text('region_code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    level: text('level', { enum: UNIT_LEVEL.values }).notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => units.id),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);
