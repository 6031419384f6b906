import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedingParties, proceedings } from './case-files';
import { globalId } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * A 系列案: a group application split into one arbitration case per worker, accepted together with consecutive
 * 案号 and heard together. The label names it on each case (first and last number).
 */
export const arbitrationSeries = sqliteTable(
  'arbitration_series',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    label: text('label').notNull(),
    acceptedOn: text('accepted_on').notNull(),
    createdBy: text('created_by').references(() => staff.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('arbitration_series_case_file_idx').on(t.caseFileId)],
);

/** The cases of a series, in the order of their numbers. */
export const arbitrationSeriesCases = sqliteTable(
  'arbitration_series_cases',
  {
    proceedingId: text('proceeding_id').primaryKey().references(() => proceedings.id),
    seriesId: text('series_id').notNull().references(() => arbitrationSeries.id),
    position: integer('position').notNull(),
  },
  (t) => [index('arbitration_series_cases_series_idx').on(t.seriesId, t.position)],
);

/**
 * The representatives (代表人) of a collective case, elected among its workers (办案规则 Art. 63: 3–5). A change
 * ends the old set (untilOn) and starts a new one; the set in force has untilOn null.
 */
export const arbitrationRepresentatives = sqliteTable(
  'arbitration_representatives',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    proceedingPartyId: text('proceeding_party_id').notNull().references(() => proceedingParties.id),
    fromOn: text('from_on').notNull(),
    untilOn: text('until_on'),
    recordedBy: text('recorded_by').references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('arbitration_representatives_proceeding_idx').on(t.proceedingId, t.untilOn)],
);

/**
 * The represented workers' consent to an act of the representatives (办案规则 Art. 63): changing the representatives,
 * changing or waiving claims, withdrawing, settling — who consented, on what day, how. Used once: the act that
 * relied on it records its time.
 */
export const arbitrationConsents = sqliteTable(
  'arbitration_consents',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    act: text('act', { enum: ['representatives', 'claims', 'withdrawal', 'settlement'] }).notNull(),
    consentedOn: text('consented_on').notNull(),
    method: text('method', { enum: ['signed', 'meeting', 'fingerprint', 'other'] }).notNull(),
    note: text('note'),
    usedAt: integer('used_at'),
    recordedBy: text('recorded_by').references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('arbitration_consents_proceeding_idx').on(t.proceedingId, t.act)],
);

export const arbitrationConsentWorkers = sqliteTable(
  'arbitration_consent_workers',
  {
    consentId: text('consent_id').notNull().references(() => arbitrationConsents.id),
    proceedingPartyId: text('proceeding_party_id').notNull().references(() => proceedingParties.id),
  },
  (t) => [primaryKey({ columns: [t.consentId, t.proceedingPartyId] })],
);
