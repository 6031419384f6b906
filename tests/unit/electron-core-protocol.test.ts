// Main and the core's utilityProcess run in different processes; what they say to each other is defined once
// (shared/contract/host-protocol.ts). Here: what main sends arrives intact, and main's restart policy.
import { describe, expect, it } from 'vitest';
import { parseHostConfig } from '../../electron/core/transport/host-config';
import { CORE_RESTART_LIMIT, shouldRestartCore } from '../../electron/main/core-protocol';
import { hostArgs, isHostToMain } from '../../shared/contract/host-protocol';
import { PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '../../electron/preload/port-channels';

describe('main → core host configuration', () => {
  it('what main passes is exactly what the host reads, for awkward paths too', () => {
    for (const config of [
      { dataDir: '/home/zhuoma/.local/share/xinan/data', migrationsDir: '/opt/薪安/resources/migrations', appVersion: '0.1.0', offerDemo: false },
      { dataDir: 'C:\\Users\\次仁\\AppData\\Local\\XinAn\\data', migrationsDir: 'C:\\Program Files\\薪安\\resources\\migrations', appVersion: '1.2.3-beta.1', offerDemo: true },
      { dataDir: '/tmp/a=b c', migrationsDir: '/m', appVersion: '0.0.1', offerDemo: false },
    ]) {
      expect(parseHostConfig(['/electron', '/app/out/main/core-host.js', ...hostArgs(config)], {})).toEqual({ ok: true, config });
    }
  });

  it('recognises the host\'s ready message', () => {
    expect(isHostToMain({ type: 'ready', startupError: null })).toBe(true);
    expect(isHostToMain({ type: 'result' })).toBe(false);
    expect(isHostToMain(null)).toBe(false);
  });

  it('names the preload ↔ main messages once', () => {
    expect([PORT_REQUEST_CHANNEL, PORT_CHANNEL]).toEqual(['xinan:port-request', 'xinan:port']);
  });
});

describe('restarting a core that died', () => {
  it('restarts up to the limit within the window, then stops and explains', () => {
    const t = 1_000_000;
    expect(shouldRestartCore([t], t)).toBe(true);
    expect(shouldRestartCore([t - 1000, t], t)).toBe(true);
    expect(shouldRestartCore([t - 2000, t - 1000, t], t)).toBe(false);
    expect(shouldRestartCore([t - CORE_RESTART_LIMIT.windowMs - 1, t - 1000, t], t)).toBe(true);
  });
});
