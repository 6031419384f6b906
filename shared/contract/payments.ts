// Wages paid to a case file's workers (支付情况): each payment with who paid and from what, how, when, the amount and
// the receipt's scan; batches handed to a 包工头 or 班组长, pending until each worker's receipt; money held for a
// worker who cannot be found; the 应急周转金's advances and their recovery. Per worker: owed, paid (what counts under
// 条例 Arts. 11, 31), still owed, pending and held. A wrong record is voided with a reason, never deleted.
import { z } from 'zod';
import { INTERMEDIARY_ROLE, PAYER_KIND, PAYMENT_METHOD, RECEIPT_MARK } from '../domain/payments';
import { staffRef } from './intakes';
import { dateKey, entityId, fen, instant, nameText, nullable, optionalNameText, optionalText, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

/** A phone photo of a signed receipt is 1–5 MB; a PDF scan of a few pages stays under this. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const MAX_SCANS = 6;

const status = z.enum(['valid', 'void']);

export const paymentScanRecord = z.object({ id: entityId, mime: z.string(), bytes: z.number().int(), fileName: z.string().nullable() });

export const paymentAllocation = z.object({
  personId: entityId,
  name: z.string(),
  amountFen: fen(),
  /** The worker's own receipts recorded against the batch (valid ones). */
  receiptedFen: fen(),
  /** Still waiting for the worker's receipt. */
  pendingFen: fen(),
});

export const paymentRecord = z.object({
  id: entityId,
  kind: z.enum(['worker', 'batch']),
  personId: entityId.nullable(),
  personName: z.string().nullable(),
  /** The batch this receipt is recorded against. */
  batchId: entityId.nullable(),
  /** The held money this payment paid out. */
  holdingId: entityId.nullable(),
  /** The 调解协议 instalment it pays, if any. */
  instalmentId: entityId.nullable(),
  payerKind: z.enum(PAYER_KIND.values),
  payerName: z.string(),
  method: z.enum(PAYMENT_METHOD.values),
  /** Masked in lists (the last four characters). */
  bankReference: z.string().nullable(),
  receiptMark: z.enum(RECEIPT_MARK.values).nullable(),
  receiptSigner: z.string().nullable(),
  intermediaryName: z.string().nullable(),
  intermediaryRole: z.enum(INTERMEDIARY_ROLE.values).nullable(),
  paidOn: dateKey(),
  amountFen: fen(),
  /** Whether it counts as paid to the worker (条例 Arts. 11, 31): a valid worker payment with its transfer or receipt. */
  counts: z.boolean(),
  /** A batch's split per worker, with what is still pending. */
  allocations: z.array(paymentAllocation),
  approvedBy: staffRef.nullable(),
  approvedOn: z.string().nullable(),
  note: z.string().nullable(),
  status,
  voidReason: z.string().nullable(),
  recordedBy: staffRef,
  recordedAt: instant,
  scans: z.array(paymentScanRecord),
});
export type PaymentRecord = z.infer<typeof paymentRecord>;

export const holdingRecord = z.object({
  id: entityId,
  personId: entityId,
  personName: z.string(),
  amountFen: fen(),
  payerKind: z.enum(PAYER_KIND.values),
  payerName: z.string(),
  holder: z.string(),
  heldSince: dateKey(),
  note: z.string().nullable(),
  /** The valid payment that paid it out to the worker, if any; until then it is held. */
  paidOutBy: entityId.nullable(),
  status,
  voidReason: z.string().nullable(),
  recordedBy: staffRef,
  recordedAt: instant,
});
export type HoldingRecord = z.infer<typeof holdingRecord>;

export const recoveryRecord = z.object({
  id: entityId,
  amountFen: fen(),
  recoveredOn: dateKey(),
  fromName: z.string(),
  note: z.string().nullable(),
  status,
  voidReason: z.string().nullable(),
  recordedBy: staffRef,
  recordedAt: instant,
});
export type RecoveryRecord = z.infer<typeof recoveryRecord>;

export const workerPayments = z.object({
  personId: entityId,
  name: z.string(),
  owedFen: fen().nullable(),
  paidFen: fen(),
  outstandingFen: fen().nullable(),
  overpaidFen: fen(),
  pendingFen: fen(),
  heldFen: fen(),
  /** Marked 下落不明: money is held for them. */
  untraceable: z.boolean(),
  /** 应急周转金 advanced to them so far (counted payments). */
  advancedFen: fen(),
});
export type WorkerPayments = z.infer<typeof workerPayments>;

export const filePayments = z.object({
  caseFileId: entityId,
  /** Whether the caller may record and void (proceeding.act, a place on the file, an open file). */
  mayRecord: z.boolean(),
  /** Whether the caller may open the scans (document.read). */
  mayView: z.boolean(),
  /** The 应急周转金 cap per person in force today (a parameter, UNCONFIRMED); null when not set. */
  advanceCapFen: fen().nullable(),
  workers: z.array(workerPayments),
  totals: z.object({ owedFen: fen(), paidFen: fen(), outstandingFen: fen(), overpaidFen: fen(), pendingFen: fen(), heldFen: fen(), unknownCount: z.number().int() }),
  payments: z.array(paymentRecord),
  holdings: z.array(holdingRecord),
  advance: z.object({ advancedFen: fen(), recoveredFen: fen(), outstandingFen: fen(), overRecoveredFen: fen(), recoveries: z.array(recoveryRecord) }),
  /** The unit's active leaders, who may approve an 应急周转金 advance. */
  approvers: z.array(staffRef),
});
export type FilePayments = z.infer<typeof filePayments>;

export const paymentScanInput = z.object({
  fileName: optionalText('文件名', 120),
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 4, '每个文件不能超过 10 MB，请压缩或降低扫描分辨率后再上传'),
});

const nn = <T extends z.ZodType>(s: T) => nullable(s);

export const paymentRecordInput = z.object({
  caseFileId: entityId,
  /** 'worker': to one worker with their own transfer or receipt; 'batch': handed to a 包工头/班组长 to pass on. */
  kind: z.enum(['worker', 'batch'], { error: '请选择支付给劳动者本人还是交由包工头、班组长转交' }),
  personId: nn(entityId),
  batchId: nn(entityId),
  holdingId: nn(entityId),
  /** The 调解协议 instalment it pays (mediation.instalments), if any. */
  instalmentId: nn(entityId),
  payerKind: z.enum(PAYER_KIND.values, { error: '请选择支付方' }),
  payerName: nameText('支付方名称', 80),
  method: z.enum(PAYMENT_METHOD.values, { error: '请选择支付方式' }),
  bankReference: optionalText('银行流水号', 64),
  receiptMark: nn(z.enum(RECEIPT_MARK.values)),
  receiptSigner: optionalNameText('收条签名人', 40),
  intermediaryName: optionalNameText('转交人姓名', 40),
  intermediaryRole: nn(z.enum(INTERMEDIARY_ROLE.values)),
  paidOn: dateKey('支付日期'),
  amountFen: fen('支付金额'),
  /** A batch's pay sheet: how much for each worker (the batch's amount is their sum). */
  allocations: z
    .array(z.object({ personId: entityId, amountFen: fen('分配金额') }))
    .max(500, '一笔转交款最多分配给500人')
    .optional()
    .transform((v) => v ?? []),
  approvedBy: nn(entityId),
  approvedOn: nn(dateKey('批准日期')),
  note: optionalText('备注', 500),
  scans: z.array(paymentScanInput).max(MAX_SCANS, `凭证最多${MAX_SCANS}个文件`).optional().transform((v) => v ?? []),
});
export type PaymentRecordInput = z.input<typeof paymentRecordInput>;

export const holdingRecordInput = z.object({
  caseFileId: entityId,
  personId: entityId,
  amountFen: fen('代为保管的金额'),
  payerKind: z.enum(PAYER_KIND.values, { error: '请选择支付方' }),
  payerName: nameText('支付方名称', 80),
  holder: nameText('保管人', 80),
  heldSince: dateKey('保管起始日期'),
  note: optionalText('备注', 500),
});
export type HoldingRecordInput = z.input<typeof holdingRecordInput>;

export const recoveryRecordInput = z.object({
  caseFileId: entityId,
  amountFen: fen('追回金额'),
  recoveredOn: dateKey('追回日期'),
  fromName: nameText('追回对象', 80),
  note: optionalText('备注', 500),
});
export type RecoveryRecordInput = z.input<typeof recoveryRecordInput>;

export const paymentVoidInput = z.object({
  what: z.enum(['payment', 'holding', 'recovery'], { error: '请指明作废哪一类记录' }),
  id: entityId,
  reason: reasonText('作废理由', { example: '金额登记错误，应为3000元' }),
});
export type PaymentVoidInput = z.input<typeof paymentVoidInput>;

export const paymentScanViewInput = z.object({ scanId: entityId });
export const paymentScanFile = z.object({ mime: z.string(), fileName: z.string().nullable(), contentBase64: z.string() });

const byFile = z.object({ caseFileId: entityId });

export const paymentsChannels = {
  'payments.list': q(byFile, filePayments, 'case.read'),
  'payments.record': m(paymentRecordInput, filePayments, 'proceeding.act'),
  'payments.hold': m(holdingRecordInput, filePayments, 'proceeding.act'),
  'payments.recover': m(recoveryRecordInput, filePayments, 'proceeding.act'),
  'payments.void': m(paymentVoidInput, filePayments, 'proceeding.act'),
  /** A receipt's scan, the view on the audit trail. */
  'payments.scan': m(paymentScanViewInput, paymentScanFile, 'document.read'),
} as const satisfies ChannelTable;
