// createCore: the Node-only core behind every transport (Electron's MessagePort, the loopback bridge, tests).
//
// Start: the data dir is inspected before the database is opened. A missing or empty database where stored files or
// backups show the data dir was in use is not a first run: the core says so and offers a restore (recovery mode)
// instead of creating an empty database. The database gets `PRAGMA quick_check` at every start — synchronously for a
// small file and before any migration, otherwise in a worker while reads and the first screen go ahead; writes wait
// for the verdict, unless the file was closed cleanly and is untouched since (durability/clean-close.ts): then they go
// ahead while the check runs, and a failed check stops them. A damaged file is moved to quarantine (never deleted), writes stop, and the newest good backup is
// offered. Only a healthy database has its unlisted stored files moved aside (file-store.ts sweepOrphans).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { damagedMessage, dirHasEntries, installationRecorded, isCorruption } from './durability/database-state';
import { join, relative } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { channels, type ChannelName } from '../../shared/contract/channels';
import { isChannelName } from '../../shared/contract/channel-names';
import type { CoreEvent } from '../../shared/contract/events';
import { fail, type AppError, type Result } from '../../shared/contract/result';
import { DatabaseError } from '../../db/errors';
import { migrate, pendingMigrations, readMigrations } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import * as schema from '../../db/schema';
import { statementCache } from '../../db/statements';
import { DEFAULT_PASSWORD_COST } from './accounts/passwords';
import type { ClientInfo, Clock, CoreServices, PasswordCost, Session } from './kernel/context';
import { dataDirPaths, prepareDataDir, type DataDirPaths } from './kernel/data-dir';
import { ensureBundledCalendar } from './deadlines/calendar.service';
import { dispatch } from './dispatch';
import { listBackups, writeBackupSync } from './durability/backup';
import { backupSettingsExist, readBackupSettings } from './durability/backup-settings';
import { checkInWorker, checkNow, type IntegrityVerdict } from './durability/integrity';
import { recordCleanClose, takeCleanClose } from './durability/clean-close';
import { Maintenance, type RecoveryState } from './durability/maintenance';
import { recoveryDispatch } from './durability/recovery-dispatch';
import { countStoredFiles, quarantineDatabase, quarantinedFilesDir } from './durability/quarantine';
import { sweepOrphans } from './files/file-store';
import { JobRunner } from './jobs/job-runner';
import { startUpgradeJobs } from './jobs/upgrade-jobs';
import { recomputeIfStale } from './deadlines/recompute-trigger';
import { betweenCalls } from './durability/between-calls';
import { removeExpiredListings } from './blacklist/blacklist-expiry';
import { createFileLogger, type Logger } from './kernel/logger';
import { RefusalLog, type Refusal } from './audit/refusals';
import { startupClock, type StartupTimings } from './kernel/startup-timings';
import { acquireInstanceLock, DataDirInUseError, type InstanceLock, type LockHolderKind } from './kernel/instance-lock';
import { handedOverMessage, handoverState, type HandoverState } from './durability/handover';

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
  /** 'auto': quick_check in place for a small file, in a worker for a large one; 'worker' always (tests). */
  startupCheck?: 'auto' | 'worker';
  /** Run the backup/integrity scheduler (default true; tests drive `maintenance.tick()` themselves). */
  scheduler?: boolean;
  /** Merge the term postings' second tier in the background (default true; tests that compare the index's rows call
   * search/postings-merge.ts themselves). */
  postingsMerge?: boolean;
  /** Who holds the data dir's lock (kernel/instance-lock.ts), for the refusal another program sees; default 'desktop'. */
  instanceKind?: LockHolderKind;
  /** false: take no data-dir lock. Only for the tests that open a second core on purpose to prove that SQLite's own
   * transactions keep number series single across connections (documents-core, arbitration-series). */
  instanceLock?: boolean;
}

export interface Core {
  dispatch(session: Session, channel: string, input: unknown): Promise<Result<unknown>>;
  events: { subscribe(listener: (event: CoreEvent) => void): () => void };
  /** A new caller; `client` says where its calls come from (the transports pass it, tests may omit it). */
  openSession(client?: ClientInfo): Session;
  closeSession(session: Session): void;
  /** Hears a session the administrator signed out (connections.end): its transport closes its event streams. */
  onSessionEnded(listener: (session: Session) => void): () => void;
  /** A transport refused a request (foreign Origin, rate limit …): on the audit trail, throttled (audit/refusals.ts). */
  recordRefusal(client: ClientInfo, refusal: Refusal): void;
  /** Why the core could not open its database (a newer version made it, a network share, lost, damaged …), or null. */
  readonly startupError: AppError | null;
  /** Settles when writes may go ahead: at the start-up check's verdict, or at once after a clean close (clean-close.ts). */
  readonly writesReady: Promise<void>;
  close(): Promise<void>;
  /** For tests and the demo seeder only. */
  readonly services: CoreServices | null;
  readonly maintenance: Maintenance;
  /** Settles once the integrity checks under way (at start, or after a call met corruption) have given their verdict. */
  checksSettled(): Promise<void>;
  /** Where the last start's time went (kernel/startup-timings.ts). */
  readonly startup: StartupTimings;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Below this size quick_check takes milliseconds: run it before answering anything. */
const SYNC_CHECK_MAX_BYTES = 64 * 1024 * 1024;
const SCHEDULER_INTERVAL_MS = 30 * 60 * 1000;
const SCHEDULER_FIRST_TICK_MS = 60 * 1000;

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(100);
  const emit = (e: CoreEvent) => emitter.emit('event', e);
  const sessions = new Map<string, Session>();
  const sessionRegistry = { all: () => sessions.values(), ended: (session: Session) => void emitter.emit('sessionEnded', session) };
  const appVersion = options.appVersion ?? '0.0.0-dev';
  const refusals = new RefusalLog();

  let services: CoreServices | null = null;
  let startupError: AppError | null = null;
  let recovery: RecoveryState | null = null;
  let writesReady: Promise<void> = Promise.resolve();
  /** The start-up check still running after writes were let go ahead (a clean close), or settled. */
  let startCheck: Promise<void> = Promise.resolve();
  let paths: DataDirPaths = dataDirPaths(options.dataDir);
  let logger: Logger = options.logger ?? { info() {}, warn() {}, error: (m, d) => process.stderr.write(`${m} ${JSON.stringify(d ?? {})}\n`) };
  let closed = false;
  let timings = startupClock();
  let lock: InstanceLock | null = null;
  /** Set when this database was handed to the bureau server: every change is refused (durability/handover.ts). */
  let handedOver: HandoverState | null = null;

  const enterRecovery = (state: RecoveryState) => {
    recovery = state;
    startupError = { code: state.kind === 'damaged' ? 'DB_CORRUPT' : 'DB_LOST', message: state.message, fields: null };
    logger.error('core in recovery mode', { kind: state.kind, quarantinedTo: state.quarantinedTo, storedFiles: state.storedFiles });
  };

  const quarantineDamaged = (problems: string[]) => {
    const dir = quarantineDatabase(paths, 'damaged', clock.now());
    const where = relative(paths.root, dir);
    logger.error('database failed its integrity check and was moved to quarantine', { problems, to: dir });
    enterRecovery({ kind: 'damaged', message: damagedMessage(where), quarantinedTo: where, storedFiles: countStoredFiles(paths.files) });
  };

  /** The start-up check's verdict on a database that passed it (or whose check could not run): the stored files' sweep. */
  const afterVerdict = (verdict: IntegrityVerdict) => {
    if (verdict.inconclusive) {
      // A check that could not run says nothing of the file: a database that may be damaged is no list to judge the
      // store by, so nothing is moved until a start whose check ran and passed.
      logger.warn('unlisted stored files not swept: the integrity check at start could not be run');
    } else {
      // File times are wall-clock times, whatever clock the core runs on.
      const swept = timings.time(timings.afterCheck, 'sweepFiles', () => sweepOrphans(paths.files, services!.prepare, Date.now(), quarantinedFilesDir(paths)));
      if (swept.quarantined.length) logger.warn('unlisted stored files moved to quarantine', { files: swept.quarantined, to: quarantinedFilesDir(paths) });
      if (swept.leftInPlace) logger.warn('unlisted stored files left in place: the database may be older than the file store', { count: swept.leftInPlace, reason: swept.reason });
    }
    logger.info('integrity check at start', { ok: !verdict.inconclusive, kind: verdict.kind, ms: verdict.ms });
  };

  /** The work that writes at start, once writes may go ahead. */
  const startWork = (core: CoreServices) => {
    const t = timings.afterCheck;
    const added = timings.time(t, 'calendar', () => ensureBundledCalendar(core, { db: core.db, prepare: core.prepare, now: clock.now(), actorStaffId: null, sessionId: null, channel: 'system.calendar' }));
    if (added.length) logger.info('calendar years added from the bundled data', { years: added });
    startUpgradeJobs(core, logger, (name, fn) => timings.time(t, name, fn));
    const recompute = timings.time(t, 'deadlinesBasis', () => recomputeIfStale(core, { staffId: null, sessionId: null }));
    if (recompute) logger.info('stored deadlines computed on another basis (calendar, settings or engine): recomputed', recompute);
    timings.time(t, 'dailyDuties', () => dailyDuties(core));
    logger.info('work after the integrity verdict', { ms: t });
  };

  /** After the database passed its check: the sweep, then the work that writes at start. */
  const afterCheck = (core: CoreServices, verdict: IntegrityVerdict) => {
    afterVerdict(verdict);
    startWork(core);
  };

  /** The duties the bureau's clock performs each day (期满移出): at start, catching up the days the PC was off, and on each tick. */
  const dailyDuties = (core: CoreServices) => {
    if (handedOver) return;
    try {
      removeExpiredListings(core);
    } catch (e) {
      logger.error('daily duties failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  };

  const signOutEveryone = () => {
    for (const s of sessions.values()) Object.assign(s, { staffId: null, authenticatedAt: null, credentialVersion: null, locked: false } satisfies Partial<Session>);
  };

  /** Closes the database; a healthy one is checkpointed first, a damaged one is left with its WAL to be moved whole. */
  const shutDown = async (healthy = true) => {
    const s = services;
    services = null;
    if (!s) return;
    await s.jobs.close();
    if (s.db.open) {
      if (healthy) s.db.pragma('wal_checkpoint(TRUNCATE)');
      s.db.close();
      if (healthy) recordCleanClose(paths.root, paths.dbFile, clock.now());
    }
  };

  const maintenance: Maintenance = new Maintenance({
    get paths() {
      return paths;
    },
    clock,
    get logger() {
      return logger;
    },
    appVersion,
    migrationsDir: options.migrationsDir,
    emit,
    services: () => services,
    recovery: () => recovery,
    async reopenAround<T>(swap: () => T): Promise<T> {
      await shutDown();
      signOutEveryone();
      try {
        return swap();
      } finally {
        recovery = null;
        startupError = null;
        open();
      }
    },
    damaged: (problems: string[]) => damaged(problems),
  });

  let rechecking: Promise<void> | null = null;
  /** SQLite reported corruption during a call: check the whole file now, and stop writing if it fails. */
  function recheckAfterCorruption(): Promise<void> {
    const core = services;
    if (!core || rechecking) return rechecking ?? Promise.resolve();
    logger.error('corruption reported during a call: checking the whole file');
    rechecking = checkInWorker(paths.dbFile, 'full')
      .then(async (v) => {
        if (v.inconclusive) logger.error('integrity check could not be run', { problems: v.problems });
        else if (!v.ok && services === core && !closed) await damaged(v.problems);
      })
      .finally(() => (rechecking = null));
    return rechecking;
  }

  async function damaged(problems: string[]): Promise<void> {
    await shutDown(false);
    signOutEveryone();
    quarantineDamaged(problems);
    emit({ type: 'core.reset', reason: 'damaged' });
  }

  function open(): void {
    let db: Db | null = null;
    timings = startupClock();
    try {
      paths = prepareDataDir(options.dataDir);
      logger = options.logger ?? createFileLogger(paths.logs, { now: clock.now });
      // One program per data dir, across processes: the desktop app and the server never open it together.
      if (options.instanceLock !== false) lock ??= acquireInstanceLock(paths.root, options.instanceKind ?? 'desktop');
      const settings = readBackupSettings(paths);
      const inUse = (countOwnCopies = true) => {
        const storedFiles = countStoredFiles(paths.files);
        const backups = settings.folder ? listBackups(settings.folder).length : 0;
        // Anything quarantined, and the data dir's own copies made before migrations, are traces of use as well —
        // the copies only where there is no schema (a schema nobody set up is copied too when the app is upgraded).
        const ownTraces = (countOwnCopies && dirHasEntries(paths.backups)) || dirHasEntries(join(paths.root, 'quarantine'));
        return { storedFiles, evidence: storedFiles > 0 || backups > 0 || backupSettingsExist(paths) || ownTraces };
      };
      const lost = (storedFiles: number) =>
        enterRecovery({
          kind: 'lost',
          message:
            `数据库文件缺失或为空，但数据目录中仍有${storedFiles ? ` ${storedFiles} 个已存文件` : '以往使用的痕迹（备份设置或备份）'}。这不是首次运行，薪安不会新建空数据库。` +
            '请从备份恢复；如确实要重新开始，请先将数据目录中的 files、quarantine 文件夹和 backup-settings.json 移到别处，再启动薪安。',
          quarantinedTo: null,
          storedFiles,
        });

      const size = existsSync(paths.dbFile) ? statSync(paths.dbFile).size : null;
      // Taken before the file is opened (opening may write it), and whatever follows: a start that crashes leaves no mark.
      const cleanClose = takeCleanClose(paths.root, paths.dbFile);
      if (size === null || size === 0) {
        const u = inUse();
        if (u.evidence) return lost(u.storedFiles);
      }
      try {
        db = openDatabase(paths.dbFile);
      } catch (e) {
        if (!isCorruption(e)) throw e;
        return quarantineDamaged([(e as Error).message]);
      }
      timings.mark('open');
      const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n;
      if (tables === 0) {
        const u = inUse();
        if (u.evidence) {
          db.close();
          db = null;
          return lost(u.storedFiles);
        }
      }
      if (tables > 0 && !installationRecorded(db)) {
        // Tables but no installation: a schema nobody set up. Beside stored files or backups it is not a first run
        // either (a database replaced by an empty one the app made elsewhere); the sweep would take every file for an orphan.
        const u = inUse(false);
        if (u.evidence) {
          db.close();
          db = null;
          return lost(u.storedFiles);
        }
      }
      timings.mark('inspect');
      const pending = tables > 0 ? pendingMigrations(db, readMigrations(options.migrationsDir)) : [];
      timings.mark('migrationsCheck');
      let verdict: IntegrityVerdict | null = null;
      if (tables > 0 && (pending.length > 0 || (options.startupCheck !== 'worker' && (size ?? 0) <= SYNC_CHECK_MAX_BYTES))) {
        verdict = checkNow(db, 'quick');
        timings.mark('quickCheck');
        timings.quickCheck = 'inPlace';
        if (!verdict.ok && !verdict.inconclusive) {
          db.close();
          db = null;
          return quarantineDamaged(verdict.problems);
        }
      }
      if (pending.length > 0 && settings.folder) {
        try {
          const ref = writeBackupSync({ db, paths, folder: settings.folder, kind: 'beforeMigrate', now: clock.now(), appVersion, note: `升级到 ${appVersion} 之前` });
          logger.info('backup before migration', { backup: ref.manifest.id });
        } catch (e) {
          // The migration still keeps its own copy in the data dir's backups/ (db/migrate.ts).
          logger.warn('backup before migration failed', { error: (e as Error).message });
        }
      }
      // Nothing pending (checked above): the migrations are not read and hashed a second time.
      const result = tables === 0 || pending.length > 0 ? migrate(db, { migrationsDir: options.migrationsDir, backupDir: paths.backups, appVersion, now: clock.now }) : { applied: [], backupFile: null };
      timings.mark('migrate');
      if (result.applied.length) logger.info('database migrated', { applied: result.applied, backup: result.backupFile });
      const prepare = statementCache(db);
      const jobs = new JobRunner({ db, prepare, dbFile: paths.dbFile, clock, logger, emit, documentBodyFont: options.documentBodyFont });
      const core: CoreServices = {
        db,
        orm: drizzle(db, { schema }),
        prepare,
        clock,
        logger,
        config: { appVersion, offerDemo: options.offerDemo ?? false, migrationsDir: options.migrationsDir, paths, passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST, documentBodyFont: options.documentBodyFont },
        emit,
        jobs,
        maintenance,
        sessions: sessionRegistry,
      };
      services = core;
      handedOver = handoverState(db);
      timings.mark('services');
      if (verdict) {
        afterCheck(core, verdict);
        writesReady = Promise.resolve();
      } else {
        if (tables > 0) timings.quickCheck = cleanClose.trusted ? 'background' : 'worker';
        // A fresh database (no tables before the migrations) has nothing to check.
        const check = (onPass: (v: IntegrityVerdict) => void) =>
          checkInWorker(paths.dbFile, 'quick').then(async (v) => {
            timings.afterCheck.quickCheckInWorker = v.ms;
            if (closed || services !== core) return;
            // A check that could not run says nothing of the file: the core goes on, and the log says so.
            if (v.ok || v.inconclusive) {
              if (v.inconclusive) logger.error('integrity check at start could not be run', { problems: v.problems });
              onPass(v);
            } else await damaged(v.problems);
          });
        if (tables === 0) writesReady = Promise.resolve(afterCheck(core, { ok: true, kind: 'quick', problems: [], ms: 0 }));
        else if (cleanClose.trusted) {
          startWork(core);
          writesReady = Promise.resolve();
          startCheck = check(afterVerdict);
        } else writesReady = check((v) => afterCheck(core, v));
      }
      timings.mark(verdict || tables === 0 ? 'afterCheck' : 'workerStart');
      logger.info('core opened', { ms: timings.phases, quickCheck: timings.quickCheck });
    } catch (e) {
      const d = db as Db | null;
      if (d?.open) d.close();
      services = null;
      const message = e instanceof Error ? e.message : String(e);
      startupError = {
        code: e instanceof DatabaseError && e.code === 'DB_NEWER' ? 'DB_NEWER' : 'DB_UNAVAILABLE',
        message: e instanceof DatabaseError || e instanceof DataDirInUseError ? e.message : `无法打开数据目录：${message.replace(/(\/|[A-Za-z]:\\)[^\s：，。）)]*/g, '…')}`,
        fields: null,
      };
      const cause = (e as { cause?: unknown }).cause;
      logger.error('core failed to start', { error: message, cause: cause instanceof Error ? cause.message : cause === undefined ? null : String(cause), dataDir: paths.root });
    }
  }

  open();
  const timers: NodeJS.Timeout[] = [];
  // Off the calls' path: the term postings' merge, the WAL checkpoint (durability/between-calls.ts).
  const between = betweenCalls({ target: () => services, paused: () => !!handedOver || closed || maintenance.busyRestoring, writesReady: () => writesReady, onError: (what, e) => logger.error(what, { error: e instanceof Error ? e.message : String(e) }) }, (options.postingsMerge ?? true) ? timers : null);
  if (options.scheduler ?? true) {
    timers.push(setTimeout(() => void maintenance.tick(), SCHEDULER_FIRST_TICK_MS).unref());
    timers.push(setInterval(() => void maintenance.tick(), SCHEDULER_INTERVAL_MS).unref());
    timers.push(setInterval(() => services && !maintenance.busyRestoring && dailyDuties(services), SCHEDULER_INTERVAL_MS).unref());
  }

  return {
    get startupError() {
      return startupError;
    },
    get services() {
      return services;
    },
    get writesReady() {
      return writesReady;
    },
    get startup() {
      return timings;
    },
    maintenance,
    async checksSettled() {
      await writesReady;
      await startCheck;
      await rechecking;
    },
    dispatch: async (session, channel, input) => {
      if (maintenance.busyRestoring) return fail('DB_UNAVAILABLE', '正在从备份恢复数据，请稍候再试；本次操作未执行');
      if (recovery && (channel === 'recovery.status' || channel === 'recovery.restore')) return recoveryDispatch(maintenance, logger, channel, input);
      if (!services) return { ok: false, error: startupError ?? { code: 'DB_UNAVAILABLE', message: '数据库未打开', fields: null } };
      between.called(channel);
      if (isChannelName(channel) && channels[channel as ChannelName].kind === 'mutation') {
        // A handed-over copy still lets people sign in (a temporary password changed) and read; every change goes to the server.
        if (handedOver && !channel.startsWith('session.') && channel !== 'account.changePassword') return fail('FORBIDDEN', handedOverMessage(handedOver));
        await writesReady;
        if (!services) return { ok: false, error: startupError! };
      }
      const result = await dispatch(services, null, session, channel, input);
      if (!result.ok && result.error.code === 'DB_CORRUPT') void recheckAfterCorruption();
      return result;
    },
    events: {
      subscribe(listener) {
        emitter.on('event', listener);
        return () => emitter.off('event', listener);
      },
    },
    openSession(client) {
      const now = clock.now();
      const session: Session = { id: randomUUID(), ...(client ? { client } : {}), staffId: null, authenticatedAt: null, credentialVersion: null, locked: false, idleLockMs: 0, openedAt: now, lastSeenAt: now };
      sessions.set(session.id, session);
      return session;
    },
    closeSession(session) {
      sessions.delete(session.id);
    },
    onSessionEnded(listener) {
      emitter.on('sessionEnded', listener);
      return () => emitter.off('sessionEnded', listener);
    },
    recordRefusal: (client, refusal) => refusals.record(maintenance.busyRestoring ? null : services, logger, client, refusal),
    async close() {
      closed = true;
      if (services) refusals.flush(services);
      for (const t of timers) clearTimeout(t);
      await writesReady.catch(() => undefined);
      await startCheck.catch(() => undefined);
      await shutDown();
      lock?.release();
      lock = null;
      emitter.removeAllListeners();
    },
  };
}
