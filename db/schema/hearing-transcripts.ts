import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LANGUAGE } from '../../shared/domain/vocabulary';
import { caseFiles, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { hearings } from './hearings';
import { staff } from './staff';
import { units } from './units';

/**
 * A 庭审笔录 (调解仲裁法 Art. 40) of a held hearing, one per hearing (a hearing row is one case's): a draft saved as it is typed, then
 * finalised and read-only (trigger); a correction is appended in hearing_transcript_corrections with its reason.
 * The tribunal and clerk are kept as named on the day (JSON), so the record prints what was true then. The columns
 * the 询问笔录 shares (signed-record.data.ts) carry the same names: started_at, ended_at, place, status …
 */
export const hearingTranscripts = sqliteTable(
  'hearing_transcripts',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    hearingId: text('hearing_id').notNull().references(() => hearings.id),
    status: text('status', { enum: ['draft', 'final'] }).notNull().default('draft'),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    place: text('place').notNull(),
    /** [{ name, presiding }] as the hearing sat. */
    arbitrators: text('arbitrators').notNull(),
    clerkName: text('clerk_name').notNull(),
    /** [{ side, capacity, name, party }]: the parties, legal representatives and agents present. */
    attendees: text('attendees').notNull().default('[]'),
    language: text('language', { enum: LANGUAGE.values }).notNull(),
    languageOther: text('language_other'),
    interpreterName: text('interpreter_name'),
    interpreterDutyTold: integer('interpreter_duty_told').notNull().default(0),
    /** [{ stage, speaker, text }] in the hearing's order. */
    entries: text('entries').notNull().default('[]'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    finalisedBy: text('finalised_by').references(() => staff.id),
    finalisedAt: integer('finalised_at'),
    /** Who last saved the draft and when (the conflict screen names them); null on records saved before migration 0057. */
    savedBy: text('saved_by').references(() => staff.id),
    savedAt: integer('saved_at'),
    rowVersion: rowVersion(),
  },
  (t) => [index('hearing_transcripts_case_file_idx').on(t.caseFileId), uniqueIndex('hearing_transcripts_hearing_idx').on(t.hearingId)],
);

/** A correction to a finalised 庭审笔录 (Art. 40: a participant's 补正): what and why, who and when. Append-only (triggers). */
export const hearingTranscriptCorrections = sqliteTable(
  'hearing_transcript_corrections',
  {
    id: globalId(),
    recordId: text('record_id').notNull().references(() => hearingTranscripts.id),
    text: text('text').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('hearing_transcript_corrections_record_idx').on(t.recordId)],
);
