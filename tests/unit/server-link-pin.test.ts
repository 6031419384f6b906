import { describe, expect, it } from 'vitest';
import { parseServerAddress } from '../../electron/main/server-link/address';
import { fingerprintGroups, normalizeFingerprint, verifyPinned } from '../../electron/main/server-link/pin';

const FP = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';
const OTHER = FP.replace(/^AB/, '00');
const NOW = Date.parse('2026-12-06T10:00:00Z');
const cert = (fingerprint256: string, from = 'Jan  1 00:00:00 2026 GMT', to = 'Apr  5 00:00:00 2028 GMT') => ({ fingerprint256, valid_from: from, valid_to: to });

describe('verifyPinned: the main process lets a request out only to the certificate confirmed once', () => {
  it('accepts the confirmed certificate, whatever the case and separators the fingerprint was kept in', () => {
    expect(verifyPinned(cert(FP), FP, NOW)).toEqual({ ok: true });
    expect(verifyPinned(cert(FP), FP.toLowerCase(), NOW)).toEqual({ ok: true });
    expect(verifyPinned(cert(FP), FP.replace(/:/g, ''), NOW)).toEqual({ ok: true });
    expect(verifyPinned(cert(FP.toLowerCase()), FP.replace(/:/g, ' '), NOW)).toEqual({ ok: true });
  });

  it('refuses a changed certificate with a message that names both fingerprints', () => {
    const r = verifyPinned(cert(OTHER), FP, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('changed');
    expect(r.message).toContain('服务器的证书已变更');
    expect(r.message).toContain('可能有人冒充服务器');
    expect(r.message).toContain('请与管理员核对');
    expect(r.message).toContain(`本机确认过的指纹：${FP}`);
    expect(r.message).toContain(`服务器现在出示的：${OTHER}`);
    expect([r.pinned, r.presented]).toEqual([FP, OTHER]);
  });

  it('refuses when there is no certificate (or no fingerprint), and when the kept pin is damaged', () => {
    for (const peer of [null, undefined, {}, { fingerprint256: '' }, { fingerprint256: 'AB:CD' }]) {
      const r = verifyPinned(peer, FP, NOW);
      expect(r).toMatchObject({ ok: false, reason: 'missing', presented: null });
    }
    expect(verifyPinned(cert(FP), 'not a fingerprint', NOW)).toMatchObject({ ok: false, reason: 'badPin' });
    expect(verifyPinned(cert(FP), '', NOW)).toMatchObject({ ok: false, reason: 'badPin' });
  });

  it('refuses the confirmed certificate once it has expired, and before it is in force (a wrong clock)', () => {
    const expired = verifyPinned(cert(FP, 'Jan  1 00:00:00 2024 GMT', 'Dec  5 00:00:00 2026 GMT'), FP, NOW);
    expect(expired).toMatchObject({ ok: false, reason: 'expired' });
    if (!expired.ok) expect(expired.message).toContain('已于 2026年12月5日 过期');
    const early = verifyPinned(cert(FP, 'Dec  7 00:00:00 2026 GMT', 'Dec  7 00:00:00 2028 GMT'), FP, NOW);
    expect(early).toMatchObject({ ok: false, reason: 'notYetValid' });
    if (!early.ok) expect(early.message).toContain('2026年12月7日 起才生效');
    // The last second of validity still passes; the next does not.
    const end = Date.parse('Dec  6 10:00:00 2026 GMT');
    expect(verifyPinned(cert(FP, 'Jan  1 00:00:00 2026 GMT', 'Dec  6 10:00:00 2026 GMT'), FP, end).ok).toBe(true);
    expect(verifyPinned(cert(FP, 'Jan  1 00:00:00 2026 GMT', 'Dec  6 10:00:00 2026 GMT'), FP, end + 1000).ok).toBe(false);
    expect(verifyPinned({ fingerprint256: FP }, FP, NOW)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('normalizes fingerprints and shows them in groups of four bytes', () => {
    expect(normalizeFingerprint(FP.toLowerCase().replace(/:/g, ''))).toBe(FP);
    expect(normalizeFingerprint(42)).toBeNull();
    expect(normalizeFingerprint(`${FP}:00`)).toBeNull();
    const groups = fingerprintGroups(FP);
    expect(groups).toHaveLength(8);
    expect(groups[0]).toBe('AB:CD:EF:01');
    expect(groups.join(':')).toBe(FP);
  });
});

describe('parseServerAddress: what a person types as the server', () => {
  it('takes an address, a name with a port, or an https URL; the port defaults to 8443', () => {
    expect(parseServerAddress('192.168.1.20')).toEqual({ ok: true, address: { host: '192.168.1.20', port: 8443, origin: 'https://192.168.1.20:8443', hostHeader: '192.168.1.20:8443' } });
    expect(parseServerAddress(' xinan.rkz.local:9443 ')).toMatchObject({ ok: true, address: { host: 'xinan.rkz.local', port: 9443, origin: 'https://xinan.rkz.local:9443' } });
    expect(parseServerAddress('https://XinAn.rkz.local/')).toMatchObject({ ok: true, address: { host: 'xinan.rkz.local', port: 8443 } });
    expect(parseServerAddress('https://xinan.rkz.local:443')).toMatchObject({ ok: true, address: { port: 443, origin: 'https://xinan.rkz.local:443' } });
    expect(parseServerAddress('[fe80::1]:8443')).toMatchObject({ ok: true, address: { host: 'fe80::1', origin: 'https://[fe80::1]:8443' } });
  });

  it('refuses what is not a server address, in Chinese', () => {
    const message = (t: unknown) => {
      const r = parseServerAddress(t);
      return r.ok ? '' : r.message;
    };
    expect(message('')).toContain('请填写本局服务器的地址');
    expect(message(undefined)).toContain('请填写本局服务器的地址');
    expect(message('http://192.168.1.20')).toContain('只接受 https');
    expect(message('ftp://x')).toContain('无法识别的地址');
    expect(message('192.168.1.20:99999')).toMatch(/端口|无法识别/);
    expect(message('https://x.local/cases')).toContain('不要带路径');
    expect(message('https://a:b@x.local')).toContain('用户名或密码');
    expect(message('薪安 服务器')).toMatch(/不正确|无法识别/);
  });
});
