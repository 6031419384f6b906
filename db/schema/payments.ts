import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { INTERMEDIARY_ROLE, PAYER_KIND, PAYMENT_METHOD, RECEIPT_MARK } from '../../shared/domain/payments';
import { caseFiles } from './case-files';
import { globalId, rowVersion } from './columns';
import { files } from './documents';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';

/**
 * Money held for a worker of the file who cannot be found (下落不明): how much, paid by whom, held by whom, since when.
 * It is not paid until a payment to the worker is recorded against it (wage_payments.holding_id). A wrong record
 * is voided with a reason (trigger: nothing else changes).
 */
export const wageHoldings = sqliteTable(
  'wage_holdings',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    personId: text('person_id').notNull().references(() => persons.id),
    amountFen: integer('amount_fen').notNull(),
    payerKind: text('payer_kind', { enum: PAYER_KIND.values }).notNull(),
    payerName: text('payer_name').notNull(),
    /** Who keeps the money meanwhile (the bureau's account, the 总包, a notary …). */
    holder: text('holder').notNull(),
    heldSince: text('held_since').notNull(),
    note: text('note'),
    status: text('status', { enum: ['valid', 'void'] }).notNull().default('valid'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by').references(() => staff.id),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [index('wage_holdings_case_file_idx').on(t.caseFileId)],
);

/**
 * One payment of wages on a case file. `kind = 'worker'`: to one worker, with the worker's own transfer or receipt —
 * it counts (条例 Arts. 11, 31); with `batch_id` it is that worker's receipt for money handed over in a batch, with
 * `holding_id` the paying out of money held for them. `kind = 'batch'`: handed to a 包工头 or 班组长 to pass on, split
 * per worker in wage_payment_allocations; it never counts by itself. Append-only: a wrong record is voided with a
 * reason (trigger), and an anonymised file's personal columns cleared.
 */
export const wagePayments = sqliteTable(
  'wage_payments',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    kind: text('kind', { enum: ['worker', 'batch'] }).notNull(),
    personId: text('person_id').references(() => persons.id),
    batchId: text('batch_id'),
    holdingId: text('holding_id').references(() => wageHoldings.id),
    payerKind: text('payer_kind', { enum: PAYER_KIND.values }).notNull(),
    payerName: text('payer_name').notNull(),
    method: text('method', { enum: PAYMENT_METHOD.values }).notNull(),
    bankReference: text('bank_reference'),
    receiptMark: text('receipt_mark', { enum: RECEIPT_MARK.values }),
    receiptSigner: text('receipt_signer'),
    intermediaryName: text('intermediary_name'),
    intermediaryRole: text('intermediary_role', { enum: INTERMEDIARY_ROLE.values }),
    paidOn: text('paid_on').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** 应急周转金: the leader who approved the advance, and when (条例 Art. 63). */
    approvedBy: text('approved_by').references(() => staff.id),
    approvedOn: text('approved_on'),
    note: text('note'),
    status: text('status', { enum: ['valid', 'void'] }).notNull().default('valid'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by').references(() => staff.id),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('wage_payments_case_file_idx').on(t.caseFileId),
    index('wage_payments_batch_idx').on(t.batchId),
    // The leader's charts: wages recovered per month (statistics/charts.data.ts).
    index('wage_payments_unit_paid_idx').on(t.unitId, t.paidOn),
  ],
);

/** A batch's pay sheet: how much of it was handed over for each worker. Written with the batch, never changed. */
export const wagePaymentAllocations = sqliteTable(
  'wage_payment_allocations',
  {
    id: globalId(),
    paymentId: text('payment_id').notNull().references(() => wagePayments.id),
    personId: text('person_id').notNull().references(() => persons.id),
    amountFen: integer('amount_fen').notNull(),
  },
  (t) => [index('wage_payment_allocations_payment_idx').on(t.paymentId)],
);

/** The scan or photo of a payment's receipt or transfer slip, in the file store. Append-only. */
export const wagePaymentScans = sqliteTable(
  'wage_payment_scans',
  {
    id: globalId(),
    paymentId: text('payment_id').notNull().references(() => wagePayments.id),
    fileSha256: text('file_sha256').notNull().references(() => files.sha256),
    fileName: text('file_name'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('wage_payment_scans_payment_idx').on(t.paymentId)],
);

/** What the 应急周转金 got back from the employer for its advances on the file (条例 Art. 63). Voided, never deleted. */
export const advanceRecoveries = sqliteTable(
  'advance_recoveries',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    amountFen: integer('amount_fen').notNull(),
    recoveredOn: text('recovered_on').notNull(),
    fromName: text('from_name').notNull(),
    note: text('note'),
    status: text('status', { enum: ['valid', 'void'] }).notNull().default('valid'),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by').references(() => staff.id),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [index('advance_recoveries_case_file_idx').on(t.caseFileId)],
);
