import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { EVIDENCE_FORM, EVIDENCE_KIND, EVIDENCE_STATUS, EVIDENCE_SUBMITTER } from '../../shared/domain/evidence';
import { caseFiles, proceedings } from './case-files';
import { createdAt, globalId, rowVersion } from './columns';
import { files } from './documents';
import { parties } from './parties';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';

/**
 * One item of a case file's evidence (证据目录): what it is, its statutory kind (民事诉讼法 Art. 66; 行政诉讼法 Art. 33),
 * who submitted it (a worker, a party, or the bureau's own inquiry), what it is to prove, whether the original was
 * seen, how it was obtained, its pages and the day it was received; the file itself in the content-addressed store.
 * `seq` numbers the items of one file in the order received and is never reused. A wrong item is withdrawn with the
 * reason, never deleted: the row and the stored file stay.
 */
export const evidenceItems = sqliteTable(
  'evidence_items',
  {
    id: globalId(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id),
    seq: integer('seq').notNull(),
    proceedingId: text('proceeding_id').references(() => proceedings.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: EVIDENCE_KIND.values }).notNull(),
    submitter: text('submitter', { enum: EVIDENCE_SUBMITTER.values }).notNull(),
    /** The worker who submitted it (submitter = 'worker'). */
    personId: text('person_id').references(() => persons.id),
    /** The party who submitted it (submitter = 'party'). */
    partyId: text('party_id').references(() => parties.id),
    purpose: text('purpose').notNull(),
    form: text('form', { enum: EVIDENCE_FORM.values }).notNull(),
    source: text('source'),
    pages: integer('pages'),
    receivedDate: text('received_date').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => files.sha256),
    status: text('status', { enum: EVIDENCE_STATUS.values }).notNull().default('current'),
    withdrawnReason: text('withdrawn_reason'),
    withdrawnAt: integer('withdrawn_at'),
    withdrawnBy: text('withdrawn_by').references(() => staff.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => staff.id),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evidence_items_file_seq_uq').on(t.caseFileId, t.seq), index('evidence_items_sha_idx').on(t.fileSha256)],
);

/**
 * A correction of what a worker on a case file is owed, with the reason: append-only, so the history stays. The
 * latest correction is the amount owed; without one, the amount claimed at intake is.
 */
export const workerOwedCorrections = sqliteTable(
  'worker_owed_corrections',
  {
    id: globalId(),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    fromFen: integer('from_fen'),
    toFen: integer('to_fen').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('worker_owed_corrections_file_idx').on(t.caseFileId, t.personId, t.createdAt)],
);
