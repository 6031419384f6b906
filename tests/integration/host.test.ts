// The Electron transport's core side, exercised the only way our machines can: a worker_threads MessageChannel
// standing in for the MessagePort main hands to the utilityProcess, with a real core on a temp data dir.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { HostMessage } from '../../shared/contract/api';
import type { CoreEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { fromNodePort, serveCorePort, type HostCore } from '../../electron/core/transport/host';
import { STAFF_PASSWORD, testCore } from '../helpers/core';

/** The window's end of the port, speaking the raw wire protocol. */
function rawClient(port: MessagePort) {
  const results = new Map<number, (r: Result<unknown>) => void>();
  const events: CoreEvent[] = [];
  const messages: unknown[] = [];
  let nextId = 1;
  port.on('message', (m: HostMessage) => {
    messages.push(m);
    if (m.type === 'result') results.get(m.id)?.(m.result);
    if (m.type === 'event') events.push(m.event);
  });
  onTestFinished(() => port.close());
  return {
    events,
    messages,
    call(channel: string, input: unknown = {}): Promise<Result<unknown>> {
      const id = nextId++;
      return new Promise((resolve) => {
        results.set(id, resolve);
        port.postMessage({ type: 'call', id, channel, input });
      });
    },
  };
}

/** The real core, wrapped only to count open sessions and event subscriptions. */
function observed(core: HostCore) {
  const sessions = new Set<string>();
  let subscriptions = 0;
  const host: HostCore = {
    dispatch: core.dispatch,
    openSession: () => {
      const s = core.openSession();
      sessions.add(s.id);
      return s;
    },
    closeSession: (s) => {
      sessions.delete(s.id);
      core.closeSession(s);
    },
    events: {
      subscribe(listener) {
        subscriptions++;
        const off = core.events.subscribe(listener);
        return () => {
          subscriptions--;
          off();
        };
      },
    },
  };
  return { host, sessions, subscriptions: () => subscriptions };
}

async function connect(host: HostCore) {
  const { port1, port2 } = new MessageChannel();
  const served = serveCorePort(host, fromNodePort(port1));
  return { served, client: rawClient(port2), windowPort: port2 };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('serveCorePort: one MessagePort, one core session', () => {
  it('keeps two ports as two sessions: signing in on one leaves the other signed out', async () => {
    const { core } = await testCore();
    const { host } = observed(core);
    const a = await connect(host);
    const b = await connect(host);
    expect(a.served.sessionId).not.toBe(b.served.sessionId);

    const candidates = await a.client.call('session.candidates');
    expect(candidates.ok).toBe(true);
    const staffId = (candidates as { value: { id: string; name: string }[] }).value.find((c) => c.name === '次仁卓玛')!.id;
    expect(await a.client.call('session.login', { staffId, password: STAFF_PASSWORD })).toMatchObject({ ok: true, value: { staff: { id: staffId } } });

    expect(await a.client.call('staff.list', {})).toMatchObject({ ok: true });
    expect(await b.client.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect(await b.client.call('session.current')).toEqual({ ok: true, value: null });
  });

  it('forwards core events to every port', async () => {
    const { core } = await testCore();
    const a = await connect(core);
    const b = await connect(core);
    const staffId = ((await a.client.call('session.candidates')) as { value: { id: string; name: string }[] }).value.find((c) => c.name === '次仁卓玛')!.id;
    await a.client.call('session.login', { staffId, password: STAFF_PASSWORD });
    const made = await a.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    expect(made.ok).toBe(true);
    const id = (made as { value: { id: string } }).value.id;
    const expected = { type: 'data.changed', entity: 'party', id };
    // The sign-in announced itself first (data.changed 'connection'): wait for the party's event itself.
    const has = (events: unknown[]) => events.some((e) => JSON.stringify(e) === JSON.stringify(expected));
    await until(() => has(a.client.events) && has(b.client.events));
    expect(a.client.events).toContainEqual(expected);
    expect(b.client.events).toContainEqual(expected);
  });

  it('answers an unknown channel with a typed Chinese error', async () => {
    const { core } = await testCore();
    const a = await connect(core);
    expect(await a.client.call('system.shutdown', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '未知的请求：system.shutdown', fields: null },
    });
  });

  it('survives garbage: drops what cannot be answered, answers what can, and keeps serving', async () => {
    const { core } = await testCore();
    const a = await connect(core);
    for (const junk of ['garbage', 42, null, [], { type: 'call' }, { type: 'call', id: -1, channel: 'setup.status' }, { type: 'call', id: 1.5 }, { type: 'result', id: 1 }]) {
      a.windowPort.postMessage(junk);
    }
    a.windowPort.postMessage({ type: 'call', id: 900, channel: { evil: true }, input: {} });
    a.windowPort.postMessage({ type: 'call', id: 901, channel: 'session.login', input: 'not an object' });
    await until(() => a.client.messages.length >= 2);
    expect(a.client.messages).toEqual([
      { type: 'result', id: 900, result: { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '未知的请求：[object Object]', fields: null } } },
      { type: 'result', id: 901, result: expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'VALIDATION' }) }) },
    ]);
    expect(await a.client.call('setup.status')).toMatchObject({ ok: true, value: { initialized: true } });
  });

  it('ends the session and the event subscription when the window closes its end', async () => {
    const { core } = await testCore();
    const { host, sessions, subscriptions } = observed(core);
    const a = await connect(host);
    const b = await connect(host);
    expect(sessions.size).toBe(2);
    expect(subscriptions()).toBe(2);

    a.windowPort.close();
    await until(() => sessions.size === 1);
    expect([...sessions]).toEqual([b.served.sessionId]);
    expect(subscriptions()).toBe(1);
    expect(await b.client.call('setup.status')).toMatchObject({ ok: true });

    b.served.close();
    b.served.close();
    expect(sessions.size).toBe(0);
    expect(subscriptions()).toBe(0);
  });
});
