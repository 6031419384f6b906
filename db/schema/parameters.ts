import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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

/**
 * One row that changes with every write of `parameters`, by any connection or program: triggers in the migration
 * (0073_parameter_generation) add one to it in the transaction of each INSERT, UPDATE and DELETE, so a connection that
 * keeps the parameters parsed in memory (electron/core/reference/parameters.data.ts) knows by this one-row read
 * whether they are still what the file holds. A migration that rebuilds `parameters` drops the triggers with it and
 * must create them again (tests/integration/parameter-cache.test.ts would fail).
 */
export const parameterGeneration = sqliteTable(
  'parameter_generation',
  {
    id: integer('id').primaryKey(),
    generation: integer('generation').notNull(),
  },
  (t) => [check('parameter_generation_single_row', sql`${t.id} = 1`)],
);
