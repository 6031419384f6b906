import { describe, expect, it } from 'vitest';
import { hostAllowed, rateLimitedMessage, serverNames, SignInLimiter } from '../../electron/core/transport/server-guard';
import { instantOf } from '../../shared/domain/time';

describe('server guard', () => {
  it('accepts only its own names on its own port (a browser leaves out :443)', () => {
    const names = serverNames('0.0.0.0', ['Xinan.RKZ.local']);
    expect(names).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', 'xinan.rkz.local']));
    expect(hostAllowed('xinan.rkz.local:8443', names, 8443)).toBe(true);
    expect(hostAllowed('XINAN.rkz.local:8443', names, 8443)).toBe(true);
    expect(hostAllowed('xinan.rkz.local:9443', names, 8443)).toBe(false);
    expect(hostAllowed('xinan.rkz.local', names, 8443)).toBe(false);
    expect(hostAllowed('xinan.rkz.local', names, 443)).toBe(true);
    expect(hostAllowed('xinan.rkz.local.evil.example:8443', names, 8443)).toBe(false);
    expect(hostAllowed('evil.example:8443', names, 8443)).toBe(false);
    expect(hostAllowed(undefined, names, 8443)).toBe(false);
    expect(serverNames('::1', [])).toContain('[::1]');
  });

  it('limits failures per address in a sliding window; the retry time is when the oldest leaves it', () => {
    let now = instantOf('2026-12-07', '08:30');
    const limiter = new SignInLimiter({ signInFailures: 3, signInWindowMs: 10 * 60_000 }, () => now);
    limiter.failed('10.0.0.5');
    now += 60_000;
    limiter.failed('10.0.0.5');
    limiter.failed('10.0.0.5');
    expect(limiter.blockedUntil('10.0.0.6')).toBeNull();
    const until = limiter.blockedUntil('10.0.0.5');
    expect(until).toBe(instantOf('2026-12-07', '08:40'));
    expect(rateLimitedMessage(until!, now)).toMatch(/请在 08:40（约 9 分钟后）再试/);
    now = until! + 1;
    expect(limiter.blockedUntil('10.0.0.5')).toBeNull();
  });
});
