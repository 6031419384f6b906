// Accounts for tests: the first-run administrator, the password every test person ends up with, and a helper that
// takes a new member of staff through the real path (administrator sets a temporary password → first sign-in →
// change). No test-runner imports, so vitest, Playwright and the benchmark can all use it.
import type { StaffFields } from '../../shared/contract/reference';
import type { PasswordCost } from '../../electron/core/kernel/context';
import type { Core } from '../../electron/core/index';
import { clientFor, type Client } from './client';

/** Argon2id at a test cost: the same algorithm and code path, 256 KiB and one pass so hundreds of sign-ins stay fast. */
export const TEST_PASSWORD_COST: PasswordCost = { memoryCost: 256, timeCost: 1 };

export const ADMIN = { name: '普布次仁', password: 'guanli2026' } as const;
export const TEMP_PASSWORD = 'linshi2026';
export const STAFF_PASSWORD = 'ceshi2026';

/** Completes the first run with the administrator, signed in on `admin`. */
export async function initializeAs(admin: Client, unitId = 'unit-540200'): Promise<string> {
  const info = await admin.call('setup.initialize', {
    unitId,
    staff: { name: ADMIN.name, departmentId: null, employment: 'fullTime' },
    password: ADMIN.password,
  });
  return info.staff.id;
}

/** Signs a fresh client in as a person (by name or id). */
export async function signInAs(core: Core, who: string, password: string = STAFF_PASSWORD): Promise<Client> {
  const client = clientFor(core);
  const candidates = await client.call('session.candidates', {});
  const person = candidates.find((c) => c.id === who || c.name === who);
  if (!person) throw new Error(`no active staff member ${who}`);
  await client.call('session.login', { staffId: person.id, password });
  return client;
}

/** Creates a member of staff through the administrator and takes them through their first sign-in; returns their id. */
export async function establishStaff(core: Core, admin: Client, fields: Omit<StaffFields, 'employment'> & { employment?: StaffFields['employment'] }): Promise<string> {
  const member = await admin.call('staff.create', { employment: 'fullTime', ...fields, initialPassword: TEMP_PASSWORD });
  const first = clientFor(core);
  await first.call('session.login', { staffId: member.id, password: TEMP_PASSWORD });
  await first.call('account.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: STAFF_PASSWORD });
  await first.call('session.end', {});
  return member.id;
}

/** The people every integration test starts with (tests/helpers/core.ts `testCore`), by name. */
export const TEST_STAFF_NAMES = [ADMIN.name, '次仁卓玛', '李强', '张伟'] as const;

/**
 * The first run every integration test starts from: 日喀则市人社局 with the administrator 普布次仁 (signed in on `admin`),
 * then 次仁卓玛 at the reception desk, a leader 李强 and an inspector 张伟. Returns the staff ids by name. Done once per
 * run into a template (tests/helpers/global-setup.ts) and copied, or on the test's own core when it needs its own.
 */
export async function firstRunForTests(core: Core, admin: Client): Promise<Record<string, string>> {
  const staff: Record<string, string> = {};
  staff[ADMIN.name] = await initializeAs(admin);
  staff['次仁卓玛'] = await establishStaff(core, admin, { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'] });
  staff['李强'] = await establishStaff(core, admin, { name: '李强', departmentId: 'dept-540200-leadership', roles: ['leader'] });
  staff['张伟'] = await establishStaff(core, admin, { name: '张伟', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0231' });
  return staff;
}
