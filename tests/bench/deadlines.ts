// `npm run bench:deadlines -- [--files N]`: N open files (inspections and arbitrations at several stages, received
// over the last 90 days), then a correction of this year's holiday notice, which recomputes every open file's
// deadlines as the 'deadlines.recompute' job. Prints the job's time end to end and per proceeding.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '../../shared/domain/calendar';
import { dateKeyOf } from '../../shared/domain/time';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { recomputeDeadlines } from '../../electron/core/deadlines/recompute';
import { currentBasis } from '../../electron/core/deadlines/recompute-trigger';
import { ADMIN, establishStaff, initializeAs, signInAs } from '../helpers/accounts';
import { deskFigures } from './desk-figures';
import { clientFor } from '../helpers/client';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--files');
  const files = i >= 0 ? Number(argv[i + 1]) : 10_000;
  if (!Number.isInteger(files) || files < 100) throw new Error('--files 应为不小于100的整数');
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-bench-deadlines-'));
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null });
  try {
    const admin = clientFor(core);
    await initializeAs(admin);
    const db = core.services!.db;
    const unit = (db.prepare('SELECT unit_id FROM installation WHERE id = 1').get() as { unit_id: string }).unit_id;
    const staff = (db.prepare('SELECT id FROM staff LIMIT 1').get() as { id: string }).id;
    const today = dateKeyOf(Date.now());
    // Files written straight into the tables (their events are what the engine reads): half inspections — received,
    // accepted, filed — half arbitrations — received, asked for 补正, accepted.
    const t0 = performance.now();
    db.transaction(() => {
      const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)");
      const proc = db.prepare('INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const ev = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at) VALUES (?, ?, ?, 'bench', ?)");
      for (let n = 0; n < files; n++) {
        const received = addDays(today, -(n % 90));
        const id = `bench-${n}`;
        const now = Date.now();
        file.run(`cf-${id}`, unit, `基准案卷${n}`, now, staff, now, now);
        const inspection = n % 2 === 0;
        const stage = Math.floor(n / 2) % 3;
        const status = inspection ? ['received', 'accepted', 'filed'][stage]! : ['received', 'supplementRequested', 'accepted'][stage]!;
        proc.run(`pr-${id}`, `cf-${id}`, inspection ? 'inspection' : 'arbitration', status, now, now, now);
        ev.run(`pr-${id}`, 'received', received, now);
        if (stage >= 1) ev.run(`pr-${id}`, inspection ? 'accepted' : 'supplementRequested', received, now);
        if (stage === 2) ev.run(`pr-${id}`, inspection ? 'filed' : 'accepted', received, now);
      }
    })();
    const seeded = performance.now() - t0;
    // First computation (what an upgrade does at start), on the calling thread.
    const t1 = performance.now();
    const first = recomputeDeadlines({ db, now: () => Date.now(), progress: () => undefined, cancelled: () => false }, currentBasis(core.services!).params);
    const direct = performance.now() - t1;

    // The administrator corrects this year's notice: the job recomputes every open file.
    const signed = await signInAs(core, ADMIN.name, ADMIN.password);
    const year = Number(today.slice(0, 4));
    const cal = await signed.call('calendar.get', { year });
    const entered = cal.years.find((y) => y.year === year);
    const extra = cal.days.some((d) => d.date === `${year}-12-31`) ? `${year}-12-30` : `${year}-12-31`;
    // The job the correction starts, noted as it starts.
    const jobs = core.services!.jobs;
    const start = jobs.start.bind(jobs);
    let jobId: string | null = null;
    jobs.start = (kind, params, actor) => {
      const started = start(kind, params, actor);
      if (kind === 'deadlines.recompute') jobId = started.id;
      return started;
    };
    const t2 = performance.now();
    await signed.call('calendar.setYear', { year, rowVersion: entered?.rowVersion ?? null, source: '基准测试更正', note: null, days: [...cal.days, { date: extra, kind: 'off', name: '更正' }] });
    if (!jobId) throw new Error('日历更正后没有启动重新计算任务');
    let info = jobs.get(jobId);
    while (info.status === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      info = jobs.get(jobId);
    }
    const viaJob = performance.now() - t2;
    const clocks = (db.prepare('SELECT count(*) AS n FROM deadlines').get() as { n: number }).n;
    console.log(`\n期限重新计算：${files} 个在办案卷（${first.recomputed} 个程序，${clocks} 个期限），写入 ${(seeded / 1000).toFixed(1)} s`);
    console.log(`  在调用线程上全部计算：${(direct / 1000).toFixed(2)} s（${((direct / first.recomputed) * 1000).toFixed(0)} µs/程序）`);
    console.log(`  更正节假日安排后由后台任务重新计算（含启动任务与轮询）：${(viaJob / 1000).toFixed(2)} s（${((viaJob / first.recomputed) * 1000).toFixed(0)} µs/程序），任务状态 ${info.status}`);

    // The leader's desk on the same files (and one complaint a file, received over the same 90 days).
    const leaderId = await establishStaff(core, signed, { name: '基准领导', departmentId: null, roles: ['leader'] });
    await deskFigures(core, await signInAs(core, leaderId), { unit, staff, files, today });
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
