// What a channel is: its input and output schema, who may call it, and whether it writes. Each feature declares its
// channels with q() and m() beside its schemas (shared/contract/<feature>.ts); channels.ts joins the tables.
import type { z } from 'zod';
import type { Permission as RolePermission } from '../domain/permissions';
import type { ChannelName } from './channel-names';

/**
 * Who may call a channel: 'public' before anyone signs in; otherwise a permission from shared/domain/permissions
 * ('signedIn' is any signed-in person). The core checks it against the session's roles, read from the database
 * on every call — never from the payload.
 */
export type Permission = 'public' | RolePermission;

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /** Queries read; mutations write through the transaction helper and are audited. */
  kind: 'query' | 'mutation';
}

/** One feature's channels: a name not in CHANNEL_NAMES is refused where the table is written. */
export type ChannelTable = { readonly [K in ChannelName]?: ChannelDef };

/** A query: reads. Its kind (and a 'public' permission) is kept as a literal type, which channels.ts holds against CHANNEL_KINDS. */
export const q = <I extends z.ZodType, O extends z.ZodType, P extends Permission>(input: I, output: O, permission: P): ChannelDef<I, O> & { kind: 'query'; permission: P } => ({
  input,
  output,
  permission,
  kind: 'query',
});
/** A mutation: writes through the transaction helper, audited. */
export const m = <I extends z.ZodType, O extends z.ZodType, P extends Permission>(input: I, output: O, permission: P): ChannelDef<I, O> & { kind: 'mutation'; permission: P } => ({
  input,
  output,
  permission,
  kind: 'mutation',
});
