import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedingParties, proceedings } from './case-files';
import { globalId } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * A 调取证据通知书 of a filed inspection (监察条例 Art. 15(3)(4)): to whom (a party of the proceeding or another unit
 * named here), what evidence (a list), by when and where to bring it; issued as a document (kind
 * evidenceRequestNotice) and served through 送达. Its return is recorded once: the day, each line received or not —
 * a line received is an item of the case file's evidence list (evidence_items, added through its service), named in
 * return_lines. Never deleted; fixed once issued, the return columns set once (triggers).
 */
export const evidenceRequests = sqliteTable(
  'evidence_requests',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    addresseeId: text('addressee_id').references(() => proceedingParties.id),
    addresseeName: text('addressee_name').notNull(),
    /** What to provide: JSON array of lines. */
    items: text('items').notNull(),
    /** 'YYYY-MM-DD': the day by which to provide it. */
    dueDate: text('due_date').notNull(),
    place: text('place').notNull(),
    contactPhone: text('contact_phone'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    returnedOn: text('returned_on'),
    /** [{ received, evidenceId }] per line of items, in order. */
    returnLines: text('return_lines'),
    returnNote: text('return_note'),
    returnedBy: text('returned_by').references(() => staff.id),
    returnedAt: integer('returned_at'),
  },
  (t) => [index('evidence_requests_case_file_idx').on(t.caseFileId)],
);
