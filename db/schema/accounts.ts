import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { rowVersion } from './columns';
import { staff } from './staff';

/**
 * A member of staff's sign-in: an Argon2id hash, never the password. Five failures lock it for fifteen minutes.
 * A temporary password (set by the administrator) must be changed at the next sign-in.
 */
export const accounts = sqliteTable('accounts', {
  staffId: text('staff_id')
    .primaryKey()
    .references(() => staff.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: integer('locked_until'),
  passwordChangedAt: integer('password_changed_at').notNull(),
  lastLoginAt: integer('last_login_at'),
  rowVersion: rowVersion(),
});
