import { sqliteTable, text, integer, index, uniqueIndex, check, primaryKey } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { EMPLOYMENT } from '../../shared/domain/vocabulary';
import { caseFiles, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { hearings } from './hearings';
import { services } from './services';
import { staff } from './staff';
import { units } from './units';

/**
 * A proceeding's clock events (受理, 立案, 补正, 送达 …), dated as done, oldest first: the input of the deadline engine.
 * Append-only, like the timeline: a wrong entry is corrected by a later one, never edited.
 */
export const proceedingEvents = sqliteTable(
  'proceeding_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    /** A DeadlineEventKind (shared/domain/deadline-rules.ts). */
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    /** For 'extended': the rule extended. */
    ruleId: text('rule_id'),
    /** The party an event concerns (a service of the award), as the file names it. */
    party: text('party'),
    partyRole: text('party_role', { enum: ['worker', 'employer'] }),
    awardFinality: text('award_finality', { enum: ['final', 'nonFinal'] }),
    /** The service (送达) that recorded it: voiding the service takes the event out of the count. */
    serviceId: text('service_id').references(() => services.id),
    /** The hearing it belongs to (its day, the notice served for it): postponing the hearing takes it out of the count. */
    hearingId: text('hearing_id').references(() => hearings.id),
    /**
     * What recorded it: 'intake', 'service.record', 'blacklisting.expire' …, or for a step of the proceeding itself only
     * '.' and the step ('.file'): the kind before the dot is the proceeding's (proceedings.kind), not stored again on every
     * event (issue #15, a smaller database; migration 0061 rewrote older rows). Read it through clockEventSource.
     */
    source: text('source').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    recordedBy: text('recorded_by').references(() => staff.id),
  },
  (t) => [
    // No (proceeding_id, seq) index: (proceeding_id, kind, date) below serves a proceeding's events too (issue #15: a
    // smaller database); its few rows are sorted by seq after the seek.
    // The statistics: a step's events in a period (受理, 立案, 结案 … by date), electron/core/statistics/*.data.ts.
    index('proceeding_events_kind_date_idx').on(t.kind, t.date),
    // The statistics: one file's first 受理/结案 … (MIN(date) for a proceeding and a kind) in one seek; without it SQLite
    // answered MIN(date) by walking the (kind, date) index over every file's events (docs/performance.md).
    index('proceeding_events_proceeding_kind_date_idx').on(t.proceedingId, t.kind, t.date),
    // The leader's desk: the removals from the blacklist newest recorded first, as far as the page (blacklist.data.ts
    // removalsSince) — only the 'delisted' events (a few bytes an intake), not the window's every removal sorted.
    index('proceeding_events_delisted_idx').on(sql`recorded_at DESC`, t.proceedingId).where(sql`kind = 'delisted'`),
  ],
);

/**
 * Every deadline of every proceeding as the engine computed it at the last event, calendar or parameter change, with
 * its trace and calendar version. `status` never depends on the day it is read (open, paused, met, metLate, extended);
 * due soon and overdue are read against today's date from due_date.
 */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    // No case_file_id: the proceeding's (proceedings.case_file_id); readers join it (issue #15, a smaller database).
    // unit_id stays, though the file has it too: the open-duties index below needs it to read a unit's duties alone.
    unitId: text('unit_id').notNull().references(() => units.id),
    /** A rule id of shared/domain/deadline-rules.ts. */
    ruleId: text('rule_id').notNull(),
    /** The party whose own clock it is ('' when the clock is the proceeding's). */
    party: text('party').notNull().default(''),
    /** The award part whose route it is ('' otherwise): NULLs would make the unique index let duplicates in. */
    awardFinality: text('award_finality').notNull().default(''),
    // No label or citation: both follow from rule_id, party and award_finality through the rule table (clockLabel,
    // clockCitation in shared/domain/deadline-state.ts) and are resolved on read — 0046 dropped ≈130 bytes a clock.
    /** The day the count runs from, after any restart. */
    startDate: text('start_date').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: ['open', 'paused', 'met', 'metLate', 'extended'] }).notNull(),
    metOn: text('met_on'),
    provisional: integer('provisional').notNull().default(0),
    actor: text('actor', { enum: ['bureau', 'party'] }).notNull(),
    nature: text('nature', { enum: ['duty', 'lapse', 'wait'] }).notNull(),
    /**
     * The computation (计算过程) as JSON — stored only where it cannot be recomputed later from the events and the basis
     * of computed_at (a pause still open counts to that day; a provisional date names the years not entered), or where a
     * compaction found it not re-derivable identically. Else NULL: deadlines.trace recomputes it with the same engine.
     */
    trace: text('trace'),
    /** 48 bits of SHA-256 of the trace's JSON: the on-demand trace must hash to it to be shown as the one computed then. */
    traceHash: integer('trace_hash'),
    warnings: text('warnings').notNull().default('[]'),
    calendarVersion: text('calendar_version').notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  (t) => [
    uniqueIndex('deadlines_clock_uq').on(t.proceedingId, t.ruleId, t.party, t.awardFinality),
    // Every desk and the leader's: open duties of the unit by due date and their proceeding, read from the index alone.
    // No (status, due_date) index beside it (every reader of open clocks names the nature and the unit) and no
    // case_file_id index ("mine" reaches a file's clocks by its proceedings through the key above): issue #15, 0060.
    index('deadlines_open_duties_idx').on(t.status, t.nature, t.unitId, t.dueDate, t.proceedingId),
    // The daily 期满移出 (blacklist.data.ts: listingsDue): the term clocks still running, by due date — the ones due
    // are a range of it, so the duty run at every start and tick reads what is due, not every listing (issue #15).
    index('deadlines_blacklist_term_due_idx').on(t.dueDate, t.proceedingId).where(sql`rule_id = 'blacklist.term' AND status = 'open'`),
  ],
);

/** A step sent to a leader (立案审批表, extensions, 中止, blacklist proposals, referrals, closing) and its answer. */
export const approvals = sqliteTable(
  'approvals',
  {
    id: globalId(),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    /** The action of the proceeding's definition. */
    action: text('action').notNull(),
    /** The input the handlers gave, JSON. */
    input: text('input').notNull(),
    requestedBy: text('requested_by').notNull().references(() => staff.id),
    requestedAt: integer('requested_at').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'returned', 'withdrawn'] }).notNull(),
    decidedBy: text('decided_by').references(() => staff.id),
    decidedAt: integer('decided_at'),
    /** The leader's opinion (审批意见), required when returning. */
    opinion: text('opinion'),
    rowVersion: rowVersion(),
  },
  (t) => [
    uniqueIndex('approvals_one_pending_uq').on(t.proceedingId).where(sql`status = 'pending'`),
    index('approvals_status_idx').on(t.status, t.requestedAt),
  ],
);

/**
 * Who works a case file (领导包案、专兼参与): its 包案领导, its 承办人, and participants 专职 or 兼职 — staff of the
 * unit, or people of another body (住建, 公安, 司法, 工会, the project owner) recorded without an account. A member
 * leaves with a reason; the row stays.
 */
export const caseTeam = sqliteTable(
  'case_team',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    role: text('role', { enum: ['leader', 'handler', 'participant'] }).notNull(),
    staffId: text('staff_id').references(() => staff.id),
    /** For a person without an account: the name, their body and how to reach them. */
    name: text('name'),
    organisation: text('organisation'),
    phone: text('phone'),
    employment: text('employment', { enum: EMPLOYMENT.values }).notNull().default('fullTime'),
    addedAt: integer('added_at').notNull(),
    addedBy: text('added_by').references(() => staff.id),
    addReason: text('add_reason'),
    removedAt: integer('removed_at'),
    removedBy: text('removed_by').references(() => staff.id),
    removeReason: text('remove_reason'),
    /** A 包案领导 proposed by the desk waits for the department head's confirmation; one chosen by a manager is confirmed at once. */
    confirmedAt: integer('confirmed_at'),
    confirmedBy: text('confirmed_by').references(() => staff.id),
  },
  (t) => [
    index('case_team_case_file_idx').on(t.caseFileId),
    index('case_team_staff_idx').on(t.staffId, t.removedAt),
    // The proposed 包案领导 waiting for a department head (the leader's desk, team.data.ts PENDING_LEADERS): a handful of
    // rows at any time, in the order the desk lists them; the desk starts from them, not from the unit's open files.
    index('case_team_pending_leader_idx')
      .on(t.addedAt, t.id)
      .where(sql`role = 'leader' AND removed_at IS NULL AND confirmed_at IS NULL`),
  ],
);

/**
 * What the stored deadlines were last computed on — the calendar's version, the deadline settings and the engine's
 * version: a start that finds another basis recomputes every open proceeding.
 */
export const deadlineBasis = sqliteTable('deadline_basis', {
  id: integer('id').primaryKey(),
  basis: text('basis').notNull(),
  computedAt: integer('computed_at').notNull(),
});

/**
 * Where an unfinished deadlines.recompute stopped (recompute.ts), written in the same transaction as each batch of
 * proceedings it commits: the next run on the same basis goes on after `after_id` (proceedings are taken by id
 * ascending) instead of from the first, so a recompute cut by a close or a crash — the whole city's running clocks
 * after a holiday correction — finishes over a few starts. Deleted with the basis written at the end. No row: none
 * left unfinished.
 */
export const deadlineRecomputeCheckpoint = sqliteTable(
  'deadline_recompute_checkpoint',
  {
    id: integer('id').primaryKey(),
    /** basisKey() of the run that wrote it: a run on another basis starts from the first proceeding. */
    basis: text('basis').notNull(),
    /** The last proceeding recomputed. */
    afterId: text('after_id').notNull(),
    /** Proceedings recomputed so far, for the job's progress. */
    done: integer('done').notNull(),
  },
  (t) => [check('deadline_recompute_checkpoint_single_row', sql`${t.id} = 1`)],
);

/**
 * Derived, for a person's desk (electron/core/desk/desk.data.ts countMyFiles): one row per open file and each member
 * of staff who leads it (case_files.leader_staff_id) or is on its team (case_team, not removed). A person's open files
 * are then one range of this table — however many files they had over the years, and however many the unit has open
 * (the count walked the unit's open files, testing each for the person: 66–86 ms at 100,000 intakes, ten times that at
 * 1M). Nothing in the app writes it: triggers in migration 0071_staff_open_files refresh a file's rows in the
 * transaction of every write of a file's status or leader and of its team, so the seed's bulk rows and any later writer
 * keep it too; a migration that rebuilds case_files or case_team must create them again
 * (tests/integration/staff-open-files.test.ts fails otherwise). Stored WITHOUT ROWID (hand-written in the migration).
 */
export const staffOpenFiles = sqliteTable(
  'staff_open_files',
  {
    staffId: text('staff_id').notNull(),
    caseFileId: text('case_file_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.caseFileId] })],
);

/**
 * Derived, for a person's desk (electron/core/desk/desk.data.ts openDuties, countOpenDuties with scope 'mine'): one
 * row per open bureau duty (deadlines status 'open', nature 'duty') and each member of staff who leads its file
 * (case_files.leader_staff_id) or is on the file's team (case_team, not removed), with the duty's unit and due date.
 * A person's overdue and due-soon duties are then one range of staff_open_duties_staff_idx, read as far as the page
 * and counted there — the desk walked the unit's open duties, testing each one's file for the person (5–20 ms at
 * 100,000 intakes, growing with the unit's open work). Nothing in the app writes it: triggers in its migration refresh
 * a duty's rows when a clock is written and a file's rows when its leader or team changes, in the same transaction;
 * a migration that rebuilds deadlines, case_files, case_team or proceedings must create them again
 * (tests/integration/staff-open-duties.test.ts fails otherwise). Stored WITHOUT ROWID (hand-written in the migration).
 */
export const staffOpenDuties = sqliteTable(
  'staff_open_duties',
  {
    deadlineId: text('deadline_id').notNull(),
    staffId: text('staff_id').notNull(),
    unitId: text('unit_id').notNull(),
    dueDate: text('due_date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deadlineId, t.staffId] }), index('staff_open_duties_staff_idx').on(t.staffId, t.unitId, t.dueDate, t.deadlineId)],
);
