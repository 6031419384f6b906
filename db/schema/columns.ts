// Column helpers every mutable table shares: a stable global id, a row version for optimistic
// concurrency, and epoch-ms timestamps (dates as 'YYYY-MM-DD' Asia/Shanghai keys live in their own columns).
import { integer, text } from 'drizzle-orm/sqlite-core';

export const globalId = () => text('id').primaryKey();
export const rowVersion = () => integer('row_version').notNull().default(1);
export const createdAt = () => integer('created_at').notNull();
export const updatedAt = () => integer('updated_at').notNull();
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);
