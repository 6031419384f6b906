import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedings } from './case-files';
import { globalId } from './columns';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';
import { wagePayments } from './payments';

/**
 * The 调解协议 a joint mediation reached (调解仲裁法 Art. 14), written with its 达成调解协议 step: one per proceeding.
 * `over_owed_reason`: the explicit confirmation when the plan promises more than the workers were still owed.
 * Append-only (trigger): the agreement is evidence of what was promised.
 */
export const mediationAgreements = sqliteTable(
  'mediation_agreements',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    signedOn: text('signed_on').notNull(),
    totalFen: integer('total_fen').notNull(),
    /** What the workers were still owed (known amounts) when it was signed. */
    outstandingFen: integer('outstanding_fen').notNull(),
    overOwedReason: text('over_owed_reason'),
    note: text('note'),
    recordedBy: text('recorded_by').references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('mediation_agreements_proceeding_idx').on(t.proceedingId), index('mediation_agreements_case_file_idx').on(t.caseFileId)],
);

/** One instalment of an agreement: to a worker (or the group when person_id is null), its due date, amount and payer. */
export const mediationInstalments = sqliteTable(
  'mediation_instalments',
  {
    id: globalId(),
    agreementId: text('agreement_id').notNull().references(() => mediationAgreements.id),
    /** 1, 2, 3 … in the order the agreement lists them. */
    seq: integer('seq').notNull(),
    personId: text('person_id').references(() => persons.id),
    dueOn: text('due_on').notNull(),
    amountFen: integer('amount_fen').notNull(),
    payerName: text('payer_name').notNull(),
  },
  (t) => [index('mediation_instalments_agreement_idx').on(t.agreementId), index('mediation_instalments_due_idx').on(t.dueOn)],
);

/**
 * The instalment a payment pays (optional; at most one per payment), written with the payment, never changed: a
 * wrong one is undone by voiding the payment (wage_payments' own rule).
 */
export const wagePaymentInstalments = sqliteTable(
  'wage_payment_instalments',
  {
    paymentId: text('payment_id').primaryKey().references(() => wagePayments.id),
    instalmentId: text('instalment_id').notNull().references(() => mediationInstalments.id),
  },
  (t) => [index('wage_payment_instalments_instalment_idx').on(t.instalmentId)],
);
