// `npm run adopt -- --data-dir NEW --from FILE [--sha256 FINGERPRINT] [--password-env NAME]`: receives a handover
// package (npm run handover) into a new, empty data dir on the server machine, verifies everything against the
// package's manifest (every table's row count, every file's SHA-256, the audit chain end to end and its head,
// integrity_check), prints the report and records the adoption on the audit trail. Any difference: refused, listed,
// and the data dir left empty. `npm run server -- --data-dir NEW --adopt FILE` does the same, then serves.
// Exit codes: 0 adopted; 1 refused or failed (nothing adopted); 2 bad arguments.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { adoptPackage, type AdoptReport } from '../../electron/core/durability/adopt';
import { cliArgs, cliFail } from './cli-args';

const USAGE = 'npm run adopt -- --data-dir 新数据目录 --from 移交包文件 [--sha256 移交包指纹] [--password-env 环境变量名]';
const REPO = resolve(__dirname, '..', '..');

/** Adopts and prints the report; exits with code 1 and the Chinese reason when refused. */
export function adoptOrExit(o: { dataDir: string; from: string; sha256?: string; passwordEnv?: string }): AdoptReport {
  const password = o.passwordEnv ? (process.env[o.passwordEnv] ?? null) : null;
  if (o.passwordEnv && !password) cliFail(`环境变量 ${o.passwordEnv} 未设置或为空`, 2);
  try {
    console.log(`正在接收并校验移交包 ${o.from} …`);
    const r = adoptPackage({
      dataDir: o.dataDir,
      packageFile: o.from,
      appVersion: process.env.npm_package_version ?? '0.0.0-dev',
      migrationsDir: resolve(REPO, 'db', 'migrations'),
      by: userInfo().username,
      password,
      expectSha256: o.sha256 ?? null,
    });
    console.log('移交包已接收，全部校验通过：');
    for (const line of r.lines) console.log(line);
    console.log(`  用时 ${(r.ms / 1000).toFixed(1)} 秒；数据目录：${o.dataDir}`);
    return r;
  } catch (e) {
    return cliFail(`\n未接收移交包：${(e as Error).message}\n`, 1);
  }
}

function main(): void {
  const args = cliArgs(process.argv.slice(2), ['data-dir', 'from', 'sha256', 'password-env'], USAGE);
  if (!args['data-dir'] || !args.from) cliFail(`请指定 --data-dir 和 --from。用法：${USAGE}`, 2);
  adoptOrExit({ dataDir: resolve(args['data-dir']), from: resolve(args.from), sha256: args.sha256, passwordEnv: args['password-env'] });
}

if (require.main === module) main();
