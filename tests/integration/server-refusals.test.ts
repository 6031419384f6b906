import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, SESSION_OPEN_PATH } from '../../shared/contract/bridge';
import { servedCore } from '../helpers/server';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140 test';

describe('bureau server: every transport refusal is refused and audited with the address', () => {
  it('CSRF: a call with no Origin, a foreign Origin, no client header, or a cross-site POST without the tab header', async () => {
    const s = await servedCore();
    const tab = await s.openTab();
    const { origin: _o, ...noOrigin } = tab.headers;
    const { [CLIENT_HEADER]: _c, ...noClient } = tab.headers;

    const missingOrigin = await s.post({ ...noOrigin, 'user-agent': UA }, 'session.candidates');
    expect(missingOrigin.status).toBe(403);
    expect(JSON.parse(missingOrigin.body).error.message).toBe('请求缺少来源信息，已拒绝');

    const foreign = await s.post({ ...tab.headers, origin: 'https://evil.example', 'user-agent': UA }, 'session.candidates');
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toBe('拒绝来自其他网站的请求');
    // http:// on the right host is not the server's origin either.
    expect((await s.post({ ...tab.headers, origin: `http://127.0.0.1:${s.server.port}` }, 'session.candidates')).status).toBe(403);

    const noHeader = await s.post({ ...noClient, 'user-agent': UA }, 'session.candidates');
    expect(noHeader.status).toBe(403);
    expect(JSON.parse(noHeader.body).error.message).toBe('请求不是由薪安页面发出的，已拒绝');

    // What a cross-site form would send: its own Origin, the cookie (were it not Strict), no custom headers.
    const form = await s.raw({
      method: 'POST',
      path: '/api/session.end',
      headers: { origin: 'https://evil.example', cookie: tab.cookie, 'content-type': 'application/x-www-form-urlencoded', 'user-agent': UA },
      body: 'a=1',
    });
    expect(form.status).toBe(403);
    // Nor may a foreign page open a tab for itself, or preflight.
    expect((await s.raw({ method: 'POST', path: SESSION_OPEN_PATH, headers: { origin: 'https://evil.example', [CLIENT_HEADER]: 'xinan-web' } })).status).toBe(403);
    expect((await s.raw({ method: 'POST', path: SESSION_OPEN_PATH, headers: { origin: s.server.origin } })).status).toBe(403);
    expect((await s.raw({ method: 'OPTIONS', path: '/api/session.candidates', headers: { origin: s.server.origin } })).status).toBe(403);

    // The tab still works: nothing above touched it.
    expect((await s.post(tab, 'session.candidates')).status).toBe(200);

    const rows = s.refusals();
    const reasons = rows.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['missingOrigin', 'foreignOrigin', 'missingClientHeader', 'preflight']));
    for (const r of rows) expect(r.address).toBe('127.0.0.1');
    expect(rows.find((r) => r.reason === 'missingOrigin')).toMatchObject({ agent: UA, path: '/api/session.candidates', count: 1 });
  });

  it('a foreign Host (DNS rebinding) is refused, page and API alike, and audited', async () => {
    const s = await servedCore();
    const res = await s.raw({ path: '/', headers: { host: `rebind.evil.example:${s.server.port}` } });
    expect(res.status).toBe(421);
    expect(res.body).toContain('请使用服务器的名称或地址访问薪安');
    const tab = await s.openTab();
    expect((await s.post({ ...tab.headers, host: `rebind.evil.example:${s.server.port}`, origin: `https://rebind.evil.example:${s.server.port}` }, 'session.candidates')).status).toBe(421);
    expect(s.refusals().filter((r) => r.reason === 'foreignHost')).toHaveLength(1);
    // The server's own names work: localhost, and the administrator's --name.
    expect((await s.raw({ path: '/', headers: { host: `localhost:${s.server.port}` } })).status).toBe(200);
  });

  it('answers to an administrator’s --name', async () => {
    const s = await servedCore({ names: ['xinan.rkz.local'] });
    expect((await s.raw({ path: '/', headers: { host: `xinan.rkz.local:${s.server.port}` } })).status).toBe(200);
    const tab = await s.openTab();
    expect(tab.opened.server.name).toBe('xinan.rkz.local');
  });

  it('a tab used from another address is refused (401) and audited with that address', async () => {
    const s = await servedCore();
    const tab = await s.openTab('127.0.0.1');
    expect(JSON.parse((await s.signIn(tab, '次仁卓玛')).body)).toMatchObject({ ok: true });
    const stolen = await s.post(tab, 'case.list', {}, '127.0.0.2');
    expect(stolen.status).toBe(401);
    expect(JSON.parse(stolen.body).error.code).toBe('UNAUTHENTICATED');
    expect(s.refusals()).toEqual([expect.objectContaining({ reason: 'wrongAddress', address: '127.0.0.2' })]);
    // From its own address the tab goes on.
    expect((await s.post(tab, 'session.current')).status).toBe(200);
    // 127.0.0.2 may open its own tab.
    const other = await s.openTab('127.0.0.2');
    expect((await s.post(other, 'session.candidates', {}, '127.0.0.2')).status).toBe(200);
  });

  it('a body over 16 MB is refused with 413 before it is read, and audited', async () => {
    const s = await servedCore();
    const tab = await s.openTab();
    const res = await s.raw({ method: 'POST', path: '/api/session.candidates', headers: { ...tab.headers, 'content-length': String(17 * 1024 * 1024) }, body: '{}' }).catch((e: Error) => e);
    expect(res).not.toBeInstanceOf(Error);
    expect((res as { status: number }).status).toBe(413);
    expect(JSON.parse((res as { body: string }).body).error.message).toBe('请求内容超过 16 MB，已拒绝');
    expect(s.refusals()).toEqual([expect.objectContaining({ reason: 'oversizeBody', address: '127.0.0.1' })]);
    // From a page without a tab too (before the tab is looked at), and from another address: a row for each.
    const stranger = await s.raw({ method: 'POST', path: '/api/session.candidates', from: '127.0.0.2', headers: { origin: s.server.origin, 'x-xinan-client': 'xinan-web', 'content-length': String(17 * 1024 * 1024) }, body: '{}' });
    expect(stranger.status).toBe(413);
    expect(s.refusals().map((r) => r.address)).toEqual(['127.0.0.1', '127.0.0.2']);
  });

  it('a chunked body that runs past 16 MB is cut off while it is read, and audited', async () => {
    const s = await servedCore();
    const tab = await s.openTab();
    const outcome = await new Promise<string>((ok) => {
      const req = httpsRequest(
        { host: '127.0.0.1', servername: 'localhost', port: s.server.port, ca: s.ca, method: 'POST', path: '/api/session.candidates', agent: false, headers: { ...tab.headers, host: `127.0.0.1:${s.server.port}`, 'transfer-encoding': 'chunked' } },
        (res) => ok(`status ${res.statusCode}`),
      );
      req.on('error', () => ok('connection cut'));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 18) {
          sent++;
          if (!req.write(chunk)) return req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(['connection cut', 'status 413']).toContain(outcome);
    await expect.poll(() => s.refusals().map((r) => r.reason)).toEqual(['oversizeBody']);
    // The tab itself is unharmed.
    expect((await s.post(tab, 'session.candidates')).status).toBe(200);
  });

  it('a flood writes at most one row per address and reason a minute, carrying the count', async () => {
    const s = await servedCore();
    for (let i = 0; i < 25; i++) await s.raw({ path: '/', headers: { host: `evil.example:${s.server.port}` } });
    expect(s.refusals()).toHaveLength(1);
    s.clock.advance(61_000);
    await s.raw({ path: '/', headers: { host: `evil.example:${s.server.port}` } });
    const rows = s.refusals();
    expect(rows).toHaveLength(2);
    // The second row stands for itself and the 24 counted in the minute before it: 25 + 1 in all.
    expect(rows.map((r) => r.count)).toEqual([1, 25]);
  });

  it('closes a connection that sends nothing (slowloris) and caps open connections per address, audited', async () => {
    const s = await servedCore({ limits: { firstByteTimeoutMs: 300, connectionsPerAddress: 3 } });
    const silent = connect(s.server.port, '127.0.0.1');
    const closedAfter = await new Promise<number>((ok) => {
      const t0 = Date.now();
      silent.on('close', () => ok(Date.now() - t0));
    });
    expect(closedAfter).toBeGreaterThanOrEqual(250);
    expect(closedAfter).toBeLessThan(5_000);

    // Three held open from one address; the fourth is cut at once; another address is not affected.
    const held = [0, 1, 2].map(() => connect(s.server.port, '127.0.0.1'));
    await Promise.all(held.map((c) => new Promise((ok) => c.on('connect', ok))));
    const fourth = connect(s.server.port, '127.0.0.1');
    await new Promise((ok) => fourth.on('close', ok));
    const elsewhere = await s.raw({ path: '/', from: '127.0.0.2' });
    expect(elsewhere.status).toBe(200);
    held.forEach((c) => c.destroy());
    expect(s.refusals()).toEqual([expect.objectContaining({ reason: 'tooManyConnections', address: '127.0.0.1' })]);
  });
});
