// `npm run seed:large -- --intakes N --data-dir D [--seed S] [--force]`: builds a data dir the app opens as any
// other, with N intakes of ten years (≈3N workers), employers with many cases, case files at every stage of every
// proceeding, timeline, papers' rows, hearings, awards, payments and deadlines — for the scale benchmark
// (`npm run bench -- --intakes N --data-dir D`). The database is made by the app itself (createCore: its migrations,
// its first run, its staff through dispatch); the bulk rows then go in through the app's row shapes, its search index
// (indexIntake), its party and project name index and its deadline engine, in transactions of a few thousand intakes;
// each record gets the audit row its action writes in the app, at its own time, through the app's writer and chain
// (large/audit.ts), so the size includes a bureau's trail. What it skips, and why: docs/performance.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parties, projects } from '../../db/schema';
import { createCore } from '../../electron/core/index';
import type { CoreServices, PasswordCost } from '../../electron/core/kernel/context';
import { currentBasis } from '../../electron/core/deadlines/recompute-trigger';
import { deadlineBasis } from '../../electron/core/deadlines/deadline-basis';
import { silentLogger } from '../../electron/core/kernel/logger';
import { tx, type WriteContext } from '../../electron/core/kernel/tx';
import { indexNameRecord } from '../../electron/core/search/names';
import { initials } from '../../electron/core/search/terms';
import { instantOf } from '../../shared/domain/time';
import { ADMIN, establishStaff, initializeAs } from '../helpers/accounts';
import { clientFor } from '../helpers/client';
import { emptyCounts } from './large/casework';
import { writeIntakes, type World } from './large/intakes';
import { creditCode, employerName, heavyTail, IdNumbers, mobile, projectName, seededRandom } from './large/people';
import { seedAudit } from './large/audit';
import { endListingsAtTerm, SeedClock } from './large/expiry';
import { Ids, rowWriter } from './large/rows';

const REPO = resolve(__dirname, '..', '..');
export const LARGE_UNIT = 'unit-540200';
/** The generated history ends on this day (so the same seed gives the same database on any day). */
export const LARGE_UNTIL = '2026-11-30';
export const LARGE_STAFF = { desk: '次仁卓玛', leader: '李强', inspector: '张伟', arbitrator: '王芳' } as const;

export interface SeedLargeOptions {
  intakes: number;
  dataDir: string;
  seed?: number;
  force?: boolean;
  /** Intakes per transaction. */
  batch?: number;
  log?: (line: string) => void;
  /** Argon2 cost of the staff's passwords (tests pass a cheap one); the production cost by default. */
  passwordCost?: PasswordCost;
}

export interface SeedLargeResult {
  seconds: number;
  /** CPU time of the whole process so far (user + system), seconds: its module loading included. */
  cpuSeconds: number;
  bytes: number;
  bytesPerIntake: number;
  counts: World['counts'];
  employers: number;
  projects: number;
}

export async function seedLarge(o: SeedLargeOptions): Promise<SeedLargeResult> {
  const log = o.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(o.dataDir);
  if (!Number.isInteger(o.intakes) || o.intakes < 100) throw new Error('--intakes 应为不小于100的整数');
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!o.force) throw new Error(`数据目录 ${dataDir} 不是空目录；如确需覆盖，请加 --force（将删除其中全部内容）`);
    for (const f of readdirSync(dataDir)) rmSync(resolve(dataDir, f), { recursive: true, force: true });
  }
  const started = performance.now();
  // No scheduler: nothing backs the build up or checks it while it is written (the weekly full check would read the
  // growing file in a worker a minute in).
  // The wall clock, but for the steps of the history taken through the app's own code (large/expiry.ts).
  const clock = new SeedClock();
  const core = createCore({ dataDir, migrationsDir: resolve(REPO, 'db', 'migrations'), logger: silentLogger, documentBodyFont: null, passwordCost: o.passwordCost, scheduler: false, clock });
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    const admin = clientFor(core);
    const adminId = await initializeAs(admin, LARGE_UNIT);
    const staff = {
      desk: await establishStaff(core, admin, { name: LARGE_STAFF.desk, departmentId: 'dept-540200-reception', roles: ['receptionist'] }),
      leader: await establishStaff(core, admin, { name: LARGE_STAFF.leader, departmentId: 'dept-540200-leadership', roles: ['leader'] }),
      inspector: await establishStaff(core, admin, { name: LARGE_STAFF.inspector, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0231', enforcementCertExpiry: '2030-12-31' }),
      arbitrator: await establishStaff(core, admin, { name: LARGE_STAFF.arbitrator, departmentId: 'dept-540200-arbitration', roles: ['arbitrator'], arbitratorCertNo: '藏仲裁字0107', arbitratorCertExpiry: '2030-12-31' }),
    };
    const room = await admin.call('hearings.saveRoom', { id: null, name: '第一仲裁庭', capacity: 30, recording: true, active: true, expectedRowVersion: null });
    const services = core.services!;
    const { db, prepare } = services;
    // A larger page cache for the bulk load only (this connection; the app's own setting returns when it reopens).
    db.pragma('cache_size = -262144');
    // A fresh database, never backed up, rebuilt with --force if anything goes wrong: no fsync at each batch's commit
    // or checkpoint during the bulk load; the app's synchronous=FULL (db/open.ts) returns before it closes.
    const bulk = bulkLoadPragmas(db);
    const seed = o.seed ?? 20261125;
    const r = seededRandom(seed);
    const ids = new Ids(seed);
    const wc = (): WriteContext => ({ db, prepare, now: Date.now(), actorStaffId: adminId, sessionId: null, channel: 'seed:large' });
    const unitShort = (prepare('SELECT short_name FROM units WHERE id = ?').get(LARGE_UNIT) as { short_name: string }).short_name;
    const to = instantOf(LARGE_UNTIL, '09:00');
    const from = instantOf('2016-12-01', '09:00');
    const nEmployers = Math.max(30, Math.round(o.intakes / 25));
    const nProjects = Math.max(20, Math.round(o.intakes / 15));
    const world: World = {
      prepare, ids, r, unitId: LARGE_UNIT, unitShort, until: LARGE_UNTIL, basis: deadlineBasis(services), staff, roomId: room.id, audit: seedAudit(db, prepare, ids),
      idNumbers: new IdNumbers(), employers: [], projects: [], from, to, total: o.intakes, recent: [], series: new Map(),
      counts: { ...emptyCounts(), persons: 0, phones: 0, complainants: 0, tibetanCommon: 0, intakes: 0, routes: {}, listingsEnded: 0 },
    };
    tx(wc(), (w) => {
      const party = rowWriter(prepare, parties, ['id', 'kind', 'name', 'nameInitials', 'creditCode', 'legalRepName', 'phone', 'createdBy', 'createdAt', 'updatedAt']);
      const project = rowWriter(prepare, projects, ['id', 'name', 'siteUnitId', 'generalContractorPartyId', 'createdBy', 'createdAt', 'updatedAt']);
      for (let i = 0; i < nEmployers; i++) {
        const id = ids.at(from - 86_400_000);
        const name = employerName(r, i + 1);
        const code = creditCode(i + 1);
        const phone = mobile(r);
        party({ id, kind: 'organisation', name, nameInitials: initials(name, false), creditCode: code, legalRepName: null, phone, createdBy: staff.desk, createdAt: from, updatedAt: from });
        world.audit(from, staff.desk, 'parties.create', [{ action: 'create', entity: 'party', entityId: id, change: { kind: 'organisation', name, creditCode: code, phone } }]);
        indexNameRecord(prepare, 'party', id, name, { creditCode: code });
        world.employers.push({ id, name });
      }
      for (let i = 0; i < nProjects; i++) {
        const id = ids.at(from - 86_400_000);
        const name = projectName(r, i + 1);
        const generalContractorPartyId = world.employers[heavyTail(r, Math.min(40, nEmployers))]!.id;
        project({ id, name, siteUnitId: null, generalContractorPartyId, createdBy: staff.desk, createdAt: from, updatedAt: from });
        world.audit(from, staff.desk, 'projects.save', [{ action: 'create', entity: 'project', entityId: id, change: { name, generalContractorPartyId } }]);
        indexNameRecord(prepare, 'project', id, name);
        world.projects.push({ id, name });
      }
      w.audit({ action: 'seedLarge', entity: 'installation', entityId: '1', change: { seed, employers: nEmployers, projects: nProjects } });
    });
    log(`首次设置与工作人员 ${((performance.now() - started) / 1000).toFixed(1)} s；被投诉单位 ${nEmployers} 个、项目 ${nProjects} 个已写入；开始写入 ${o.intakes} 条接待登记…`);
    const batch = o.batch ?? 5000;
    const bulkStarted = performance.now();
    let last = performance.now();
    // CPU time (user + system, this process) per intake since the last line: on the shared machine the wall clock
    // says more about the load than about the build.
    let lastCpu = process.cpuUsage();
    let lastEnd = 0;
    for (let i = 0; i < o.intakes; i += batch) {
      const end = Math.min(o.intakes, i + batch);
      tx(wc(), (w) => {
        writeIntakes(world, i, end);
        w.audit({ action: 'seedLarge', entity: 'installation', entityId: '1', change: { seed, intakes: [i + 1, end] } });
      });
      const now = performance.now();
      if (now - last > 5000 || end === o.intakes) {
        last = now;
        const rate = end / ((now - bulkStarted) / 1000);
        const cpu = process.cpuUsage(lastCpu);
        const cpuMs = (cpu.user + cpu.system) / 1000 / (end - lastEnd);
        lastCpu = process.cpuUsage();
        lastEnd = end;
        log(`  ${end} / ${o.intakes} 条（${rate.toFixed(0)} 条/秒，预计还需 ${((o.intakes - end) / rate).toFixed(0)} 秒；本段每条 CPU ${cpuMs.toFixed(2)} ms）`);
      }
    }
    tx(wc(), (w) => {
      const upsert = prepare(
        `INSERT INTO number_series (unit_id, series, year, last, owner_installation_id) VALUES (?, ?, ?, ?, (SELECT installation_id FROM installation WHERE id = 1))
         ON CONFLICT (unit_id, series, year) DO UPDATE SET last = max(last, excluded.last)`,
      );
      for (const [key, last] of world.series) {
        const [series, year] = key.split('|');
        upsert.run(LARGE_UNIT, series, Number(year), last);
      }
      // No listing of the history stays on the list past its term (the app's daily duty would end it at the first start).
      world.counts.listingsEnded = endListingsAtTerm(services, clock, LARGE_UNTIL, world.basis);
      markDeadlinesCurrent(services);
      w.audit({ action: 'seedLarge', entity: 'installation', entityId: '1', change: { seed, numberSeries: world.series.size, listingsEnded: world.counts.listingsEnded } });
    });
    bulk.restore();
    db.pragma('wal_checkpoint(TRUNCATE)');
    await core.close();
    const seconds = (performance.now() - started) / 1000;
    const bytes = Number(execFileSync('du', ['-sb', dataDir], { encoding: 'utf8' }).split(/\s/)[0]);
    const cpu = process.cpuUsage();
    return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes, bytesPerIntake: bytes / o.intakes, counts: world.counts, employers: nEmployers, projects: nProjects };
  } finally {
    await core.close();
  }
}

/**
 * synchronous=OFF on the seed's connection while the bulk rows go in (commits not fsynced: a power cut may lose the
 * last batches, a crash of the process loses nothing committed); `restore` puts back the app's synchronous=FULL
 * (db/open.ts). The journal stays WAL: the core's job worker holds a second connection, so the mode cannot change.
 */
export function bulkLoadPragmas(db: CoreServices['db']): { restore: () => void } {
  db.pragma('synchronous = OFF');
  return { restore: () => void db.pragma('synchronous = FULL') };
}

/**
 * Records that the stored deadlines were computed on today's calendar and settings (as the recompute job does when it
 * ends), so the app's next start does not recompute every proceeding in the background.
 */
export function markDeadlinesCurrent(services: CoreServices): void {
  const { key } = currentBasis(services);
  services.prepare('INSERT INTO deadline_basis (id, basis, computed_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, computed_at = excluded.computed_at').run(key, Date.now());
}

function parseArgs(argv: string[]): SeedLargeOptions {
  const usage = '用法：npm run seed:large -- --intakes N --data-dir D [--seed S] [--force]';
  const o: Partial<SeedLargeOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--intakes') o.intakes = Number(value());
    else if (name === '--data-dir') o.dataDir = value();
    else if (name === '--seed') o.seed = Number(value());
    else if (name === '--batch') o.batch = Number(value());
    else if (name === '--force') o.force = true;
    else throw new Error(`未知参数：${argv[i]}\n${usage}`);
  }
  if (!o.intakes || !o.dataDir) throw new Error(usage);
  return o as SeedLargeOptions;
}

if (require.main === module) {
  (async () => {
    const o = parseArgs(process.argv.slice(2));
    const s = await seedLarge(o);
    const c = s.counts;
    console.log(`\n完成：${c.intakes} 条接待登记，${c.persons} 名劳动者（其中 ${c.tibetanCommon} 名姓名含扎西、次仁、多吉、卓玛等常见藏名），${c.complainants} 条投诉人记录，${s.employers} 个被投诉单位`);
    console.log(`  案卷 ${c.caseFiles} 个，程序 ${JSON.stringify(c.proceedings)}，期限 ${c.deadlines} 条，开庭 ${c.hearings} 次，裁决 ${c.awards} 份，支付 ${c.payments} 笔，文书 ${c.documents} 份；期满移出失信名单 ${c.listingsEnded} 个`);
    console.log(`  用时 ${s.seconds.toFixed(1)} s（进程 CPU ${s.cpuSeconds.toFixed(1)} s）；数据目录 ${(s.bytes / 2 ** 20).toFixed(1)} MB（du -sb），每条登记 ${(s.bytesPerIntake / 1024).toFixed(2)} KB`);
    console.log(`管理员 ${ADMIN.name}（${ADMIN.password}）；工作人员 ${Object.values(LARGE_STAFF).join('、')}，密码见 tests/helpers/accounts.ts（STAFF_PASSWORD）`);
  })().catch((e: unknown) => {
    console.error(`生成规模测试数据失败：${e instanceof Error ? e.message : String(e)}。数据目录不完整，请加 --force 重新生成`);
    process.exit(1);
  });
}
