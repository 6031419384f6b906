// What main and the core's utilityProcess say to each other, defined once for both sides (main may not import the
// core, which runs in its own process): the configuration main passes as --key=value arguments, and the messages over
// process.parentPort. The windows' own calls travel on MessagePorts (api.ts: HostRequest, HostMessage).

/** The core host's configuration. */
export interface HostConfig {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  offerDemo: boolean;
}

/** Argument names main passes to utilityProcess.fork and the host reads (electron/core/transport/host-config.ts). */
export const HOST_ARGS = { dataDir: '--data-dir', migrationsDir: '--migrations-dir', appVersion: '--app-version', offerDemo: '--offer-demo' } as const;

/** The arguments main forks the core host with. */
export function hostArgs(config: HostConfig): string[] {
  return [
    `${HOST_ARGS.dataDir}=${config.dataDir}`,
    `${HOST_ARGS.migrationsDir}=${config.migrationsDir}`,
    `${HOST_ARGS.appVersion}=${config.appVersion}`,
    `${HOST_ARGS.offerDemo}=${config.offerDemo ? 'true' : 'false'}`,
  ];
}

/** Main → host: one MessagePort per window ({type:'connect'} with the port attached), and quit. */
export type MainToHost = { type: 'connect' } | { type: 'shutdown' };
/** Host → main, once started: whether the core could open its database (the window shows the reason itself). */
export type HostToMain = { type: 'ready'; startupError: { code: string; message: string } | null };

export function isHostToMain(data: unknown): data is HostToMain {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'ready';
}

/**
 * The bureau server's process (out/main/server-host.js) exits with this when it refuses to start — a bad option, a
 * database from a newer version, a port in use: a restart cannot cure it, so main's supervisor and the systemd unit
 * (RestartPreventExitStatus) do not retry. sysexits' EX_CONFIG.
 */
export const SERVER_EXIT_REFUSED = 78;

/** What main says to the server's process: close the listener, the connections and the database, then exit 0. */
export const SERVER_STOP_MESSAGE = { type: 'stop' } as const;
