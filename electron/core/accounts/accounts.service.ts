// Local accounts: one per member of staff, an Argon2id hash, lockout after repeated failures, temporary passwords
// that must be changed, and every sign-in, failure, lock and change on the audit trail.
import type { z } from 'zod';
import type { AccountStatus, staffResetPasswordInput } from '../../../shared/contract/reference';
import type { changePasswordInput, loginInput } from '../../../shared/contract/session';
import { checkPasswordStrength } from '../../../shared/domain/password';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices } from '../context';
import { invalid, ServiceError } from '../errors';
import { requireInstallation } from '../installation';
import { parameterLookup } from '../reference/parameters.service';
import { findStaff } from '../reference/staff.service';
import { tx, writeContext, type TxWriter } from '../tx';
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
}

export function findAccount(core: CoreServices, staffId: string): AccountRow | null {
  return (core.prepare('SELECT * FROM accounts WHERE staff_id = ?').get(staffId) as AccountRow | undefined) ?? null;
}

export function accountStatus(row: AccountRow | null, now: number): AccountStatus | null {
  if (!row) return null;
  return {
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: row.locked_until !== null && row.locked_until > now ? row.locked_until : null,
    failedAttempts: row.failed_attempts,
    lastLoginAt: row.last_login_at,
    passwordChangedAt: row.password_changed_at,
  };
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

/**
 * Verifies a password for a sign-in or an unlock, counting failures toward the lockout. Throws with a Chinese
 * message on failure (after the failure is on the record); returns the account row on success.
 */
async function checkPassword(call: CallContext, staffId: string, password: string, action: 'login' | 'unlock'): Promise<AccountRow> {
  const core = call.core;
  const now = core.clock.now();
  const account = findAccount(core, staffId);
  const audit = (what: string, change: Record<string, unknown>) =>
    tx({ ...writeContext(call), actorStaffId: staffId }, (w) => {
      w.audit({ action: what, entity: 'account', entityId: staffId, change: { ...change, via: action } });
      return null;
    });
  if (!account) {
    audit('loginFailed', { reason: 'noAccount' });
    throw new ServiceError('UNAUTHENTICATED', '该工作人员尚未设置密码，请联系管理员设置初始密码');
  }
  if (account.locked_until !== null && account.locked_until > now) {
    audit('loginRefusedLocked', { lockedUntil: account.locked_until });
    throw new ServiceError('ACCOUNT_LOCKED', lockedMessage(account.locked_until));
  }
  if (await verifyPassword(account.password_hash, password)) return account;

  const settings = securitySettings(core);
  // Counted in SQL so two attempts at once both count.
  const result = tx({ ...writeContext(call), actorStaffId: staffId }, (w) => {
    const row = w
      .prepare(
        `UPDATE accounts SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failed_attempts + 1 END,
                             locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END
         WHERE staff_id = ? RETURNING failed_attempts`,
      )
      .get(w.now, w.now, staffId) as { failed_attempts: number };
    if (row.failed_attempts >= settings.lockoutAttempts) {
      const until = w.now + settings.lockoutMs;
      w.prepare('UPDATE accounts SET locked_until = ?, failed_attempts = 0 WHERE staff_id = ?').run(until, staffId);
      w.audit({ action: 'accountLocked', entity: 'account', entityId: staffId, change: { via: action, attempts: row.failed_attempts, lockedUntil: until } });
      return { locked: until, left: 0 };
    }
    w.audit({ action: 'loginFailed', entity: 'account', entityId: staffId, change: { via: action, reason: 'wrongPassword', attempts: row.failed_attempts } });
    return { locked: null, left: settings.lockoutAttempts - row.failed_attempts };
  });
  if (result.locked !== null) {
    throw new ServiceError('ACCOUNT_LOCKED', `密码错误。连续错误已达${settings.lockoutAttempts}次，${lockedMessage(result.locked)}`);
  }
  throw new ServiceError('UNAUTHENTICATED', `密码错误，还可尝试${result.left}次`, { password: `密码错误，还可尝试${result.left}次` });
}

/** Upgrades a hash made with an older cost, after a successful check (the password is known only now). */
async function maybeRehash(core: CoreServices, account: AccountRow, password: string): Promise<string | null> {
  return needsRehash(account.password_hash, core.config.passwordCost) ? hashPassword(password, core.config.passwordCost) : null;
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
  const account = await checkPassword(call, input.staffId, input.password, 'login');
  const rehash = await maybeRehash(core, account, input.password);
  const settings = securitySettings(core);
  tx({ ...writeContext(call), actorStaffId: input.staffId }, (w) => {
    w.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ?, password_hash = coalesce(?, password_hash) WHERE staff_id = ?').run(
      w.now,
      rehash,
      input.staffId,
    );
    w.audit({ action: 'login', entity: 'session', entityId: call.session.id, change: { staffId: input.staffId, rehashed: rehash !== null } });
  });
  bindSession(call, input.staffId, settings);
}

function credentialVersion(core: CoreServices, staffId: string): number | null {
  return (core.prepare('SELECT row_version FROM accounts WHERE staff_id = ?').get(staffId) as { row_version: number } | undefined)?.row_version ?? null;
}

/** Binds the session to a person who has just proved (or, on the first run, set) their password. */
export function bindSession(call: CallContext, staffId: string, settings = securitySettings(call.core)): void {
  const s = call.session;
  s.staffId = staffId;
  s.authenticatedAt = call.core.clock.now();
  s.credentialVersion = credentialVersion(call.core, staffId);
  s.locked = false;
  s.idleLockMs = settings.idleLockMs;
  s.lastSeenAt = s.authenticatedAt;
}

export function lock(call: CallContext, idle: boolean): void {
  const s = call.session;
  if (!s.staffId || s.locked) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: idle ? 'autoLock' : 'lock', entity: 'session', entityId: s.id, change: { staffId: s.staffId } });
  });
  s.locked = true;
}

export async function unlock(call: CallContext, password: string): Promise<void> {
  const s = call.session;
  const staffId = s.staffId;
  if (!staffId) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  // The password is checked even when the screen is not locked: unlock is never a way to test a password freely.
  try {
    await checkPassword(call, staffId, password, 'unlock');
  } catch (e) {
    // Locked out while unlocking: the session ends, so the next person must sign in properly.
    if (e instanceof ServiceError && e.code === 'ACCOUNT_LOCKED') {
      s.staffId = null;
      s.locked = false;
    }
    throw e;
  }
  tx(writeContext(call), (w) => {
    w.prepare('UPDATE accounts SET failed_attempts = 0 WHERE staff_id = ?').run(staffId);
    w.audit({ action: 'unlock', entity: 'session', entityId: s.id, change: { staffId } });
  });
  s.locked = false;
  s.authenticatedAt = call.core.clock.now();
  s.lastSeenAt = s.authenticatedAt;
}

export async function changePassword(call: CallContext, input: z.output<typeof changePasswordInput>): Promise<void> {
  const core = call.core;
  const staffId = call.session.staffId!;
  const member = findStaff(core, staffId)!;
  const account = findAccount(core, staffId);
  if (!account || !(await verifyPassword(account.password_hash, input.currentPassword))) {
    tx(writeContext(call), (w) => {
      w.audit({ action: 'passwordChangeFailed', entity: 'account', entityId: staffId, change: { reason: 'wrongCurrentPassword' } });
    });
    throw invalid({ currentPassword: '当前密码不正确' });
  }
  checkNewPassword(input.newPassword, member.name, 'newPassword');
  if (input.newPassword === input.currentPassword) throw invalid({ newPassword: '新密码不能与当前密码相同' });
  const hashed = await hashPassword(input.newPassword, core.config.passwordCost);
  tx(writeContext(call), (w) => {
    w.prepare('UPDATE accounts SET password_hash = ?, must_change_password = 0, password_changed_at = ?, failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 WHERE staff_id = ?').run(
      hashed,
      w.now,
      staffId,
    );
    w.audit({ action: 'passwordChange', entity: 'account', entityId: staffId, change: { wasTemporary: account.must_change_password === 1 } });
  });
  call.session.authenticatedAt = core.clock.now();
  call.session.credentialVersion = credentialVersion(core, staffId);
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
