// createCore: the Node-only core behind every transport (Electron's MessagePort, the loopback bridge, tests).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { CoreEvent } from '../../shared/contract/events';
import type { AppError, Result } from '../../shared/contract/result';
import { DatabaseError } from '../../db/errors';
import { migrate } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import * as schema from '../../db/schema';
import { statementCache } from '../../db/statements';
import { DEFAULT_PASSWORD_COST } from './accounts/passwords';
import type { Clock, CoreServices, PasswordCost, Session } from './context';
import { dataDirPaths, prepareDataDir } from './data-dir';
import { ensureBundledCalendar } from './deadlines/calendar.service';
import { dispatch } from './dispatch';
import { sweepOrphans } from './files/file-store';
import { JobRunner } from './jobs/job-runner';
import { createFileLogger, type Logger } from './logger';

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  clock?: Clock;
  logger?: Logger;
  appVersion?: string;
  offerDemo?: boolean;
  /** Argon2id cost for new hashes (tests lower it); stored hashes carry their own and are upgraded at sign-in. */
  passwordCost?: PasswordCost;
  /** See CoreConfig.documentBodyFont. */
  documentBodyFont?: string | null;
}

export interface Core {
  dispatch(session: Session, channel: string, input: unknown): Promise<Result<unknown>>;
  events: { subscribe(listener: (event: CoreEvent) => void): () => void };
  openSession(): Session;
  closeSession(session: Session): void;
  /** Why the core could not open its database (a newer version made it, a network share, …), or null. */
  startupError: AppError | null;
  close(): Promise<void>;
  /** For tests and the demo seeder only. */
  services: CoreServices | null;
}

export const systemClock: Clock = { now: () => Date.now() };

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(100);
  const emit = (e: CoreEvent) => emitter.emit('event', e);
  const sessions = new Map<string, Session>();
  const appVersion = options.appVersion ?? '0.0.0-dev';

  let services: CoreServices | null = null;
  let startupError: AppError | null = null;
  let db: Db | null = null;
  let logger: Logger = options.logger ?? { info() {}, warn() {}, error: (m, d) => process.stderr.write(`${m} ${JSON.stringify(d ?? {})}\n`) };
  try {
    const paths = prepareDataDir(options.dataDir);
    logger = options.logger ?? createFileLogger(paths.logs, { now: clock.now });
    db = openDatabase(paths.dbFile);
    const result = migrate(db, { migrationsDir: options.migrationsDir, backupDir: paths.backups, appVersion, now: clock.now });
    if (result.applied.length) logger.info('database migrated', { applied: result.applied, backup: result.backupFile });
    const prepare = statementCache(db);
    const jobs = new JobRunner({ db, prepare, dbFile: paths.dbFile, clock, logger, emit, documentBodyFont: options.documentBodyFont });
    services = {
      db,
      orm: drizzle(db, { schema }),
      prepare,
      clock,
      logger,
      config: { appVersion, offerDemo: options.offerDemo ?? false, migrationsDir: options.migrationsDir, paths, passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST, documentBodyFont: options.documentBodyFont },
      emit,
      jobs,
    };
    const added = ensureBundledCalendar(services, { db, prepare, now: clock.now(), actorStaffId: null, sessionId: null, channel: 'system.calendar' });
    if (added.length) logger.info('calendar years added from the bundled data', { years: added });
    // File times are wall-clock times, whatever clock the core runs on.
    const swept = sweepOrphans(paths.files, prepare, Date.now());
    if (swept.removed) logger.warn('orphan files removed from the file store', swept);
  } catch (e) {
    db?.close();
    db = null;
    const message = e instanceof Error ? e.message : String(e);
    startupError = {
      code: e instanceof DatabaseError && e.code === 'DB_NEWER' ? 'DB_NEWER' : 'DB_UNAVAILABLE',
      message: e instanceof DatabaseError ? e.message : `无法打开数据目录 ${dataDirPaths(options.dataDir).root}：${message}`,
      fields: null,
    };
    logger.error('core failed to start', { error: message });
  }

  return {
    startupError,
    services,
    dispatch: (session, channel, input) => {
      if (!services) return Promise.resolve({ ok: false, error: startupError! });
      return dispatch(services, startupError, session, channel, input);
    },
    events: {
      subscribe(listener) {
        emitter.on('event', listener);
        return () => emitter.off('event', listener);
      },
    },
    openSession() {
      const now = clock.now();
      const session: Session = { id: randomUUID(), staffId: null, authenticatedAt: null, credentialVersion: null, locked: false, idleLockMs: 0, openedAt: now, lastSeenAt: now };
      sessions.set(session.id, session);
      return session;
    },
    closeSession(session) {
      sessions.delete(session.id);
    },
    async close() {
      await services?.jobs.close();
      emitter.removeAllListeners();
      if (db?.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
