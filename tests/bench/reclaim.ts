// `npm run bench:reclaim -- --data-dir D` (D from seed:large, copied, never changed): does the file shrink after the
// deadlines' trace compaction? The copy is first made to look like a database written by engine 5 — every clock
// with its trace stored, as before the trace was recomputed on demand — and checkpointed; then the core starts on
// it as the app would after the upgrade: the start finds the basis stale, the 'deadlines.recompute' job compacts
// the traces and gives the freed pages back (db/reclaim.ts). Prints the file's size at each step.
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { readCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { proceedingEvents } from '../../electron/core/deadlines/stored-deadlines';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { dateKeyOf } from '../../shared/domain/time';
import type { ProceedingKind } from '../../shared/domain/vocabulary';
import { TEST_PASSWORD_COST } from '../helpers/accounts';

const MIGRATIONS = resolve(__dirname, '..', '..', 'db', 'migrations');
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--data-dir');
  if (at < 0) throw new Error('请用 --data-dir 指定 seed:large 生成的数据目录（不会被修改，先复制一份）');
  const dir = mkdtempSync(join(tmpdir(), 'xinan-bench-reclaim-'));
  cpSync(resolve(argv[at + 1]!), dir, { recursive: true });
  const file = join(dir, 'xinan.sqlite3');
  // Removed at exit: the core's maintenance timer may still write its state file just after close.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  {
    // 1. As engine 5 left it: every clock's trace stored.
    let core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
    const s = core.services!;
    const calendar = readCalendar(s.prepare);
    const settings = deadlineSettings(s);
    const rows = s.db.prepare('SELECT d.id, d.proceeding_id, p.kind, d.rule_id, d.party, d.award_finality, d.computed_at FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE d.trace IS NULL ORDER BY d.proceeding_id').all() as { id: string; proceeding_id: string; kind: ProceedingKind; rule_id: string; party: string; award_finality: string; computed_at: number }[];
    const update = s.db.prepare('UPDATE deadlines SET trace = ? WHERE id = ?');
    let expanded = 0;
    s.db.transaction(() => {
      for (const r of rows) {
        const states = deadlinesFromEvents(proceedingEvents(s.prepare, r.proceeding_id), { today: dateKeyOf(r.computed_at), calendar, settings, proceedingKind: r.kind });
        const same = states.find((x) => x.rule === r.rule_id && (x.party ?? '') === r.party && (x.awardFinality ?? '') === r.award_finality);
        if (same) expanded += update.run(JSON.stringify(same.trace), r.id).changes;
      }
      s.db.prepare("UPDATE deadline_basis SET basis = 'engine 5; (bench:reclaim)'").run();
    })();
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    await core.close();
    const asEngine5 = statSync(file).size;
    console.log(`引擎第5版的样子：${expanded} 个期限写回计算过程，文件 ${mb(asEngine5)}`);

    // 2. The upgrade's start: the recompute job compacts the traces, then gives the pages back.
    const started = Date.now();
    core = createCore({ dataDir: dir, migrationsDir: MIGRATIONS, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
    const db = core.services!.db;
    let done: { action: string; change: string } | undefined;
    for (let i = 0; i < 3000 && !done; i++) {
      await new Promise((r) => setTimeout(r, 200));
      done = db.prepare("SELECT action, change FROM audit_log WHERE entity = 'job' AND action IN ('succeeded', 'failed', 'cancelled') AND change LIKE '%deadlines.recompute%' ORDER BY seq DESC LIMIT 1").get() as typeof done;
    }
    if (!done) throw new Error('重新计算期限的任务10分钟内未结束');
    const result = (JSON.parse(done.change) as { result: { recomputed: number; reclaimed?: Record<string, number | string> } }).result;
    await core.close();
    console.log(`升级后启动：任务${done.action === 'succeeded' ? '完成' : done.action}，${((Date.now() - started) / 1000).toFixed(1)} s；重新计算 ${result.recomputed} 个程序`);
    console.log(`  整理：${JSON.stringify(result.reclaimed)}`);
    console.log(`  文件 ${mb(asEngine5)} → ${mb(statSync(file).size)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
