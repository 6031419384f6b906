import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { GROUND_KIND } from '../../shared/domain/referral-checklist';
import { caseFiles, proceedings } from './case-files';
import { evidenceItems } from './evidence';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';

const GROUND_KINDS = Object.keys(GROUND_KIND) as [keyof typeof GROUND_KIND, ...(keyof typeof GROUND_KIND)[]];

/**
 * Each 限期改正（支付）指令书 as issued — its date, deadline and amount — written by the inspection's issueOrder step
 * in its own transaction: the referral and blacklist checks read the deadline from here (法释〔2013〕3号 Art. 4).
 */
export const ordersToPay = sqliteTable(
  'orders_to_pay',
  {
    id: text('id').primaryKey(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    issuedOn: text('issued_on').notNull(),
    deadline: text('deadline').notNull(),
    amountFen: integer('amount_fen').notNull(),
    workers: integer('workers').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('orders_to_pay_case_file_idx').on(t.caseFileId)],
);

/**
 * A fact recorded for the referral and blacklist checklists (ability to pay, evasion, a group incident, the months a
 * worker went unpaid), with the evidence item it rests on. Append-only (triggers in the migration).
 */
export const referralGrounds = sqliteTable(
  'referral_grounds',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    kind: text('kind', { enum: GROUND_KINDS }).notNull(),
    fact: text('fact').notNull(),
    evidenceId: text('evidence_id').references(() => evidenceItems.id),
    personId: text('person_id').references(() => persons.id),
    months: integer('months'),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('referral_grounds_case_file_idx').on(t.caseFileId)],
);
