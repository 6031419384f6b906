// The one shape every channel answers in. A failure carries a Chinese message for the user and, for bad
// input, a message per field (keys are dotted paths into the input, e.g. "complainants.3.idNumber").
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  /** A step the proceeding's state does not allow yet; the message says what must happen first. */
  'STEP_BLOCKED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  /** The account is locked after repeated failed sign-ins. */
  'ACCOUNT_LOCKED',
  /** The screen is locked (idle or by the person); only unlocking or signing out is possible. */
  'SESSION_LOCKED',
  /** A temporary password must be changed before any work. */
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'UNKNOWN_CHANNEL',
  'DB_NEWER',
  'DB_UNAVAILABLE',
  /** The disk refused a write (full, removed or failing); nothing was saved. */
  'DISK_FULL',
  /** The database is damaged: it was moved to quarantine (or is refused) and writes stop; restore from a backup. */
  'DB_CORRUPT',
  /** The database is missing or empty, but the data dir holds stored files or backups: not a first run. */
  'DB_LOST',
  'CANCELLED',
  'INTERNAL',
  /** Made by the renderer, never the core: the server (or the loopback bridge) cannot be reached; nothing was sent. */
  'OFFLINE',
  /** Made by the renderer: a call that changes data was sent but its answer never came; whether it took is unknown. */
  'UNCONFIRMED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  fields: z.record(z.string(), z.string()).nullable(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: appErrorSchema })]);

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields: Record<string, string> | null = null): Result<never> {
  return { ok: false, error: { code, message, fields } };
}

/** Thrown by the renderer's client when a call fails, so query libraries see a rejected promise. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppErrorException';
  }
}
