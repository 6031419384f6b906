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
    // The auditor's filter by entity, newest first: the entries end with the rowid, which is seq, so a page reads its
    // rows and stops (by (entity, entity_id) a page sorted every row of the entity: 0.4–3.6 s at 100,000 intakes). On
    // lower(entity), which only the auditor's statement names: on entity itself the planner took it for a proceeding's
    // rows too (no sort for ORDER BY seq) and read every proceeding's. ≈ 235 B an intake at 100,000.
    index('audit_rows_auditor_entity_idx').on(sql`lower(${t.entity})`),
    // The auditor's other filters, newest first: by action, by person, by time.
    index('audit_rows_action_idx').on(t.action, t.seq),
    index('audit_rows_actor_idx').on(t.actor, t.seq),
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
