// `npm run bench:startup -- --data-dir D [--runs R] [--searches S]` (issue #15 item 5): where a start's time goes on a
// database built by `npm run seed:large`, and the core's memory. Prints, for R starts in this process (the file in the
// page cache, as on a desk PC that ran the app yesterday; a cold disk adds its reads): createCore's steps as the core
// itself records them (core.startup), the same steps on a bare connection with the pragmas apart from opening the
// file, what quick_check would cost in place, the first screen's calls (the sign-in list, then the ledger's first
// page), when the worker's verdict lets writes go ahead and what runs after it; then RSS after opening and after S
// searches through dispatch. Measures, never fails on a figure.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { pendingMigrations, readMigrations } from '../../db/migrate';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { signInAs } from '../helpers/accounts';
import { clientFor } from '../helpers/client';
import { LARGE_STAFF } from './seed-large';

const MIGRATIONS = resolve(__dirname, '..', '..', 'db', 'migrations');
/** What a desk searches for in a day: names of one to four characters, pinyin, fragments of employers and summaries. */
const SEARCHES = ['扎西', '巴', '建筑工', 'zx', '次仁', '卓玛', '多吉', '央金', '王', '张伟', '雪域', '工程', 'crzm', 'zhaxi', '拉巴次仁', '安居房'];

export interface StartupBenchOptions {
  dataDir: string;
  runs?: number;
  searches?: number;
  log?: (line: string) => void;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The longest the calling thread went without running a 10 ms timer, from now until stop(): a check or a sweep run on
 * the core's own thread after the first screen shows here (the integrity check's fallback once froze it for the whole
 * quick_check after every start; the figures above it never saw that).
 */
function stallMonitor(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(worst, performance.now() - last - 10);
    },
  };
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

/** The start's steps on a bare connection: the file opened, each pragma, the schema looked at, the migrations compared, quick_check in place. */
function bareSteps(file: string): Record<string, number> {
  const [db, open] = timed(() => new Database(file));
  const out: Record<string, number> = { open };
  try {
    out.pragmas = timed(() => {
      db.pragma('busy_timeout = 5000');
      db.pragma('journal_mode = WAL', { simple: true });
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    })[1];
    out.inspect = timed(() => db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get())[1];
    out.migrationsCheck = timed(() => pendingMigrations(db, readMigrations(MIGRATIONS)))[1];
    out.quickCheckInPlace = timed(() => db.pragma('quick_check'))[1];
  } finally {
    db.close();
  }
  return out;
}

export async function benchStartup(o: StartupBenchOptions): Promise<void> {
  const log = o.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(o.dataDir);
  const file = join(dataDir, 'xinan.sqlite3');
  const runs = o.runs ?? 5;
  const searches = o.searches ?? 1000;
  const bytes = statSync(file).size;
  const intakes = (() => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM intakes').get() as { n: number }).n;
    } finally {
      db.close();
    }
  })();
  log(`\n启动基准：${intakes} 条接待登记，数据库 ${mb(bytes)}；同一进程内启动 ${runs} 次（文件已在页缓存中）`);
  const bare = bareSteps(file);
  log(`裸连接上的各步：${Object.entries(bare).map(([k, v]) => `${k} ${ms(v)}`).join('，')}`);

  const totals: number[] = [];
  const firstScreen: number[] = [];
  const verdicts: number[] = [];
  const writesGo: number[] = [];
  const stalls: number[] = [];
  let rssOpen = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const core = createCore({ dataDir, migrationsDir: MIGRATIONS, logger: silentLogger, documentBodyFont: null, scheduler: false });
    const total = performance.now() - t0;
    const monitor = stallMonitor();
    try {
      if (core.startupError) throw new Error(core.startupError.message);
      if (r === 0) rssOpen = process.memoryUsage().rss;
      // The first screen: the sign-in list, answered while quick_check runs in its worker.
      const [candidates, signInList] = await (async () => {
        const t = performance.now();
        const out = await clientFor(core).call('session.candidates', {});
        return [out, performance.now() - t] as const;
      })();
      if (candidates.length === 0) throw new Error('没有可登录的工作人员');
      await core.writesReady;
      const writes = performance.now() - t0;
      const desk = await signInAs(core, LARGE_STAFF.desk);
      const [, ledger] = await (async () => {
        const t = performance.now();
        const out = await desk.call('intakes.list', { limit: 50 });
        return [out, performance.now() - t] as const;
      })();
      await core.checksSettled();
      const verdict = performance.now() - t0;
      // What runs right after the verdict (a worker's exit, the stored files' sweep) is inside the window too.
      await new Promise((r) => setTimeout(r, 200));
      const stall = monitor.stop();
      stalls.push(stall);
      totals.push(total);
      firstScreen.push(signInList);
      writesGo.push(writes);
      verdicts.push(verdict);
      const s = core.startup;
      log(
        `第 ${r + 1} 次：createCore ${ms(total)}（${Object.entries(s.phases).map(([k, v]) => `${k} ${v}`).join('，')}；quick_check ${QUICK_CHECK[s.quickCheck]}）；` +
          `登录名单 ${ms(signInList)}；写入放行于启动后 ${ms(writes)}，后台校验结论于 ${ms(verdict)}；启动时主线程上的工作 ${Object.entries(s.afterCheck).map(([k, v]) => `${k} ${v}`).join('，')} ms；登录后台账首页 ${ms(ledger)}；启动后至结论后 200 ms 内主线程最长停顿 ${ms(stall)}`,
      );
      if (r === runs - 1) {
        const rssBefore = process.memoryUsage().rss;
        const t = performance.now();
        for (let i = 0; i < searches; i++) await desk.call('intakes.list', { search: SEARCHES[i % SEARCHES.length]!, limit: 50 });
        const each = (performance.now() - t) / searches;
        log(`内存 RSS：首次打开后 ${mb(rssOpen)}；第 ${runs} 次启动、登录后 ${mb(rssBefore)}；再检索 ${searches} 次（${SEARCHES.length} 个检索词轮流，平均 ${ms(each)}/次）后 ${mb(process.memoryUsage().rss)}`);
      }
    } finally {
      monitor.stop();
      await core.close();
    }
  }
  log(`createCore 中位数 ${ms(median(totals))}（最慢 ${ms(Math.max(...totals))}）；登录名单 ${ms(median(firstScreen))}；写入放行 ${ms(median(writesGo))}；后台校验结论 ${ms(median(verdicts))}；主线程最长停顿 ${ms(Math.max(...stalls))}`);
}

const QUICK_CHECK: Record<string, string> = {
  worker: '在后台线程，写入等待结论',
  background: '在后台线程，上次正常关闭、文件未变，写入不等结论',
  inPlace: '就地',
  none: '未运行',
};

if (require.main === module) {
  const argv = process.argv.slice(2);
  const o: StartupBenchOptions = { dataDir: '' };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--data-dir') o.dataDir = value();
    else if (name === '--runs') o.runs = Number(value());
    else if (name === '--searches') o.searches = Number(value());
    else throw new Error(`未知参数：${argv[i]}\n用法：npm run bench:startup -- --data-dir D [--runs R] [--searches S]`);
  }
  if (!o.dataDir) throw new Error('用法：npm run bench:startup -- --data-dir D [--runs R] [--searches S]（D 由 npm run seed:large 生成）');
  benchStartup(o).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
