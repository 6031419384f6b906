import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../electron/core/transport/server';
import { CERT_DAYS, ensureTls, generateCertificate, TlsError } from '../../electron/core/transport/tls';
import { testCore } from '../helpers/core';
import { rawHttps } from '../helpers/server';

const DAY = 86_400_000;
const tmp = () => mkdtempSync(join(tmpdir(), 'xinan-tls-'));

describe('bureau server: its TLS key and certificate', () => {
  it('first start makes a P-256 key (mode 0600) and an 825-day certificate for its names; the next start reuses them', async () => {
    const dir = join(tmp(), 'tls');
    const now = Date.now();
    const made = await ensureTls({ dir, names: ['xinan-server', '192.168.1.10', '127.0.0.1'], now });
    expect(made).toMatchObject({ source: 'generated', created: true });
    expect(statSync(join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    const key = createPrivateKey(readFileSync(join(dir, 'key.pem')));
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const cert = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
    expect(cert.subjectAltName).toContain('DNS:xinan-server');
    expect(cert.subjectAltName).toContain('IP Address:192.168.1.10');
    expect((Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / DAY).toBeLessThanOrEqual(CERT_DAYS);
    expect(cert.ca).toBe(false);
    expect(made.fingerprint).toBe(cert.fingerprint256);
    const again = await ensureTls({ dir, names: ['xinan-server'], now });
    expect(again).toMatchObject({ created: false, fingerprint: made.fingerprint });
  });

  it('uses the administrator’s own certificate (--cert/--key or tls/custom/) and the server presents it', async () => {
    const dir = tmp();
    const pair = await generateCertificate(['localhost', '127.0.0.1'], Date.now());
    writeFileSync(join(dir, 'bureau.crt'), pair.cert);
    writeFileSync(join(dir, 'bureau.key'), pair.key);
    const byFlag = await ensureTls({ dir: join(dir, 'tls'), names: [], certFile: join(dir, 'bureau.crt'), keyFile: join(dir, 'bureau.key') });
    expect(byFlag).toMatchObject({ source: 'custom', created: false, fingerprint: new X509Certificate(pair.cert).fingerprint256 });

    mkdirSync(join(dir, 'tls', 'custom'), { recursive: true });
    writeFileSync(join(dir, 'tls', 'custom', 'cert.pem'), pair.cert);
    writeFileSync(join(dir, 'tls', 'custom', 'key.pem'), pair.key);
    const byFolder = await ensureTls({ dir: join(dir, 'tls'), names: [] });
    expect(byFolder.source).toBe('custom');

    const t = await testCore();
    const server = await startServer({ core: t.core, host: '127.0.0.1', port: 0, staticDir: null, tls: byFolder });
    onTestFinished(() => server.close());
    expect(server.fingerprint).toBe(byFolder.fingerprint);
    // Served with it: a client trusting exactly this certificate gets an answer (404: no page built here).
    expect((await rawHttps(server.port, pair.cert, { path: '/' })).status).toBe(404);
  });

  it('refuses a mismatched pair, an expired certificate, a key that is not a key, and half a pair, in Chinese', async () => {
    const dir = tmp();
    const now = Date.now();
    const a = await generateCertificate(['localhost'], now);
    const b = await generateCertificate(['localhost'], now);
    const old = await generateCertificate(['localhost'], now - 900 * DAY);
    const files = { aCert: join(dir, 'a.crt'), bKey: join(dir, 'b.key'), oldCert: join(dir, 'old.crt'), oldKey: join(dir, 'old.key'), junk: join(dir, 'junk.key') };
    writeFileSync(files.aCert, a.cert);
    writeFileSync(files.bKey, b.key);
    writeFileSync(files.oldCert, old.cert);
    writeFileSync(files.oldKey, old.key);
    writeFileSync(files.junk, 'not a key');
    const attempt = (certFile?: string, keyFile?: string) => ensureTls({ dir: join(dir, 'tls'), names: [], certFile, keyFile, now }).then(() => null, (e: Error) => e);

    const mismatch = await attempt(files.aCert, files.bKey);
    expect(mismatch).toBeInstanceOf(TlsError);
    expect(mismatch!.message).toMatch(/证书与私钥不匹配/);
    expect((await attempt(files.oldCert, files.oldKey))!.message).toMatch(/证书已于 \d{4}-\d\d-\d\d 过期/);
    expect((await attempt(files.aCert, files.junk))!.message).toMatch(/私钥文件无法读取/);
    expect((await attempt(files.bKey, files.bKey))!.message).toMatch(/证书文件无法读取/);
    expect((await attempt(files.aCert, undefined))!.message).toBe('--cert 与 --key 必须同时给出');
    expect((await attempt(join(dir, 'missing.crt'), files.bKey))!.message).toMatch(/找不到证书文件/);
  });
});
