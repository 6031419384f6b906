// `npm run backup -- --data-dir D --to DIR [--password-env NAME] [--note TEXT]`: one verified backup of the data dir
// D (its database through SQLite's online backup API, and its stored files) into DIR/xinan-backups, while the
// application may be running. With --password-env the backup is encrypted with the password held in that
// environment variable (never on the command line, where other users of the PC can see it). The last line printed is
// the backup's path. Exit codes: 0 written and verified; 1 failed; 2 bad arguments or no database.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../db/open';
import { statementCache } from '../../db/statements';
import { dataDirPaths } from '../../electron/core/kernel/data-dir';
import { writeBackup } from '../../electron/core/durability/backup';
import { backupFolderProblem, updateBackupState } from '../../electron/core/durability/backup-settings';
import { MIN_BACKUP_PASSWORD } from '../../electron/core/durability/backup-crypto';
import { checkNow } from '../../electron/core/durability/integrity';
import { tx } from '../../electron/core/kernel/tx';
import { cliArgs, cliFail } from './cli-args';

const USAGE = 'npm run backup -- --data-dir 数据目录 --to 备份文件夹 [--password-env 环境变量名] [--note 备注]';

async function main(): Promise<void> {
  const args = cliArgs(process.argv.slice(2), ['data-dir', 'to', 'password-env', 'note'], USAGE);
  if (!args['data-dir'] || !args.to) cliFail(`请指定 --data-dir 和 --to。用法：${USAGE}`, 2);
  const paths = dataDirPaths(resolve(args['data-dir']));
  const folder = resolve(args.to);
  if (!existsSync(paths.dbFile)) cliFail(`数据目录中没有数据库文件：${paths.dbFile}`, 2);
  const problem = backupFolderProblem(paths, folder);
  if (problem) cliFail(problem, 2);
  let password: string | null = null;
  if (args['password-env']) {
    password = process.env[args['password-env']] ?? null;
    if (!password) cliFail(`环境变量 ${args['password-env']} 未设置或为空`, 2);
    if (password.length < MIN_BACKUP_PASSWORD) cliFail(`备份密码至少 ${MIN_BACKUP_PASSWORD} 位`, 2);
  }
  const db = openDatabase(paths.dbFile);
  try {
    const check = checkNow(db, 'quick');
    if (!check.ok) cliFail('数据库未通过完整性检查（quick_check），不能作为备份：请用 npm run restore 从较早的备份恢复', 1);
    const now = Date.now();
    let last = -1;
    const ref = await writeBackup({
      db,
      paths,
      folder,
      kind: 'manual',
      now,
      appVersion: process.env.npm_package_version ?? '0.0.0-dev',
      method: 'online',
      password,
      note: args.note ?? '命令行备份',
      progress: (stage, done, total) => {
        const pct = total ? Math.floor((done / total) * 100) : 100;
        if (pct !== last && (pct % 25 === 0 || done === total)) {
          last = pct;
          process.stderr.write(`${{ database: '数据库', files: '文件', verify: '校验' }[stage]} ${done}/${total}\n`);
        }
      },
    });
    tx({ db, prepare: statementCache(db), now: Date.now(), actorStaffId: null, sessionId: null, channel: 'cli.backup' }, (w) =>
      w.audit({ action: 'backup', entity: 'backup', entityId: ref.manifest.id, change: { kind: 'manual', via: 'cli', files: ref.manifest.files.length, bytes: ref.manifest.db.bytes, encrypted: password !== null } }),
    );
    updateBackupState(paths, { lastGood: { at: now, id: ref.manifest.id, dir: ref.dir }, lastAttempt: { at: now, ok: true, message: '命令行备份完成并已校验' } });
    console.log(`备份完成并已校验：${ref.manifest.files.length} 个文件，审计记录 ${ref.manifest.audit.count} 条，用时 ${((Date.now() - now) / 1000).toFixed(1)} 秒`);
    console.log(ref.dir);
  } catch (e) {
    cliFail((e as Error).message, 1);
  } finally {
    if (db.open) db.close();
  }
}

if (require.main === module) void main();
