// The utilityProcess's configuration, given by main as --key=value arguments (env vars as a fallback for running
// core-host.js by hand). Pure, so the contract between main and the core host is tested without Electron.
import { HOST_ARGS, type HostConfig } from '../../../shared/contract/host-protocol';

export type HostConfigResult = { ok: true; config: HostConfig } | { ok: false; message: string };

/** Environment fallbacks, for running the host outside Electron. */
export const HOST_ENV = { dataDir: 'XINAN_DATA_DIR', migrationsDir: 'XINAN_MIGRATIONS_DIR', appVersion: 'XINAN_APP_VERSION', offerDemo: 'XINAN_OFFER_DEMO' } as const;

function argValue(argv: readonly string[], name: string): string | undefined {
  // The last occurrence wins, as with most CLIs; only the --name=value form is read.
  let found: string | undefined;
  for (const a of argv) if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
  return found;
}

function flag(argv: readonly string[], name: string, envValue: string | undefined): boolean {
  const v = argValue(argv, name) ?? (argv.includes(name) ? 'true' : undefined) ?? envValue;
  return v !== undefined && ['1', 'true', 'yes'].includes(v.trim().toLowerCase());
}

export function parseHostConfig(argv: readonly string[], env: Record<string, string | undefined> = {}): HostConfigResult {
  const dataDir = argValue(argv, HOST_ARGS.dataDir) ?? env[HOST_ENV.dataDir];
  const migrationsDir = argValue(argv, HOST_ARGS.migrationsDir) ?? env[HOST_ENV.migrationsDir];
  const missing = [!dataDir?.trim() && '数据目录（--data-dir）', !migrationsDir?.trim() && '数据库迁移目录（--migrations-dir）'].filter(Boolean);
  if (missing.length) return { ok: false, message: `后台服务启动参数不完整：缺少${missing.join('、')}` };
  return {
    ok: true,
    config: {
      dataDir: dataDir!,
      migrationsDir: migrationsDir!,
      appVersion: argValue(argv, HOST_ARGS.appVersion)?.trim() || env[HOST_ENV.appVersion]?.trim() || '0.0.0-dev',
      offerDemo: flag(argv, HOST_ARGS.offerDemo, env[HOST_ENV.offerDemo]),
    },
  };
}
