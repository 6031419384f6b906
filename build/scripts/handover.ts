// `npm run handover -- --data-dir D --out FILE --server ADDRESS [--password-env NAME] [--by NAME]`: hands this
// installation's data to the bureau server (docs/server.md, "从单机到服务器"): one package file holding a verified
// backup (the database through SQLite's backup API, every stored file, their hashes, the audit chain's head) and its
// manifest; then this copy is marked as handed over and refuses every change from then on. Close XinAn first: the
// command refuses while the desktop app (or a server) has the data dir. Exit codes: 0 done; 1 failed (nothing
// changed); 2 bad arguments.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { makeHandover } from '../../electron/core/durability/handover';
import { MIN_BACKUP_PASSWORD } from '../../electron/core/durability/backup-crypto';
import { cliArgs, cliFail } from './cli-args';

const USAGE = 'npm run handover -- --data-dir 数据目录 --out 移交包文件 --server 服务器地址（如 https://192.168.1.10:8443/） [--password-env 环境变量名] [--by 经办人]';
const REPO = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const args = cliArgs(process.argv.slice(2), ['data-dir', 'out', 'server', 'password-env', 'by'], USAGE);
  if (!args['data-dir'] || !args.out || !args.server) cliFail(`请指定 --data-dir、--out 和 --server。用法：${USAGE}`, 2);
  let password: string | null = null;
  if (args['password-env']) {
    password = process.env[args['password-env']] ?? null;
    if (!password) cliFail(`环境变量 ${args['password-env']} 未设置或为空`, 2);
    if (password.length < MIN_BACKUP_PASSWORD) cliFail(`移交密码至少 ${MIN_BACKUP_PASSWORD} 位`, 2);
  }
  try {
    const r = await makeHandover({
      dataDir: resolve(args['data-dir']),
      out: resolve(args.out),
      server: args.server.trim(),
      by: args.by ?? userInfo().username,
      appVersion: process.env.npm_package_version ?? '0.0.0-dev',
      migrationsDir: resolve(REPO, 'db', 'migrations'),
      password,
    });
    const m = r.manifest;
    const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
    console.log(`移交包已生成并校验：${resolve(args.out)}`);
    console.log(`  ${Object.keys(m.tables).length} 张数据表共 ${rows} 条记录，文件 ${m.files.length} 个，审计记录 ${m.audit.count} 条（链头第 ${m.audit.headSeq ?? 0} 条，已校验）`);
    console.log(`  大小 ${(r.packageBytes / 1048576).toFixed(1)} MB，用时 ${(r.ms / 1000).toFixed(1)} 秒${m.encrypted ? '，已加密' : ''}`);
    console.log(`  移交包指纹（SHA-256）：${r.packageSha256}`);
    console.log(`  请把这一指纹抄下，在服务器上接收时核对（npm run adopt -- … --sha256 指纹）。`);
    console.log(`本机数据已标为“已移交给 ${m.server}”：以后在本机打开薪安只能查看，不能再登记或修改。`);
  } catch (e) {
    cliFail(`移交未完成，本机数据未改动：${(e as Error).message}`, 1);
  }
}

if (require.main === module) void main();
