// The desktop app as the bureau server's client (issue #16 Deliver 2), under Node: the window's port client ↔
// MessageChannel ↔ main's forwarding host ↔ the pinned agent ↔ the real HTTPS server on a real core. A call goes
// round, an event arrives, the server stopped is reported lost and changes are refused, started again it is back.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { parseServerAddress } from '../../electron/main/server-link/address';
import { serveServerPort, type LinkPort } from '../../electron/main/server-link/forwarding-host';
import { PinnedAgent } from '../../electron/main/server-link/pinned-agent';
import { createPortClient, fromDomPort, type DomPortLike } from '../../electron/preload/port-client';
import type { CoreEvent } from '../../shared/contract/events';
import { OFFLINE_MESSAGE, type LinkStatus } from '../../shared/contract/server-link';
import { startRestartableServer } from '../helpers/bureau-server';
import { MIGRATIONS_DIR, STAFF_PASSWORD, testCore } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';

function linkPort(port: MessagePort): LinkPort {
  return { postMessage: (m) => port.postMessage(m), onMessage: (l) => void port.on('message', l), onClose: (l) => void port.on('close', l), close: () => port.close() };
}

async function desk(fingerprint?: string) {
  const t = await testCore();
  await t.core.close();
  const server = await startRestartableServer({
    dataDir: t.dataDir,
    makeCore: () => createCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, appVersion: '0.1.0-test', offerDemo: false, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null }),
    staticDir: null,
  });
  onTestFinished(() => server.stop());
  const parsed = parseServerAddress(server.origin);
  if (!parsed.ok) throw new Error(parsed.message);
  const agent = new PinnedAgent({ fingerprint: fingerprint ?? server.fingerprint, keepAlive: true });
  onTestFinished(() => agent.destroy());
  const { port1, port2 } = new MessageChannel();
  const statuses: LinkStatus[] = [];
  const forwarded = serveServerPort(linkPort(port1), { address: parsed.address, agent, serverName: '确认时的名称', userAgent: 'XinAn-Desktop/test', onStatus: (s) => statuses.push(s) });
  onTestFinished(() => forwarded.close());
  const client = createPortClient();
  client.attach(fromDomPort(port2 as unknown as DomPortLike));
  const links: LinkStatus[] = [];
  client.onLink((l) => links.push(l));
  const signIn = async () => {
    const candidates = await client.invoke('session.candidates', {});
    expect(candidates.ok, JSON.stringify(candidates)).toBe(true);
    const who = (candidates.ok ? (candidates.value as { id: string; name: string }[]) : []).find((c) => c.name === '次仁卓玛')!;
    expect(await client.invoke('session.login', { staffId: who.id, password: STAFF_PASSWORD })).toMatchObject({ ok: true });
  };
  return { server, client, forwarded, links, statuses, signIn };
}

describe('the forwarding host: the window’s port served by the bureau server', () => {
  it('round-trips calls on the server’s tab, tells the window the server’s name, and relays events', async () => {
    const d = await desk();
    expect(await d.client.invoke('setup.status', {})).toMatchObject({ ok: true, value: { initialized: true } });
    // First the name confirmed with the fingerprint, then the server's own once its tab is open.
    await expect.poll(() => d.links.at(-1)).toMatchObject({ state: 'connected', refusal: null });
    expect(d.links[0].server).toBe('确认时的名称');
    expect(d.links.at(-1)!.server).not.toBe('确认时的名称');
    expect(await d.client.invoke('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await d.signIn();
    const current = await d.client.invoke('session.current', {});
    expect(JSON.stringify(current)).toContain('次仁卓玛');

    const events: CoreEvent[] = [];
    d.client.subscribe((e) => events.push(e));
    // The stream is opened by the host; a change made on the server reaches this window.
    await expect
      .poll(() => {
        void d.server.core.services!.emit({ type: 'data.changed', entity: 'caseFile', id: 'from-another-desk' });
        return events.some((e) => e.type === 'data.changed' && (e as { id?: string }).id === 'from-another-desk');
      }, { timeout: 10_000, interval: 300 })
      .toBe(true);
  });

  it('the server stopped: lost at once, changes refused unsent, reads fail; started again: restored, still signed in', async () => {
    const d = await desk();
    await d.signIn();
    await expect.poll(() => d.links.at(-1)?.state).toBe('connected');
    await d.server.stop();
    const read = await d.client.invoke('staff.list', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    await expect.poll(() => d.links.at(-1)?.state).toBe('lost');
    expect(d.forwarded.status().state).toBe('lost');
    // A change while lost is not sent at all.
    const change = await d.client.invoke('session.end', {});
    expect(change).toEqual({ ok: false, error: { code: 'OFFLINE', message: OFFLINE_MESSAGE, fields: null } });

    const t0 = Date.now();
    await d.server.start();
    await expect.poll(() => d.links.at(-1)?.state, { timeout: 15_000, interval: 100 }).toBe('connected');
    console.log(`restored ${Date.now() - t0} ms after the server was started again`);
    // The tab was kept by the server across its restart: the same person, no new sign-in.
    expect(JSON.stringify(await d.client.invoke('session.current', {}))).toContain('次仁卓玛');
    expect(d.statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['lost', 'connected']));
  });

  it('a server whose certificate is not the confirmed one: every call refused with both fingerprints, nothing sent', async () => {
    const other = 'AB:'.repeat(31) + 'AB';
    const d = await desk(other);
    const r = await d.client.invoke('session.candidates', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!r.ok) {
      expect(r.error.message).toContain('服务器的证书已变更');
      expect(r.error.message).toContain(other);
      expect(r.error.message).toContain(d.server.fingerprint);
    }
    await expect.poll(() => d.links.at(-1)?.state).toBe('refused');
    expect(d.links.at(-1)!.refusal).toMatchObject({ pinned: other, presented: d.server.fingerprint });
    expect(d.server.core.services!.db.prepare('SELECT count(*) AS n FROM server_tabs').get()).toEqual({ n: 0 });
  });
});
