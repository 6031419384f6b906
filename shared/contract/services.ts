// Service (送达) of a case file's documents: each service of a document to a recipient of a proceeding — method, the
// instant, who signed and as what, who served it, the method's particulars, the proof in the file store — and the day
// of service the clocks run from. A wrong record is voided with a reason; its clock events stop counting.
import { z } from 'zod';
import { DOCUMENT_KIND, RECEIVER_RELATION, SERVICE_METHOD, SERVICE_PROOF } from '../domain/vocabulary';
import { documentRecord } from './documents';
import { staffRef } from './intakes';
import { dateKey, entityId, instant, nullable, optionalNameText, optionalText, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

/** A phone photo of a signed 送达回证 is 1–5 MB; a PDF scan of a few pages stays under this. */
export const MAX_PROOF_BYTES = 10 * 1024 * 1024;
export const MAX_PROOFS = 6;

export const serviceProofRecord = z.object({
  id: entityId,
  purpose: z.enum(SERVICE_PROOF.values),
  mime: z.string(),
  bytes: z.number().int(),
  fileName: z.string().nullable(),
});

export const serviceRecord = z.object({
  id: entityId,
  documentId: entityId,
  proceedingId: entityId,
  recipientId: entityId,
  recipientName: z.string(),
  method: z.enum(SERVICE_METHOD.values),
  servedAt: instant,
  /** The date of service the clocks run from. */
  servedOn: dateKey(),
  receivedBy: z.string().nullable(),
  relation: z.enum(RECEIVER_RELATION.values).nullable(),
  servedBy: staffRef,
  witnesses: z.array(z.string()),
  trackingNumber: z.string().nullable(),
  entrustedTo: z.string().nullable(),
  electronicAddress: z.string().nullable(),
  electronicConfirmed: z.boolean().nullable(),
  noticePlace: z.string().nullable(),
  noticeDays: z.number().int().nullable(),
  awardFinality: z.enum(['final', 'nonFinal']).nullable(),
  note: z.string().nullable(),
  /** Why it moved no clock (an unconfirmed electronic service …), else null. */
  noClock: z.string().nullable(),
  status: z.enum(['valid', 'void']),
  voidReason: z.string().nullable(),
  recordedBy: staffRef,
  recordedAt: instant,
  proofs: z.array(serviceProofRecord),
});
export type ServiceRecord = z.infer<typeof serviceRecord>;

/** A document of the file as service sees it: to whom it is still owed, and what was done. */
export const servedDocument = z.object({
  documentId: entityId,
  kind: z.enum(DOCUMENT_KIND.values),
  title: z.string(),
  number: z.string().nullable(),
  issuedAt: instant,
  /** The recipients of its proceedings not yet validly served (empty when all are, or when it is not served at all). */
  unserved: z.array(z.object({ proceedingId: entityId, recipientId: entityId, name: z.string() })),
  services: z.array(serviceRecord),
});
export type ServedDocument = z.infer<typeof servedDocument>;

export const serviceRecipient = z.object({
  proceedingId: entityId,
  proceedingLabel: z.string(),
  recipientId: entityId,
  name: z.string(),
  role: z.string(),
  /** The proceeding's 案号 (null before one is given), and its workers, to tell a 系列案's cases apart. */
  caseNumber: z.string().nullable(),
  applicants: z.string(),
  /** The same party or person across the file's proceedings (a 系列案's one employer is one key in every case). */
  partyKey: z.string(),
});

export const fileServices = z.object({
  caseFileId: entityId,
  /** Whether the caller may record and void services on this file (proceeding.act and a place on it). */
  mayAct: z.boolean(),
  /** The public-notice period in force today (a parameter, UNCONFIRMED). */
  publicNoticeDays: z.number().int(),
  recipients: z.array(serviceRecipient),
  documents: z.array(servedDocument),
});
export type FileServices = z.infer<typeof fileServices>;

export const serviceListInput = z.object({ caseFileId: entityId });

const names = (label: string) =>
  z
    .array(z.string().trim().max(40, `${label}每人不超过40个字`))
    .max(6, `${label}最多6人`)
    .transform((xs) => xs.filter((x) => x !== ''));

export const serviceProofInput = z.object({
  purpose: z.enum(SERVICE_PROOF.values, { error: '请选择凭证类别' }),
  fileName: optionalText('文件名', 120),
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(Math.ceil((MAX_PROOF_BYTES * 4) / 3) + 4, '每个文件不能超过 10 MB，请压缩或降低扫描分辨率后再上传'),
});

export const serviceRecordInput = z.object({
  documentId: entityId,
  proceedingId: entityId,
  recipientId: entityId,
  method: z.enum(SERVICE_METHOD.values, { error: '请选择送达方式' }),
  servedAt: instant,
  receivedBy: optionalNameText('签收人', 40),
  relation: nullable(z.enum(RECEIVER_RELATION.values)),
  servedBy: entityId,
  witnesses: names('见证人'),
  trackingNumber: optionalText('邮件单号', 40),
  entrustedTo: optionalText('受托机关', 80),
  electronicAddress: optionalText('电子送达地址', 120),
  electronicConfirmed: nullable(z.boolean()),
  noticePlace: optionalText('公告刊登处', 120),
  awardFinality: nullable(z.enum(['final', 'nonFinal'])),
  note: optionalText('备注', 500),
  proofs: z.array(serviceProofInput).max(MAX_PROOFS, `凭证最多${MAX_PROOFS}个文件`),
});
export type ServiceRecordInput = z.input<typeof serviceRecordInput>;

/** The most documents one act of service may record (a 系列案 of 100 workers served twice over stays under it). */
export const MAX_BATCH_ITEMS = 200;

/** One document to one recipient of a batch: what services.record names per service (and an award's part, its own). */
export const serviceBatchItemInput = serviceRecordInput.pick({ documentId: true, proceedingId: true, recipientId: true, awardFinality: true });

/** One act of service for several documents: the items, and the facts they share (services.record's, given once). */
export const serviceBatchInput = serviceRecordInput.omit({ documentId: true, proceedingId: true, recipientId: true, awardFinality: true }).extend({
  items: z.array(serviceBatchItemInput).min(1, '请至少勾选一份文书').max(MAX_BATCH_ITEMS, `一次最多登记${MAX_BATCH_ITEMS}份文书的送达，请分批登记`),
});
export type ServiceBatchInput = z.input<typeof serviceBatchInput>;

export const serviceBatchResult = z.object({
  /** Names the batch on each service's timeline line and audit row. */
  batchId: entityId,
  services: z.array(serviceRecord),
});

export const serviceVoidInput = z.object({ id: entityId, reason: reasonText('作废理由', { example: '送达对象登记错误' }) });

/** A 送达回证 to print for a document and a recipient, before serving it: the method it will be served by. */
export const serviceReceiptRequestInput = z.object({
  documentId: entityId,
  recipientId: entityId,
  /** The method to print; a recorded service prints its own. Absent: 直接送达. */
  method: z.enum(['direct', 'post', 'left', 'entrusted', 'electronic'], { error: '请选择送达方式' }).optional(),
});

export const serviceProofViewInput = z.object({ proofId: entityId });
export const serviceProofFile = z.object({ mime: z.string(), fileName: z.string().nullable(), contentBase64: z.string() });

export const servicesChannels = {
  'services.list': q(serviceListInput, fileServices, 'document.read'),
  'services.record': m(serviceRecordInput, serviceRecord, 'proceeding.act'),
  /** One act of service for several documents (a 系列案's notices signed for at once): all recorded, or none. */
  'services.recordBatch': m(serviceBatchInput, serviceBatchResult, 'proceeding.act'),
  'services.void': m(serviceVoidInput, serviceRecord, 'proceeding.act'),
  /** Issues the 送达回证 of a document for a recipient (a document of the file, to print). */
  'services.receipt': m(serviceReceiptRequestInput, documentRecord, 'document.issue'),
  /** A proof's file, the view on the audit trail. */
  'services.proof': m(serviceProofViewInput, serviceProofFile, 'document.read'),
} as const satisfies ChannelTable;
