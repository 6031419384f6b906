import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy';
import { EVENTS_PATH, EVENTS_TICKET_PATH, PING_PATH } from '../../shared/contract/bridge';
import { servedCore } from '../helpers/server';

describe('bureau server: HTTPS, the page and a tab', () => {
  it('serves the page to anyone over HTTPS with the security headers, and the fingerprint is the certificate’s', async () => {
    const s = await servedCore();
    const res = await s.raw({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>薪安</title>');
    expect(res.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    // A router path is the page too; a path outside the build is not served.
    expect((await s.raw({ path: '/cases/123' })).status).toBe(200);
    expect((await s.raw({ path: '/../../etc/passwd' })).body).not.toContain('root:');
    expect(s.server.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(s.server.origin).toBe(`https://127.0.0.1:${s.server.port}`);
  });

  it('answers plain HTTP on the same port only with a redirect to https', async () => {
    const s = await servedCore();
    const plain = (path: string, host: string) =>
      new Promise<{ status: number; location?: string; body: string }>((ok, fail) => {
        const req = httpRequest({ host: '127.0.0.1', port: s.server.port, path, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => ok({ status: res.statusCode ?? 0, location: res.headers.location, body }));
        });
        req.on('error', fail);
        req.end();
      });
    const res = await plain('/cases?x=1', `127.0.0.1:${s.server.port}`);
    expect(res.status).toBe(301);
    expect(res.location).toBe(`https://127.0.0.1:${s.server.port}/cases?x=1`);
    expect(res.body).toBe('');
    // An API path is not served either, and a foreign name gets no redirect to follow.
    expect((await plain('/api/session.candidates', `127.0.0.1:${s.server.port}`)).status).toBe(301);
    expect((await plain('/', `evil.example:${s.server.port}`)).status).toBe(400);
  });

  it('refuses a client that does not trust the certificate (nothing is served without TLS verification passing)', async () => {
    const s = await servedCore();
    const err = await new Promise<Error>((ok) => {
      const req = httpsRequest({ host: '127.0.0.1', port: s.server.port, path: '/' }, () => ok(new Error('answered')));
      req.on('error', ok);
      req.end();
    });
    expect(err.message).toMatch(/self.signed|certificate/i);
  });

  it('opens a tab from the page: __Host- cookie Secure HttpOnly SameSite=Strict, then calls, ping and events work', async () => {
    const s = await servedCore();
    const open = await s.raw({ method: 'POST', path: '/api/session/open', headers: { origin: s.server.origin, 'x-xinan-client': 'xinan-web' } });
    expect(open.status).toBe(200);
    const cookie = String(open.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-xinan_[\w-]+=[\w-]+; Secure; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(open.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(open.body);
    expect(body.tab).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(body.server.name).toBeTruthy();

    const tab = await s.openTab();
    const ping = await s.raw({ method: 'POST', path: PING_PATH, headers: tab.headers });
    expect(ping.status).toBe(200);
    expect(JSON.parse(ping.body)).toEqual({ ok: true, at: s.clock.now() });
    expect(JSON.parse((await s.signIn(tab, '次仁卓玛')).body)).toMatchObject({ ok: true });
    const current = JSON.parse((await s.post(tab, 'session.current')).body);
    expect(current.value.staffName ?? current.value.name ?? JSON.stringify(current.value)).toContain('次仁卓玛');
    // The core session knows where it is called from.
    expect(s.server.openTabs()).toBe(2);

    // Events: a ticket asked for with the tab's headers opens one stream, which carries a change made elsewhere.
    const ticket = JSON.parse((await s.raw({ method: 'POST', path: EVENTS_TICKET_PATH, headers: tab.headers })).body).ticket as string;
    const received = await new Promise<string>((ok, fail) => {
      const req = httpsRequest(
        { host: '127.0.0.1', port: s.server.port, ca: s.ca, path: `${EVENTS_PATH}?ticket=${ticket}`, headers: { host: `127.0.0.1:${s.server.port}`, cookie: tab.cookie }, agent: false },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/text\/event-stream/);
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
            if (text.includes('data: ')) {
              req.destroy();
              ok(text);
            } else if (text.includes(': connected')) void s.core.services!.emit({ type: 'data.changed', entity: 'caseFile', id: 'x' });
          });
        },
      );
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : fail(e)));
      req.end();
    });
    expect(received).toContain('"type":"data.changed"');
    // The ticket was used up.
    const again = await s.raw({ path: `${EVENTS_PATH}?ticket=${ticket}`, headers: { cookie: tab.cookie } });
    expect(again.status).toBe(401);
  });

  it('refuses a call without the tab, or with a tab header that does not match its cookie', async () => {
    const s = await servedCore();
    const a = await s.openTab();
    const b = await s.openTab();
    expect((await s.post({ ...a.headers, 'x-xinan-tab': '' }, 'session.candidates')).status).toBe(401);
    expect((await s.post({ ...a.headers, cookie: b.cookie }, 'session.candidates')).status).toBe(401);
    expect((await s.post({ ...a.headers, 'x-xinan-tab': `${a.header.split('.')[0]}.wrong` }, 'session.candidates')).status).toBe(401);
    expect((await s.post(a, 'session.candidates')).status).toBe(200);
    expect((await s.raw({ method: 'GET', path: '/api/session.candidates', headers: a.headers })).status).toBe(405);
  });
});
