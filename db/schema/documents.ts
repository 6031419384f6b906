import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KIND } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion } from './columns';
import { caseFiles } from './case-files';
import { intakes } from './intakes';
import { staff } from './staff';
import { units } from './units';

/**
 * The content-addressed file store's index: one row per stored file, named by its SHA-256. The file is written
 * and synced under files/<first two hex>/<hash> before this row commits; a file without a row is an orphan and is
 * swept at start. Generated documents and ID-card images now; evidence and scans later.
 */
export const files = sqliteTable('files', {
  sha256: text('sha256').primaryKey(),
  bytes: integer('bytes').notNull(),
  mime: text('mime').notNull(),
  createdAt: createdAt(),
});

/**
 * An issued document (文书): its kind, its number (never reused; a voided document keeps it, marked 作废 with
 * the reason) and what it belongs to. Its content lives in versions: regenerating keeps the history.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    kind: text('kind', { enum: DOCUMENT_KIND.values }).notNull(),
    title: text('title').notNull(),
    number: text('number'),
    /** The number series it was numbered from ('doc:<series>' in number_series), or null. */
    series: text('series'),
    status: text('status', { enum: ['issued', 'void'] }).notNull().default('issued'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by').references(() => staff.id),
    intakeId: text('intake_id').references(() => intakes.id),
    caseFileId: text('case_file_id').references(() => caseFiles.id),
    /** The request it was built from (canonical JSON), so it can be regenerated. */
    source: text('source').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staff.id),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_intake_idx').on(t.intakeId),
    index('documents_case_file_idx').on(t.caseFileId),
    uniqueIndex('documents_series_number_uq').on(t.unitId, t.series, t.number).where(sql`series IS NOT NULL`),
  ],
);

/** One generation of a document: the model it was built from, both files, the fonts they use, who and when. */
export const documentVersions = sqliteTable(
  'document_versions',
  {
    id: globalId(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    /** SHA-256 of the content model's canonical JSON. */
    contentHash: text('content_hash').notNull(),
    model: text('model').notNull(),
    pdfSha256: text('pdf_sha256')
      .notNull()
      .references(() => files.sha256),
    docxSha256: text('docx_sha256')
      .notNull()
      .references(() => files.sha256),
    /** {"pdf": [...], "docx": [...]}: the fonts each file uses. */
    fonts: text('fonts').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_versions_uq').on(t.documentId, t.version)],
);

/** A bureau's edits to a document kind's built-in template (texts and numbering policy), as JSON. */
export const documentTemplates = sqliteTable('document_templates', {
  kind: text('kind', { enum: DOCUMENT_KIND.values }).primaryKey(),
  data: text('data').notNull(),
  updatedBy: text('updated_by').references(() => staff.id),
  updatedAt: integer('updated_at').notNull(),
  rowVersion: rowVersion(),
});
