// What a handler sees: the core's shared services, the caller's session, and which channel was called.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { CoreEvent } from '../../../shared/contract/events';
import type { JobInfo } from '../../../shared/contract/jobs';
import type { StaffRole } from '../../../shared/domain/vocabulary';
import type { Db } from '../../../db/open';
import type * as schema from '../../../db/schema';
import type { Prepare } from '../../../db/statements';
import type { DataDirPaths } from './data-dir';
import type { Logger } from './logger';

export interface Clock {
  now(): number;
}

/** Where a session's calls come from: shown to the administrator (在线连接) and written with every refusal. */
export interface ClientInfo {
  /** 'desktop': this PC's own window; 'bridge': the loopback browser mode; 'server': a desk or browser on the LAN. */
  readonly transport: 'desktop' | 'bridge' | 'server';
  /** The peer's IP address as the transport saw it ('127.0.0.1' for the desktop window and the bridge). */
  readonly address: string;
  /** The browser's User-Agent, cut to 200 characters; null for the desktop window. */
  readonly agent: string | null;
}

/** A caller bound to a transport (one per MessagePort, one per bridge cookie, one per test). */
export interface Session {
  readonly id: string;
  /** Who is calling from where; absent for tests and scripts that open a session in-process. */
  readonly client?: ClientInfo;
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
  /** Calls of this session under way (dispatch counts them). */
  callsInFlight?: number;
  /** The administrator ended this session while a call of its own was under way: signed out when the last one ends. */
  endPending?: boolean;
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
  jobs: Jobs;
  /** Backups, restore and the scheduled integrity check (lives across a restore's reopen). */
  maintenance: MaintenanceService;
  /** The sessions the transports hold open (在线连接). */
  sessions: SessionRegistry;
}

/** The open sessions, for the administrator's list of connections and the act of ending one. */
export interface SessionRegistry {
  /** Every open session, the oldest first. */
  all(): Iterable<Session>;
  /** A session was signed out from elsewhere (the administrator): its transport closes its event streams. */
  ended(session: Session): void;
}

/**
 * What the core needs to decide a call: who, in which unit, with which roles, and the account's state. Declared
 * here, not in session/, so the kernel depends on no feature; session.service.ts reads it from the database.
 */
export interface Principal {
  staffId: string;
  active: boolean;
  inUnit: boolean;
  roles: StaffRole[];
  mustChangePassword: boolean;
  /** The account row's version: bumped by every password change or reset. */
  credentialVersion: number | null;
}

/** Whom a job's audit rows name: the person and session that started it (null for the core's own jobs). */
export interface JobActor {
  staffId: string | null;
  sessionId: string | null;
}

/** Who asks about a job: the person who started it sees it, and so does whoever may run maintenance. */
export interface JobViewer {
  staffId: string | null;
  maintains: boolean;
}

/** Long work in worker threads with progress and cancel (jobs/job-runner.ts implements it). */
export interface Jobs {
  start(kind: JobInfo['kind'], params: unknown, actor: JobActor): JobInfo;
  get(id: string, viewer?: JobViewer): JobInfo;
  cancel(id: string, viewer?: JobViewer): JobInfo;
  /** Waits for a job to finish (tests, shutdown). */
  wait(id: string): Promise<JobInfo>;
  close(): Promise<void>;
}

/** The maintenance channels' service (durability/maintenance.ts implements it). */
export interface MaintenanceService {
  status(core: CoreServices): ChannelOutput<'backup.status'>;
  overview(): ChannelOutput<'backup.overview'>;
  configure(call: CallContext, input: ChannelParsedInput<'backup.configure'>): ChannelOutput<'backup.configure'>;
  /** A manual backup by the caller, summarised. */
  backUpNow(call: CallContext, input: ChannelParsedInput<'backup.run'>): Promise<ChannelOutput<'backup.run'>>;
  verify(call: CallContext, input: ChannelParsedInput<'backup.verify'>): ChannelOutput<'backup.verify'>;
  restore(call: CallContext, input: ChannelParsedInput<'backup.restore'>): Promise<ChannelOutput<'backup.restore'>>;
  recoveryStatus(folder: string | null): ChannelOutput<'recovery.status'>;
}

export interface CallContext {
  core: CoreServices;
  session: Session;
  channel: ChannelName;
  /** Who is calling, as checked for this call (null on public channels). */
  principal?: Principal | null;
}
