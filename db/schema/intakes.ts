import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { INTAKE_CHANNEL, INTAKE_KIND, INTAKE_ROUTE, INTAKE_STATUS, PARTY_ROLE, PENDING_ELSEWHERE } from '../../shared/domain/vocabulary';
import { createdAt, flag, rowVersion, updatedAt } from './columns';
import { parties } from './parties';
import { persons } from './persons';
import { projects } from './projects';
import { staff } from './staff';
import { units } from './units';

/**
 * What arrived at the desk (接待登记). `seq` is a stable integer key (the search index and keyset paging
 * use it; a VACUUM may renumber an implicit rowid, never this); `id` is the global id other records use.
 */
export const intakes = sqliteTable(
  'intakes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    unitId: text('unit_id').notNull().references(() => units.id),
    /** 登记号: a per-unit, per-year series, issued inside the write transaction. */
    regYear: integer('reg_year').notNull(),
    regNo: integer('reg_no').notNull(),
    kind: text('kind', { enum: INTAKE_KIND.values }).notNull(),
    channel: text('channel', { enum: INTAKE_CHANNEL.values }).notNull(),
    /** The 12345 work order, clue or transfer number, and the reply deadline that body set. */
    externalNo: text('external_no'),
    replyDue: text('reply_due'),
    receivedAt: integer('received_at').notNull(),
    receivedDate: text('received_date').notNull(),
    summary: text('summary').notNull(),
    /** Workers concerned — may exceed the complainants present (a group sends representatives). */
    workersCount: integer('workers_count').notNull(),
    amountClaimedFen: integer('amount_claimed_fen'),
    projectId: text('project_id').references(() => projects.id),
    /** 违法行为终止日期 as stated: the two-year cut-off runs from it (监察条例 Art. 20); null when not known. */
    violationEndDate: text('violation_end_date'),
    /** Already before mediation, arbitration or a court (监察条例 Art. 21); null when not asked. */
    pendingElsewhere: text('pending_elsewhere', { enum: PENDING_ELSEWHERE.values }),
    status: text('status', { enum: INTAKE_STATUS.values }).notNull(),
    route: text('route', { enum: INTAKE_ROUTE.values }),
    /** The answer given on the spot, or where the person was told to go. */
    answer: text('answer'),
    collective: flag('collective'),
    urgent: flag('urgent'),
    caseFileId: text('case_file_id'),
    /** When its personal data was made anonymous after the retention period (retention.service); the record stays. */
    anonymisedAt: integer('anonymised_at'),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    /** The page's key for this registration (intakes.create): a save repeated after a lost answer finds it, not a twin. */
    submissionKey: text('submission_key'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('intakes_reg_uq').on(t.unitId, t.regYear, t.regNo),
    index('intakes_received_idx').on(t.receivedAt, t.seq),
    // The list's pages (intakes.list.ts): the unit's intakes newest first, all or of one kind.
    index('intakes_unit_received_idx').on(t.unitId, t.receivedAt, t.seq),
    index('intakes_unit_kind_received_idx').on(t.unitId, t.kind, t.receivedAt, t.seq),
    index('intakes_status_received_idx').on(t.status, t.receivedAt, t.seq),
    index('intakes_case_file_idx').on(t.caseFileId),
    // Repeat detection at the desk: the matters about one project.
    index('intakes_project_idx').on(t.projectId),
    uniqueIndex('intakes_submission_uq').on(t.submissionKey),
  ],
);

export const intakeParties = sqliteTable(
  'intake_parties',
  {
    intakeId: text('intake_id').notNull().references(() => intakes.id),
    partyId: text('party_id').notNull().references(() => parties.id),
    role: text('role', { enum: PARTY_ROLE.values }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.intakeId, t.partyId, t.role] }), index('intake_parties_party_idx').on(t.partyId)],
);

/**
 * Stored WITHOUT ROWID (migration 0057, hand-written: drizzle cannot say it): the row is its key (intake, person), so
 * the table is that key's b-tree and no second index of it is kept. A migration that rebuilds this table must keep it.
 */
export const intakeComplainants = sqliteTable(
  'intake_complainants',
  {
    intakeId: text('intake_id').notNull().references(() => intakes.id),
    personId: text('person_id').notNull().references(() => persons.id),
    sortOrder: integer('sort_order').notNull(),
    /** An elected representative of the group (调解仲裁法 Art. 7). */
    isRepresentative: flag('is_representative'),
    amountClaimedFen: integer('amount_claimed_fen'),
    note: text('note'),
    // What the person stated at this intake (若干规定: a complaint states them), not durable facts of the person:
    // a worker moves, changes trade and employer between visits, and each record must show what was said then.
    /** 住所 */
    address: text('address'),
    /** 职业 (工种) */
    occupation: text('occupation'),
    /** 工作单位 */
    workplace: text('workplace'),
  },
  (t) => [primaryKey({ columns: [t.intakeId, t.personId] }), index('intake_complainants_person_idx').on(t.personId)],
);
