import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * A 现场检查 of a filed inspection (监察条例 Art. 15(1)) and its 现场检查笔录: when (from–to), where (the project or
 * site), the two or more inspectors as named then with their 执法证 (Art. 16, JSON), who was present for the
 * employer, what was found. A draft edited until finalised, then read-only (trigger); corrections are appended in
 * site_inspection_corrections with their reason.
 */
export const siteInspections = sqliteTable(
  'site_inspections',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    status: text('status', { enum: ['draft', 'final'] }).notNull().default('draft'),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    place: text('place').notNull(),
    /** [{ staffId, name, certNo, certExpiry }] as on the day (监察条例 Art. 16). */
    inspectors: text('inspectors').notNull(),
    recorderId: text('recorder_id').references(() => staff.id),
    /** The unit inspected, as named on the day. */
    employerName: text('employer_name').notNull(),
    /** Who was present for the employer: [{ name, post }] (JSON). */
    present: text('present').notNull().default('[]'),
    findings: text('findings').notNull().default(''),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    finalisedBy: text('finalised_by').references(() => staff.id),
    finalisedAt: integer('finalised_at'),
    /** Who last saved the draft and when (the conflict screen names them); null on records saved before migration 0057. */
    savedBy: text('saved_by').references(() => staff.id),
    savedAt: integer('saved_at'),
    rowVersion: rowVersion(),
  },
  (t) => [index('site_inspections_case_file_idx').on(t.caseFileId)],
);

/**
 * A photo taken at the inspection (监察条例 Art. 15(4)), its bytes in the file store (files.sha256), with its
 * caption, in order. Added and captioned while the inspection is a draft; fixed once it is final (trigger).
 */
export const siteInspectionPhotos = sqliteTable(
  'site_inspection_photos',
  {
    id: globalId(),
    inspectionId: text('inspection_id').notNull().references(() => siteInspections.id),
    sha256: text('sha256').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    fileName: text('file_name'),
    caption: text('caption').notNull().default(''),
    sortOrder: integer('sort_order').notNull(),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('site_inspection_photos_inspection_idx').on(t.inspectionId, t.sortOrder)],
);

/** A correction to a finalised 现场检查笔录: what is corrected and why, who and when. Append-only (triggers). */
export const siteInspectionCorrections = sqliteTable(
  'site_inspection_corrections',
  {
    id: globalId(),
    inspectionId: text('inspection_id').notNull().references(() => siteInspections.id),
    text: text('text').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('site_inspection_corrections_inspection_idx').on(t.inspectionId)],
);
