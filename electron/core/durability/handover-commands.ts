// The handover's two commands (docs/server.md, "从单机到服务器"), shared by a development checkout
// (`npm run handover` / `npm run adopt`, build/scripts) and the installed app (`xinan --handover` / `xinan --adopt`,
// run by main in a utilityProcess from out/main/tool-host.js). Each prints its Chinese report and exits:
// 0 done; 1 refused or failed (nothing changed, nothing adopted); 2 bad arguments.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { cliArgs, cliFail } from '../kernel/cli-args';
import { adoptPackage, type AdoptReport } from './adopt';
import { MIN_BACKUP_PASSWORD } from './backup-crypto';
import { makeHandover } from './handover';

export interface CommandSetting {
  migrationsDir: string;
  appVersion: string;
  /** How a person types each command here: 'npm run handover --' or 'xinan --handover'. */
  handoverCommand: string;
  adoptCommand: string;
}

const passwordFrom = (env: string | undefined): string | null => {
  if (!env) return null;
  const password = process.env[env] ?? null;
  if (!password) cliFail(`环境变量 ${env} 未设置或为空`, 2);
  return password;
};

export async function runHandoverCommand(argv: readonly string[], s: CommandSetting): Promise<void> {
  const usage = `${s.handoverCommand} --data-dir 数据目录 --out 移交包文件 --server 服务器地址（如 https://192.168.1.10:8443/） [--password-env 环境变量名] [--by 经办人]`;
  const args = cliArgs(argv, ['data-dir', 'out', 'server', 'password-env', 'by'], usage);
  if (!args['data-dir'] || !args.out || !args.server) cliFail(`请指定 --data-dir、--out 和 --server。用法：${usage}`, 2);
  const password = passwordFrom(args['password-env']);
  if (password !== null && password.length < MIN_BACKUP_PASSWORD) cliFail(`移交密码至少 ${MIN_BACKUP_PASSWORD} 位`, 2);
  try {
    const r = await makeHandover({
      dataDir: resolve(args['data-dir']),
      out: resolve(args.out),
      server: args.server.trim(),
      by: args.by ?? userInfo().username,
      appVersion: s.appVersion,
      migrationsDir: s.migrationsDir,
      password,
    });
    const m = r.manifest;
    const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
    console.log(`移交包已生成并校验：${resolve(args.out)}`);
    console.log(`  ${Object.keys(m.tables).length} 张数据表共 ${rows} 条记录，文件 ${m.files.length} 个，审计记录 ${m.audit.count} 条（链头第 ${m.audit.headSeq ?? 0} 条，已校验）`);
    console.log(`  大小 ${(r.packageBytes / 1048576).toFixed(1)} MB，用时 ${(r.ms / 1000).toFixed(1)} 秒${m.encrypted ? '，已加密' : ''}`);
    console.log(`  移交包指纹（SHA-256）：${r.packageSha256}`);
    console.log(`  请把这一指纹抄下，在服务器上接收时核对（${s.adoptCommand} … --sha256 指纹）。`);
    console.log(`本机数据已标为“已移交给 ${m.server}”：以后在本机打开薪安只能查看，不能再登记或修改。`);
  } catch (e) {
    cliFail(`移交未完成，本机数据未改动：${(e as Error).message}`, 1);
  }
}

/** Adopts and prints the report; exits with code 1 and the Chinese reason when refused. */
export function adoptOrExit(o: { dataDir: string; from: string; sha256?: string; passwordEnv?: string }, s: Pick<CommandSetting, 'migrationsDir' | 'appVersion'>): AdoptReport {
  const password = passwordFrom(o.passwordEnv);
  try {
    console.log(`正在接收并校验移交包 ${o.from} …`);
    const r = adoptPackage({
      dataDir: o.dataDir,
      packageFile: o.from,
      appVersion: s.appVersion,
      migrationsDir: s.migrationsDir,
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

export function runAdoptCommand(argv: readonly string[], s: CommandSetting): void {
  const usage = `${s.adoptCommand} --data-dir 新数据目录 --from 移交包文件 [--sha256 移交包指纹] [--password-env 环境变量名]`;
  const args = cliArgs(argv, ['data-dir', 'from', 'sha256', 'password-env'], usage);
  if (!args['data-dir'] || !args.from) cliFail(`请指定 --data-dir 和 --from。用法：${usage}`, 2);
  adoptOrExit({ dataDir: resolve(args['data-dir']), from: resolve(args.from), sha256: args.sha256, passwordEnv: args['password-env'] }, s);
}
