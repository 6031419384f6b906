import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Every write, with who, when, through which channel and what changed. Append-only (triggers) and
 * hash-chained: hash = SHA-256(previous hash || canonical row), so an edited, deleted or inserted row shows.
 * `format` says which rule a row was written (and is verified) under — db/audit-chain.ts: 1 stores the previous
 * hash in prev_hash; 2 leaves prev_hash '' (the link is the previous row's hash) and stores an update as what changed.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    actorStaffId: text('actor_staff_id'),
    sessionId: text('session_id'),
    channel: text('channel').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    change: text('change').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    format: integer('format').notNull().default(1),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    // The auditor's filters, newest first: by action, by person, by time.
    index('audit_log_action_idx').on(t.action, t.seq),
    index('audit_log_actor_idx').on(t.actorStaffId, t.seq),
    index('audit_log_at_idx').on(t.at),
  ],
);
