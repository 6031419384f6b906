import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { LANGUAGE } from '../../shared/domain/vocabulary';
import { caseFiles, proceedingParties, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * A 询问通知书 of an inspection (监察条例 Art. 15(2)(3)): to whom (a party of the proceeding, or a witness named here),
 * when and where to come, what to bring. The document itself is issued from this row (documents, kind inquiryNotice).
 * Never changed nor deleted (triggers); a wrong notice's document is voided.
 */
export const inquiryNotices = sqliteTable(
  'inquiry_notices',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    /** The party of the proceeding it is addressed to; null for a witness or a 班组长 not on the file. */
    addresseeId: text('addressee_id').references(() => proceedingParties.id),
    addresseeName: text('addressee_name').notNull(),
    appearAt: integer('appear_at').notNull(),
    place: text('place').notNull(),
    /** What to bring: JSON array of lines. */
    bring: text('bring').notNull().default('[]'),
    contactPhone: text('contact_phone'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('inquiry_notices_case_file_idx').on(t.caseFileId)],
);

/**
 * A 询问笔录 recorded in the app: a draft edited until finalised, then read-only (trigger); a correction is appended
 * in inquiry_corrections with its reason. The inspectors are kept as named then, with their 执法证 numbers (JSON),
 * so the record prints what was true on the day.
 */
export const inquiryRecords = sqliteTable(
  'inquiry_records',
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
    /** The party of the proceeding questioned, where the interviewee is one. */
    intervieweePartyId: text('interviewee_party_id').references(() => proceedingParties.id),
    intervieweeName: text('interviewee_name').notNull(),
    intervieweeSex: text('interviewee_sex', { enum: ['M', 'F'] }),
    intervieweeIdNumber: text('interviewee_id_number'),
    intervieweeWorkplace: text('interviewee_workplace'),
    intervieweePost: text('interviewee_post'),
    intervieweePhone: text('interviewee_phone'),
    intervieweeAddress: text('interviewee_address'),
    language: text('language', { enum: LANGUAGE.values }).notNull(),
    languageOther: text('language_other'),
    interpreterName: text('interpreter_name'),
    /** 0/1: the interpreter was told of the duty to translate truly and completely. */
    interpreterDutyTold: integer('interpreter_duty_told').notNull().default(0),
    /** [{ q, a }] in order. */
    qa: text('qa').notNull().default('[]'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    finalisedBy: text('finalised_by').references(() => staff.id),
    finalisedAt: integer('finalised_at'),
    /** Who last saved the draft and when (the conflict screen names them); null on records saved before migration 0057. */
    savedBy: text('saved_by').references(() => staff.id),
    savedAt: integer('saved_at'),
    rowVersion: rowVersion(),
  },
  (t) => [index('inquiry_records_case_file_idx').on(t.caseFileId)],
);

/** A correction to a finalised 询问笔录: what is corrected and why, who and when. Append-only (triggers). */
export const inquiryCorrections = sqliteTable(
  'inquiry_corrections',
  {
    id: globalId(),
    recordId: text('record_id').notNull().references(() => inquiryRecords.id),
    text: text('text').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('inquiry_corrections_record_idx').on(t.recordId)],
);
