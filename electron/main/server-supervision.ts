// The packaged server's supervision rules, plain logic (server-mode.ts applies them with Electron): which arguments
// make `xinan` a server, and what to do when the server's utilityProcess exits. docs/server.md, "As a service".
import { SERVER_EXIT_REFUSED } from '../../shared/contract/host-protocol';

/** `xinan --server [--stop] --data-dir D --listen H:P …`: no window, the bureau server in a utilityProcess. */
export const SERVER_SWITCH = '--server';
/** `xinan --server --stop --data-dir D`: asks the server running on D to stop (the Windows service's stop command). */
export const STOP_SWITCH = '--stop';
/** The server process refused to start (also the unit's RestartPreventExitStatus). */
export const EXIT_REFUSED = SERVER_EXIT_REFUSED;

export function isServerMode(argv: readonly string[]): boolean {
  return argv.includes(SERVER_SWITCH);
}

/** The server's own options: those after --server, without --stop and without Chromium's switches. */
export function serverArgsOf(argv: readonly string[]): { args: string[]; stop: boolean } {
  const after = argv.slice(argv.indexOf(SERVER_SWITCH) + 1);
  const chromium = /^--(ozone-platform|disable-gpu|disable-software-rasterizer|no-sandbox|enable-logging|v)(=|$)/;
  return { args: after.filter((a) => a !== STOP_SWITCH && !chromium.test(a)), stop: after.includes(STOP_SWITCH) };
}

/** The value of --data-dir among the server's options (undefined when absent). */
export function dataDirOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data-dir') return args[i + 1];
    if (args[i].startsWith('--data-dir=')) return args[i].slice('--data-dir='.length);
  }
  return undefined;
}

export const BACKOFF_FIRST_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;
/** A run this long counts as healthy: the back-off starts again from the first delay. */
export const HEALTHY_RUN_MS = 5 * 60_000;
/** This many crashes, each after a short run, and the supervisor gives up (systemd / the service manager decides next). */
export const MAX_QUICK_CRASHES = 8;

export type ExitDecision = { action: 'restart'; delayMs: number } | { action: 'exit'; code: number; reason: string };

/**
 * After the server process exited: a requested stop ends the service (0); a refusal to start (78) ends it at once
 * with that code, since a restart cannot cure a bad argument, a newer database or a port in use; a crash restarts
 * with doubling back-off (1 s, 2 s, 4 s … 60 s), reset by a healthy run; too many quick crashes end it with 1.
 */
export class Supervision {
  private quickCrashes = 0;

  onExit(e: { code: number; stopRequested: boolean; ranMs: number }): ExitDecision {
    if (e.stopRequested) return { action: 'exit', code: 0, reason: '已按请求停止' };
    if (e.code === EXIT_REFUSED) return { action: 'exit', code: EXIT_REFUSED, reason: '服务器拒绝启动（配置或数据问题，见上方说明），不再重试' };
    if (e.ranMs >= HEALTHY_RUN_MS) this.quickCrashes = 0;
    this.quickCrashes++;
    if (this.quickCrashes > MAX_QUICK_CRASHES) return { action: 'exit', code: 1, reason: `服务器进程连续 ${MAX_QUICK_CRASHES} 次在启动后不久退出，停止重试` };
    return { action: 'restart', delayMs: Math.min(BACKOFF_FIRST_MS * 2 ** (this.quickCrashes - 1), BACKOFF_MAX_MS) };
  }
}
