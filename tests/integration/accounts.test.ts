// Accounts through the real core: passwords as Argon2id hashes, lockout, temporary passwords, screen lock (by the
// person, by the interface when idle, and by the core itself as a backstop), resets and deactivation taking effect
// at once, and every one of these on the audit trail.
import { describe, expect, it } from 'vitest';
import { clientFor, establishStaff, signInAs, STAFF_PASSWORD, TEMP_PASSWORD, testCore } from '../helpers/core';
import { ADMIN } from '../helpers/accounts';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { MIGRATIONS_DIR } from '../helpers/core';

const MINUTE = 60_000;

function auditActions(core: Core, since = 0): string[] {
  return (core.services!.db.prepare('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq').all(since) as { action: string }[]).map((r) => r.action);
}
function lastSeq(core: Core): number {
  return (core.services!.db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n;
}

describe('signing in', () => {
  it('counts failures, locks after five for fifteen minutes, and says when to come back', async () => {
    const { core, clock, staff } = await testCore();
    const c = clientFor(core);
    const since = lastSeq(core);
    for (let i = 1; i <= 4; i++) {
      expect(await c.invoke('session.login', { staffId: staff['张伟'], password: 'wrong1234' })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: `密码错误，还可尝试${5 - i}次` },
      });
    }
    const fifth = await c.invoke('session.login', { staffId: staff['张伟'], password: 'wrong1234' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED', message: expect.stringContaining('连续错误已达5次') } });
    // Locked: even the right password is refused, without being checked.
    expect(await c.invoke('session.login', { staffId: staff['张伟'], password: STAFF_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', message: '该账户因连续输错密码已锁定，请于 2026-11-25 10:15 之后再试，或请管理员重置密码' },
    });
    expect(auditActions(core, since)).toEqual(['loginFailed', 'loginFailed', 'loginFailed', 'loginFailed', 'accountLocked', 'loginRefusedLocked']);
    clock.advance(15 * MINUTE + 1);
    // After the lock, the count starts again.
    expect(await c.invoke('session.login', { staffId: staff['张伟'], password: 'wrong1234' })).toMatchObject({ error: { message: '密码错误，还可尝试4次' } });
    expect((await c.call('session.login', { staffId: staff['张伟'], password: STAFF_PASSWORD })).staff.name).toBe('张伟');
    const row = core.services!.db.prepare('SELECT failed_attempts, locked_until, last_login_at FROM accounts WHERE staff_id = ?').get(staff['张伟']);
    expect(row).toEqual({ failed_attempts: 0, locked_until: null, last_login_at: clock.t });
  });

  it('takes the lockout figures from the parameters', async () => {
    const { core, admin, staff } = await testCore();
    await admin.call('parameters.set', { key: 'security.lockoutAttempts', region: '540200', value: 3, effectiveFrom: '2026-01-01', source: '本局信息安全制度', confidence: 'local' });
    const c = clientFor(core);
    await c.invoke('session.login', { staffId: staff['李强'], password: 'wrong1234' });
    await c.invoke('session.login', { staffId: staff['李强'], password: 'wrong1234' });
    expect(await c.invoke('session.login', { staffId: staff['李强'], password: 'wrong1234' })).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
  });

  it('refuses an unknown or deactivated person, and puts the attempt on the record', async () => {
    const { core } = await testCore();
    const since = lastSeq(core);
    expect(await clientFor(core).invoke('session.login', { staffId: 'nobody', password: 'x' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await clientFor(core).invoke('session.login', { staffId: 'nobody', password: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: '请输入密码' } } });
    expect(auditActions(core, since)).toEqual(['loginFailed']);
  });

  it('upgrades a hash made at another cost at the next sign-in', async () => {
    const { core, dataDir, staff } = await testCore();
    const before = (core.services!.db.prepare('SELECT password_hash FROM accounts WHERE staff_id = ?').get(staff['张伟']) as { password_hash: string }).password_hash;
    expect(before).toContain('m=256,t=1');
    await core.close();
    const stronger = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, passwordCost: { memoryCost: 512, timeCost: 2 } });
    try {
      await signInAs(stronger, '张伟');
      const after = (stronger.services!.db.prepare('SELECT password_hash FROM accounts WHERE staff_id = ?').get(staff['张伟']) as { password_hash: string }).password_hash;
      expect(after).toContain('m=512,t=2');
      await signInAs(stronger, '张伟');
    } finally {
      await stronger.close();
    }
  });
});

describe('the lockout under concurrent attempts', () => {
  it('checks at most five passwords however many arrive at once, and a right one among them does not undo a lock', async () => {
    const { core, staff } = await testCore();
    const attempts = Array.from({ length: 30 }, (_, i) => clientFor(core).invoke('session.login', { staffId: staff['张伟'], password: i === 17 ? STAFF_PASSWORD : 'wrong1234' }));
    const results = await Promise.all(attempts);
    const db = core.services!.db;
    const failures = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action IN ('loginFailed', 'accountLocked')").get(staff['张伟']) as { n: number };
    expect(failures.n).toBeLessThanOrEqual(5);
    const refused = results.filter((r) => !r.ok && r.error.code === 'ACCOUNT_LOCKED').length;
    expect(refused).toBeGreaterThanOrEqual(25);
    const account = db.prepare('SELECT failed_attempts, locked_until FROM accounts WHERE staff_id = ?').get(staff['张伟']) as { failed_attempts: number; locked_until: number | null };
    // Either the right password was among the first five and signed in, or the account is locked; never both
    // unlocked and with more than five passwords checked.
    const signedIn = results.some((r) => r.ok);
    if (!signedIn) expect(account.locked_until).not.toBeNull();
  });

  it('counts wrong current passwords in 修改密码 toward the lockout', async () => {
    const { core } = await testCore();
    const c = await signInAs(core, '次仁卓玛');
    for (let i = 1; i <= 4; i++) {
      expect(await c.invoke('account.changePassword', { currentPassword: 'wrong1234', newPassword: 'zhuoga2026x' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { currentPassword: `当前密码不正确，还可尝试${5 - i}次` } },
      });
    }
    expect(await c.invoke('account.changePassword', { currentPassword: 'wrong1234', newPassword: 'zhuoga2026x' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    // A weak new password is refused before the current one is checked: it costs no attempt.
    expect(await clientFor(core).invoke('session.login', { staffId: (await c.call('session.current', {}))!.staff.id, password: STAFF_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' },
    });
  });
});

describe('a data dir from before accounts', () => {
  it('lets the first administrator set a password at sign-in, then nobody else', async () => {
    const { core, staff } = await testCore();
    // As the earlier version left it: staff, no passwords.
    core.services!.db.exec('DELETE FROM accounts');
    expect(await clientFor(core).invoke('session.login', { staffId: staff['次仁卓玛'], password: STAFF_PASSWORD })).toMatchObject({
      ok: false,
      error: { message: '该工作人员尚未设置密码，请联系管理员设置初始密码' },
    });
    const admin = clientFor(core);
    expect(await admin.invoke('session.login', { staffId: staff[ADMIN.name], password: '1234' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await admin.call('session.login', { staffId: staff[ADMIN.name], password: 'xin2027admin' })).staff.roles).toEqual(['admin']);
    // Once an administrator has an account, nobody else can claim one this way.
    await admin.call('staff.resetPassword', { id: staff['次仁卓玛'], temporaryPassword: TEMP_PASSWORD });
    expect((await clientFor(core).call('session.login', { staffId: staff['次仁卓玛'], password: TEMP_PASSWORD })).mustChangePassword).toBe(true);
    // Four at the first run, the administrator's own, and the reset that gave 次仁卓玛 one.
    expect(auditActions(core).filter((a) => a === 'accountCreate')).toHaveLength(6);
  });
});

describe('temporary passwords', () => {
  it('lets a new person do nothing but change the temporary password, then work', async () => {
    const { core, admin } = await testCore();
    const member = await admin.call('staff.create', { name: '卓嘎', departmentId: 'dept-540200-inspection', roles: ['inspector'], employment: 'fullTime', initialPassword: TEMP_PASSWORD });
    expect(member.account).toMatchObject({ mustChangePassword: true, lastLoginAt: null });
    const c = clientFor(core);
    const info = await c.call('session.login', { staffId: member.id, password: TEMP_PASSWORD });
    expect(info.mustChangePassword).toBe(true);
    expect(await c.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect(await c.invoke('account.changePassword', { currentPassword: 'wrong1234', newPassword: 'zhuoga2026x' })).toMatchObject({ ok: false, error: { fields: { currentPassword: '当前密码不正确，还可尝试4次' } } });
    expect(await c.invoke('account.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: TEMP_PASSWORD })).toMatchObject({ ok: false, error: { fields: { newPassword: '新密码不能与当前密码相同' } } });
    expect(await c.invoke('account.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: '卓嘎zhuoga2026' })).toMatchObject({ ok: false, error: { fields: { newPassword: '密码不能包含本人姓名' } } });
    expect(await c.invoke('account.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: 'aaaa1111' })).toMatchObject({ ok: false, error: { fields: { newPassword: expect.stringContaining('过于简单') } } });
    const changed = await c.call('account.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: 'zhuoga2026x' });
    expect(changed.mustChangePassword).toBe(false);
    expect((await c.invoke('intakes.list', {})).ok).toBe(true);
  });

  it('an administrator reset unlocks the account, signs the person out everywhere, and needs a change at sign-in', async () => {
    const { core, admin, staff } = await testCore();
    const zhang = await signInAs(core, '张伟');
    const c = clientFor(core);
    for (let i = 0; i < 5; i++) await c.invoke('session.login', { staffId: staff['李强'], password: 'wrong1234' });
    expect((await admin.call('staff.list', {})).find((s) => s.id === staff['李强'])!.account!.lockedUntil).not.toBeNull();
    const reset = await admin.call('staff.resetPassword', { id: staff['李强'], temporaryPassword: 'chongzhi2026' });
    expect(reset.account).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedAttempts: 0 });
    expect((await c.call('session.login', { staffId: staff['李强'], password: 'chongzhi2026' })).mustChangePassword).toBe(true);

    await admin.call('staff.resetPassword', { id: staff['张伟'], temporaryPassword: 'chongzhi2026' });
    expect(await zhang.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '账户密码已更改（本人在其他窗口修改，或管理员重置），请用新密码重新登录' } });
    // A window's other calls that raced the first refusal are told the same reason, not a bare 请先登录.
    expect(await zhang.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('管理员重置') } });
    // The session the system ended is on the record too.
    expect(core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'sessionEnded' ORDER BY seq DESC LIMIT 1").get()).toEqual({
      change: JSON.stringify({ reason: 'invalidated', staffId: staff['张伟'] }),
    });
    expect(await admin.invoke('staff.resetPassword', { id: staff[ADMIN.name], temporaryPassword: 'chongzhi2026' })).toMatchObject({ ok: false, error: { fields: { id: expect.stringContaining('不能重置自己的密码') } } });
    const actions = auditActions(core);
    expect(actions.filter((a) => a === 'passwordReset')).toHaveLength(2);
  });

  it('never stores or records a password as typed', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const dump = [
      ...(db.prepare('SELECT change FROM audit_log').all() as { change: string }[]).map((r) => r.change),
      ...(db.prepare('SELECT password_hash FROM accounts').all() as { password_hash: string }[]).map((r) => r.password_hash),
    ].join('\n');
    for (const p of [ADMIN.password, TEMP_PASSWORD, STAFF_PASSWORD]) expect(dump).not.toContain(p);
  });
});

describe('screen lock', () => {
  it('locks by hand: nothing but unlocking or signing out; a wrong password counts toward the lockout', async () => {
    const { core } = await testCore();
    const c = await signInAs(core, '次仁卓玛');
    const since = lastSeq(core);
    await c.call('session.lock', {});
    expect(await c.call('session.current', {})).toMatchObject({ locked: true, staff: { name: '次仁卓玛' } });
    expect(await c.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await c.invoke('drafts.save', { formKey: 'intake.new', data: { summary: 'x' } })).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await c.invoke('session.unlock', { password: 'wrong1234' })).toMatchObject({ ok: false, error: { message: '密码错误，还可尝试4次' } });
    expect((await c.call('session.unlock', { password: STAFF_PASSWORD })).locked).toBe(false);
    expect((await c.invoke('intakes.list', {})).ok).toBe(true);
    // Unlocking an unlocked screen still checks the password.
    expect(await c.invoke('session.unlock', { password: 'wrong1234' })).toMatchObject({ ok: false, error: { message: '密码错误，还可尝试4次' } });
    expect(auditActions(core, since)).toEqual(['lock', 'loginFailed', 'unlock', 'loginFailed']);
  });

  it('is locked by the core itself after the idle time, whatever the interface does', async () => {
    const { core, clock } = await testCore();
    const c = await signInAs(core, '次仁卓玛');
    expect((await c.call('session.current', {}))!.idleLockMinutes).toBe(10);
    clock.advance(9 * MINUTE);
    // A change counts as activity; so does the interface saying it saw input.
    await c.call('drafts.save', { formKey: 'intake.new', data: { summary: '工资未付' } });
    clock.advance(9 * MINUTE);
    await c.call('session.touch', {});
    clock.advance(9 * MINUTE);
    // Reads alone do not (lists refetched after another window's change would keep a session open for ever),
    // nor does asking who is signed in.
    expect((await c.invoke('intakes.list', {})).ok).toBe(true);
    expect((await c.call('session.current', {}))!.locked).toBe(false);
    clock.advance(2 * MINUTE);
    expect(await c.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(auditActions(core).at(-1)).toBe('autoLock');
    expect((await c.call('session.current', {}))!.locked).toBe(true);
    await c.call('session.unlock', { password: STAFF_PASSWORD });
    expect((await c.invoke('intakes.list', {})).ok).toBe(true);
  });

  it('ends the session when unlocking runs into the lockout, so the next person must sign in', async () => {
    const { core } = await testCore();
    const c = await signInAs(core, '次仁卓玛');
    await c.call('session.lock', { idle: true });
    for (let i = 0; i < 4; i++) await c.invoke('session.unlock', { password: 'wrong1234' });
    expect(await c.invoke('session.unlock', { password: 'wrong1234' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(await c.call('session.current', {})).toBeNull();
  });
});

describe('administering staff', () => {
  it('refuses changing one’s own roles (so an administrator always remains), and shows account state only to administrators', async () => {
    const { core, admin, staff } = await testCore();
    const list = await admin.call('staff.list', {});
    const me = list.find((s) => s.id === staff[ADMIN.name])!;
    const { id, rowVersion, unitId: _u, departmentName: _d, account: _a, ...fields } = me;
    expect(await admin.invoke('staff.update', { ...fields, id, rowVersion, active: true, roles: ['leader'] })).toMatchObject({
      ok: false,
      error: { fields: { roles: '不能修改自己的角色，请由另一位管理员修改' } },
    });
    const second = await establishStaff(core, admin, { name: '顿珠', departmentId: null, roles: ['admin'] });
    const other = await signInAs(core, second);
    expect((await other.call('staff.update', { ...fields, id, rowVersion, active: true, roles: ['leader'] })).roles).toEqual(['leader']);
    const again = (await other.call('staff.list', {})).find((s) => s.id === second)!;
    const { id: sid, rowVersion: srv, unitId: _su, departmentName: _sd, account: _sa, ...sf } = again;
    expect(await other.invoke('staff.update', { ...sf, id: sid, rowVersion: srv, active: true, roles: ['admin'] })).toMatchObject({ ok: true });
    const desk = await signInAs(core, '次仁卓玛');
    expect((await desk.call('staff.list', {})).every((s) => s.account === null)).toBe(true);
    expect((await other.call('staff.list', {})).find((s) => s.name === '次仁卓玛')!.account).toMatchObject({ mustChangePassword: false });
  });
});
