// `npm run test:load -- [--desks 20] [--minutes 5] [--seconds S] [--max-steps N] [--think-ms MS] [--seed N] [--keep]`:
// the bureau server on a free 127.0.0.1 port with fresh demo data, N simulated desks doing a bureau's mix, every
// acknowledged write checked afterwards; the last line is `desks: N, requests: N, errors: N, conflicts: N, lost: N`.
// Exit code 1 when anything failed that was not a reported conflict, or anything acknowledged was lost.
import { DEFAULT_LOAD, formatReport, runLoad, type LoadOptions } from './load';
import { startServerProcess } from './server-process';

export function parseLoadArgs(argv: string[]): Omit<LoadOptions, 'log'> {
  const o = { ...DEFAULT_LOAD };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const number = (min: number) => {
      const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(raw);
      if (raw === undefined || !Number.isFinite(n) || n < min) throw new Error(`参数 ${a.split('=')[0]} 需要不小于 ${min} 的数字（收到 ${raw ?? '空'}）`);
      return n;
    };
    if (a.startsWith('--desks')) o.desks = Math.floor(number(1));
    else if (a.startsWith('--minutes')) o.durationMs = number(0.05) * 60_000;
    else if (a.startsWith('--seconds')) o.durationMs = number(1) * 1000;
    else if (a.startsWith('--max-steps')) o.maxStepsPerDesk = Math.floor(number(1));
    else if (a.startsWith('--think-ms')) o.thinkMs = number(0);
    else if (a.startsWith('--seed')) o.seed = Math.floor(number(0));
    else if (a === '--keep') o.keep = true;
    else throw new Error(`未知参数：${a}（可用：--desks N、--minutes M、--seconds S、--max-steps N、--think-ms MS、--seed N、--keep）`);
  }
  return o;
}

async function main(): Promise<void> {
  const opts = parseLoadArgs(process.argv.slice(2));
  console.log(`负载测试：${opts.desks} 个窗口，${(opts.durationMs / 60_000).toFixed(2)} 分钟，每个窗口最多 ${opts.maxStepsPerDesk} 步，步间平均停顿 ${opts.thinkMs} ms`);
  const report = await runLoad({ ...opts, log: (l) => console.log(l) }, (dataDir) => startServerProcess(dataDir));
  if (opts.keep) console.log(`数据目录保留在 ${report.dataDir}`);
  for (const line of formatReport(report)) console.log(line);
  process.exit(report.errors > 0 || report.lost > 0 ? 1 : 0);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`负载测试无法运行：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(2);
  });
}
