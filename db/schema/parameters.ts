import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CONFIDENCE } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion } from './columns';

/**
 * Every tunable fact in one table: a value per key, per region ('*' = national, else a GB/T 2260 code),
 * from a date, with its source and how sure we are of it. Read only through shared/domain/parameters.ts.
 */
export const parameters = sqliteTable(
  'parameters',
  {
    id: globalId(),
    key: text('key').notNull(),
    region: text('region').notNull(),
    /** JSON text: a number, string, boolean or object, as the key's definition says. */
    value: text('value').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    source: text('source').notNull(),
    confidence: text('confidence', { enum: CONFIDENCE.values }).notNull(),
    note: text('note'),
    createdBy: text('created_by'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('parameters_key_region_from_uq').on(t.key, t.region, t.effectiveFrom)],
);
