import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { RECEIVER_RELATION, SERVICE_METHOD, SERVICE_PROOF } from '../../shared/domain/vocabulary';
import { caseFiles, proceedingParties, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { documents, files } from './documents';
import { staff } from './staff';
import { units } from './units';

/**
 * One service (送达) of an issued document to one recipient of a proceeding: how, when (to the hour), who signed for it
 * and as what, who served it, the method's particulars, and the day the clocks count from (`served_on`: the day the
 * recipient signed; by post the receipt day; by public notice the day its period ends). Append-only in spirit: a wrong
 * record is voided with a reason (trigger: nothing else changes), and its clock events stop counting.
 */
export const services = sqliteTable(
  'services',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    documentId: text('document_id').notNull().references(() => documents.id),
    recipientId: text('recipient_id').notNull().references(() => proceedingParties.id),
    /** The recipient's name as the file named it when served. */
    recipientName: text('recipient_name').notNull(),
    method: text('method', { enum: SERVICE_METHOD.values }).notNull(),
    /** The instant of the signature, the postal receipt, the electronic arrival, or the public notice's publication. */
    servedAt: integer('served_at').notNull(),
    /** The date of service (YYYY-MM-DD, Asia/Shanghai) the clocks run from. */
    servedOn: text('served_on').notNull(),
    receivedBy: text('received_by'),
    relation: text('relation', { enum: RECEIVER_RELATION.values }),
    servedBy: text('served_by').notNull().references(() => staff.id),
    /** 留置: the witnesses' names, JSON array. */
    witnesses: text('witnesses').notNull().default('[]'),
    trackingNumber: text('tracking_number'),
    entrustedTo: text('entrusted_to'),
    electronicAddress: text('electronic_address'),
    /** 电子送达: whether the recipient confirmed receipt (0/1); null for other methods. */
    electronicConfirmed: integer('electronic_confirmed'),
    noticePlace: text('notice_place'),
    /** 公告: the period in force when it was published (a parameter, UNCONFIRMED 30 or 60 days). */
    noticeDays: integer('notice_days'),
    awardFinality: text('award_finality', { enum: ['final', 'nonFinal'] }),
    note: text('note'),
    status: text('status', { enum: ['valid', 'void'] }).notNull().default('valid'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by').references(() => staff.id),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [index('services_document_idx').on(t.documentId, t.recipientId), index('services_case_file_idx').on(t.caseFileId)],
);

/** The proof of a service kept in the file store: the signed 送达回证 scanned or photographed, photos, the notice. */
export const serviceProofs = sqliteTable(
  'service_proofs',
  {
    id: globalId(),
    serviceId: text('service_id').notNull().references(() => services.id),
    purpose: text('purpose', { enum: SERVICE_PROOF.values }).notNull(),
    fileSha256: text('file_sha256').notNull().references(() => files.sha256),
    fileName: text('file_name'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('service_proofs_service_idx').on(t.serviceId)],
);
