// Local accounts: one per member of staff, an Argon2id hash, lockout after repeated failures, temporary passwords
// that must be changed, and every sign-in, failure, lock and change on the audit trail.
import type { z } from 'zod';
import type { staffResetPasswordInput } from '../../../shared/contract/reference';
import type { changePasswordInput, loginInput } from '../../../shared/contract/session';
import { checkPasswordStrength } from '../../../shared/domain/password';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { parameterLookup } from '../reference/parameters.service';
import { findStaff } from '../reference/staff.service';
import { tx, writeContext, writeContextFor, type TxWriter } from '../kernel/tx';
import { hashPassword, needsRehash, verifyPassword } from './passwords';

const MINUTE = 60_000;

interface AccountRow {
  staff_id: string;
  password_hash: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: number | null;
  password_changed_at: number;
  last_login_at: number | null;
  row_version: number;
}

export function findAccount(core: CoreServices, staffId: string): AccountRow | null {
  return (core.prepare('SELECT * FROM accounts WHERE staff_id = ?').get(staffId) as AccountRow | undefined) ?? null;
}

export interface SecuritySettings {
  lockoutAttempts: number;
  lockoutMs: number;
  idleLockMs: number;
}

export function securitySettings(core: CoreServices): SecuritySettings {
  const lookup = parameterLookup(core, dateKeyOf(core.clock.now()));
  const num = (key: string, fallback: number) => {
    const v = lookup(key);
    return typeof v === 'number' ? v : fallback;
  };
  return {
    lockoutAttempts: num('security.lockoutAttempts', 5),
    lockoutMs: num('security.lockoutMinutes', 15) * MINUTE,
    idleLockMs: num('security.idleLockMinutes', 10) * MINUTE,
  };
}

/** Checks a new password against the rules and the person's own name; throws a field error. */
export function checkNewPassword(password: string, name: string, field: string): void {
  const r = checkPasswordStrength(password, name);
  if (!r.ok) throw invalid({ [field]: r.reason });
}

/** Creates the account inside an open transaction (the hash is made before the transaction opens). */
export function insertAccount(w: TxWriter, staffId: string, passwordHash: string, mustChange: boolean): void {
  w.prepare(
    'INSERT INTO accounts (staff_id, password_hash, must_change_password, failed_attempts, locked_until, password_changed_at, last_login_at) VALUES (?, ?, ?, 0, NULL, ?, NULL)',
  ).run(staffId, passwordHash, mustChange ? 1 : 0, w.now);
  w.audit({ action: 'accountCreate', entity: 'account', entityId: staffId, change: { mustChangePassword: mustChange } });
}

function lockedMessage(until: number): string {
  return `该账户因连续输错密码已锁定，请于 ${dateTimeOf(until)} 之后再试，或请管理员重置密码`;
}

type Via = 'login' | 'unlock' | 'changePassword';

/**
 * Checks a password, counting the attempt toward the lockout BEFORE the (slow) hash check: an attempt is claimed
 * in a write transaction, so however many arrive at once, no more than the allowed number are ever checked within
 * one lockout period. On success `onSuccess` runs in the same transaction that clears the count — after checking
 * again that no concurrent failure locked the account meanwhile — and gets the account row as it was checked (its
 * row_version is the session's credential version). Every outcome is on the audit trail.
 */
async function checkPassword<T>(call: CallContext, staffId: string, password: string, via: Via, onSuccess: (w: TxWriter, account: AccountRow) => T): Promise<T> {
  const core = call.core;
  const settings = securitySettings(core);
  const wc = () => ({ ...writeContext(call), actorStaffId: staffId });
  const refuse = (action: string, change: Record<string, unknown>, error: ServiceError): never => {
    tx(wc(), (w) => w.audit({ action, entity: 'account', entityId: staffId, change: { ...change, via } }));
    throw error;
  };

  // 1. Claim an attempt. The count is audited with the outcome; a crash in between leaves it counted (safe side).
  const now = core.clock.now();
  type Claim = { account: AccountRow; attempts: number } | { refused: 'noAccount' | 'locked' | 'busy'; until: number | null };
  const claim = core.db
    .transaction((): Claim => {
      const account = findAccount(core, staffId);
      if (!account) return { refused: 'noAccount', until: null };
      if (account.locked_until !== null && account.locked_until > now) return { refused: 'locked', until: account.locked_until };
      // A lock that has run out starts the count afresh.
      const attempts = (account.locked_until !== null ? 0 : account.failed_attempts) + 1;
      if (attempts > settings.lockoutAttempts) return { refused: 'busy', until: null };
      core.prepare('UPDATE accounts SET failed_attempts = ?, locked_until = NULL WHERE staff_id = ?').run(attempts, staffId);
      return { account, attempts };
    })
    .immediate();
  if ('refused' in claim) {
    if (claim.refused === 'noAccount') {
      return refuse('loginFailed', { reason: 'noAccount' }, new ServiceError('UNAUTHENTICATED', '该工作人员尚未设置密码，请联系管理员设置初始密码'));
    }
    if (claim.refused === 'locked') {
      return refuse('loginRefusedLocked', { lockedUntil: claim.until }, new ServiceError('ACCOUNT_LOCKED', lockedMessage(claim.until!)));
    }
    return refuse(
      'loginRefusedLocked',
      { reason: 'attemptsInFlight' },
      new ServiceError('ACCOUNT_LOCKED', '该账户正在被连续尝试登录，已暂停接受密码，请稍后再试或请管理员重置密码'),
    );
  }
  const { account, attempts } = claim;

  // 2. The slow check, outside any transaction.
  const good = await verifyPassword(account.password_hash, password);

  // 3. The outcome.
  const outcome = tx(wc(), (w) => {
    const current = w.prepare('SELECT locked_until, row_version FROM accounts WHERE staff_id = ?').get(staffId) as { locked_until: number | null; row_version: number };
    if (good) {
      if (current.locked_until !== null && current.locked_until > w.now) {
        w.audit({ action: 'loginRefusedLocked', entity: 'account', entityId: staffId, change: { via, lockedUntil: current.locked_until } });
        return { kind: 'locked' as const, until: current.locked_until };
      }
      if (current.row_version !== account.row_version) {
        w.audit({ action: 'loginFailed', entity: 'account', entityId: staffId, change: { via, reason: 'passwordChangedMeanwhile' } });
        return { kind: 'changed' as const };
      }
      w.prepare('UPDATE accounts SET failed_attempts = 0 WHERE staff_id = ?').run(staffId);
      return { kind: 'ok' as const, value: onSuccess(w, account) };
    }
    if (attempts >= settings.lockoutAttempts) {
      const until = w.now + settings.lockoutMs;
      w.prepare('UPDATE accounts SET locked_until = ?, failed_attempts = 0 WHERE staff_id = ?').run(until, staffId);
      w.audit({ action: 'accountLocked', entity: 'account', entityId: staffId, change: { via, attempts, lockedUntil: until } });
      return { kind: 'lockedNow' as const, until };
    }
    w.audit({ action: 'loginFailed', entity: 'account', entityId: staffId, change: { via, reason: 'wrongPassword', attempts } });
    return { kind: 'wrong' as const, left: settings.lockoutAttempts - attempts };
  });
  switch (outcome.kind) {
    case 'ok':
      return outcome.value;
    case 'locked':
      throw new ServiceError('ACCOUNT_LOCKED', lockedMessage(outcome.until));
    case 'changed':
      throw new ServiceError('UNAUTHENTICATED', '密码刚被更改（管理员重置或在其他窗口修改），请用新密码重试');
    case 'lockedNow':
      throw new ServiceError('ACCOUNT_LOCKED', `密码错误。连续错误已达${settings.lockoutAttempts}次，${lockedMessage(outcome.until)}`);
    case 'wrong': {
      const field = via === 'changePassword' ? 'currentPassword' : 'password';
      const message = `${via === 'changePassword' ? '当前密码不正确' : '密码错误'}，还可尝试${outcome.left}次`;
      throw new ServiceError(via === 'changePassword' ? 'VALIDATION' : 'UNAUTHENTICATED', message, { [field]: message });
    }
  }
}

export async function login(call: CallContext, input: z.output<typeof loginInput>): Promise<void> {
  const core = call.core;
  const inst = requireInstallation(core);
  const member = findStaff(core, input.staffId);
  if (!member || !member.active || member.unitId !== inst.unitId) {
    tx(writeContext(call), (w) => {
      w.audit({ action: 'loginFailed', entity: 'account', entityId: input.staffId, change: { via: 'login', reason: member ? 'inactive' : 'unknown' } });
    });
    throw new ServiceError('UNAUTHENTICATED', '该工作人员不存在、已停用或不属于本单位，无法登录');
  }
  const account = findAccount(core, member.id);
  if (!account && member.roles.includes('admin') && !anyAdminAccount(core)) {
    await bootstrapAdministrator(call, member.id, member.name, input.password);
    return;
  }
  // A hash made at another cost is upgraded now (the password is known only at sign-in); hashed before the
  // outcome's transaction so that it stays short, and used only if the password checked was the one read here.
  const rehash = account && needsRehash(account.password_hash, core.config.passwordCost) ? await hashPassword(input.password, core.config.passwordCost) : null;
  const settings = securitySettings(core);
  const version = await checkPassword(call, member.id, input.password, 'login', (w, checked) => {
    const upgraded = rehash !== null && checked.password_hash === account?.password_hash;
    w.prepare('UPDATE accounts SET last_login_at = ?, password_hash = CASE WHEN ? THEN ? ELSE password_hash END WHERE staff_id = ?').run(
      w.now,
      upgraded ? 1 : 0,
      rehash,
      member.id,
    );
    w.audit({ action: 'login', entity: 'session', entityId: call.session.id, change: { staffId: member.id, rehashed: upgraded } });
    // The administrator's 在线连接 list shows who is signed in where.
    w.changed('connection', null);
    return checked.row_version;
  });
  bindSession(call, member.id, version, settings);
}

function anyAdminAccount(core: CoreServices): boolean {
  return !!core
    .prepare(`SELECT 1 FROM accounts a JOIN staff_roles r ON r.staff_id = a.staff_id AND r.role = 'admin' JOIN staff s ON s.id = a.staff_id AND s.active = 1 LIMIT 1`)
    .get();
}

/**
 * A data dir from before accounts existed has staff but no passwords: the first administrator to sign in sets
 * theirs (under the same rules as any new password) and then gives everyone else theirs. Impossible once any
 * active administrator has an account.
 */
async function bootstrapAdministrator(call: CallContext, staffId: string, name: string, password: string): Promise<void> {
  checkNewPassword(password, name, 'password');
  const hashed = await hashPassword(password, call.core.config.passwordCost);
  tx({ ...writeContext(call), actorStaffId: staffId }, (w) => {
    if (anyAdminAccount(call.core)) throw new ServiceError('CONFLICT', '管理员账户刚在另一处设置了密码，请用该密码登录');
    insertAccount(w, staffId, hashed, false);
    w.prepare('UPDATE accounts SET last_login_at = ? WHERE staff_id = ?').run(w.now, staffId);
    w.audit({ action: 'login', entity: 'session', entityId: call.session.id, change: { staffId, bootstrap: true } });
  });
  bindSession(call, staffId, 1);
}

/**
 * Binds the session to a person who has just proved (or, on the first run, set) their password. The credential
 * version is the account's row_version as checked, so a reset that landed meanwhile ends the session at once.
 */
export function bindSession(call: CallContext, staffId: string, credentialVersion: number, settings = securitySettings(call.core)): void {
  const s = call.session;
  s.staffId = staffId;
  s.endedReason = null;
  s.authenticatedAt = call.core.clock.now();
  s.credentialVersion = credentialVersion;
  s.locked = false;
  s.idleLockMs = settings.idleLockMs;
  s.lastSeenAt = s.authenticatedAt;
}

export function lock(call: CallContext, idle: boolean): void {
  const s = call.session;
  if (!s.staffId || s.locked) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: 'lock', entity: 'session', entityId: s.id, change: { staffId: s.staffId, idle } });
  });
  s.locked = true;
}

export async function unlock(call: CallContext, password: string): Promise<void> {
  const s = call.session;
  const staffId = s.staffId;
  if (!staffId) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  // The password is checked even when the screen is not locked: unlock is never a way to test a password freely.
  try {
    await checkPassword(call, staffId, password, 'unlock', (w) => {
      w.audit({ action: 'unlock', entity: 'session', entityId: s.id, change: { staffId } });
    });
  } catch (e) {
    // Locked out while unlocking: the session ends, so the next person must sign in properly.
    if (e instanceof ServiceError && e.code === 'ACCOUNT_LOCKED') endSessionBySystem(call, 'accountLocked');
    throw e;
  }
  s.locked = false;
  s.authenticatedAt = call.core.clock.now();
  s.lastSeenAt = s.authenticatedAt;
}

/** Ends a session the person did not end (lockout while unlocking, deactivation, reset), on the record. */
export function endSessionBySystem(call: Pick<CallContext, 'core' | 'session' | 'channel'>, reason: string): void {
  const s = call.session;
  const staffId = s.staffId;
  if (!staffId) return;
  tx({ ...writeContextFor(call.core, s, call.channel), actorStaffId: staffId }, (w) => {
    w.audit({ action: 'sessionEnded', entity: 'session', entityId: s.id, change: { staffId, reason } });
  });
  s.staffId = null;
  s.locked = false;
  s.authenticatedAt = null;
  s.credentialVersion = null;
}

export async function changePassword(call: CallContext, input: z.output<typeof changePasswordInput>): Promise<void> {
  const core = call.core;
  const staffId = call.session.staffId!;
  const member = findStaff(core, staffId)!;
  // The new password's rules first: a typo there must not cost an attempt.
  checkNewPassword(input.newPassword, member.name, 'newPassword');
  if (input.newPassword === input.currentPassword) throw invalid({ newPassword: '新密码不能与当前密码相同' });
  const hashed = await hashPassword(input.newPassword, core.config.passwordCost);
  const version = await checkPassword(call, staffId, input.currentPassword, 'changePassword', (w, checked) => {
    const changed = w
      .prepare(
        'UPDATE accounts SET password_hash = ?, must_change_password = 0, password_changed_at = ?, locked_until = NULL, row_version = row_version + 1 WHERE staff_id = ? AND row_version = ?',
      )
      .run(hashed, w.now, staffId, checked.row_version);
    if (changed.changes !== 1) throw new ServiceError('CONFLICT', '密码刚被管理员重置，本次修改未保存；请用新密码重新登录');
    w.audit({ action: 'passwordChange', entity: 'account', entityId: staffId, change: { wasTemporary: checked.must_change_password === 1 } });
    return checked.row_version + 1;
  });
  call.session.authenticatedAt = core.clock.now();
  call.session.credentialVersion = version;
}

/** The administrator sets a temporary password (and so unlocks the account); the person must change it at sign-in. */
export async function resetPassword(call: CallContext, input: z.output<typeof staffResetPasswordInput>): Promise<void> {
  const core = call.core;
  const inst = requireInstallation(core);
  const member = findStaff(core, input.id);
  if (!member || member.unitId !== inst.unitId) throw new ServiceError('NOT_FOUND', '工作人员不存在');
  if (member.id === call.session.staffId) throw invalid({ id: '不能重置自己的密码；请在“修改密码”中修改' });
  checkNewPassword(input.temporaryPassword, member.name, 'temporaryPassword');
  const hashed = await hashPassword(input.temporaryPassword, core.config.passwordCost);
  tx(writeContext(call), (w) => {
    const exists = findAccount(core, member.id);
    if (exists) {
      w.prepare(
        'UPDATE accounts SET password_hash = ?, must_change_password = 1, password_changed_at = ?, failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 WHERE staff_id = ?',
      ).run(hashed, w.now, member.id);
      w.audit({ action: 'passwordReset', entity: 'account', entityId: member.id, change: { wasLocked: exists.locked_until !== null && exists.locked_until > w.now } });
    } else {
      insertAccount(w, member.id, hashed, true);
    }
    w.changed('staff', member.id);
  });
}
