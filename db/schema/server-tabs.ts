import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/**
 * The bureau server's open browser tabs, so a restart does not sign every desk out (electron/core/transport/
 * server-tabs.ts). Only SHA-256 digests of the tab's cookie and secret are kept, never the secrets: a copy of the
 * database opens no tab. Transport state, not a business record: not audited, dropped when idle.
 */
export const serverTabs = sqliteTable('server_tabs', {
  id: text('id').primaryKey(),
  cookieHash: text('cookie_hash').notNull(),
  secretHash: text('secret_hash').notNull(),
  /** The address that opened the tab; calls from any other are refused. */
  address: text('address').notNull(),
  agent: text('agent'),
  /** Who is signed in on the tab (null: the sign-in screen), and the core session's proof of it. */
  staffId: text('staff_id'),
  authenticatedAt: integer('authenticated_at'),
  credentialVersion: integer('credential_version'),
  /** The core session was locked (idle or by hand): it comes back locked, to be unlocked with the password. */
  locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
  lastSeenAt: integer('last_seen_at').notNull(),
});
