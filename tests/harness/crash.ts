// `npm run test:crash -- --kills N [--seed S] [--lanes 2] [--max-work-ms W] [--keep]`: the core in a child process doing desk
// work (intakes, complainants added, documents with their files and numbers, ID photos), SIGKILLed at a random
// moment N times on one data dir; after each kill the database is reopened and checked (crash-verify.ts). The last
// line is `kills: N, lost: L, integrity failures: F`; the exit code is non-zero unless N kills landed and L = F = 0.
// Some runs are also killed while the core is still starting (reopening after the last kill); those are counted
// apart, since N counts only the kills that landed while the child was working.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { openDatabase } from '../../db/open';
import { NODE_ENTRY_BUILD } from '../helpers/worker-bundles';
import type { Ack } from './crash-protocol';
import { verifyDataDir } from './crash-verify';
import { parseFlags, positiveInt, seededRandom } from './random';

const REPO = resolve(__dirname, '..', '..');
const MIGRATIONS_DIR = join(REPO, 'db', 'migrations');
// Inside node_modules so the bundle's external packages (and the fonts it resolves from its own path) are found.
const BUILD_DIR = join(REPO, 'node_modules', '.cache', 'xinan-harness');
// One bundle per run: two runs at once (or a run and an edit) never swap each other's child.
const CHILD = join(BUILD_DIR, `crash-child-${process.pid}.cjs`);
const STARTUP_KILL_SHARE = 0.1;

interface RunOutcome {
  ready: boolean;
  killed: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  failure: string | null;
  stderr: string;
}

/** One file instead of some hundred modules through tsx: the child starts in about a third of the time. */
async function bundleChild(): Promise<void> {
  mkdirSync(BUILD_DIR, { recursive: true });
  await build({ ...NODE_ENTRY_BUILD, entryPoints: [join(__dirname, 'crash-child.ts')], outfile: CHILD });
}

function runChild(args: string[], killAfter: { fromReadyMs: number } | { fromSpawnMs: number } | null, onAck: (a: Ack) => void): Promise<RunOutcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--enable-source-maps', CHILD, args[0], MIGRATIONS_DIR, ...args.slice(1)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Compiled code cached on disk across the children (Node ≥ 22.1).
      env: { ...process.env, NODE_COMPILE_CACHE: join(BUILD_DIR, 'compile-cache') },
    });
    const outcome: RunOutcome = { ready: false, killed: false, code: null, signal: null, failure: null, stderr: '' };
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) {
        outcome.killed = true;
        child.kill('SIGKILL');
      }
    };
    const timers: NodeJS.Timeout[] = [setTimeout(() => (outcome.failure ??= '子进程 60 秒内未就绪，已强制结束', kill()), 60_000)];
    if (killAfter && 'fromSpawnMs' in killAfter) timers.push(setTimeout(kill, killAfter.fromSpawnMs));
    child.stderr.on('data', (d: Buffer) => (outcome.stderr = (outcome.stderr + d.toString()).slice(-2000)));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      let m: Ack | { t: 'ready' } | { t: 'failed'; step: string; code: string; message: string };
      try {
        m = JSON.parse(line) as typeof m;
      } catch {
        outcome.failure ??= `子进程输出无法解读：${line.slice(0, 200)}`;
        return;
      }
      if (m.t === 'ready') {
        outcome.ready = true;
        clearTimeout(timers[0]);
        if (killAfter && 'fromReadyMs' in killAfter) timers.push(setTimeout(kill, killAfter.fromReadyMs));
      } else if (m.t === 'failed') {
        outcome.failure ??= `${m.step} 失败：${m.code} ${m.message}`;
      } else onAck(m);
    });
    // 'close' comes after the exit and the end of stdout: lines already in the pipe at the kill are all read.
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      outcome.code = code;
      outcome.signal = signal;
      done(outcome);
    });
  });
}

interface Lane {
  index: number;
  dataDir: string;
  acks: Ack[];
  runs: number;
  landed: number;
  startupKills: number;
  verifyMs: number;
}

/** How long the child works before the kill: half the runs short (a few intakes), half long (documents rendered). */
function workWindow(rnd: () => number, maxWorkMs: number): number {
  const short = Math.min(300, maxWorkMs);
  return Math.floor(rnd() < 0.5 ? rnd() * short : short + rnd() * (maxWorkMs - short));
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['kills', 'seed', 'max-work-ms', 'lanes', 'keep']);
  const kills = positiveInt(flags.kills, 'kills', 100);
  const seed = positiveInt(flags.seed, 'seed', Math.floor(Math.random() * 2 ** 31));
  const maxWorkMs = Math.max(1, positiveInt(flags['max-work-ms'], 'max-work-ms', 1500));
  // Each lane is its own data dir, killed and reopened over and over; two use the two cores CI has.
  const laneCount = Math.max(1, Math.min(kills, positiveInt(flags.lanes, 'lanes', 2)));
  console.log(`崩溃测试：${kills} 次 SIGKILL，${laneCount} 个通道，种子 ${seed}（重现：npm run test:crash -- --kills ${kills} --lanes ${laneCount} --seed ${seed}）`);

  const t0 = Date.now();
  await bundleChild();
  const lost = new Map<string, string>();
  const integrity = new Map<string, string>();
  const note = (into: Map<string, string>, what: string, where: string, label: string) => {
    if (into.has(what)) return;
    into.set(what, where);
    console.error(`${where}：${label} — ${what}`);
  };
  const verify = (lane: Lane, filesFrom: number, where: string) => {
    const tv = Date.now();
    const db = openDatabase(join(lane.dataDir, 'xinan.sqlite3'));
    try {
      const verdict = verifyDataDir(db, join(lane.dataDir, 'files'), lane.acks, filesFrom);
      for (const f of verdict.lost) note(lost, `[通道${lane.index}] ${f}`, where, '丢失');
      for (const f of verdict.integrity) note(integrity, `[通道${lane.index}] ${f}`, where, '完整性');
    } finally {
      db.close();
    }
    lane.verifyMs += Date.now() - tv;
  };
  let landedTotal = 0;

  const runLane = async (lane: Lane, quota: number): Promise<void> => {
    const rnd = seededRandom(seed + lane.index * 7919);
    const setup = await runChild(['setup', lane.dataDir], null, () => {});
    if (setup.code !== 0) {
      note(integrity, `[通道${lane.index}] 准备数据目录失败（退出码 ${setup.code}）：${setup.failure ?? setup.stderr.slice(-500)}`, '准备', '完整性');
      return;
    }
    let strikes = 0;
    while (lane.landed < quota) {
      const run = ++lane.runs;
      const where = `通道 ${lane.index} 第 ${run} 轮`;
      const atStartup = rnd() < STARTUP_KILL_SHARE;
      const killAfter = atStartup ? { fromSpawnMs: Math.floor(rnd() * 1500) } : { fromReadyMs: workWindow(rnd, maxWorkMs) };
      const filesFrom = lane.acks.length;
      const outcome = await runChild(['work', lane.dataDir, String(run), String(Math.floor(rnd() * 2 ** 31))], killAfter, (a) => lane.acks.push(a));
      if (outcome.killed && outcome.signal === 'SIGKILL' && !outcome.failure) {
        if (outcome.ready) {
          lane.landed++;
          landedTotal++;
          if (landedTotal % 50 === 0) console.log(`  已在工作中中断 ${landedTotal}/${kills} 次，用时 ${Math.round((Date.now() - t0) / 1000)}s`);
        } else lane.startupKills++;
        strikes = 0;
      } else {
        const why = outcome.failure ?? `子进程自行退出（退出码 ${outcome.code}，信号 ${outcome.signal}）`;
        note(integrity, `[通道${lane.index}] ${why}`, where, '完整性');
        console.error(outcome.stderr.trim().split('\n').slice(-5).join('\n'));
        if (++strikes >= 3) {
          console.error(`通道 ${lane.index}：子进程连续 3 次未能正常工作，停止该通道`);
          break;
        }
      }
      verify(lane, filesFrom, `${where}中断后`);
    }
    // Once more at the end, every stored file of every acknowledged write re-hashed.
    verify(lane, 0, `通道 ${lane.index} 最终检查`);
  };

  const lanes: Lane[] = Array.from({ length: laneCount }, (_, i) => ({
    index: i + 1,
    dataDir: mkdtempSync(join(tmpdir(), `xinan-crash-${i + 1}-`)),
    acks: [],
    runs: 0,
    landed: 0,
    startupKills: 0,
    verifyMs: 0,
  }));
  await Promise.all(lanes.map((lane, i) => runLane(lane, Math.floor(kills / laneCount) + (i < kills % laneCount ? 1 : 0))));

  const seconds = (Date.now() - t0) / 1000;
  const acks = lanes.flatMap((l) => l.acks);
  const byKind = acks.reduce<Record<string, number>>((m, a) => ((m[a.t] = (m[a.t] ?? 0) + 1), m), {});
  const sum = (f: (l: Lane) => number) => lanes.reduce((n, l) => n + f(l), 0);
  console.log(
    `共 ${sum((l) => l.runs)} 轮，用时 ${seconds.toFixed(1)}s（每分钟 ${((landedTotal / seconds) * 60).toFixed(1)} 次中断；校验共 ${(sum((l) => l.verifyMs) / 1000).toFixed(1)}s）；` +
      `启动中中断 ${sum((l) => l.startupKills)} 次（不计入 kills）；已确认写入 ${acks.length} 条：${JSON.stringify(byKind)}`,
  );
  for (const [f, where] of lost) console.log(`丢失（${where}）：${f}`);
  for (const [f, where] of integrity) console.log(`完整性问题（${where}）：${f}`);
  const clean = lost.size === 0 && integrity.size === 0;
  rmSync(CHILD, { force: true });
  for (const lane of lanes) {
    if (flags.keep !== 'true' && clean) rmSync(lane.dataDir, { recursive: true, force: true });
    else console.log(`通道 ${lane.index} 的数据目录保留在 ${lane.dataDir}`);
  }
  console.log(`kills: ${landedTotal}, lost: ${lost.size}, integrity failures: ${integrity.size}`);
  process.exit(landedTotal === kills && clean ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(`崩溃测试出错：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  console.log('kills: 0, lost: 0, integrity failures: 1');
  process.exit(1);
});
