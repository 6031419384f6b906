import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ID_STATUS, ID_TYPE, LANGUAGE } from '../../shared/domain/vocabulary';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';

/**
 * Complainants and other natural persons. A name may be in any script (Han, Tibetan, Latin); an ID may be
 * missing, with the reason, and the person is then 待核实 until someone checks it.
 */
export const persons = sqliteTable(
  'persons',
  {
    id: globalId(),
    name: text('name').notNull(),
    /** Pinyin initials of a Han name ('zx' for 扎西), for search from a Latin keyboard. */
    nameInitials: text('name_initials').notNull().default(''),
    idType: text('id_type', { enum: ID_TYPE.values }).notNull(),
    idNumber: text('id_number'),
    idStatus: text('id_status', { enum: ID_STATUS.values }).notNull(),
    idMissingReason: text('id_missing_reason'),
    sex: text('sex', { enum: ['M', 'F'] }),
    birthDate: text('birth_date'),
    hometown: text('hometown'),
    preferredLanguage: text('preferred_language', { enum: LANGUAGE.values }).notNull().default('zh'),
    note: text('note'),
    /** When the person was made anonymous (every file they appear in past its retention period); the row stays. */
    anonymisedAt: integer('anonymised_at'),
    createdBy: text('created_by'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('persons_id_document_uq').on(t.idType, t.idNumber).where(sql`id_number IS NOT NULL`),
    index('persons_name_idx').on(t.name),
  ],
);

/** Several contacts per person: complainants often give a landline or a relative's number. */
export const personPhones = sqliteTable(
  'person_phones',
  {
    id: globalId(),
    personId: text('person_id').notNull().references(() => persons.id),
    phone: text('phone').notNull(),
    kind: text('kind', { enum: ['mobile', 'landline'] }).notNull(),
    label: text('label'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('person_phones_person_idx').on(t.personId), index('person_phones_phone_idx').on(t.phone)],
);
