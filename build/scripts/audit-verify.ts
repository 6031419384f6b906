// `npm run audit:verify -- --data-dir D [--head FILE]`: checks the audit trail's hash chain without starting the
// application (the database is opened read-only). With --head, also checks against a chain head exported earlier
// from the auditor's screen. Exit codes: 0 intact; 1 broken; 2 could not check (no database, bad arguments);
// 3 intact, but the triggers that stop rows being changed or deleted have been removed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditHead } from '../../shared/contract/audit';
import { verifyAuditChain } from '../../db/audit-chain';
import { openDatabase } from '../../db/open';
import { dataDirPaths } from '../../electron/core/kernel/data-dir';

export interface VerifyArgs {
  dataDir: string;
  headFile: string | null;
}

export function parseVerifyArgs(argv: string[]): VerifyArgs {
  let dataDir: string | null = null;
  let headFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`参数 ${a} 缺少取值`);
      return v;
    };
    if (a.startsWith('--data-dir')) dataDir = resolve(value());
    else if (a.startsWith('--head')) headFile = resolve(value());
    else throw new Error(`未知参数：${a}（用法：npm run audit:verify -- --data-dir 数据目录 [--head 链头文件.json]）`);
  }
  if (!dataDir) throw new Error('请用 --data-dir 指定数据目录，例如：npm run audit:verify -- --data-dir "%LOCALAPPDATA%\\XinAn\\data"');
  return { dataDir, headFile };
}

/** Runs the check and returns the exit code and the lines to print. */
export function runVerify(args: VerifyArgs): { code: number; lines: string[] } {
  const { dbFile } = dataDirPaths(args.dataDir);
  if (!existsSync(dbFile)) return { code: 2, lines: [`无法核验：数据目录中没有数据库文件 ${dbFile}`] };
  let head: { seq: number; hash: string; installationId: string } | null = null;
  if (args.headFile) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(args.headFile, 'utf8'));
    } catch (e) {
      return { code: 2, lines: [`无法读取链头文件 ${args.headFile}：${(e as Error).message}`] };
    }
    const checked = auditHead.safeParse(parsed);
    if (!checked.success) return { code: 2, lines: [`链头文件 ${args.headFile} 格式不对，应为薪安“导出链头”保存的文件`] };
    head = { seq: checked.data.seq, hash: checked.data.hash, installationId: checked.data.installationId };
  }
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const own = db.prepare('SELECT installation_id FROM installation WHERE id = 1').get() as { installation_id: string } | undefined;
    if (head && own && head.installationId !== own.installation_id) {
      return { code: 2, lines: [`链头文件来自另一台安装（${head.installationId}），不能用来核验这个数据目录（${own.installation_id}）`] };
    }
    const verdict = verifyAuditChain(db, { head });
    const lines = [verdict.message];
    if (verdict.intact && verdict.headSeq !== null) lines.push(`链头：第 ${verdict.headSeq} 条 ${verdict.headHash}`);
    if (head && verdict.intact) lines.push(`与链头文件一致（第 ${head.seq} 条）`);
    return { code: !verdict.intact ? 1 : verdict.triggersPresent ? 0 : 3, lines };
  } finally {
    db.close();
  }
}

if (require.main === module) {
  try {
    const { code, lines } = runVerify(parseVerifyArgs(process.argv.slice(2)));
    for (const l of lines) (code === 0 ? console.log : console.error)(l);
    process.exit(code);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
