// `npm run restore -- --from BACKUP --data-dir D [--password-env NAME] [--reason TEXT]`: restores the data dir D from
// a backup folder (the one `npm run backup` printed). The backup is verified first; the current database is moved to
// D/quarantine/replaced-… (never deleted) — after a verified 恢复前备份 of it into the backup folder chosen in 设置 ›
// 维护, when one is chosen and the database can still be read; stored files the backup names and D lacks are copied back; the restored
// database is checked in full and the restore recorded on its audit trail. Close XinAn first: the command refuses
// while another program has the database open. Exit codes: 0 restored; 1 failed (nothing changed); 2 bad arguments.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { dataDirPaths, prepareDataDir } from '../../electron/core/kernel/data-dir';
import { readManifest, writeBackupSync } from '../../electron/core/durability/backup';
import { readBackupSettings } from '../../electron/core/durability/backup-settings';
import { restoreBackup } from '../../electron/core/durability/restore';
import { cliArgs, cliFail } from './cli-args';

const USAGE = 'npm run restore -- --from 备份路径 --data-dir 数据目录 [--password-env 环境变量名] [--reason 理由]';
const REPO = resolve(__dirname, '..', '..');

/** Whether another process has the database open (the running application): an exclusive lock cannot be taken. */
function inUse(dbFile: string): boolean {
  if (!existsSync(dbFile)) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    db?.close();
  }
}

function main(): void {
  const args = cliArgs(process.argv.slice(2), ['from', 'data-dir', 'password-env', 'reason'], USAGE);
  if (!args.from || !args['data-dir']) cliFail(`请指定 --from 和 --data-dir。用法：${USAGE}`, 2);
  const from = resolve(args.from);
  const manifest = readManifest(from);
  if (!manifest) cliFail(`${from} 不是薪安备份（缺少或无法读取 manifest.json）`, 2);
  const paths = prepareDataDir(resolve(args['data-dir']));
  if (inUse(paths.dbFile)) cliFail('数据库正被薪安或其他程序使用：请先关闭薪安，再恢复', 1);
  const password = args['password-env'] ? (process.env[args['password-env']] ?? null) : null;
  if (manifest.encryption && !password) cliFail('这是一份加密备份：请用 --password-env 指定存放备份密码的环境变量', 2);
  const appVersion = process.env.npm_package_version ?? '0.0.0-dev';
  const folder = readBackupSettings(paths).folder;
  if (folder && existsSync(paths.dbFile)) {
    // As the settings screen does: the data about to be replaced, backed up and verified first. A database too damaged
    // to copy (the usual reason to restore) is still moved aside whole below, so the restore goes on either way.
    let db: Database.Database | null = null;
    try {
      db = new Database(paths.dbFile, { readonly: true, fileMustExist: true });
      const ref = writeBackupSync({ db, paths, folder, kind: 'beforeRestore', now: Date.now(), appVersion, note: `从 ${manifest.id} 恢复之前（命令行）` });
      console.log(`恢复前备份已完成并校验：${ref.dir}`);
    } catch (e) {
      console.log(`恢复前备份未能完成（${(e as Error).message}）；当前数据库仍将整体移至 quarantine 文件夹保存`);
    } finally {
      db?.close();
    }
  }
  try {
    const r = restoreBackup({
      from: { dir: from, manifest },
      paths,
      now: Date.now(),
      migrationsDir: resolve(REPO, 'db', 'migrations'),
      appVersion,
      password,
      actor: { staffId: null, name: userInfo().username, sessionId: null, via: 'cli' },
      reason: args.reason ?? '命令行恢复',
    });
    console.log(`已从备份 ${r.backupId} 恢复，用时 ${(r.ms / 1000).toFixed(1)} 秒；补回文件 ${r.filesRestored} 个；完整性检查 ${r.integrityMs} 毫秒`);
    if (r.movedAsideTo) console.log(`原数据库已移至：${r.movedAsideTo}`);
    console.log(dataDirPaths(paths.root).dbFile);
  } catch (e) {
    cliFail(`恢复未完成，当前数据未改动：${(e as Error).message}`, 1);
  }
}

if (require.main === module) main();
