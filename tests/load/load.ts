// The load test's run: demo data in a fresh data dir, the bureau server on a free 127.0.0.1 port, N desks each
// signed in as a member of staff doing the bureau's mix until the time is up (or each has made its share of
// requests), then the server and core stopped, the database reopened by a new core, and every acknowledged write
// checked. `npm run test:load` (run.ts) prints it; tests/integration/load-short.test.ts runs a short one.
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { arrangeWorld, CHECKER, demoDataDir, INSPECTORS, loadCore, RECEPTION, signedIn, staffIds } from './arrange';
import { emptyAcknowledged, rng, step, type Acknowledged, type Desk, type DeskState, type World } from './desk-mix';
import { DeskClient, type ServerTrust } from './desk-client';
import { figures, Tally, type KindFigures } from './tally';
import { verifyAcknowledged, type Verdict } from './verify';
import { DEMO_PASSWORD } from '../../shared/domain/demo';

export interface LoadOptions {
  desks: number;
  durationMs: number;
  /** At most this many steps per desk, however long the time (bounded in count as well as time). */
  maxStepsPerDesk: number;
  /** A desk's pause between steps, in ms (a random share of it up to twice the figure). */
  thinkMs: number;
  seed: number;
  /** Keep the data dir afterwards (its path is printed). */
  keep: boolean;
  log: (line: string) => void;
}

export const DEFAULT_LOAD: Omit<LoadOptions, 'log'> = { desks: 20, durationMs: 5 * 60_000, maxStepsPerDesk: 20_000, thinkMs: 100, seed: 1, keep: false };

/** The server under test, started on the core: where to reach it, what to trust, how to stop it. */
export interface ServerUnderTest extends ServerTrust {
  fingerprint: string;
  close(): Promise<void>;
}

/** Starts the server on a data dir (server-process.ts: in a process of its own). */
export type StartServer = (dataDir: string) => Promise<ServerUnderTest>;

export interface LoadReport {
  desks: number;
  requests: number;
  errors: number;
  conflicts: number;
  lost: number;
  kinds: KindFigures[];
  errorSamples: string[];
  verdict: Verdict;
  wallMs: number;
  acknowledged: { intakes: number; callbacks: number; documents: number; edits: number };
  loadBefore: number[];
  loadAfter: number[];
  dataDir: string;
}

/** The line the issue asks for, last in the output. */
export function summaryLine(r: Pick<LoadReport, 'desks' | 'requests' | 'errors' | 'conflicts' | 'lost'>): string {
  return `desks: ${r.desks}, requests: ${r.requests}, errors: ${r.errors}, conflicts: ${r.conflicts}, lost: ${r.lost}`;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Every other desk's stream must carry every acknowledged registration's event: waits for the stragglers (at most
 * `graceMs`), then files each delay from the acknowledgement (an event may come before the answer: 0) — or, for one
 * never heard, an error.
 */
async function heardEverywhere(desks: readonly (Desk & { heard: Map<string, number>; ready: boolean })[], intakes: Acknowledged['intakes'], graceMs: number): Promise<void> {
  const listening = desks.filter((d) => d.ready);
  const missing = () => intakes.flatMap((i) => listening.filter((d) => d.index !== i.desk && !d.heard.has(i.id)).map((d) => ({ i, d })));
  const until = performance.now() + graceMs;
  while (missing().length > 0 && performance.now() < until) await sleep(100);
  for (const { i, d } of missing()) d.tally.errors.push(`第${d.index + 1}号窗口的事件流没有收到接待登记 ${i.id} 的变更`);
  for (const i of intakes) for (const d of listening) if (d.index !== i.desk && d.heard.has(i.id)) d.tally.record('event', Math.max(0, d.heard.get(i.id)! - i.at));
}

/** Desk k's account: the first two desks are the two inspectors (one pair on one record), then reception and inspectors by turns. */
function accountOf(k: number): { role: Desk['role']; person: string; inspectorIndex: number } {
  if (k < 2) return { role: 'inspector', person: INSPECTORS[k]!, inspectorIndex: k };
  const inspector = k % 2 === 1;
  const nth = Math.floor((k - 2) / 2);
  return inspector ? { role: 'inspector', person: INSPECTORS[nth % 2]!, inspectorIndex: 2 + nth } : { role: 'reception', person: RECEPTION[nth % 2]!, inspectorIndex: -1 };
}

export async function runLoad(opts: LoadOptions, startServer: StartServer): Promise<LoadReport> {
  const { log } = opts;
  const loadBefore = loadavg();
  log(`准备演示数据（新的数据目录）……`);
  const dataDir = await demoDataDir();
  let core = loadCore(dataDir);
  const inspectorDesks = Array.from({ length: opts.desks }, (_, k) => accountOf(k)).filter((a) => a.role === 'inspector').length;
  let world: World;
  let ids: Map<string, string>;
  try {
    world = await arrangeWorld(core, Math.max(1, Math.ceil(inspectorDesks / 2)));
    ids = await staffIds(core);
  } finally {
    await core.close();
  }
  const server = await startServer(dataDir);
  log(`服务器已在 ${server.origin} 启动（证书指纹 ${server.fingerprint}）；口令哈希使用测试强度（Argon2id 256 KiB、1 轮），不是生产强度`);

  const ack = emptyAcknowledged();
  const desks: (Desk & { client: DeskClient; inspectorIndex: number; heard: Map<string, number>; ready: boolean })[] = [];
  const started = performance.now();
  try {
    for (let k = 0; k < opts.desks; k++) {
      const a = accountOf(k);
      const client = new DeskClient(server);
      const tally = new Tally();
      desks.push({ index: k, role: a.role, person: a.person, api: client, tally, client, inspectorIndex: a.inspectorIndex, heard: new Map(), ready: false });
    }
    // The desks open their tabs and sign in at once, as a bureau does at eight in the morning — but the desks that
    // share an account one after another: the core refuses more sign-ins of one account in flight at once than
    // security.lockoutAttempts (a guess at its password from many places), and one person is at one desk anyway.
    const people = [...new Set(desks.map((d) => d.person))];
    await Promise.all(
      people.map(async (person) => {
        const group = desks.filter((d) => d.person === person);
        for (const d of group) {
          await d.client.open();
          const signedIn = await d.tally.timed(d.api, 'signIn', 'session.login', { staffId: ids.get(d.person)!, password: DEMO_PASSWORD });
          if (!signedIn?.ok) continue;
          d.ready = true;
          // The page listens for what changed (another desk's registration shows on an open list); so does each desk.
          await d.client.openEvents((e, at) => {
            if (e.type === 'data.changed' && e.entity === 'intake' && e.id !== null && !d.heard.has(e.id)) d.heard.set(e.id, at);
          });
        }
      }),
    );
    const deadline = Date.now() + opts.durationMs;
    await Promise.all(
      // A desk whose sign-in failed (an error, counted) does no work: its calls would all be refusals.
      desks.filter((d) => d.ready).map(async (d) => {
        const r = rng(opts.seed * 1000 + d.index);
        const s: DeskState = { n: 0, own: [], printed: new Set(), seen: null };
        for (let i = 0; i < opts.maxStepsPerDesk && Date.now() < deadline; i++) {
          await step(d, s, world, ack, r, d.inspectorIndex);
          await sleep(Math.floor(r() * 2 * opts.thinkMs));
        }
      }),
    );
    await heardEverywhere(desks, ack.intakes, 5_000);
  } finally {
    for (const d of desks) d.client.close();
    await server.close();
  }
  const wallMs = performance.now() - started;

  // A new core on the same files: what was acknowledged must have reached the disk, not just the old core's memory.
  core = loadCore(dataDir);
  let verdict: Verdict;
  try {
    verdict = await verifyAcknowledged(await signedIn(core, CHECKER), world, ack);
  } finally {
    await core.close();
  }
  if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });

  const tallies = desks.map((d) => d.tally);
  const errorSamples = tallies.flatMap((t) => t.errors);
  return {
    desks: opts.desks,
    requests: tallies.reduce((n, t) => n + t.requests, 0),
    errors: errorSamples.length,
    conflicts: tallies.reduce((n, t) => n + t.conflicts, 0),
    lost: verdict.lost,
    kinds: figures(tallies),
    errorSamples: errorSamples.slice(0, 20),
    verdict,
    wallMs,
    acknowledged: { intakes: ack.intakes.length, callbacks: ack.callbacks.length, documents: ack.documents.length, edits: ack.edits.length },
    loadBefore,
    loadAfter: loadavg(),
    dataDir,
  };
}

/** Pads to a width in terminal columns: a Chinese character takes two. */
function pad(text: string, columns: number): string {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, columns - width));
}

/** The report as printed: the table per kind, what was checked, then the summary line last. */
export function formatReport(r: LoadReport): string[] {
  const f = (ms: number) => ms.toFixed(1).padStart(8);
  const lines = [
    '',
    `机器：${cpus().length} 核；1 分钟平均负载 运行前 ${r.loadBefore[0]!.toFixed(2)}，运行后 ${r.loadAfter[0]!.toFixed(2)}；运行 ${(r.wallMs / 1000).toFixed(1)} 秒`,
    '',
    `${pad('类别', 30)}${'次数'.padStart(7)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'最大 ms'.padStart(9)}`,
    ...r.kinds.map((k) => `${pad(k.label, 30)}${String(k.count).padStart(7)} ${f(k.p50)} ${f(k.p95)} ${f(k.max)}`),
    '',
    `已确认的写入：接待登记 ${r.acknowledged.intakes}，回访记录 ${r.acknowledged.callbacks}，文书 ${r.acknowledged.documents}，笔录修改 ${r.acknowledged.edits}；事后逐条核对 ${r.verdict.checked} 条（在重新打开的数据库上）`,
    ...r.errorSamples.map((e) => `  错误：${e}`),
    ...r.verdict.notes.map((n) => `  丢失：${n}`),
    summaryLine(r),
  ];
  return lines;
}
