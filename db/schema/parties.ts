import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ID_TYPE, PARTY_KIND } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';

/** Employers and others complained about: an organisation, an individual (包工头, 个体), or not yet known. */
export const parties = sqliteTable(
  'parties',
  {
    id: globalId(),
    kind: text('kind', { enum: PARTY_KIND.values }).notNull(),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull().default(''),
    /** 统一社会信用代码, optional, checked (GB 32100-2015) when present. */
    creditCode: text('credit_code'),
    /** For an individual: the ID document. */
    idType: text('id_type', { enum: ID_TYPE.values }),
    idNumber: text('id_number'),
    legalRepName: text('legal_rep_name'),
    legalRepTitle: text('legal_rep_title'),
    address: text('address'),
    phone: text('phone'),
    note: text('note'),
    /** When an individual party (包工头, 个体) was made anonymous after the retention period; the row stays. */
    anonymisedAt: integer('anonymised_at'),
    createdBy: text('created_by'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('parties_credit_code_uq').on(t.creditCode).where(sql`credit_code IS NOT NULL`),
    index('parties_id_number_idx').on(t.idNumber).where(sql`id_number IS NOT NULL`),
    index('parties_initials_idx').on(t.nameInitials),
    index('parties_name_idx').on(t.name),
  ],
);
