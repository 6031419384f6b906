// The desktop app's pin on the real bureau server (issue #16 Deliver 2): the main process's HTTPS agent hands a
// connection to a request only after the server's certificate matched the confirmed fingerprint, so nothing of a
// request reaches a server with another certificate. And the probe that shows a person the certificate first.
import { request, type RequestOptions } from 'node:https';
import { createServer as createTlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../electron/core/transport/server';
import { generateCertificate } from '../../electron/core/transport/tls';
import { PinRefused } from '../../electron/main/server-link/pin';
import { PinnedAgent } from '../../electron/main/server-link/pinned-agent';
import { probeServer } from '../../electron/main/server-link/probe';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, SESSION_OPEN_PATH } from '../../shared/contract/bridge';
import { testCore } from '../helpers/core';
import { servedCore } from '../helpers/server';

const SECRET = 'password-that-must-not-leave';

function post(port: number, agent: PinnedAgent, body: string): Promise<{ status: number; body: string }> {
  const options: RequestOptions = {
    host: '127.0.0.1',
    port,
    path: SESSION_OPEN_PATH,
    method: 'POST',
    agent,
    headers: { host: `127.0.0.1:${port}`, origin: `https://127.0.0.1:${port}`, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, cookie: `__Host-xinan_x=${SECRET}`, 'content-type': 'application/json' },
  };
  return new Promise((ok, fail) => {
    const req = request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** A TLS peer with its own certificate that records every byte a client sends after the handshake. */
async function recordingPeer() {
  const other = await generateCertificate(['127.0.0.1', 'localhost'], Date.now());
  const received: Buffer[] = [];
  let connections = 0;
  const server = createTlsServer({ key: other.key, cert: other.cert }, (socket) => {
    socket.on('data', (c: Buffer) => received.push(c));
    socket.on('error', () => undefined);
  });
  server.on('connection', () => connections++);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  onTestFinished(() => new Promise<void>((ok) => server.close(() => ok())));
  const { X509Certificate } = await import('node:crypto');
  return { port: (server.address() as AddressInfo).port, fingerprint: new X509Certificate(other.cert).fingerprint256, received, connections: () => connections };
}

describe('the pinned agent against the real bureau server', () => {
  it('works with the confirmed fingerprint (any case and separators), over a kept-alive connection', async () => {
    const s = await servedCore();
    const agent = new PinnedAgent({ fingerprint: s.server.fingerprint.toLowerCase().replace(/:/g, ''), keepAlive: true });
    onTestFinished(() => agent.destroy());
    const first = await post(s.server.port, agent, '{}');
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).server.name).toBeTruthy();
    expect((await post(s.server.port, agent, '{}')).status).toBe(200);
    expect(s.server.openTabs()).toBe(2);
  });

  it('refuses a second server instance with another certificate, naming both fingerprints', async () => {
    const s = await servedCore();
    const t = await testCore();
    const other = await generateCertificate(['127.0.0.1', 'localhost'], Date.now());
    const impostor = await startServer({ core: t.core, host: '127.0.0.1', port: 0, staticDir: null, tls: other });
    onTestFinished(() => impostor.close());
    expect(impostor.fingerprint).not.toBe(s.server.fingerprint);
    const agent = new PinnedAgent({ fingerprint: s.server.fingerprint });
    onTestFinished(() => agent.destroy());
    const err = await post(impostor.port, agent, JSON.stringify({ password: SECRET })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PinRefused);
    const check = (err as PinRefused).check;
    expect(check.reason).toBe('changed');
    expect(check.message).toContain(s.server.fingerprint);
    expect(check.message).toContain(impostor.fingerprint);
    // The impostor never got a request: no tab was opened there.
    expect(impostor.openTabs()).toBe(0);
  });

  it('writes not one byte of a request (cookie, password) to a peer with another certificate', async () => {
    const peer = await recordingPeer();
    const s = await servedCore();
    const agent = new PinnedAgent({ fingerprint: s.server.fingerprint });
    onTestFinished(() => agent.destroy());
    const err = await post(peer.port, agent, JSON.stringify({ password: SECRET })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PinRefused);
    await new Promise((r) => setTimeout(r, 200));
    // The peer was really reached (the client saw its certificate) and nothing of the request came after it.
    expect(peer.connections()).toBe(1);
    expect(Buffer.concat(peer.received).length).toBe(0);

    // The same peer pinned by its own fingerprint does receive the request: the recorder records.
    const trusting = new PinnedAgent({ fingerprint: peer.fingerprint });
    onTestFinished(() => trusting.destroy());
    void post(peer.port, trusting, JSON.stringify({ password: SECRET })).catch(() => undefined);
    await expect.poll(() => Buffer.concat(peer.received).toString('utf8')).toContain(SECRET);
  });
});

describe('probeServer: the first look, trusting nothing', () => {
  it('reads the real server’s certificate and name', async () => {
    const s = await servedCore({ names: ['xinan.rkz.local'] });
    const r = await probeServer(`https://127.0.0.1:${s.server.port}/`, { userAgent: 'XinAn-Desktop/test' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.server.fingerprint).toBe(s.server.fingerprint);
    expect(r.server.name).toBe('xinan.rkz.local');
    expect(r.server.origin).toBe(`https://127.0.0.1:${s.server.port}`);
    expect(r.server.names).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']));
    expect(r.server.validTo).toBeGreaterThan(Date.now());
    expect(r.server.validFrom).toBeLessThanOrEqual(Date.now());
  });

  it('answers a bad address, a closed port and a peer that is not a bureau server in Chinese', async () => {
    const id = { userAgent: 'XinAn-Desktop/test' };
    expect(await probeServer('http://127.0.0.1', id)).toEqual({ ok: false, message: expect.stringContaining('只接受 https') });
    const closed = await probeServer('127.0.0.1:1', id);
    expect(closed).toEqual({ ok: false, message: expect.stringContaining('拒绝连接') });
    const peer = await recordingPeer();
    const notOurs = await probeServer(`127.0.0.1:${peer.port}`, id, 1_500);
    expect(notOurs.ok).toBe(false);
    if (!notOurs.ok) expect(notOurs.message).toMatch(/超时|不是薪安服务器/);
  });
});
