// The leader's desk at N open files (part of `npm run bench:deadlines`): one complaint intake per file, then the
// desk's figures and the filtered lists they link to, each timed as the median of 7 calls through dispatch, and the
// query plans of the figures' statements (no full scan of a large table may appear).
import type { Core } from '../../electron/core/index';
import { addDays } from '../../shared/domain/calendar';
import { instantOf } from '../../shared/domain/time';
import type { Client } from '../helpers/client';
import { complaintsPerDay, dutiesByCapability, openFileCounts } from '../../electron/core/desk/desk-charts.data';

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[3]!;
}

export async function deskFigures(core: Core, leader: Client, s: { unit: string; staff: string; files: number; today: string }): Promise<void> {
  const db = core.services!.db;
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO intakes (id, unit_id, reg_year, reg_no, kind, channel, received_at, received_date, summary, workers_count, status, recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'complaint', 'walkIn', ?, ?, '基准投诉', 1, 'registered', ?, ?, ?)`,
    );
    for (let n = 0; n < s.files; n++) {
      const day = addDays(s.today, -(n % 90));
      insert.run(`bench-intake-${n}`, s.unit, 1900, n + 1, instantOf(day, '10:00'), day, s.staff, Date.now(), Date.now());
    }
  })();
  // The leader's charts read each open file's employer and what its workers are still owed: 500 employers, one a file,
  // the file's complaint linked to it (the bench's files name no workers, so what is owed reads 0: the per-file reads
  // are timed, not the sorting of amounts).
  db.transaction(() => {
    const party = db.prepare("INSERT INTO parties (id, kind, name, created_at, updated_at) VALUES (?, 'organisation', ?, ?, ?)");
    const stands = db.prepare("INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, sort_order) SELECT ?, id, 'employer', ?, 0 FROM proceedings WHERE case_file_id = ? LIMIT 1");
    const link = db.prepare('UPDATE intakes SET case_file_id = ? WHERE id = ?');
    const files = db.prepare("SELECT id FROM case_files WHERE status = 'open' ORDER BY seq").all() as { id: string }[];
    for (let e = 0; e < 500; e++) party.run(`bench-employer-${e}`, `基准用人单位${e}`, Date.now(), Date.now());
    files.forEach((f, n) => {
      stands.run(`bench-pp-${n}`, `bench-employer-${n % 500}`, f.id);
      if (n < s.files) link.run(f.id, `bench-intake-${n}`);
    });
  })();
  db.exec('ANALYZE');
  const timings: [string, () => Promise<unknown>][] = [
    ['desk.charts（阶段、部门、每周投诉）', () => leader.call('desk.charts', {})],
    ['statistics.charts（统计概览：12个月投诉和追发、阶段、逾期、尚欠工资的用人单位）', () => leader.call('statistics.charts', {})],
    ['statistics.chartFiles 某月投诉', () => leader.call('statistics.chartFiles', { chart: 'complaints', month: s.today.slice(0, 7) })],
    ['desk.summary', () => leader.call('desk.summary', {})],
    ['cases.list 按部门（监察）', () => leader.call('cases.list', { search: '', filter: { status: 'open', departmentId: 'dept-540200-inspection' } as never, limit: 50 })],
    ['cases.list 按阶段（监察·已立案）', () => leader.call('cases.list', { search: '', filter: { status: 'open', proceedingKind: 'inspection', proceedingStatus: 'filed' } as never, limit: 50 })],
    ['deadlines.list 全单位已逾期·仲裁院', () => leader.call('deadlines.list', { dueState: 'overdue', scope: 'unit', departmentId: 'dept-540200-arbitration', cursor: null, limit: 50 })],
  ];
  console.log(`\n领导工作台（${s.files} 个在办案卷，${s.files} 条投诉登记），每项取7次的中位数：`);
  for (const [label, run] of timings) console.log(`  ${label}：${(await median(run)).toFixed(1)} ms`);
  const prepare = core.services!.prepare;
  const soon = addDays(s.today, 3);
  const parts: [string, () => unknown][] = [
    ['  其中 按阶段和部门在办案卷', () => openFileCounts(prepare, s.unit)],
    ['  其中 按部门期限', () => dutiesByCapability(prepare, { unitId: s.unit, today: s.today, soonUntil: soon })],
    ['  其中 每周投诉', () => complaintsPerDay(prepare, s.unit, instantOf(addDays(s.today, -84)))],
  ];
  for (const [label, run] of parts) console.log(`  ${label}：${(await median(async () => run())).toFixed(1)} ms`);
  const charts = await leader.call('desk.charts', {});
  printPlans(core, s.unit, s.today);
  console.log(`  部门：${charts.departments.map((d) => `${d.name} 在办${d.openFiles} 逾期${d.overdue} 3日内${d.dueSoon}`).join('；')}`);
}

/** The query plans of the desk's figures on the bench's data (after ANALYZE). */
function printPlans(core: Core, unit: string, today: string): void {
  const db = core.services!.db;
  const plans: [string, unknown[]][] = [];
  const prepare = ((sql: string) => ({ all: (...args: unknown[]) => (plans.push([sql, args]), []) })) as never;
  openFileCounts(prepare, unit);
  dutiesByCapability(prepare, { unitId: unit, today, soonUntil: today });
  complaintsPerDay(prepare, unit, 0);
  for (const [sql, args] of plans) {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('；');
    console.log(`  查询计划 ${sql.replace(/\s+/g, ' ').slice(0, 40)}…：${plan}`);
  }
}
