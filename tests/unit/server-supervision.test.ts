// `xinan --server`: which arguments make the packaged app a server, and how its supervisor answers the server
// process's exits (electron/main/server-supervision.ts; applied with Electron in server-mode.ts).
import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, dataDirOf, EXIT_REFUSED, HEALTHY_RUN_MS, isServerMode, MAX_QUICK_CRASHES, serverArgsOf, Supervision } from '../../electron/main/server-supervision';

describe('the server switch', () => {
  it('makes the app a server only with --server, and passes the server only its own options', () => {
    expect(isServerMode(['/opt/薪安/xinan'])).toBe(false);
    expect(isServerMode(['/opt/薪安/xinan', '--data-dir', '/srv/x'])).toBe(false);
    const argv = ['/usr/bin/xinan', '--ozone-platform=headless', '--disable-gpu', '--no-sandbox', '--server', '--data-dir', '/var/lib/xinan', '--listen', '0.0.0.0:8443'];
    expect(isServerMode(argv)).toBe(true);
    expect(serverArgsOf(argv)).toEqual({ args: ['--data-dir', '/var/lib/xinan', '--listen', '0.0.0.0:8443'], stop: false });
    // Chromium's switches after --server (the Windows service's order) are not the server's.
    expect(serverArgsOf(['xinan.exe', '--server', '--disable-gpu', '--data-dir', 'C:\\ProgramData\\XinAn']).args).toEqual(['--data-dir', 'C:\\ProgramData\\XinAn']);
    expect(serverArgsOf(['xinan.exe', '--server', '--stop', '--data-dir', 'C:\\ProgramData\\XinAn'])).toEqual({ args: ['--data-dir', 'C:\\ProgramData\\XinAn'], stop: true });
  });

  it('finds the data dir in either spelling', () => {
    expect(dataDirOf(['--listen', '1', '--data-dir', '/var/lib/xinan'])).toBe('/var/lib/xinan');
    expect(dataDirOf(['--data-dir=/var/lib/xinan'])).toBe('/var/lib/xinan');
    expect(dataDirOf(['--listen', '0.0.0.0:8443'])).toBeUndefined();
  });
});

describe('the supervisor', () => {
  const crash = (s: Supervision, ranMs = 1_000) => s.onExit({ code: 1, stopRequested: false, ranMs });

  it('restarts a crashed server with doubling back-off up to a minute', () => {
    const s = new Supervision();
    const delays = [];
    for (let i = 0; i < MAX_QUICK_CRASHES; i++) {
      const d = crash(s);
      if (d.action !== 'restart') throw new Error(`gave up after ${i} crashes`);
      delays.push(d.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000].slice(0, MAX_QUICK_CRASHES));
    expect(Math.max(...delays)).toBe(BACKOFF_MAX_MS);
  });

  it('gives up after too many quick crashes, leaving the decision to systemd / the service manager (exit 1)', () => {
    const s = new Supervision();
    for (let i = 0; i < MAX_QUICK_CRASHES; i++) crash(s);
    expect(crash(s)).toMatchObject({ action: 'exit', code: 1 });
  });

  it('starts the back-off again after a healthy run', () => {
    const s = new Supervision();
    for (let i = 0; i < 5; i++) crash(s);
    expect(crash(s, HEALTHY_RUN_MS)).toEqual({ action: 'restart', delayMs: 1_000 });
  });

  it('never restarts a server that refused to start (78) or was asked to stop', () => {
    expect(new Supervision().onExit({ code: EXIT_REFUSED, stopRequested: false, ranMs: 500 })).toMatchObject({ action: 'exit', code: EXIT_REFUSED });
    expect(EXIT_REFUSED).toBe(78);
    // A stop that ends with the process killed (code non-zero) is still a stop.
    expect(new Supervision().onExit({ code: 15, stopRequested: true, ranMs: 500 })).toMatchObject({ action: 'exit', code: 0 });
  });
});
