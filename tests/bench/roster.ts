// `tsx tests/bench/roster.ts <hostile|normal|large> [--in-thread | --built]`: parses one roster and prints the wall
// time and the process's peak memory (maxRSS), for docs/performance.md and the issue #10 note. One roster per
// process, so each peak is that roster's own. By default through parseRoster (the worker run from source via tsx,
// as in development); --built runs the bundled out/main/roster-worker.js as the app does (`npm run build` first);
// --in-thread reads it in this thread, as the core did before issue #10.
//   hostile: 6 KB, two cells, the second at row 20,000 × column 2,000 (the security review's file)
//   normal:  200 workers, 8 columns, as a bureau's roster looks
//   large:   5,000 rows × 20 columns, the most a roster may hold
import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readRoster } from '../../electron/core/intakes/roster';
import { parseRoster, ROSTER_MEMORY_MB } from '../../electron/core/intakes/roster-thread';
import type { RosterWorkerMessage } from '../../electron/core/intakes/roster-worker';
import { residentIdCheckChar } from '../../shared/domain/identity';

function idNumber(i: number): string {
  const body = `54020219${String(80 + (i % 20)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
}

async function build(kind: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  if (kind === 'hostile') {
    ws.getCell(1, 1).value = '姓名';
    ws.getCell(20_000, 2_000).value = 'x';
  } else {
    const rows = kind === 'large' ? 4_999 : 200;
    const extra = kind === 'large' ? 12 : 0;
    ws.addRow(['序号', '姓名', '身份证号码', '联系电话', '工种', '家庭住址', '拖欠工资（元）', '备注', ...Array.from({ length: extra }, (_, i) => `${i + 1}月`)]);
    for (let i = 0; i < rows; i++) {
      ws.addRow([i + 1, `扎西${i}`, idNumber(i), `139089${String(i).padStart(5, '0')}`, '钢筋工', '西藏日喀则市南木林县艾玛乡岗堆村', 12_800 + i, '', ...Array.from({ length: extra }, () => 3200)]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main() {
  const kind = process.argv[2] ?? 'normal';
  const buf = await build(kind);
  const t0 = performance.now();
  let outcome: string;
  const mode = process.argv[3] ?? '';
  try {
    if (mode === '--built') {
      const bytes = Uint8Array.from(buf);
      const worker = new Worker(resolve('out/main/roster-worker.js'), {
        workerData: { fileName: '名册.xlsx', bytes },
        transferList: [bytes.buffer],
        resourceLimits: { maxOldGenerationSizeMb: ROSTER_MEMORY_MB, maxYoungGenerationSizeMb: 32 },
      });
      const m = await new Promise<RosterWorkerMessage>((ok) => worker.once('message', ok));
      await worker.terminate();
      outcome = m.type === 'done' ? `${m.output.rows.length} rows` : `refused: ${m.message}`;
    } else {
      const out = mode === '--in-thread' ? await readRoster('名册.xlsx', buf) : await parseRoster('名册.xlsx', buf.toString('base64'));
      outcome = `${out.rows.length} rows`;
    }
  } catch (e) {
    outcome = `refused: ${(e as Error).message}`;
  }
  const ms = performance.now() - t0;
  console.log(`${kind}${mode ? ` ${mode}` : ''}: ${(buf.length / 1024).toFixed(1)} KB, ${(ms / 1000).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB — ${outcome}`);
}

void main();
