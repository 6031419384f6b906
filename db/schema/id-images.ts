import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { ID_IMAGE_SIDE } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion } from './columns';
import { files } from './documents';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';

/**
 * Photos or scans of a person's identity document (sensitive personal information, GB/T 45574-2025), kept in the
 * content-addressed file store. The unit that took one is the only one that may look at it. A wrong photo is
 * withdrawn with the reason, never deleted: the file and the row stay, but it is no longer shown.
 */
export const personIdImages = sqliteTable(
  'person_id_images',
  {
    id: globalId(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    side: text('side', { enum: ID_IMAGE_SIDE.values }).notNull(),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => files.sha256),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    status: text('status', { enum: ['current', 'withdrawn'] }).notNull().default('current'),
    withdrawnReason: text('withdrawn_reason'),
    withdrawnAt: integer('withdrawn_at'),
    withdrawnBy: text('withdrawn_by').references(() => staff.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => staff.id),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
  },
  (t) => [index('person_id_images_person_idx').on(t.personId)],
);
