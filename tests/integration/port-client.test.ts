// The preload's client end to end under Node: client ↔ MessageChannel ↔ serveCorePort ↔ a real core. The port
// is a worker_threads MessagePort driven through the same DOM adapter (addEventListener + start) the preload uses.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CoreEvent } from '../../shared/contract/events';
import { fromNodePort, serveCorePort } from '../../electron/core/transport/host';
import { createPortClient, fromDomPort, type DomPortLike } from '../../electron/preload/port-client';
import { STAFF_PASSWORD, testCore } from '../helpers/core';

async function wired(options: { attach?: boolean } = {}) {
  const { core } = await testCore();
  const { port1, port2 } = new MessageChannel();
  onTestFinished(() => port2.close());
  const served = serveCorePort(core, fromNodePort(port1));
  const client = createPortClient();
  const attach = () => client.attach(fromDomPort(port2 as unknown as DomPortLike));
  if (options.attach ?? true) attach();
  return { core, client, served, attach, windowPort: port2 };
}

async function signIn(client: ReturnType<typeof createPortClient>) {
  const candidates = await client.invoke('session.candidates', {});
  if (!candidates.ok) throw new Error(candidates.error.message);
  const desk = (candidates.value as { id: string; name: string }[]).find((c) => c.name === '次仁卓玛')!;
  const started = await client.invoke('session.login', { staffId: desk.id, password: STAFF_PASSWORD });
  expect(started.ok).toBe(true);
}

const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('the preload port client against the real core host', () => {
  it('round-trips a call, including a typed failure from the core', async () => {
    const { client } = await wired();
    expect(await client.invoke('setup.status', {})).toMatchObject({ ok: true, value: { initialized: true, offerDemo: false } });
    expect(await client.invoke('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await signIn(client);
    const staff = await client.invoke('staff.list', {});
    expect(staff.ok && (staff.value as { name: string }[]).map((s) => s.name)).toEqual(expect.arrayContaining(['次仁卓玛', '李强', '张伟']));
  });

  it('queues calls made before main hands over the port, and sends them in order once it arrives', async () => {
    const { client, attach } = await wired({ attach: false });
    const first = client.invoke('setup.status', {});
    const second = client.invoke('units.list', {});
    let settled = false;
    void first.then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    attach();
    expect(await first).toMatchObject({ ok: true, value: { initialized: true } });
    expect(await second).toMatchObject({ ok: true });
  });

  it('refuses a channel that is not in the contract without sending anything', async () => {
    const { client, windowPort } = await wired({ attach: false });
    const sent: unknown[] = [];
    const spy = { postMessage: (m: unknown) => sent.push(m), addEventListener: () => {}, start: () => {} };
    client.attach(fromDomPort(spy));
    expect(await client.invoke('db.exec', { sql: 'DROP TABLE intakes' })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: '未知的请求：db.exec', fields: null },
    });
    expect(await client.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(sent).toEqual([]);
    windowPort.close();
  });

  it('delivers core events to subscribers until they unsubscribe', async () => {
    const { client } = await wired();
    await signIn(client);
    const seen: CoreEvent[] = [];
    const alsoSeen: CoreEvent[] = [];
    const unsubscribe = client.subscribe((e) => seen.push(e));
    client.subscribe((e) => alsoSeen.push(e));

    const made = await client.invoke('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    expect(made.ok).toBe(true);
    await tick();
    const id = made.ok ? (made.value as { id: string }).id : '';
    expect(seen).toEqual([{ type: 'data.changed', entity: 'party', id }]);

    unsubscribe();
    await client.invoke('parties.create', { kind: 'organisation', name: '拉萨某劳务分包有限公司' });
    await tick();
    expect(seen).toHaveLength(1);
    expect(alsoSeen).toHaveLength(2);
  });

  it('fails later calls in Chinese when the core end goes away, instead of hanging', async () => {
    const { client, served } = await wired();
    served.close();
    await tick();
    expect(await client.invoke('setup.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('连接已断开') } });
  });

  it('fails a call still waiting for its answer when the port closes', async () => {
    const client = createPortClient();
    let fireClose = () => {};
    const silent = {
      postMessage: () => {},
      addEventListener: (type: string, l: () => void) => void (type === 'close' && (fireClose = l)),
      start: () => {},
    };
    client.attach(fromDomPort(silent as unknown as DomPortLike));
    const waiting = client.invoke('setup.status', {});
    fireClose();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('结果未知') } });
  });

  it('refuses input that cannot be cloned, without losing the connection', async () => {
    const { client } = await wired();
    expect(await client.invoke('setup.status', { f: () => 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请求数据中含有无法传送的内容，未发送' } });
    expect(await client.invoke('setup.status', {})).toMatchObject({ ok: true });
  });
});
