// `xinan --handover …` and `xinan --adopt …`: the installed app's handover commands (docs/server.md, "从单机到服务器"),
// for an administrator at a PC or server that has the installed app and no development checkout. No window: the
// command runs in a utilityProcess from out/main/tool-host.js (the same code as `npm run handover` / `npm run adopt`),
// its output on this console, and the app exits with its code. The data-dir lock (the core's) refuses a data dir the
// desktop app or the server has open, naming it.
import { join } from 'node:path';
import { app, utilityProcess } from 'electron';

const TOOL_HOST = join(__dirname, 'tool-host.js');

export const TOOL_SWITCHES = { '--handover': 'handover', '--adopt': 'adopt' } as const;

/** The command a tool switch asks for, and its own options (what follows the switch), or null: not a tool run. */
export function toolCommandOf(argv: readonly string[]): { command: 'handover' | 'adopt'; args: string[] } | null {
  const at = argv.findIndex((a) => a in TOOL_SWITCHES);
  if (at < 0 || argv.includes('--server')) return null;
  return { command: TOOL_SWITCHES[argv[at] as keyof typeof TOOL_SWITCHES], args: argv.slice(at + 1) };
}

export function runToolMode(tool: { command: 'handover' | 'adopt'; args: string[] }): void {
  app.disableHardwareAcceleration();
  if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'headless');
  const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');
  app.whenReady().then(
    () => {
      const child = utilityProcess.fork(TOOL_HOST, [tool.command, ...tool.args, '--migrations-dir', migrationsDir, '--app-version', app.getVersion()], {
        serviceName: '薪安移交',
        stdio: 'inherit',
      });
      child.on('exit', (code) => app.exit(code));
    },
    (e: unknown) => {
      process.stderr.write(`薪安无法运行该命令：${e instanceof Error ? e.message : String(e)}\n`);
      app.exit(1);
    },
  );
}
