import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';

/**
 * Every write, with who, when, through which channel and what changed. Append-only (triggers) and
 * hash-chained: hash = SHA-256(previous hash || canonical row), so an edited, deleted or inserted row shows.
 * `format` says which rule a row was written (and is verified) under — db/audit-chain.ts.
 *
 * This is the stored form (issue #15: a smaller trail). The ids are kept compact — the acting staff member as a
 * number of `audit_actors`, a session id and an entity id that are UUIDs as their 16 bytes (any other entity id as
 * its text) — and the hash still covers the ids as text. Nothing reads this table but db/audit-rows.ts: everyone
 * else reads the view `audit_log` (migration 0060), which gives every row back as the app knows it.
 */
export const auditRows = sqliteTable(
  'audit_rows',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** audit_actors.n of the acting staff member. */
    actor: integer('actor'),
    /** 16 bytes (a UUID) or text. */
    sessionId: blob('session_id'),
    channel: text('channel').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    /** 16 bytes (a UUID) or text. */
    entityId: blob('entity_id'),
    change: text('change').notNull(),
    /** Format 1 only: its stored copy of the previous row's hash. */
    prevHash: text('prev_hash'),
    /** 32 bytes (format 3 and later) or 64 hex characters (formats 1 and 2). */
    hash: blob('hash').notNull(),
    format: integer('format').notNull(),
  },
  (t) => [
    // A proceeding's own rows (its steps' inputs: proceedings.data, statistics, the employer view), the only entity read
    // by its id: partial, ≈ 120 B an intake at 100,000 where (entity, entity_id) over every row took 474 (issue #15).
    index('audit_rows_proceeding_idx').on(t.entityId, t.entity).where(sql`entity = 'proceeding'`),
    // The auditor's filters (electron/core/audit/audit.service.ts), newest first by (at, seq): each index is the
    // filter's key, then at, then the rowid (seq), so a page — with a date range or without — reads its rows and stops.
    // Ordered by seq, a date range with a filter walked every newer row of the action, person or entity (57 s for a
    // day of 'create' three years back at 300,000 intakes) and a range alone sorted the range's rows (1.7 s a month).
    // The entity's is on lower(entity), which only the auditor's statement names: on entity itself the planner took it
    // for a proceeding's rows too and read every proceeding's.
    index('audit_rows_auditor_entity_idx').on(sql`lower(${t.entity})`, t.at),
    index('audit_rows_action_idx').on(t.action, t.at),
    index('audit_rows_actor_idx').on(t.actor, t.at),
    index('audit_rows_at_idx').on(t.at),
  ],
);

/**
 * The staff members who appear on the trail, numbered in order of first appearance (filled by the writer inside
 * the transaction that first needs one). Append-only; an edited entry changes what the rows resolve to, so the
 * chain no longer verifies.
 */
export const auditActors = sqliteTable('audit_actors', {
  n: integer('n').primaryKey(),
  staffId: text('staff_id').notNull().unique(),
});
