// What a handler sees: the core's shared services, the caller's session, and which channel was called.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { ChannelName } from '../../../shared/contract/channels';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Db } from '../../../db/open';
import type * as schema from '../../../db/schema';
import type { Prepare } from '../../../db/statements';
import type { DataDirPaths } from './data-dir';
import type { JobRunner } from '../jobs/job-runner';
import type { Maintenance } from '../durability/maintenance';
import type { Logger } from './logger';
import type { Principal } from '../session/session.service';

export interface Clock {
  now(): number;
}

/** A caller bound to a transport (one per MessagePort, one per bridge cookie, one per test). */
export interface Session {
  readonly id: string;
  /** Who is signed in; null until session.login. Never taken from a payload. */
  staffId: string | null;
  /** When this session last proved the password (login, unlock, own password change). */
  authenticatedAt: number | null;
  /** The account's credential version when this session signed in; a reset by the administrator changes it. */
  credentialVersion: number | null;
  /** The screen is locked: only unlocking or signing out is possible. */
  locked: boolean;
  /** Idle time after which the core itself locks the session (0: never); read from the parameters at login. */
  idleLockMs: number;
  readonly openedAt: number;
  /**
   * Why the core ended this session itself (password reset, account stopped), kept until the next sign-in so every
   * call that raced the first refusal is told the same reason, not a bare 请先登录.
   */
  endedReason?: string | null;
  lastSeenAt: number;
}

/** Argon2id cost. Production uses OWASP's figures; tests may pass a lower cost to keep hundreds of sign-ins fast. */
export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
}

export interface CoreConfig {
  appVersion: string;
  /** Whether the first run offers demo data (development scripts), never in a packaged first run. */
  offerDemo: boolean;
  migrationsDir: string;
  paths: DataDirPaths;
  passwordCost: PasswordCost;
  /**
   * The body (仿宋) face for PDFs: undefined looks for the system's 仿宋 and falls back to the shipped Song face; null
   * always uses the shipped face (tests and samples: the same pages on every machine); a path uses that file.
   */
  documentBodyFont?: string | null;
}

export interface CoreServices {
  db: Db;
  orm: BetterSQLite3Database<typeof schema>;
  prepare: Prepare;
  clock: Clock;
  logger: Logger;
  config: CoreConfig;
  emit(event: CoreEvent): void;
  jobs: JobRunner;
  /** Backups, restore and the scheduled integrity check (lives across a restore's reopen). */
  maintenance: Maintenance;
}

export interface CallContext {
  core: CoreServices;
  session: Session;
  channel: ChannelName;
  /** Who is calling, as checked for this call (null on public channels). */
  principal?: Principal | null;
}
