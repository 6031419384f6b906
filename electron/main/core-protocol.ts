// What main and the core's utilityProcess say to each other. The core side is electron/core/transport/host-config.ts (main may
// not import the core: it runs in its own process); tests/unit/electron-core-protocol.test.ts keeps the two in step.
export interface CoreHostConfig {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  offerDemo: boolean;
}

export function coreHostArgs(config: CoreHostConfig): string[] {
  return [
    `--data-dir=${config.dataDir}`,
    `--migrations-dir=${config.migrationsDir}`,
    `--app-version=${config.appVersion}`,
    `--offer-demo=${config.offerDemo ? 'true' : 'false'}`,
  ];
}

export type MainToHost = { type: 'connect' } | { type: 'shutdown' };
export type HostToMain = { type: 'ready'; startupError: { code: string; message: string } | null };

export function isHostToMain(data: unknown): data is HostToMain {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'ready';
}

/** How many unexpected core exits in how long before main stops restarting it and explains instead. */
export const CORE_RESTART_LIMIT = { count: 3, windowMs: 60_000 } as const;

/** Whether to restart after an unexpected exit, given the times of recent exits (including this one). */
export function shouldRestartCore(exitTimes: readonly number[], now: number): boolean {
  return exitTimes.filter((t) => now - t <= CORE_RESTART_LIMIT.windowMs).length < CORE_RESTART_LIMIT.count;
}
