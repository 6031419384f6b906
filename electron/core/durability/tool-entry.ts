// The installed app's maintenance commands (bundled as out/main/tool-host.js): `xinan --handover …` and
// `xinan --adopt …` make Electron's main process run this in a utilityProcess (electron/main/tool-mode.ts), with the
// migrations folder and the app's version appended. Plain Node, so tests run it under Node 24:
//   node out/main/tool-host.js handover --data-dir D --out F --server URL --migrations-dir M --app-version V
// Exit codes as the npm commands': 0 done; 1 refused or failed (nothing changed); 2 bad arguments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFail } from '../kernel/cli-args';
import { runAdoptCommand, runHandoverCommand, type CommandSetting } from './handover-commands';

/** The options only main passes (where the migrations are, the app's version), taken out of the command's own. */
export function splitToolArgs(argv: readonly string[]): { command: string; rest: string[]; migrationsDir: string; appVersion: string } {
  const out = { command: argv[0] ?? '', rest: [] as string[], migrationsDir: join(__dirname, '..', '..', 'db', 'migrations'), appVersion: '' };
  for (let i = 1; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const take = () => inline ?? argv[++i] ?? '';
    if (flag === '--migrations-dir') out.migrationsDir = take();
    else if (flag === '--app-version') out.appVersion = take();
    else out.rest.push(argv[i]);
  }
  return out;
}

function main(): void {
  const t = splitToolArgs(process.argv.slice(2));
  const appVersion = t.appVersion || (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  const setting: CommandSetting = { migrationsDir: t.migrationsDir, appVersion, handoverCommand: 'xinan --handover', adoptCommand: 'xinan --adopt' };
  if (t.command === 'handover') void runHandoverCommand(t.rest, setting).then(() => process.exit(0));
  else if (t.command === 'adopt') {
    runAdoptCommand(t.rest, setting);
    process.exit(0);
  } else cliFail(`未知的命令：${t.command}（可用：xinan --handover …、xinan --adopt …）`, 2);
}

if (require.main === module) main();
