// 在线连接 through the real core: the administrator sees every open session with where it comes from and who is
// signed in; ending one signs it out at once (its next call reads the reason, its transport hears of it); one's own
// connection cannot be ended here; others are refused. Refusals and failed sign-ins carry the caller's address.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../electron/core/kernel/context';
import { connectionIdOf } from '../../electron/core/connections/connections.service';
import { ADMIN, clientFor, STAFF_PASSWORD, testCore, type TestCore } from '../helpers/core';

const DESK = { transport: 'server', address: '192.168.1.23', agent: 'Mozilla/5.0 Chrome/131' } as const;
const OFFICE = { transport: 'server', address: '192.168.1.40', agent: 'Mozilla/5.0 Chrome/131' } as const;

/** Signs a person in on a session that came from `client` (as the LAN server opens them). */
async function signInFrom(t: TestCore, who: string, client: Session['client'], password = STAFF_PASSWORD) {
  const c = clientFor(t.core, t.core.openSession(client));
  await c.call('session.login', { staffId: t.staff[who]!, password });
  return c;
}

function auditRows(t: TestCore, action: string): { actor_staff_id: string | null; session_id: string | null; entity_id: string | null; change: Record<string, unknown> }[] {
  const rows = t.core.services!.db.prepare('SELECT actor_staff_id, session_id, entity_id, change FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { actor_staff_id: string | null; session_id: string | null; entity_id: string | null; change: string }[];
  return rows.map((r) => ({ ...r, change: JSON.parse(r.change) as Record<string, unknown> }));
}

describe('在线连接', () => {
  it('lists the open sessions with their transport, address, person and unit; the session id stays off the list', async () => {
    const t = await testCore();
    // A sign-in screen opened before anyone signs in: listed after every signed-in row all the same.
    t.core.openSession({ transport: 'desktop', address: '127.0.0.1', agent: null });
    const desk = await signInFrom(t, '次仁卓玛', DESK);
    const office = await signInFrom(t, '李强', OFFICE);
    await office.call('session.lock', { idle: false });
    const admin = await signInFrom(t, ADMIN.name, { transport: 'desktop', address: '127.0.0.1', agent: null }, ADMIN.password);

    const { items, now } = await admin.call('connections.list', {});
    expect(now).toBe(t.clock.now());
    const byAddress = new Map(items.filter((c) => c.transport === 'server').map((c) => [c.address, c]));
    expect(byAddress.size).toBe(2);
    const d = byAddress.get('192.168.1.23')!;
    expect(d).toMatchObject({ transport: 'server', agent: DESK.agent, staff: { name: '次仁卓玛', departmentName: expect.any(String) }, locked: false, self: false });
    expect(d.unitName).toBeTruthy();
    expect(d.signedInAt).toBe(t.clock.now());
    expect(byAddress.get('192.168.1.40')).toMatchObject({ staff: { name: '李强' }, locked: true });
    // The administrator's own row is marked; signed-in rows come before the sign-in screens.
    expect(items.filter((c) => c.self)).toEqual([expect.objectContaining({ transport: 'desktop', address: '127.0.0.1', staff: expect.objectContaining({ name: ADMIN.name }) })]);
    const firstIdle = items.findIndex((c) => c.staff === null);
    expect(firstIdle).toBeGreaterThan(0);
    expect(items.slice(firstIdle).every((c) => c.staff === null)).toBe(true);
    // The public id is a digest, not the session id.
    expect(d.id).toBe(connectionIdOf(desk.session));
    expect(JSON.stringify(items)).not.toContain(desk.session.id);
  });

  it('ends a session: its next call is UNAUTHENTICATED with the reason, its transport is told, and the act is audited', async () => {
    const t = await testCore();
    const desk = await signInFrom(t, '次仁卓玛', DESK);
    const admin = await signInFrom(t, ADMIN.name, OFFICE, ADMIN.password);
    const ended: Session[] = [];
    const stop = t.core.onSessionEnded((s) => ended.push(s));
    const events: unknown[] = [];
    const unsubscribe = t.core.events.subscribe((e) => events.push(e));

    const id = connectionIdOf(desk.session);
    const r = await admin.call('connections.end', { id, reason: '该电脑已交回' });
    stop();
    unsubscribe();
    expect(r).toEqual({ staffName: '次仁卓玛' });
    expect(ended).toEqual([desk.session]);
    expect(events).toContainEqual({ type: 'data.changed', entity: 'connection', id: null });

    const next = await desk.invoke('intakes.list', {});
    expect(next).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '管理员已结束您的连接：该电脑已交回', fields: null } });
    expect(await desk.call('session.current', {})).toBeNull();
    // Signing in again works, and the reason is gone.
    await desk.call('session.login', { staffId: t.staff['次仁卓玛']!, password: STAFF_PASSWORD });
    expect((await desk.invoke('intakes.list', {})).ok).toBe(true);

    const [row] = auditRows(t, 'connectionEnded');
    expect(row).toMatchObject({
      actor_staff_id: t.staff[ADMIN.name],
      session_id: admin.session.id,
      entity_id: desk.session.id,
      change: { staffId: t.staff['次仁卓玛'], staffName: '次仁卓玛', address: '192.168.1.23', transport: 'server', reason: '该电脑已交回' },
    });
  });

  it('lets a call under way finish as its person, refuses every new call at once, then signs the session out', async () => {
    const t = await testCore();
    const desk = await signInFrom(t, '次仁卓玛', DESK);
    const admin = await signInFrom(t, ADMIN.name, OFFICE, ADMIN.password);
    // The new password is being hashed (off the main thread) when the administrator ends the session.
    const changing = desk.invoke('account.changePassword', { currentPassword: STAFF_PASSWORD, newPassword: 'xinmima2027' });
    await admin.call('connections.end', { id: connectionIdOf(desk.session), reason: '该电脑已交回' });
    expect(desk.session.staffId).toBe(t.staff['次仁卓玛']);
    expect(await desk.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '管理员已结束您的连接：该电脑已交回' } });
    const listed = (await admin.call('connections.list', {})).items.find((c) => c.id === connectionIdOf(desk.session))!;
    expect(listed.staff).toBeNull();
    const again = await admin.invoke('connections.end', { id: connectionIdOf(desk.session), reason: '该电脑已交回' });
    expect(again.ok || again.error.code).toBe('VALIDATION');

    expect((await changing).ok).toBe(true);
    expect(desk.session.staffId).toBeNull();
    expect(await desk.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '管理员已结束您的连接：该电脑已交回' } });
    expect(auditRows(t, 'passwordChange').at(-1)).toMatchObject({ actor_staff_id: t.staff['次仁卓玛'] });
    expect(auditRows(t, 'connectionEnded')).toHaveLength(1);
  });

  it("refuses to end one's own connection, an unknown one, one nobody is signed in to, and a reason too short — changing nothing", async () => {
    const t = await testCore();
    const admin = await signInFrom(t, ADMIN.name, OFFICE, ADMIN.password);
    const own = await admin.invoke('connections.end', { id: connectionIdOf(admin.session), reason: '测试结束自己' });
    expect(own.ok).toBe(false);
    if (!own.ok) expect(own.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('不能结束您自己正在使用的连接') });
    expect(admin.session.staffId).toBe(t.staff[ADMIN.name]);

    const unknown = await admin.invoke('connections.end', { id: '0123456789ab', reason: '已不在岗位' });
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
    const idle = t.core.openSession(DESK);
    const notSignedIn = await admin.invoke('connections.end', { id: connectionIdOf(idle), reason: '已不在岗位' });
    expect(notSignedIn.ok || notSignedIn.error.message).toContain('尚无人登录');
    const desk = await signInFrom(t, '次仁卓玛', DESK);
    const short = await admin.invoke('connections.end', { id: connectionIdOf(desk.session), reason: '走' });
    expect(short.ok || short.error.code).toBe('VALIDATION');
    const badId = await admin.invoke('connections.end', { id: desk.session.id, reason: '已不在岗位' });
    expect(badId.ok || badId.error.fields).toHaveProperty('id');
    expect(desk.session.staffId).toBe(t.staff['次仁卓玛']);
    expect(auditRows(t, 'connectionEnded')).toEqual([]);
  });

  it('is the administrator’s alone: anyone else is FORBIDDEN, and the refusal carries their address', async () => {
    const t = await testCore();
    const desk = await signInFrom(t, '次仁卓玛', DESK);
    const leader = await signInFrom(t, '李强', OFFICE);
    for (const c of [desk, leader]) {
      const r = await c.invoke('connections.list', {});
      expect(r.ok || r.error.code).toBe('FORBIDDEN');
    }
    const end = await leader.invoke('connections.end', { id: connectionIdOf(desk.session), reason: '不该能结束' });
    expect(end.ok || end.error.code).toBe('FORBIDDEN');
    expect(desk.session.staffId).not.toBeNull();
    const refused = auditRows(t, 'refused');
    expect(refused.map((r) => [r.entity_id, r.change.channel, r.change.address, r.change.transport])).toEqual([
      ['session.manage', 'connections.list', '192.168.1.23', 'server'],
      ['session.manage', 'connections.list', '192.168.1.40', 'server'],
      ['session.manage', 'connections.end', '192.168.1.40', 'server'],
    ]);
  });
});

describe('addresses on the audit trail', () => {
  it('a failed sign-in, an unknown person, a lockout and a successful sign-in carry the address; a session without one does not', async () => {
    const t = await testCore();
    const from = clientFor(t.core, t.core.openSession({ transport: 'bridge', address: '127.0.0.1', agent: 'Chromium' }));
    const who = t.staff['张伟']!;
    const wrong = await from.invoke('session.login', { staffId: who, password: 'cuowu-mima-1' });
    expect(wrong.ok || wrong.error.code).toBe('UNAUTHENTICATED');
    await from.invoke('session.login', { staffId: 'nobody', password: 'cuowu-mima-1' });
    for (let i = 0; i < 5; i++) await from.invoke('session.login', { staffId: who, password: 'cuowu-mima-1' });
    const lan = clientFor(t.core, t.core.openSession(DESK));
    await lan.call('session.login', { staffId: t.staff['李强']!, password: STAFF_PASSWORD });

    const failed = auditRows(t, 'loginFailed');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    for (const r of failed) expect(r.change).toMatchObject({ address: '127.0.0.1', transport: 'bridge' });
    expect(failed.map((r) => r.change.reason)).toContain('unknown');
    expect(auditRows(t, 'accountLocked')).toEqual([expect.objectContaining({ change: expect.objectContaining({ address: '127.0.0.1', transport: 'bridge' }) })]);
    expect(auditRows(t, 'loginRefusedLocked').every((r) => r.change.address === '127.0.0.1')).toBe(true);
    const logins = auditRows(t, 'login');
    expect(logins.at(-1)!.change).toMatchObject({ staffId: t.staff['李强'], address: '192.168.1.23', transport: 'server' });
    // testCore's own sessions come from no transport: their rows carry no address.
    expect(logins[0]!.change).not.toHaveProperty('address');
  });
});
