// The platform floor: Windows 10+, Linux with glibc ≥ 2.34 (better-sqlite3 13's prebuilds), explained in Chinese.
import { describe, expect, it } from 'vitest';
import { checkPlatformFloor, platformFacts } from '../../electron/main/platform-floor';

describe('checkPlatformFloor', () => {
  it('accepts glibc 2.34 and newer, compared numerically', () => {
    for (const v of ['2.34', '2.35', '2.36', '2.40', '3.0']) expect(checkPlatformFloor({ platform: 'linux', osRelease: '6.1.0', glibcVersion: v }), v).toEqual({ ok: true });
  });

  it('refuses older glibc, naming the version found and what to do', () => {
    const r = checkPlatformFloor({ platform: 'linux', osRelease: '5.10.0', glibcVersion: '2.31' });
    expect(r).toEqual({
      ok: false,
      title: '薪安无法在本机运行',
      message: '薪安需要 glibc 2.34 或更新版本的 Linux，本机为 glibc 2.31。请将操作系统升级到 Debian 12、Ubuntu 22.04 或更新版本后再使用。数据未受影响。',
    });
    expect(checkPlatformFloor({ platform: 'linux', osRelease: '', glibcVersion: '2.4' }).ok).toBe(false);
    expect(checkPlatformFloor({ platform: 'linux', osRelease: '', glibcVersion: '2.28' }).ok).toBe(false);
  });

  it('refuses a Linux without glibc, and lets an unreadable report through to the core\'s own error', () => {
    expect(checkPlatformFloor({ platform: 'linux', osRelease: '', glibcVersion: null })).toMatchObject({ ok: false, message: expect.stringContaining('不是 glibc') });
    expect(checkPlatformFloor({ platform: 'linux', osRelease: '', glibcVersion: undefined })).toEqual({ ok: true });
  });

  it('accepts Windows 10 and 11 (both report 10.0), refuses 7 and 8.1', () => {
    expect(checkPlatformFloor({ platform: 'win32', osRelease: '10.0.19045', glibcVersion: undefined })).toEqual({ ok: true });
    expect(checkPlatformFloor({ platform: 'win32', osRelease: '10.0.22631', glibcVersion: undefined })).toEqual({ ok: true });
    expect(checkPlatformFloor({ platform: 'win32', osRelease: '6.1.7601', glibcVersion: undefined })).toEqual({
      ok: false,
      title: '薪安无法在本机运行',
      message: '薪安需要 Windows 10 或更新版本，本机系统版本为 6.1.7601。请升级操作系统后再使用。',
    });
    expect(checkPlatformFloor({ platform: 'win32', osRelease: '6.3.9600', glibcVersion: undefined }).ok).toBe(false);
  });

  it('reads this machine\'s glibc from the diagnostic report (Debian 12 here: 2.36)', () => {
    const facts = platformFacts();
    if (process.platform === 'linux') expect(facts.glibcVersion).toMatch(/^\d+\.\d+/);
    expect(checkPlatformFloor(facts)).toEqual({ ok: true });
  });
});
