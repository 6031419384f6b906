// `npm run bench -- --intakes N --data-dir D [--json FILE] [--runs R]`: the scale benchmark on a database built by
// `npm run seed:large` (built once, reused; nothing here backs it up). Each operation is timed through the core's
// dispatch (a signed-in client, as the tests call it) and its statements — captured from the core's own statement
// cache while the call ran, so they are the data modules' SQL whatever it becomes — replayed on a raw read-only
// connection, the two interleaved run by run. Prints p50/p95, the raw p95, their ratio and the issue's target.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { statementCache } from '../../db/statements';
import { createCore } from '../../electron/core/index';
import { encodeCursor } from '../../electron/core/kernel/cursor';
import type { PasswordCost } from '../../electron/core/kernel/context';
import { silentLogger } from '../../electron/core/kernel/logger';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { signInAs } from '../helpers/accounts';
import type { Client } from '../helpers/client';
import { captureStatements, replay } from './large/capture';
import { runStatRequest } from '../../electron/core/statistics/stats-engine';
import type { StatPeriod } from '../../shared/domain/statistics/model';
import { monthPeriod, periodLabel } from '../../shared/domain/statistics/period';
import { LARGE_STAFF } from './seed-large';

export interface BenchRow {
  name: string;
  p50_ms: number;
  p95_ms: number;
  raw_p95_ms: number;
  ratio: number;
  n: number;
  /** The issue's p95 target at 1M intakes (ms). */
  target_ms: number;
  /** What was called, with which input. */
  operation: string;
}

export interface LargeBenchOptions {
  intakes: number;
  dataDir: string;
  json?: string | null;
  runs?: number;
  /** Only the operations of these names (the searches alone, say: no save writing to the database). */
  only?: string[];
  log?: (line: string) => void;
  /** The cost the staff's passwords were seeded with (tests); the production cost by default. */
  passwordCost?: PasswordCost;
  /**
   * Time the operations while the start-up integrity check still reads the file in its worker (the first minute or
   * so after a start at 1M). By default the bench waits for its verdict first and prints how long that took: the
   * targets are for a running app, and the check's reads on the other core made the 1M p95s of 2026-12-07 noisy.
   */
  duringCheck?: boolean;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function benchLarge(o: LargeBenchOptions): Promise<BenchRow[]> {
  const log = o.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(o.dataDir);
  const runs = o.runs ?? 50;
  const du = (dir: string) => (existsSync(dir) ? Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split(/\s/)[0]) : 0);
  // The size an intake is the data dir's as seed:large left it: a copy opened by a newer app holds the backup its
  // migrator made before upgrading (backups/), shown apart and not counted.
  const backupBytes = du(join(dataDir, 'backups'));
  const bytes = du(dataDir) - backupBytes;
  const t0 = performance.now();
  // No scheduler: its first tick (a minute in) would start the weekly full integrity check in a worker — on a 1M
  // database minutes of reading on the other core while the operations are timed — and, with a backup folder set,
  // a backup (the bench never backs up).
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null, passwordCost: o.passwordCost, scheduler: false });
  const startMs = performance.now() - t0;
  if (core.startupError) throw new Error(core.startupError.message);
  let checkMs: number | null = null;
  if (!o.duringCheck) {
    await core.checksSettled();
    checkMs = performance.now() - t0;
  }
  const raw = openDatabase(join(dataDir, 'xinan.sqlite3'), { readonly: true });
  const rawPrepare = statementCache(raw);
  // A second raw connection for the save's statements, which are replayed in a transaction and rolled back.
  const rawWriter = openDatabase(join(dataDir, 'xinan.sqlite3'));
  const writerPrepare = statementCache(rawWriter);
  try {
    const services = core.services!;
    const count = (raw.prepare('SELECT count(*) AS n FROM intakes').get() as { n: number }).n;
    if (count < o.intakes) throw new Error(`数据目录中只有 ${count} 条接待登记，少于 --intakes ${o.intakes}；请先运行 npm run seed:large`);
    const rssOpen = process.memoryUsage().rss;
    const desk = await signInAs(core, LARGE_STAFF.desk);
    const leader = await signInAs(core, LARGE_STAFF.leader);
    // Number searches are rate-limited per session (20 a minute at the desk): the caseworker's 120, who also sees whole IDs.
    const inspector = await signInAs(core, LARGE_STAFF.inspector);
    // The inputs, read once from the data: a deep keyset cursor, a common ID prefix, a case number, a busy case.
    const depth = Math.min(100_000, count - 100);
    const deep = raw.prepare('SELECT received_at AS at, seq FROM intakes ORDER BY received_at DESC, seq DESC LIMIT 1 OFFSET ?').get(depth - 1) as { at: number; seq: number };
    const prefix = (raw.prepare('SELECT substr(id_number, 1, 10) AS p, count(*) AS n FROM persons WHERE id_number IS NOT NULL GROUP BY p ORDER BY n DESC LIMIT 1').get() as { p: string; n: number });
    const numbered = raw.prepare("SELECT number FROM proceedings WHERE kind = 'arbitration' AND number IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET (SELECT count(*) / 2 FROM proceedings WHERE kind = 'arbitration' AND number IS NOT NULL)").get() as { number: string };
    const busy = raw.prepare("SELECT case_file_id AS id, count(*) AS n FROM case_events GROUP BY case_file_id ORDER BY n DESC LIMIT 1").get() as { id: string; n: number };
    let saved = 0;
    const saveInput = () => {
      const k = saved++;
      const complainants = [0, 1, 2].map((j) => {
        const first17 = `5401022004${String((k % 12) + 1).padStart(2, '0')}${String((Math.floor(k / 12) % 28) + 1).padStart(2, '0')}${String((Math.floor(k / 336) * 3 + j) % 1000).padStart(3, '0')}`;
        return { name: ['扎西次仁', '王建国', '卓玛'][j]!, idType: 'residentId' as const, idNumber: first17 + residentIdCheckChar(first17), phones: [`1390892${String(k * 3 + j).padStart(4, '0')}`] };
      });
      return { kind: 'complaint' as const, channel: 'walkIn' as const, receivedAt: Date.now() - 60_000, summary: `基准测试第${k}次保存：在安居房项目做建筑工，工资未付`, workersCount: 3, amountClaimedFen: 3_000_000, parties: [{ partyId: employer, role: 'employer' as const }], complainants: complainants.map((c) => ({ ...c, amountClaimedFen: 1_000_000 })), route: 'inspection' as const, amountsConfirmed: true };
    };
    const employer = (raw.prepare("SELECT id FROM parties WHERE kind = 'organisation' ORDER BY rowid LIMIT 1").get() as { id: string }).id;
    const month = busiestMonth(raw);
    const ops: { name: string; target: number; operation: string; client: Client; call: (c: Client, input?: unknown) => Promise<unknown> }[] = [
      { name: 'search-3plus-chinese', target: 20, operation: 'intakes.list 建筑工', client: desk, call: (c) => c.call('intakes.list', { search: '建筑工', limit: 50 }) },
      { name: 'search-2char-chinese', target: 50, operation: 'intakes.list 扎西', client: desk, call: (c) => c.call('intakes.list', { search: '扎西', limit: 50 }) },
      { name: 'search-1char-chinese', target: 50, operation: 'intakes.list 巴', client: desk, call: (c) => c.call('intakes.list', { search: '巴', limit: 50 }) },
      { name: 'search-id-prefix', target: 20, operation: `intakes.list ${prefix.p}（${prefix.n} 人）`, client: inspector, call: (c) => c.call('intakes.list', { search: prefix.p, limit: 50 }) },
      { name: 'search-pinyin-initials', target: 20, operation: 'intakes.list zx', client: desk, call: (c) => c.call('intakes.list', { search: 'zx', limit: 50 }) },
      { name: 'case-by-number', target: 20, operation: `cases.list ${numbered.number}`, client: leader, call: (c) => c.call('cases.list', { search: numbered.number, limit: 50 }) },
      { name: 'list-page-keyset', target: 10, operation: `intakes.list 第 ${depth} 行之后的一页`, client: desk, call: (c) => c.call('intakes.list', { limit: 50, cursor: encodeCursor(deep) }) },
      { name: 'list-first-page', target: 10, operation: 'intakes.list 首页 50 条', client: desk, call: (c) => c.call('intakes.list', { limit: 50 }) },
      { name: 'case-detail', target: 10, operation: `cases.get（${busy.n} 条时间线）`, client: leader, call: (c) => c.call('cases.get', { id: busy.id }) },
      { name: 'save-case', target: 5, operation: 'intakes.create（3 名投诉人，转监察立卷）', client: desk, call: (c, input) => c.call('intakes.create', (input ?? saveInput()) as never) },
      // The month's report (issue #14): counted in the statistics worker on its own read-only connection.
      { name: 'monthly-statistics', target: 300, operation: `statistics.compute ${month.label}（仲裁受理最多的月份）`, client: leader, call: (c) => c.call('statistics.compute', { period: month.period, unitId: month.unitId }) },
    ];
    const rows: BenchRow[] = [];
    for (const op of ops.filter((x) => !o.only || o.only.includes(x.name))) {
      for (let i = 0; i < 3; i++) await op.call(op.client);
      // A write is captured inside a transaction rolled back afterwards, then replayed on the raw connection (and rolled
      // back again), then made for real with the same input: each run's statements are its own.
      const isSave = op.name === 'save-case';
      const captureOnce = async (input?: unknown) => {
        if (isSave) await beginImmediate(services.db);
        return captureStatements(services, () => op.call(op.client, input)).finally(() => isSave && services.db.exec('ROLLBACK'));
      };
      // The statistics run in a worker, outside the core's statement cache: their raw figure is the same engine on the
      // raw read-only connection, on this thread (no worker hand-over).
      const isStats = op.name === 'monthly-statistics';
      const fixed = isSave || isStats ? null : await captureOnce();
      const n = isSave ? Math.max(20, Math.floor(runs / 2)) : op.name === 'search-id-prefix' ? Math.min(runs, 100) : runs;
      const core: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < n; i++) {
        const input = isSave ? saveInput() : undefined;
        let t = performance.now();
        if (isStats) {
          runStatRequest(raw, { op: 'report', withFiles: false, unitId: month.unitId, includeSubunits: false, period: month.period, today: month.period.to, computedAt: '' });
          rawTimes.push(performance.now() - t);
        } else {
          const captured = fixed ?? (await captureOnce(input));
          // A call that writes (a save; a read that leaves an audit row) replays on the writable raw connection, rolled back.
          const writes = captured.some((c) => !c.reader);
          t = performance.now();
          replay(writes ? rawWriter : raw, writes ? writerPrepare : rawPrepare, captured);
          rawTimes.push(performance.now() - t);
        }
        t = performance.now();
        await op.call(op.client, input);
        core.push(performance.now() - t);
      }
      const p95 = percentile(core, 95);
      const rawP95 = percentile(rawTimes, 95);
      rows.push({ name: op.name, p50_ms: round(percentile(core, 50)), p95_ms: round(p95), raw_p95_ms: round(rawP95), ratio: round(p95 / rawP95), n, target_ms: op.target, operation: op.operation });
    }
    const rssAfter = process.memoryUsage().rss;
    log(`\n薪安规模基准：${count} 条接待登记；数据目录 ${(bytes / 2 ** 20).toFixed(1)} MB${backupBytes >= 2 ** 20 ? `（另有 backups/ ${(backupBytes / 2 ** 20).toFixed(1)} MB：升级数据库前的备份，不计入）` : ''}，每条登记 ${(bytes / count / 1024).toFixed(2)} KB（目标 ≤ 4 KB）；启动（createCore）${startMs.toFixed(0)} ms（目标 ≤ 1000）；${checkMs === null ? '启动时的完整性检查与计时同时进行（--during-check）' : `启动时的完整性检查 ${(checkMs / 1000).toFixed(1)} s 后得出结论，之后才开始计时`}`);
    log(`内存 RSS：打开后 ${(rssOpen / 2 ** 20).toFixed(0)} MB，测量后 ${(rssAfter / 2 ** 20).toFixed(0)} MB`);
    log(`${'项目'.padEnd(24)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'原始p95'.padStart(9)}${'比值'.padStart(7)}${'目标p95'.padStart(8)}  达标  说明`);
    for (const r of rows) {
      const ok = r.p95_ms <= r.target_ms && (r.ratio <= 1.2 || r.p95_ms <= r.raw_p95_ms + 0.1);
      log(`${r.name.padEnd(24)}${r.p50_ms.toFixed(2).padStart(9)}${r.p95_ms.toFixed(2).padStart(9)}${r.raw_p95_ms.toFixed(2).padStart(9)}${r.ratio.toFixed(2).padStart(7)}${String(r.target_ms).padStart(8)}  ${ok ? '是' : '否'}    ${r.operation}`);
    }
    log('（save-case 的原始语句在只读连接之外的一个写连接上重放并回滚，不含提交时的同步写盘；monthly-statistics 的原始值为同一统计程序在本线程只读连接上的耗时）');
    if (!o.only || o.only.includes('monthly-statistics')) {
      const report = await leader.call('statistics.compute', { period: month.period, unitId: month.unitId });
      const total = report.tables[0]!.rows.find((r) => r.isTotal)!.values;
      const shown = ['arbitration.carriedOver', 'arbitration.accepted', 'arbitration.acceptedCollective', 'arbitration.workers', 'arbitration.closed', 'arbitration.closureRate', 'arbitration.mediationRate', 'arbitration.averageDays'];
      log(`${month.label}劳动争议处理情况：${shown.map((k) => `${report.definitions.find((d) => d.key === k)!.label} ${total[k]!.value === null ? '—' : Number(total[k]!.value.toFixed(3))}`).join('，')}`);
    }
    if (o.json) writeFileSync(o.json, JSON.stringify(rows, null, 2) + '\n');
    return rows;
  } finally {
    raw.close();
    rawWriter.close();
    await core.close();
  }
}

/** The month with the most arbitration cases accepted, and the unit that accepted most of them. */
function busiestMonth(raw: Db): { period: StatPeriod; label: string; unitId: string } {
  const r = raw
    .prepare(
      `SELECT substr(e.date, 1, 7) AS m, f.unit_id AS unitId, count(*) AS n FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id
       JOIN case_files f ON f.id = p.case_file_id WHERE e.kind = 'accepted' AND p.kind = 'arbitration' GROUP BY m, f.unit_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { m: string; unitId: string } | undefined;
  const fallback = (raw.prepare('SELECT unit_id AS u FROM installation').get() as { u: string }).u;
  const period = r ? monthPeriod(Number(r.m.slice(0, 4)), Number(r.m.slice(5, 7))) : monthPeriod(2026, 11);
  return { period, label: periodLabel(period), unitId: r?.unitId ?? fallback };
}

/** BEGIN IMMEDIATE on the core's connection, waiting while a background job of the core holds the write lock. */
async function beginImmediate(db: Db): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (e) {
      if (i > 600 || (e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The largest tables and indexes (dbstat), bytes per intake. */
export function largestTables(dataDir: string, intakes: number, top = 10): { name: string; bytes: number; perIntake: number }[] {
  const db = openDatabase(join(resolve(dataDir), 'xinan.sqlite3'), { readonly: true });
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT ?').all(top) as { name: string; bytes: number }[];
    return rows.map((r) => ({ ...r, perIntake: Math.round(r.bytes / intakes) }));
  } finally {
    db.close();
  }
}
