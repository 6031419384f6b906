import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { CLAIM_CATEGORIES } from '../../shared/domain/arbitration-application';
import { proceedingParties, proceedings } from './case-files';
import { rowVersion } from './columns';
import { staff } from './staff';

/**
 * The 仲裁申请 of an arbitration proceeding (办案规则 Art. 29): its form, facts and reasons, evidence and its sources,
 * witnesses, and the dates the limitation advice counts from (调解仲裁法 Art. 27). One per proceeding; editable
 * before 受理 / 不予受理, every save audited.
 */
export const arbitrationApplications = sqliteTable('arbitration_applications', {
  proceedingId: text('proceeding_id').primaryKey().references(() => proceedings.id),
  form: text('form', { enum: ['written', 'oral'] }).notNull(),
  factsAndReasons: text('facts_and_reasons'),
  evidence: text('evidence'),
  witnesses: text('witnesses'),
  knownOn: text('known_on'),
  employmentEndedOn: text('employment_ended_on'),
  updatedBy: text('updated_by').references(() => staff.id),
  rowVersion: rowVersion(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** The particulars of an applicant or respondent the parties register does not hold: 住所, 通讯地址, 联系电话. */
export const arbitrationApplicationParties = sqliteTable('arbitration_application_parties', {
  proceedingPartyId: text('proceeding_party_id').primaryKey().references(() => proceedingParties.id),
  proceedingId: text('proceeding_id').notNull().references(() => arbitrationApplications.proceedingId),
  address: text('address'),
  mailingAddress: text('mailing_address'),
  phone: text('phone'),
});

/** The claims (仲裁请求), item by item per applicant: the award and the final-award test go item by item. */
export const arbitrationClaims = sqliteTable(
  'arbitration_claims',
  {
    id: text('id').primaryKey(),
    proceedingId: text('proceeding_id').notNull().references(() => arbitrationApplications.proceedingId),
    applicantId: text('applicant_id').notNull().references(() => proceedingParties.id),
    category: text('category', { enum: CLAIM_CATEGORIES }).notNull(),
    request: text('request').notNull(),
    /** Integer fen; null for a claim without money. */
    amountFen: integer('amount_fen'),
    basis: text('basis'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('arbitration_claims_proceeding_idx').on(t.proceedingId, t.sortOrder)],
);
