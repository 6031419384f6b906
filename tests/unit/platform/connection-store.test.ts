// @vitest-environment jsdom
// The page's connection store: a failure makes it lost and it checks the server again and again (1, 2, 4, then every
// 5 s — never longer), a check that answers brings it back (those waiting to send are told once), and "back" settles
// to "connected" after a few seconds. A broken event stream is only a suspicion: a check decides.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACK_SHOWN_MS, createConnectionStore, PING_DELAYS_MS, type ConnectionStore } from '../../../renderer/src/platform/connection';

let store: ConnectionStore;
let reachable: boolean;
let pings: number[];

beforeEach(() => {
  vi.useFakeTimers();
  reachable = false;
  pings = [];
  store = createConnectionStore({ setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) });
  store.setPing(async () => {
    pings.push(Date.now());
    return reachable;
  });
});
afterEach(() => vi.useRealTimers());

describe('the connection store', () => {
  it('goes lost on a failure, checks with a growing wait that never passes 5 s, and comes back when a check answers', async () => {
    const start = Date.now();
    const back = vi.fn();
    store.onBack(back);
    store.lost();
    expect(store.get().state).toBe('lost');
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 5_000 + 5_000 + 5_000);
    const waits = pings.map((t, i) => t - (i === 0 ? start : pings[i - 1]));
    expect(waits).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(PING_DELAYS_MS[PING_DELAYS_MS.length - 1]);
    expect(store.get().state).toBe('lost');
    expect(back).not.toHaveBeenCalled();

    reachable = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.get().state).toBe('back');
    expect(back).toHaveBeenCalledTimes(1);
    const count = pings.length;
    await vi.advanceTimersByTimeAsync(BACK_SHOWN_MS);
    expect(store.get().state).toBe('connected');
    // No checks once it is back.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(pings.length).toBe(count);
  });

  it('comes back as soon as any call is answered, without waiting for the next check', async () => {
    const back = vi.fn();
    store.onBack(back);
    store.lost();
    store.lost(); // a second failure while lost starts nothing new
    store.reached();
    expect(store.get().state).toBe('back');
    expect(back).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(pings).toEqual([]);
    // Answers while connected are no comeback.
    store.reached();
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('a failure during "back" is lost again and checks start over from a short wait', async () => {
    store.lost();
    store.reached();
    store.lost();
    expect(store.get().state).toBe('lost');
    await vi.advanceTimersByTimeAsync(BACK_SHOWN_MS + 1);
    expect(store.get().state).toBe('lost');
    expect(pings.length).toBeGreaterThan(0);
  });

  it('a broken event stream is checked at once: lost only when the check fails', async () => {
    reachable = true;
    store.suspect();
    await vi.advanceTimersByTimeAsync(0);
    expect(pings.length).toBe(1);
    expect(store.get().state).toBe('connected');
    reachable = false;
    store.suspect();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().state).toBe('lost');
  });

  it('names the bureau server in the window title in server mode only', () => {
    const title = document.title;
    store.identify('bridge', null);
    expect(document.title).toBe(title);
    store.identify('server', '日喀则人社局服务器');
    expect(store.get()).toMatchObject({ mode: 'server', server: '日喀则人社局服务器' });
    expect(document.title).toBe('薪安 — 日喀则人社局服务器');
    document.title = title;
  });
});
