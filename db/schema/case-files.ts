import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { CASE_STATUS, PROCEEDING_KIND, PARTY_ROLE } from '../../shared/domain/vocabulary';
import { createdAt, flag, globalId, rowVersion, updatedAt } from './columns';
import { parties } from './parties';
import { persons } from './persons';
import { staff } from './staff';
import { units } from './units';

/** One matter's file (案卷). It groups proceedings — linked, never merged — under one 包案领导. */
export const caseFiles = sqliteTable(
  'case_files',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    unitId: text('unit_id').notNull().references(() => units.id),
    title: text('title').notNull(),
    /** 领导包案: the leader who answers for the case. */
    leaderStaffId: text('leader_staff_id').references(() => staff.id),
    collective: flag('collective'),
    urgent: flag('urgent'),
    status: text('status', { enum: CASE_STATUS.values }).notNull(),
    openedAt: integer('opened_at').notNull(),
    closedAt: integer('closed_at'),
    sourceIntakeId: text('source_intake_id'),
    /** When its personal data was made anonymous after the retention period (retention.service); the file stays. */
    anonymisedAt: integer('anonymised_at'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_files_opened_idx').on(t.openedAt, t.seq),
    // The case list's pages (cases.service.ts): the unit's files newest first.
    index('case_files_unit_opened_idx').on(t.unitId, t.openedAt, t.seq),
    // The case list's rare filters in list order: by the list-order index a unit with no urgent file read every file
    // (0.1–0.5 s at 100,000 intakes; issue #15). Partial, and taken for a bound `c.urgent = ?` too (SQLite compares
    // the bound value and re-prepares if it changes): a few bytes an intake (collective 2.2 B at 100,000).
    index('case_files_urgent_idx').on(t.unitId, t.openedAt, t.seq).where(sql`urgent = 1`),
    index('case_files_collective_idx').on(t.unitId, t.openedAt, t.seq).where(sql`collective = 1`),
    // The desk's open urgent and collective files, in the order it shows them, and their count: only the open flagged
    // files are in it (a few bytes an intake), so the desk reads its page and counts the open ones, not the history
    // of flagged files nor every open file (desk.data.ts urgentFiles; 114–120 ms at 1M before, issue #15).
    index('case_files_open_flagged_idx')
      .on(t.unitId, sql`urgent DESC`, sql`opened_at DESC`, t.id, t.collective, t.status)
      .where(sql`status = 'open' AND (urgent = 1 OR collective = 1)`),
    index('case_files_leader_idx').on(t.leaderStaffId),
    // The retention list: closed files by closing date.
    index('case_files_status_closed_idx').on(t.status, t.closedAt),
  ],
);

/**
 * A proceeding inside a case file: an inspection case, a mediation, one arbitration case per worker, a
 * police referral, a blacklist listing. Each has its own number (given at 受理/立案) and state machine.
 */
export const proceedings = sqliteTable(
  'proceedings',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    kind: text('kind', { enum: PROCEEDING_KIND.values }).notNull(),
    number: text('number'),
    /** A status of the kind's definition (shared/domain/proceedings). */
    status: text('status').notNull(),
    /** The department that took it (签收, 归口办理); null until one does. Its head may act on it. */
    departmentId: text('department_id'),
    openedAt: integer('opened_at').notNull(),
    closedAt: integer('closed_at'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('proceedings_case_file_idx').on(t.caseFileId),
    // The leader's desk: open files by stage and by department, and the case list's stage filter.
    index('proceedings_kind_status_idx').on(t.kind, t.status, t.caseFileId),
    uniqueIndex('proceedings_number_uq').on(t.kind, t.number).where(sql`number IS NOT NULL`),
    // The month's statistics (上期结转): the proceedings not closed, a partial index of the open work only — a closed
    // one, or one never accepted (不予受理), never carries over without a 结案 dated in or after the period.
    index('proceedings_open_idx').on(t.kind, t.caseFileId).where(sql`status NOT IN ('closed', 'notAccepted')`),
    // The leader's desk: employers taken off the blacklist lately (blacklist.data.ts removalsSince), by when — not
    // every removal of the history through its 'delisted' event.
    index('proceedings_blacklist_removed_idx').on(t.closedAt).where(sql`kind = 'blacklisting' AND status = 'removed'`),
  ],
);

/** Who stands in a proceeding, and as what: a party (organisation/individual) or a person (a worker). */
export const proceedingParties = sqliteTable(
  'proceeding_parties',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    role: text('role', { enum: [...PARTY_ROLE.values, 'complainant', 'applicant', 'respondent', 'thirdParty'] }).notNull(),
    partyId: text('party_id').references(() => parties.id),
    personId: text('person_id').references(() => persons.id),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('proceeding_parties_proceeding_idx').on(t.proceedingId),
    // The employer view: every proceeding a party stands in (electron/core/employers). Partial: a row is a party or a
    // person, so a worker's row has no entry here, nor a party's in the person index (issue #15, a smaller database);
    // `party_id = ?` implies IS NOT NULL, so every reader by party or person still seeks (tests/integration/query-plans).
    index('proceeding_parties_party_idx').on(t.partyId).where(sql`party_id IS NOT NULL`),
    // The tribunal's conflict check: the other proceedings a worker stands in (electron/core/arbitration/recusal.data.ts).
    index('proceeding_parties_person_idx').on(t.personId).where(sql`person_id IS NOT NULL`),
  ],
);
