// `npm run test:fuzz -- --calls N [--seed S] [--keep] [--verbose]`: fast-check calls every channel of the contract, in process,
// against a real core on a seeded demo database, as every role, signed out and with a locked screen, with malformed
// and hostile inputs (fuzz-inputs.ts). Each answer must be a typed Result whose error is in Chinese, dispatch must
// never throw, a failed call must change no table but the audit log, and no answer to a role without
// personal.unmask may carry a seeded person's full ID number or mobile number (fuzz-checks.ts). It prints
// `bad results: B`, then last `calls: N, crashes: C, changes: X, leaks: L`; the exit code is non-zero unless all four are 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { DEMO_PASSWORD, DEMO_STAFF } from '../../db/seed/demo-data';
import { createCore, type Core } from '../../electron/core/index';
import type { Logger } from '../../electron/core/kernel/logger';
import type { Session } from '../../electron/core/kernel/context';
import { channels } from '../../shared/contract/channels';
import { can } from '../../shared/domain/permissions';
import { instantOf } from '../../shared/domain/time';
import type { StaffRole } from '../../shared/domain/vocabulary';
import { jpegFile } from '../fixtures/images';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { changedTables, checksum, disclosedByInput, jargonIn, leakedNumbers, messageProblem, safeJson, untypedReason, type Checksum } from './fuzz-checks';
import { callArbitrary, type FuzzCall, type FuzzPool } from './fuzz-inputs';
import { parseFlags, positiveInt } from './random';

const REPO = resolve(__dirname, '..', '..');
const ADMIN_NAME = '普布次仁';
const CHUNK = 200;

interface Seat {
  label: string;
  /** The staff member this seat signs in as, or null for a session nobody signed in to. */
  staffName: string | null;
  staffId: string | null;
  /** Kept locked (the screen lock) rather than unlocked. */
  locked: boolean;
  session: Session;
}

interface Finding {
  kind: 'crash' | 'change' | 'leak' | 'bad';
  what: string;
  count: number;
  first: { call: number; seat: string; channel: string; input: string; detail: string };
}

const errorLog: string[] = [];
const logger: Logger = {
  info() {},
  warn() {},
  error: (m, d) => {
    errorLog.push(`${m} ${safeJson(d, 600)}`);
    if (errorLog.length > 20) errorLog.shift();
  },
};

async function setUp(dataDir: string): Promise<{ core: Core; seats: Seat[]; pool: FuzzPool; secrets: Set<string>; snapshot: Map<string, unknown> }> {
  // A fixed clock: dates in the seeded data, and so the inputs that refer to them, are the same on every run.
  const now = instantOf('2026-11-25', '10:00');
  const core = createCore({
    dataDir,
    migrationsDir: join(REPO, 'db', 'migrations'),
    clock: { now: () => now },
    logger,
    appVersion: '0.1.0-fuzz',
    offerDemo: true,
    passwordCost: TEST_PASSWORD_COST,
    documentBodyFont: null,
  });
  if (core.startupError) throw new Error(core.startupError.message);
  const call = async (session: Session, channel: string, input: unknown) => {
    const r = await core.dispatch(session, channel, input);
    if (!r.ok) throw new Error(`准备数据失败：${channel} ${r.error.code} ${r.error.message}`);
    return r.value as never;
  };
  const first = core.openSession();
  await call(first, 'setup.initialize', { unitId: 'unit-540200', staff: { name: ADMIN_NAME, departmentId: null, employment: 'fullTime' }, password: DEMO_PASSWORD, demo: true });
  const db = core.services!.db;
  const staffId = (name: string) => (db.prepare('SELECT id FROM staff WHERE name = ?').get(name) as { id: string }).id;
  const signIn = async (name: string) => {
    const session = core.openSession();
    await call(session, 'session.login', { staffId: staffId(name), password: DEMO_PASSWORD });
    return session;
  };

  // Something for the channels that act on documents and photos: a record of the first intake, a photo of a person.
  const desk = await signIn('次仁卓玛');
  const intakeId = (db.prepare('SELECT id FROM intakes ORDER BY rowid LIMIT 1').get() as { id: string }).id;
  await call(desk, 'documents.generate', { request: { kind: 'intakeRecord', intakeId }, caseFileId: null });
  const personId = (db.prepare('SELECT person_id AS id FROM intake_complainants WHERE intake_id = ? LIMIT 1').get(intakeId) as { id: string }).id;
  await call(desk, 'idImages.add', { personId, side: 'portrait', contentBase64: jpegFile(1600, 1008).toString('base64') });

  const seats: Seat[] = [];
  for (const s of [...DEMO_STAFF.filter((d) => d.key !== 'desk2'), { name: ADMIN_NAME, roles: ['admin'] }]) {
    seats.push({ label: `${s.name}（${s.roles.join('+')}）`, staffName: s.name, staffId: staffId(s.name), locked: false, session: await signIn(s.name) });
  }
  const locked = await signIn('尼玛');
  await call(locked, 'session.lock', {});
  seats.push({ label: '尼玛（锁屏）', staffName: '尼玛', staffId: staffId('尼玛'), locked: true, session: locked });
  seats.push({ label: '未登录', staffName: null, staffId: null, locked: false, session: core.openSession() });

  // Ids of every table in the order they were made (the same on every run), and who they belong to by key name.
  const tables = (db.prepare(`SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id')`).all() as { name: string }[]).map((t) => t.name);
  const idsOf = (table: string) => (db.prepare(`SELECT id FROM "${table}" ORDER BY rowid`).all() as { id: string }[]).map((r) => String(r.id));
  const ids = tables.sort().flatMap(idsOf);
  const idsByKey: Record<string, string[]> = {
    intakeId: idsOf('intakes'),
    personId: idsOf('persons'),
    partyId: idsOf('parties'),
    versionId: idsOf('document_versions'),
    caseFileId: idsOf('case_files'),
    staffId: idsOf('staff'),
    leaderStaffId: idsOf('staff'),
    unitId: idsOf('units'),
    siteUnitId: idsOf('units'),
    departmentId: idsOf('departments'),
  };
  const personNumbers = db.prepare(`SELECT id_number AS n FROM persons WHERE id_number IS NOT NULL UNION SELECT id_number FROM parties WHERE kind <> 'organisation' AND id_number IS NOT NULL`).all() as { n: string }[];
  const personPhones = db.prepare(`SELECT phone AS n FROM person_phones UNION SELECT phone FROM parties WHERE kind <> 'organisation' AND phone IS NOT NULL`).all() as { n: string }[];
  const idNumbers = personNumbers.map((r) => r.n).filter((n) => /^\d{17}[\dX]$/.test(n));
  const phones = personPhones.map((r) => r.n.replace(/\D/g, '')).filter((n) => /^1\d{10}$/.test(n));
  const names = (db.prepare('SELECT name FROM persons UNION SELECT name FROM parties ORDER BY 1').all() as { name: string }[]).map((r) => r.name);
  const idsByTable = Object.fromEntries(tables.map((t) => [t, idsOf(t)]));
  const pool: FuzzPool = { ids, idsByKey, idsByTable, idNumbers, phones, names };

  // The accounts as seeded, to put a seat back when a call changed its password, roles or status.
  const snapshot = new Map<string, unknown>();
  for (const seat of seats) {
    if (!seat.staffId) continue;
    snapshot.set(seat.staffId, {
      account: db.prepare('SELECT * FROM accounts WHERE staff_id = ?').get(seat.staffId),
      staff: db.prepare('SELECT * FROM staff WHERE id = ?').get(seat.staffId),
      roles: db.prepare('SELECT * FROM staff_roles WHERE staff_id = ?').all(seat.staffId),
    });
  }
  return { core, seats, pool, secrets: new Set([...idNumbers, ...phones]), snapshot };
}

/** Rows changed on the core's connection so far, the audit log's last seq, and the schema's version. */
function writeCounters(db: Db): { rows: number; auditSeq: number; schema: number } {
  const r = db.prepare(`SELECT total_changes() AS rows, (SELECT coalesce(max(seq), 0) FROM audit_log) AS auditSeq`).get() as { rows: number; auditSeq: number };
  return { ...r, schema: db.pragma('schema_version', { simple: true }) as number };
}

function rolesOf(core: Core, session: Session): StaffRole[] {
  if (!session.staffId) return [];
  return (core.services!.db.prepare('SELECT role FROM staff_roles WHERE staff_id = ?').all(session.staffId) as { role: StaffRole }[]).map((r) => r.role);
}

/** Restores a seat's account as seeded (outside the measured calls) and signs it in again. Returns false if it cannot. */
async function reseat(core: Core, seat: Seat, snapshot: Map<string, unknown>): Promise<boolean> {
  if (!seat.staffId) {
    if (seat.session.staffId) core.closeSession(seat.session);
    seat.session = core.openSession();
    return true;
  }
  const db = core.services!.db;
  const saved = snapshot.get(seat.staffId) as { account: Record<string, unknown>; staff: Record<string, unknown>; roles: Record<string, unknown>[] };
  const put = (table: string, row: Record<string, unknown>) => {
    const cols = Object.keys(row);
    db.prepare(`INSERT OR REPLACE INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
  };
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    put('staff', saved.staff);
    put('accounts', saved.account);
    db.prepare('DELETE FROM staff_roles WHERE staff_id = ?').run(seat.staffId);
    for (const r of saved.roles) put('staff_roles', r);
  })();
  const session = core.openSession();
  const r = await core.dispatch(session, 'session.login', { staffId: seat.staffId, password: DEMO_PASSWORD });
  if (!r.ok) return false;
  if (seat.locked) await core.dispatch(session, 'session.lock', {});
  seat.session = session;
  return true;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['calls', 'seed', 'keep', 'verbose']);
  const calls = positiveInt(flags.calls, 'calls', 2000);
  const seed = positiveInt(flags.seed, 'seed', Math.floor(Math.random() * 2 ** 31));
  console.log(`模糊测试：${calls} 次调用，种子 ${seed}（重现：npm run test:fuzz -- --calls ${calls} --seed ${seed}）`);
  const t0 = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-fuzz-'));
  const findings = new Map<string, Finding>();
  let current: { index: number; seat: string; channel: string; input: string } = { index: -1, seat: '', channel: '', input: '' };
  const found = (kind: Finding['kind'], what: string, detail: string) => {
    const key = `${kind}|${what}`;
    const f = findings.get(key);
    if (f) f.count++;
    else findings.set(key, { kind, what, count: 1, first: { call: current.index, seat: current.seat, channel: current.channel, input: current.input, detail } });
  };
  // The process must never die: anything thrown outside a call's Result is a crash, recorded, and the run goes on.
  process.on('uncaughtException', (e) => found('crash', `未捕获的异常：${e.message.slice(0, 100)}`, e.stack ?? e.message));
  process.on('unhandledRejection', (e) => found('crash', `未处理的 Promise 拒绝：${String(e).slice(0, 100)}`, e instanceof Error ? (e.stack ?? e.message) : String(e)));

  const { core, seats, pool, secrets, snapshot } = await setUp(dataDir);
  const setupSeconds = (Date.now() - t0) / 1000;
  const db = core.services!.db;
  const schemas = Object.fromEntries(Object.entries(channels).map(([name, def]) => [name, def.input])) as Record<string, z.ZodType>;
  const arbitrary = callArbitrary(schemas, seats.length, pool);
  const byChannel = new Map<string, { ok: number; codes: Map<string, number> }>();
  const slowest: { ms: number; what: string }[] = [];
  let baseline: Checksum | null = null;
  let checksumMs = 0;
  let failures = 0;
  const disclosed = new Set<string>();
  let lastRss = 0;
  let jargonCount = 0;
  const jargonExamples = new Map<string, string>();
  let fullChecks = 0;
  let reseats = 0;
  let lostSeats = 0;
  const t1 = Date.now();

  for (let chunk = 0; chunk * CHUNK < calls; chunk++) {
    const batch: FuzzCall[] = fc.sample(arbitrary, { seed: (seed + chunk * 1_000_003) | 0, numRuns: Math.min(CHUNK, calls - chunk * CHUNK) });
    for (const [j, c] of batch.entries()) {
      const index = chunk * CHUNK + j;
      const seat = seats[c.session];
      const inputText = safeJson(c.input);
      current = { index, seat: seat.label, channel: c.channel, input: inputText.length > 400 ? `${inputText.slice(0, 400)}…（共 ${inputText.length} 字符）` : inputText };
      const tc = Date.now();
      if (!baseline) baseline = checksum(db);
      checksumMs += Date.now() - tc;
      const mayUnmask = can(rolesOf(core, seat.session), 'personal.unmask');
      const writesBefore = writeCounters(db);
      const ts = Date.now();
      let r: unknown;
      try {
        r = await core.dispatch(seat.session, c.channel, c.input);
      } catch (e) {
        found('crash', `${c.channel}：dispatch 抛出 ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 80)}` : String(e).slice(0, 80)}`, e instanceof Error ? (e.stack ?? '').split('\n').slice(0, 6).join('\n') : String(e));
        baseline = null;
        continue;
      }
      const ms = Date.now() - ts;
      if (process.env.FUZZ_MEMORY) {
        const rss = process.memoryUsage().rss;
        if (rss - lastRss > 50 * 2 ** 20) console.log(`内存 +${Math.round((rss - lastRss) / 2 ** 20)} MB：${c.channel} ${seat.label} ${current.input.slice(0, 200)}`);
        lastRss = rss;
      }
      if (ms > 1000) {
        slowest.push({ ms, what: `${c.channel}（第 ${index} 次，${seat.label}）` });
        slowest.sort((a, b) => b.ms - a.ms).splice(5);
      }
      const bucket = Object.hasOwn(channels, c.channel) ? c.channel : '（不存在的通道）';
      const stats = byChannel.get(bucket) ?? { ok: 0, codes: new Map() };
      byChannel.set(bucket, stats);
      const untyped = untypedReason(r);
      if (untyped) {
        found('bad', `${c.channel}：${untyped}`, safeJson(r, 400));
        baseline = null;
        continue;
      }
      const result = r as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; fields: Record<string, string> | null } };
      if (result.ok) {
        stats.ok++;
        baseline = null;
        for (const n of disclosedByInput(c.input, secrets)) {
          secrets.delete(n);
          disclosed.add(n);
        }
        // A job started by the call writes after the answer: let it finish before the next call is measured.
        const value = result.value as { id?: unknown; status?: unknown };
        if ((c.channel === 'documents.batch' || c.channel === 'jobs.start') && typeof value.id === 'string') await core.services!.jobs.wait(value.id).catch(() => null);
      } else {
        stats.codes.set(result.error.code, (stats.codes.get(result.error.code) ?? 0) + 1);
        const problem = messageProblem(result.error, `${c.channel} ${inputText}`);
        if (problem) found('bad', `${c.channel} ${result.error.code}：${problem.slice(0, 90)}`, `${problem}\n最近的错误日志：${errorLog.slice(-2).join('\n')}`);
        const jargon = jargonIn(result.error);
        if (jargon) {
          jargonCount++;
          if (jargonExamples.size < 5) jargonExamples.set(`${c.channel}：${jargon}`, current.input.slice(0, 160));
        }
        // SQLite's own counters say whether anything but audit rows was written on this connection (or the schema
        // changed); only then, and every 25th failure regardless, are the tables hashed again and compared.
        const writesAfter = writeCounters(db);
        const wroteMore = writesAfter.rows - writesBefore.rows !== writesAfter.auditSeq - writesBefore.auditSeq || writesAfter.schema !== writesBefore.schema;
        if (wroteMore || ++failures % 25 === 0) {
          const tc2 = Date.now();
          const after = checksum(db);
          checksumMs += Date.now() - tc2;
          fullChecks++;
          const changed = changedTables(baseline, after, c.channel);
          if (changed.length) found('change', `${c.channel} ${result.error.code}：改动了 ${changed.join('、')}`, result.error.message);
          baseline = after;
        }
      }
      if (!mayUnmask) {
        // What the caller sent (the channel name included: an unknown channel is quoted back) is not a leak.
        const leaked = leakedNumbers(safeJson(result), `${c.channel} ${inputText}`, secrets);
        if (leaked.length) found('leak', `${c.channel}：向无“查看完整证件号码和电话”权限的${seat.staffName ? '角色' : '未登录会话'}返回完整号码`, `${leaked.join('，')}（${seat.label}）`);
      }
      // Put back any seat the call signed out, locked, unlocked or whose account it changed (outside the measured calls).
      for (const s of seats) {
        const wrong = s.session.staffId !== s.staffId || s.session.locked !== s.locked || (s.staffId !== null && !result.ok && s === seat && ['UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED'].includes(result.error.code));
        if (!wrong) continue;
        reseats++;
        baseline = null;
        if (!(await reseat(core, s, snapshot))) lostSeats++;
      }
    }
    if (process.env.FUZZ_MEMORY && typeof globalThis.gc === 'function') {
      globalThis.gc();
      console.log(`第 ${chunk} 批后：堆 ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB，外部 ${Math.round(process.memoryUsage().external / 2 ** 20)} MB`);
    }
    if (((chunk + 1) * CHUNK) % 1000 === 0) console.log(`  ${(chunk + 1) * CHUNK}/${calls} 次调用，用时 ${Math.round((Date.now() - t1) / 1000)}s，内存 ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
  }
  await core.close();

  const seconds = (Date.now() - t1) / 1000;
  const count = (kind: Finding['kind']) => [...findings.values()].filter((f) => f.kind === kind).reduce((n, f) => n + f.count, 0);
  const okCalls = [...byChannel.values()].reduce((n, s) => n + s.ok, 0);
  console.log(
    `用时：准备 ${setupSeconds.toFixed(1)}s，调用 ${seconds.toFixed(1)}s（每秒 ${(calls / seconds).toFixed(1)} 次；其中校验和 ${(checksumMs / 1000).toFixed(1)}s，失败调用后全表比对 ${fullChecks} 次）；` +
      `成功 ${okCalls} 次；覆盖 ${[...byChannel.keys()].filter((k) => Object.hasOwn(channels, k)).length}/${Object.keys(channels).length} 个通道；重新登录 ${reseats} 次${lostSeats ? `（${lostSeats} 次未成功）` : ''}`,
  );
  if (flags.verbose === 'true') {
    for (const [name, st] of [...byChannel].sort()) console.log(`  ${name}: 成功 ${st.ok}${[...st.codes].map(([code, n]) => `，${code} ${n}`).join('')}`);
  }
  if (jargonCount) {
    console.log(`提示（不计为失败）：${jargonCount} 条错误提示含 zod 的英文类型名（如“期望 string，实际接收 undefined”），未给出中文字段说明，例如：`);
    for (const [m, input] of jargonExamples) console.log(`  ${m} 输入：${input}`);
  }
  if (disclosed.size) console.log(`不再视为泄露的号码 ${disclosed.size} 个：调用方自己把它们写进了不打码的字段（自由文本、单位名称、机构电话）`);
  if (slowest.length) console.log(`最慢的调用：${slowest.map((s) => `${s.what} ${s.ms}ms`).join('；')}`);
  const labels = { crash: '崩溃', change: '改动', leak: '泄露', bad: '结果不合格' } as const;
  for (const f of [...findings.values()].sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count)) {
    console.log(`\n[${labels[f.kind]}] ${f.what}（${f.count} 次）\n  首次：第 ${f.first.call} 次调用，${f.first.seat}，通道 ${f.first.channel}\n  输入：${f.first.input}\n  详情：${f.first.detail.split('\n').join('\n        ')}`);
  }
  if (flags.keep === 'true' || findings.size) console.log(`\n数据目录保留在 ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
  const [crashes, changes, leaks, bad] = [count('crash'), count('change'), count('leak'), count('bad')];
  // The issue's last line, exactly; a result that breaks its channel's output schema is counted the line before.
  console.log(`bad results: ${bad}`);
  console.log(`calls: ${calls}, crashes: ${crashes}, changes: ${changes}, leaks: ${leaks}`);
  process.exit(crashes + changes + leaks + bad === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(`模糊测试出错：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  console.log('calls: 0, crashes: 1, changes: 0, leaks: 0');
  process.exit(1);
});
