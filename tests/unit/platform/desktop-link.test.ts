// @vitest-environment jsdom
// The desktop app as a bureau server's client, in the renderer: main's forwarding host says which server and whether
// it is reachable ({type:'link'} → Api.onLink); the status bar's store follows it, and the host's OFFLINE answers
// count as lost (the embedded core never gives one). A changed certificate is kept for the refusal screen.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';
import type { LinkStatus } from '../../../shared/contract/server-link';
import { desktopApi } from '../../../renderer/src/platform/api';
import { createConnectionStore } from '../../../renderer/src/platform/connection';

function fakeInner() {
  let link: ((l: LinkStatus) => void) | null = null;
  let answer: Result<unknown> = { ok: true, value: { initialized: true } };
  const inner = {
    invoke: async () => answer,
    subscribe: () => () => undefined,
    onLink: (l: (l: LinkStatus) => void) => {
      link = l;
      return () => undefined;
    },
  } as unknown as Api;
  return { inner, tell: (l: LinkStatus) => link!(l), answer: (r: Result<unknown>) => (answer = r) };
}

const timers = { setTimeout: () => 0, clearTimeout: () => undefined };

describe('desktopApi in client mode', () => {
  it('shows the server’s name and follows its reachability; the window title names the server', () => {
    const store = createConnectionStore(timers);
    const f = fakeInner();
    desktopApi(f.inner, store);
    expect(store.get().mode).toBe('desktop');
    f.tell({ server: '日喀则市人社局服务器', state: 'connected', refusal: null });
    expect(store.get()).toMatchObject({ mode: 'server', server: '日喀则市人社局服务器', state: 'connected' });
    expect(document.title).toBe('薪安 — 日喀则市人社局服务器');
    f.tell({ server: '日喀则市人社局服务器', state: 'lost', refusal: null });
    expect(store.get().state).toBe('lost');
    f.tell({ server: '日喀则市人社局服务器', state: 'connected', refusal: null });
    expect(store.get().state).toBe('back');
  });

  it('counts the host’s OFFLINE answers as lost, and its ping fails on them', async () => {
    const store = createConnectionStore(timers);
    let ping: (() => Promise<boolean>) | null = null;
    const setPing = store.setPing;
    store.setPing = (p) => {
      ping = p;
      setPing(p);
    };
    const f = fakeInner();
    const api = desktopApi(f.inner, store);
    expect(await ping!()).toBe(true);
    f.answer({ ok: false, error: { code: 'OFFLINE', message: '与服务器的连接已中断', fields: null } });
    expect(await api.invoke('staff.list', {})).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(store.get().state).toBe('lost');
    expect(await ping!()).toBe(false);
    // A refusal of the core (not the network) is an answer: the server is there.
    f.answer({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录', fields: null } });
    expect(await ping!()).toBe(true);
    await api.invoke('staff.list', {});
    expect(store.get().state).toBe('back');
  });

  it('keeps a certificate refusal (both fingerprints) for the screen, and answers do not make it look connected', async () => {
    const store = createConnectionStore(timers);
    const f = fakeInner();
    const api = desktopApi(f.inner, store);
    const refusal = { message: '服务器的证书已变更', pinned: 'AA', presented: 'BB' };
    f.tell({ server: 'x', state: 'refused', refusal });
    expect(store.get()).toMatchObject({ state: 'lost', refusal });
    f.answer({ ok: false, error: { code: 'FORBIDDEN', message: '服务器的证书已变更', fields: null } });
    await api.invoke('staff.list', {});
    expect(store.get().state).toBe('lost');
  });
});
