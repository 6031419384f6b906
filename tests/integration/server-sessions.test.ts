import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { tabStoreFor } from '../../electron/core/transport/server-tab-store';
import { MIGRATIONS_DIR, testCore } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { servedCore } from '../helpers/server';

describe('bureau server: sign-in rate limit, idle tabs, restarts', () => {
  it('refuses sign-ins from an address after 10 failures in 10 minutes (429, when to retry), successes never count', async () => {
    const s = await servedCore();
    const tab = await s.openTab();
    // A whole office signing in at once: 12 successes from one address, none refused.
    for (let i = 0; i < 12; i++) expect(JSON.parse((await s.signIn(await s.openTab(), '次仁卓玛')).body)).toMatchObject({ ok: true });
    // Ten wrong passwords, spread over accounts so the per-account lockout (5) is not what stops them.
    const names = ['李强', '张伟'];
    for (let i = 0; i < 10; i++) {
      const res = await s.signIn(tab, names[i % 2], i < 4 ? 'wrong-password-1' : 'wrong-password-2');
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).ok).toBe(false);
    }
    const limited = await s.signIn(tab, '次仁卓玛');
    expect(limited.status).toBe(429);
    const error = JSON.parse(limited.body).error;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/本机登录失败次数过多.*请在 \d\d:\d\d（约 10 分钟后）再试/);
    expect(s.refusals()).toEqual([expect.objectContaining({ reason: 'rateLimited', address: '127.0.0.1', path: '/api/session.login' })]);
    // Another address is not held back by this one.
    const other = await s.openTab('127.0.0.2');
    expect((await s.post(other, 'session.candidates', {}, '127.0.0.2')).status).toBe(200);
    // Once the window has passed, signing in works again.
    s.clock.advance(10 * 60_000 + 1);
    expect(JSON.parse((await s.signIn(tab, '次仁卓玛')).body)).toMatchObject({ ok: true });
  });

  it('an idle tab expires after 8 hours (its core session closed); a used one does not', async () => {
    const s = await servedCore();
    const idle = await s.openTab();
    const used = await s.openTab();
    expect(JSON.parse((await s.signIn(idle, '次仁卓玛')).body)).toMatchObject({ ok: true });
    s.clock.advance(7 * 3_600_000);
    expect((await s.post(used, 'session.candidates')).status).toBe(200);
    s.clock.advance(3_600_000 + 1);
    s.server.sweep();
    const res = await s.post(idle, 'session.current');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.message).toMatch(/会话已失效/);
    expect((await s.post(used, 'session.candidates')).status).toBe(200);
    expect(s.server.openTabs()).toBe(1);
  });

  it('a restart keeps a signed-in tab (digests only in the database); idle ones are dropped', async () => {
    const t = await testCore();
    const first = await servedCore({ core: t, tabStore: tabStoreFor(t.core) });
    const tab = await first.openTab();
    const idle = await first.openTab();
    expect(JSON.parse((await first.signIn(tab, '次仁卓玛')).body)).toMatchObject({ ok: true });
    const saved = t.core.services!.db.prepare('SELECT * FROM server_tabs').all() as Record<string, unknown>[];
    expect(saved).toHaveLength(2);
    // Neither the cookie's value nor the tab secret is stored, only their SHA-256.
    const stored = JSON.stringify(saved);
    expect(stored).not.toContain(tab.cookie.split('=')[1]);
    expect(stored).not.toContain(tab.header.split('.')[1]);
    // Seven hours on the signed-in tab is used; the other is not.
    t.clock.advance(7 * 3_600_000);
    expect((await first.post(tab, 'session.touch')).status).toBe(200);
    await first.server.close();
    await t.core.close();

    // The same data dir, a new core and server (as after a reboot) 90 minutes later: the unused tab is 8.5 hours old.
    t.clock.advance(90 * 60_000);
    const core = createCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, clock: t.clock, logger: silentLogger, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false });
    const again = await servedCore({ core: { ...t, core }, tabStore: tabStoreFor(core) });
    expect(again.server.openTabs()).toBe(1);
    // The page as the browser keeps it (the test's new server has a new port, so a new origin).
    const page = (t: typeof tab) => ({ ...t.headers, origin: again.server.origin });
    expect((await again.post(page(idle), 'session.candidates')).status).toBe(401);
    const current = JSON.parse((await again.post(page(tab), 'session.current')).body);
    expect(current.ok).toBe(true);
    expect(current.value).not.toBeNull();
    expect(current.value.staff.name).toBe('次仁卓玛');
    // Seven idle hours had locked it (the core's own idle lock): it comes back locked, not unlocked by the restart.
    expect(current.value.locked).toBe(true);
    expect(current.value.idleLockMinutes).toBeGreaterThan(0);
    // A forged tab with the right id but another secret still fails.
    expect((await again.post({ ...page(tab), 'x-xinan-tab': `${tab.header.split('.')[0]}.forged` }, 'session.current')).status).toBe(401);
    await again.server.close();
    await core.close();
  });

  it('a tab the administrator ended (在线连接) is saved signed out at once: a restart before its next call does not sign it back in', async () => {
    const t = await testCore();
    const first = await servedCore({ core: t, tabStore: tabStoreFor(t.core) });
    const tab = await first.openTab();
    expect(JSON.parse((await first.signIn(tab, '次仁卓玛')).body)).toMatchObject({ ok: true });
    const { items } = await t.admin.call('connections.list', {});
    const desk = items.find((c) => c.transport === 'server' && c.staff?.name === '次仁卓玛')!;
    expect(desk.address).toBe('127.0.0.1');
    await t.admin.call('connections.end', { id: desk.id, reason: '该电脑已交回' });
    // No call from the tab, and the server never gets to save its tabs at shutdown (the power went): only the core is
    // closed here; the first server's own close, after the restart, can no longer write to it.
    await t.core.close();

    const core = createCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, clock: t.clock, logger: silentLogger, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false });
    const again = await servedCore({ core: { ...t, core }, tabStore: tabStoreFor(core) });
    const current = JSON.parse((await again.post({ ...tab.headers, origin: again.server.origin }, 'session.current')).body);
    expect(current).toMatchObject({ ok: true, value: null });
    await first.server.close();
    await again.server.close();
    await core.close();
  });
});
